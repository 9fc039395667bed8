"""Every bound a referral bundle must stay within, on both the writing and the reading side.

A bundle comes from outside (a USB stick, an e-mail), so the reader checks each of these before
it allocates, decompresses or parses anything; the writer checks the same ones, so a center
never sends a bundle the other end would refuse.
"""

from __future__ import annotations

from datetime import timedelta

MiB = 1024 * 1024

# The whole file. Scanned referral documents and photos fit; a stick of videos does not.
MAX_BUNDLE_BYTES = 256 * MiB
# The clear header is a handful of short fields (about 300 bytes).
MAX_HEADER_BYTES = 4096

# Inside the encrypted zip: manifest.json, manifest.sig, case.json and the attachments.
MAX_MEMBERS = 1000
MAX_MEMBER_BYTES = 128 * MiB
MAX_TOTAL_BYTES = 512 * MiB
# The central directory holds one 46-byte record plus the name per member; our names are short.
MAX_CENTRAL_DIRECTORY_BYTES = MAX_MEMBERS * 256
MAX_MANIFEST_BYTES = 1 * MiB
MAX_CASE_JSON_BYTES = 32 * MiB
ED25519_SIGNATURE_BYTES = 64

# Zip bombs: a member that inflates more than this many times is refused. Small members are
# exempt because a short run of repeated bytes legitimately compresses very well.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_FLOOR = 1 * MiB

# JSON bombs: a case is a few levels deep (case, forms, fields, entries, values).
MAX_JSON_DEPTH = 32

MAX_ATTACHMENT_NAME_CHARS = 120
MAX_CONSENT_REF_CHARS = 200
# Sequence numbers stay exact in any JSON reader, including JavaScript's doubles.
MAX_SEQUENCE = 2**53 - 1

# A sender's clock may run ahead of ours by this much before a bundle "from the future" is
# refused; beyond it the sender's clock is wrong and its expiry cannot be trusted either.
MAX_CLOCK_SKEW = timedelta(days=1)
# However long a sender asks, a bundle is accepted for at most this long after it was made:
# the window in which a stolen stick is worth replaying stays bounded.
MAX_LIFETIME = timedelta(days=180)
# An archive bundle (a case removed after its retention period) is not a message in transit
# but a record to be read decades later: it stays readable for a century.
MAX_ARCHIVE_LIFETIME = timedelta(days=36525)
