"""What an attachment may be, and who may add or see it.

- Types: PDF, JPEG, PNG and TIFF, what scanners and phone cameras give. The bytes decide: a
  file whose content does not start with its type's signature is refused, whatever its name
  or stated type says, so a renamed file never passes for another kind.
- Size: at most MAX_ATTACHMENT_BYTES per file (module constant, with the reason).
- Access: an attachment belongs to a track (a forensic photo is medical) or to the intake, and
  follows that part's role rules (domain/policy.py): adding it needs the right to edit the
  track, seeing it the right to read what the track records.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import PurePath

from isange_desktop.domain.policy import Action
from isange_desktop.domain.tracks import EDIT_ACTION, TRACK_SENSITIVITY, VIEW_ACTION, Track
from isange_desktop.errors import ValidationError

MiB = 1024 * 1024
# 25 MiB per file: a 20 MB scan (the benchmark size: several A4 pages at 300 dpi, or
# one colour page at 600 dpi) and any phone photo fit; the file is held in memory a few times
# over while it is checked, cleaned, hashed and stored, which a center's 4 GB laptop absorbs;
# and ten of them still fit one referral bundle (256 MiB, transfer/bundle_limits.py). A video
# does not, on purpose: the vault is no place for one.
MAX_ATTACHMENT_BYTES = 25 * MiB
MAX_FILE_NAME_CHARS = 255


class MediaType(StrEnum):
    PDF = "application/pdf"
    JPEG = "image/jpeg"
    PNG = "image/png"
    TIFF = "image/tiff"


# The signature each type's bytes start with (TIFF: either byte order).
_SIGNATURES: tuple[tuple[bytes, MediaType], ...] = (
    (b"%PDF-", MediaType.PDF),
    (b"\xff\xd8\xff", MediaType.JPEG),
    (b"\x89PNG\r\n\x1a\n", MediaType.PNG),
    (b"II*\x00", MediaType.TIFF),
    (b"MM\x00*", MediaType.TIFF),
)
_BY_EXTENSION = {".pdf": MediaType.PDF, ".jpg": MediaType.JPEG, ".jpeg": MediaType.JPEG,
                 ".jpe": MediaType.JPEG, ".png": MediaType.PNG, ".tif": MediaType.TIFF,
                 ".tiff": MediaType.TIFF}
_ALIASES = {"image/jpg": MediaType.JPEG, "image/pjpeg": MediaType.JPEG,
            "image/x-png": MediaType.PNG, "image/tif": MediaType.TIFF}
# The extension an attachment's bundle member gets (its original name never travels there).
EXTENSION = {MediaType.PDF: ".pdf", MediaType.JPEG: ".jpg", MediaType.PNG: ".png",
             MediaType.TIFF: ".tif"}
# Short names for messages.
LABEL = {MediaType.PDF: "PDF", MediaType.JPEG: "JPEG", MediaType.PNG: "PNG",
         MediaType.TIFF: "TIFF"}


def sniff(data: bytes) -> MediaType | None:
    """The type the bytes themselves show, or None."""
    return next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)


def base_name(file_name: str) -> str:
    """The name without any folder, by either separator (the name may come from Windows).
    Applying it twice changes nothing, so a receiving center can check a name with it."""
    return re.split(r"[\\/]", file_name)[-1].strip()


def _stated(media_type: str) -> MediaType:
    key = media_type.split(";", 1)[0].strip().lower()
    try:
        return _ALIASES.get(key) or MediaType(key)
    except ValueError:
        raise ValidationError("attachment.unsupported_type") from None


def checked_media_type(data: bytes, file_name: str, media_type: str | None) -> MediaType:
    """The attachment's type: the one stated, else the one its name's extension says, else
    the one its bytes show; refused when the bytes are not of that type, or when the stated
    type and the extension disagree."""
    if not data:
        raise ValidationError("attachment.empty")
    suffix = PurePath(file_name).suffix.lower()
    by_name = _BY_EXTENSION.get(suffix)
    if suffix and by_name is None and media_type is None:
        raise ValidationError("attachment.unsupported_type")
    claims = {kind for kind in (by_name, _stated(media_type) if media_type else None) if kind}
    found = sniff(data)
    if not claims:
        if found is None:
            raise ValidationError("attachment.unsupported_type")
        return found
    if len(claims) > 1 or found not in claims:
        claimed = sorted(LABEL[kind] for kind in claims)
        raise ValidationError("attachment.type_mismatch", claimed=" / ".join(claimed))
    return found


def check_size(size: int) -> None:
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError("attachment.too_large", size=f"{size / MiB:.1f}",
                              limit=str(MAX_ATTACHMENT_BYTES // MiB))
    if size == 0:
        raise ValidationError("attachment.empty")


def add_action(track: Track | None) -> Action:
    """Adding to a track is editing it; an intake-level file (a scanned consent form, an ID
    document) is part of the intake."""
    return EDIT_ACTION[track] if track is not None else Action.EDIT_INTAKE


def view_action(track: Track | None) -> Action:
    """Seeing a track's file is reading what that track records (a medical photo: the nurse
    only). An intake-level file is a scan of a paper that names the survivor, so it takes the
    right to see who the survivor is, which the manager does not have."""
    if track is None:
        return Action.VIEW_IDENTIFICATION
    return VIEW_ACTION[TRACK_SENSITIVITY[track]]
