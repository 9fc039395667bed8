"""What the referral screens share: the words for a bundle's parts and a referral's state, and
the reading and writing of the files a person picks (bundles, receipts, center cards).

The file functions run on the runner's worker (a USB stick can be slow): they take and return
plain values only, and turn an OSError into the core's translated message.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDir, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from isange_desktop.domain.forms import FORMS
from isange_desktop.domain.tracks import Track
from isange_desktop.errors import ValidationError
from isange_desktop.gui.case_words import track_name
from isange_desktop.gui.field_editor_base import forms_text
from isange_desktop.i18n.messages import translate
from isange_desktop.services.referral_attachments import AttachmentPart
from isange_desktop.services.referral_case import FormPart
from isange_desktop.store.atomic_file import write_atomic

CARD_SUFFIX = ".card"  # what `isange center card` files are called in the docs and tests


class ReferralWords(QObject):
    """Only a translation context for the words below (see CaseWords)."""


def _part_title(form_id: str) -> str:
    declared = FORMS.get(form_id)
    if declared is not None:
        return forms_text(declared.title)
    # The parts stored as revisions that no form declaration describes.
    return {
        "classification": ReferralWords.tr("GBVIMS classification"),
        "trafficking_screening": ReferralWords.tr("Trafficking screening"),
        "addendum": ReferralWords.tr("Addendum"),
    }.get(form_id, form_id)


def part_names(parts: Sequence[FormPart]) -> list[str]:
    """One name per form a bundle carries, in the user's language: "Medical", or for a
    repeating form its title and how many entries ("Medicine (2)")."""
    counts = Counter(p.form_id for p in parts)
    lines = []
    for form_id in sorted(counts, key=_form_order):
        title = _part_title(form_id)
        entries = sum(1 for p in parts if p.form_id == form_id and p.entry_no)
        lines.append(f"{title} ({entries})" if entries else title)
    return lines


def attachment_lines(parts: Sequence[AttachmentPart]) -> list[str]:
    """One line per attachment a bundle carries: its kind, size and part of the case, never
    its file name (personal data stays inside the encrypted bundle)."""
    kinds = {"application/pdf": ReferralWords.tr("PDF document"),
             "image/jpeg": ReferralWords.tr("JPEG photo"),
             "image/png": ReferralWords.tr("PNG image"),
             "image/tiff": ReferralWords.tr("TIFF scan")}
    lines = []
    for part in parts:
        where = track_name(Track(part.track)) if part.track else ReferralWords.tr("Intake")
        if part.evidence:
            where = ReferralWords.tr("%1, evidence").replace("%1", where)
        lines.append(ReferralWords.tr("Attachment: %1, %2 (%3)")
                     .replace("%1", kinds.get(part.media_type, part.media_type))
                     .replace("%2", QLocale().formattedDataSize(part.size))
                     .replace("%3", where))
    return lines


def _form_order(form_id: str) -> int:
    # The order of intake then the declarations (medical, ...): the order of the case.
    order = ["person", "incident", "classification", "trafficking_screening",
             *(f for f in FORMS if f not in ("person", "incident"))]
    return order.index(form_id) if form_id in order else len(order)


def state_name(state: str) -> str:
    """awaiting_receipt, received, expired: the core catalog's words (referral.state.*)."""
    return translate(f"referral.state.{state}")


def center_label(code: str, name: str | None) -> str:
    """ "Huye IOSC (HYE-01)", or the code alone once the center is no longer pinned."""
    return f"{name} ({code})" if name else code


def fingerprint_groups(fingerprint: str) -> str:
    """The 8 groups on two lines of four, as they are read aloud."""
    groups = fingerprint.split("-")
    return "  ".join(groups[:4]) + "\n" + "  ".join(groups[4:])


def save_file(path: Path, data: bytes, unwritable: str) -> Path:
    """Write atomically (a stick pulled out half-way leaves no half file behind)."""
    try:
        write_atomic(path, data)
    except OSError:
        raise ValidationError(unwritable, path=str(path)) from None
    return path


def pick_path(parent: QWidget, title: str, name_filter: str, on_chosen: Callable[[Path], object],
              *, mode: str = "open", suggested: str = "") -> QFileDialog:
    """A file dialog shown with open(), not exec(): no nested event loop, so a lock can still
    close everything under it. ``mode`` is "open" (an existing file), "save" or "folder".
    ``on_chosen`` gets the path; the caller keeps the dialog to close it at a lock."""
    dialog = QFileDialog(parent, title, QDir.homePath(), name_filter)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(suggested)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog


def close_dialog(dialog: QDialog | None) -> None:
    """Close a dialog the caller kept, if it is still there (one that was answered is
    already deleted: WA_DeleteOnClose)."""
    if dialog is not None and shiboken6.isValid(dialog):
        dialog.close()


def fit_height(dialog: QWidget) -> None:
    """Give a dialog the height its texts need at its width, now and once more after the
    labels were laid out (a group box's own layout answers late). adjustSize() would measure
    the wrapped labels at their narrowest, and Qt alone keeps the first height, so a longer
    message or language would be cut."""

    def fit() -> None:
        layout = dialog.layout() if shiboken6.isValid(dialog) else None
        if layout is None:
            return
        layout.activate()
        height = (layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        dialog.resize(dialog.width(), height)

    fit()
    QTimer.singleShot(0, dialog, fit)
