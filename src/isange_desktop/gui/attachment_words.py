"""The words the attachment screens show for the core's codes, and who may do what with them.

Written as ``AttachmentWords.tr(...)`` calls so lupdate sees each string with its context
(see CaseWords in case_words.py for why a helper taking the text would hide them).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from isange_desktop.domain.attachment_rules import MediaType, add_action, view_action
from isange_desktop.domain.policy import granting_role
from isange_desktop.domain.tracks import Track
from isange_desktop.gui.case_words import track_name
from isange_desktop.services.session import UserSession

# Where a file may go: the intake (None) first, then the tracks in their usual order.
PLACES: tuple[Track | None, ...] = (None, *Track)


class AttachmentWords(QObject):
    """Only a translation context."""


def kind_name(media_type: str) -> str:
    """PDF, photo or scan: what a person calls the file, from its type."""
    return {
        MediaType.PDF: AttachmentWords.tr("PDF"),
        MediaType.JPEG: AttachmentWords.tr("Photo"),
        MediaType.PNG: AttachmentWords.tr("Photo"),
        MediaType.TIFF: AttachmentWords.tr("Scan"),
    }.get(media_type, media_type)  # type: ignore[call-overload]


def place_name(track: Track | str | None) -> str:
    """The part of the case a file belongs to: a track, or the intake."""
    return track_name(track) if track else AttachmentWords.tr("Intake")


def seal_text(evidence: bool) -> str:
    """Said in words, not only shown by a mark: a screen reader reads it too."""
    return AttachmentWords.tr("Evidence, sealed") if evidence else ""


def may_see_any(session: UserSession) -> bool:
    """Whether some attachment of a case could be shown to this user (the service still
    filters each one): the Attachments tab is absent otherwise."""
    return any(granting_role(session.roles, view_action(p)) is not None for p in PLACES)


def places_to_add(session: UserSession) -> list[Track | None]:
    """The parts of a case this user may add a file to (editing that part)."""
    return [p for p in PLACES if granting_role(session.roles, add_action(p)) is not None]
