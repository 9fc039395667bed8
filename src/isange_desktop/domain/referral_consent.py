"""When a survivor's consent lets a case go to another center.

The rule (Law No 058/2021: share only what consent covers, with whom it names):

- A referral bundle only ever reaches a pinned Isange One Stop Center, and goes only when a
  consent to "share information with the named referral destination" names that center, by
  its code ("HYE-01") or by the name on its card ("Huye IOSC"), spacing and letter case aside.
- That consent must count now under the age rules of domain/consent.py: at 16 or older the
  survivor's own record; under 16 the guardian's, or the child's with a recorded
  vital-interest override. The newest record that counts wins, across both spellings of the
  center, so a withdrawal recorded later stops the referral.
- Consent for one center never covers another, and no consent covers "any center".
- Reporting to RIB (police) is a scope of its own and a referral never implies it: the consent
  record travels with the case, so the receiving center's investigator sees what the survivor
  agreed to there too.
- The consent covers the whole case: the other center continues the same services under the
  same role rules, which keep each part from the roles that may not read it. Choosing tracks
  to leave out would only hide from the next clinician what the survivor already agreed to
  let them see.
- An unknown age counts as a child's (the stricter rule), as everywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from isange_desktop.domain.consent import (
    ConsentRecord,
    ConsentScope,
    consent_decision,
    deciding_record,
    destination_key,
)
from isange_desktop.errors import ValidationError

SHARE = ConsentScope.SHARE_WITH_REFERRAL

# The referral wording of each refusal of domain/consent.py: it names the center.
_REFUSALS = {
    "consent.missing": "referral.consent_missing",
    "consent.refused": "referral.consent_refused",
    "consent.guardian_needed": "referral.consent_guardian_needed",
    "consent.survivor_needed": "referral.consent_survivor_needed",
}


@dataclass(frozen=True)
class ReferralConsent:
    allowed: bool
    reason_id: str  # the consent.* decision (catalog_cases)
    record: ConsentRecord | None  # the record the decision rests on, as it was recorded
    override_used: bool

    def refusal(self, center_code: str, center_name: str) -> ValidationError | None:
        """The error that names what is missing, or None when the referral may go."""
        if self.allowed:
            return None
        return ValidationError(_REFUSALS.get(self.reason_id, "referral.consent_missing"),
                               center=center_code, name=center_name)


def names_center(destination: str | None, center_code: str, center_name: str) -> bool:
    key = destination_key(destination)
    return key is not None and key in {destination_key(center_code),
                                       destination_key(center_name)}


def referral_consent(records: Sequence[ConsentRecord], center_code: str, center_name: str,
                     age_years: int | None, now: datetime) -> ReferralConsent:
    """Whether ``records`` let the case go to this center now, and on which record."""
    # Both spellings of the center become one destination, so the newest record wins
    # whichever spelling each one used; the record is reported as it was written.
    pairs = [(replace(r, destination=center_code), r)
             if r.scope is SHARE and names_center(r.destination, center_code, center_name)
             else (r, r) for r in records]
    merged = [same for same, _ in pairs]
    years = age_years if age_years is not None else 0
    decision = consent_decision(merged, SHARE, center_code, years, now)
    decided = deciding_record(merged, SHARE, center_code, years, now)
    original = next((r for same, r in pairs if same is decided), None)
    return ReferralConsent(decision.allowed, decision.reason_id, original,
                           decision.override_used)
