from datetime import UTC, datetime, timedelta

import pytest

from isange_desktop.domain.consent import (
    ConsentBy,
    ConsentRecord,
    ConsentScope,
    consent_decision,
    require_consent,
    validate_consent_record,
)
from isange_desktop.errors import ValidationError
from isange_desktop.i18n.messages import CATALOG

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
MEDICAL = ConsentScope.MEDICAL_CARE
SHARE = ConsentScope.SHARE_WITH_REFERRAL
SURVIVOR = ConsentBy.SURVIVOR
GUARDIAN = ConsentBy.GUARDIAN
CHILD = 14
ADULT = 30


def rec(by=SURVIVOR, given=True, minutes_ago=30, scope=MEDICAL, destination=None,
        override=None):
    return ConsentRecord(scope=scope, destination=destination, given=given,
                         at=NOW - timedelta(minutes=minutes_ago), by=by,
                         recorded_by="nurse.uwase", override_reason=override)


def decide(records, age, scope=MEDICAL, destination=None):
    return consent_decision(records, scope, destination, age, NOW)


def _code(call):
    with pytest.raises(ValidationError) as err:
        call()
    return err.value.code


# A 14-year-old

def test_child_needs_a_guardian():
    # Given a 14-year-old with no consent recorded
    # When medical care is checked
    decision = decide([], CHILD)
    # Then it is not allowed: consent is missing
    assert (decision.allowed, decision.reason_id) == (False, "consent.missing")
    # When the guardian consents
    decision = decide([rec(by=GUARDIAN)], CHILD)
    # Then it is allowed, on the guardian's consent, without override
    assert (decision.allowed, decision.reason_id, decision.override_used) == (
        True, "consent.given_by_guardian", False)


def test_childs_own_consent_alone_is_refused():
    # Given a 14-year-old who consents herself, with no guardian and no override
    records = [rec(by=SURVIVOR, given=True)]
    # When consent is required before care
    decision = decide(records, CHILD)
    # Then it is refused, and staff are told a guardian is needed
    assert (decision.allowed, decision.reason_id) == (False, "consent.guardian_needed")
    with pytest.raises(ValidationError) as err:
        require_consent(records, MEDICAL, None, CHILD, NOW)
    assert err.value.code == "consent.guardian_needed"
    assert err.value.params == {"scope": "medical_care", "destination": ""}


def test_override_with_reason_is_allowed_and_flagged():
    # Given a 14-year-old whose guardian is the suspected abuser; staff record her own consent
    # with a vital-interest override and its reason
    record = rec(by=SURVIVOR, override="PEP within 72 h; guardian is the suspect")
    validate_consent_record(record, CHILD, NOW)
    # When consent is required
    decision = require_consent([record], MEDICAL, None, CHILD, NOW)
    # Then care is allowed, and the decision says an override was used
    assert (decision.allowed, decision.reason_id, decision.override_used) == (
        True, "consent.given_override", True)


@pytest.mark.parametrize("reason", ["", "   "])
def test_override_without_reason_is_refused(reason):
    # Given an override with an empty reason
    record = rec(by=SURVIVOR, override=reason)
    # When the record is validated
    # Then it is refused
    assert _code(lambda: validate_consent_record(record, CHILD, NOW)) == (
        "consent.override_needs_reason")
    # And, had it been stored, it would not count
    assert decide([record], CHILD).reason_id == "consent.guardian_needed"


def test_override_goes_only_with_the_childs_own_consent():
    for record in (rec(by=GUARDIAN, override="x"), rec(by=SURVIVOR, given=False, override="x")):
        assert _code(lambda r=record: validate_consent_record(r, CHILD, NOW)) == (
            "consent.override_only_for_child_consent")


def test_childs_refusal_stops_what_the_guardian_allowed():
    # Given the guardian consented, then the child refused
    records = [rec(by=GUARDIAN, minutes_ago=60), rec(by=SURVIVOR, given=False, minutes_ago=10)]
    # Then nothing is allowed until the guardian consents again or staff override
    assert decide(records, CHILD).reason_id == "consent.refused"
    assert decide([*records, rec(by=GUARDIAN, minutes_ago=5)], CHILD).allowed


def test_childs_agreement_does_not_cancel_the_guardians_consent():
    records = [rec(by=GUARDIAN, minutes_ago=60), rec(by=SURVIVOR, given=True, minutes_ago=10)]
    assert decide(records, CHILD).reason_id == "consent.given_by_guardian"


def test_sixteen_is_the_age_of_own_consent():
    assert decide([rec(by=SURVIVOR)], 15).reason_id == "consent.guardian_needed"
    assert decide([rec(by=SURVIVOR)], 16).reason_id == "consent.given"


# An adult

def test_adult_consents_for_themself():
    # Given a 30-year-old who consents to medical care
    decision = require_consent([rec(by=SURVIVOR)], MEDICAL, None, ADULT, NOW)
    # Then it is allowed on her own consent
    assert (decision.allowed, decision.reason_id, decision.override_used) == (
        True, "consent.given", False)


def test_guardians_consent_alone_is_not_enough_for_an_adult():
    # Given only a relative's consent for a 30-year-old
    record = rec(by=GUARDIAN)
    # Then the record is refused at entry
    assert _code(lambda: validate_consent_record(record, ADULT, NOW)) == (
        "consent.guardian_for_adult")
    # And, were it stored, it would not allow anything
    assert decide([record], ADULT).reason_id == "consent.survivor_needed"
    assert _code(lambda: require_consent([record], MEDICAL, None, ADULT, NOW)) == (
        "consent.survivor_needed")


def test_withdrawal_takes_effect_and_can_be_reversed():
    # Given consent to report to RIB, withdrawn later
    scope = ConsentScope.REPORT_TO_RIB
    records = [rec(scope=scope, minutes_ago=120), rec(scope=scope, given=False, minutes_ago=60)]
    # When the report is about to be sent
    # Then it is refused: the newest record wins
    assert _code(lambda: require_consent(records, scope, None, ADULT, NOW)) == "consent.refused"
    # And when she consents again, it is allowed
    records.append(rec(scope=scope, minutes_ago=1))
    assert require_consent(records, scope, None, ADULT, NOW).allowed


def test_record_order_settles_equal_times():
    records = [rec(minutes_ago=5, given=True), rec(minutes_ago=5, given=False)]
    assert decide(records, ADULT).reason_id == "consent.refused"
    assert decide(records[::-1], ADULT).reason_id == "consent.given"


def test_override_is_not_for_adults():
    record = rec(by=SURVIVOR, override="unconscious")
    assert _code(lambda: validate_consent_record(record, ADULT, NOW)) == (
        "consent.override_not_applicable")


# Scope, destination, time

def test_consent_covers_only_its_own_scope():
    records = [rec(scope=ConsentScope.MEDICAL_CARE)]
    assert decide(records, ADULT, scope=ConsentScope.EVIDENCE_COLLECTION).reason_id == (
        "consent.missing")


def test_sharing_is_per_named_destination():
    # Given consent to share with one legal-aid office
    records = [rec(scope=SHARE, destination="MAJ Gasabo")]
    # Then it covers that office however its name is spaced or cased
    assert decide(records, ADULT, SHARE, "  maj   GASABO ").allowed
    # And nothing is shared with another destination
    assert _code(lambda: require_consent(records, SHARE, "Hope Shelter", ADULT, NOW)) == (
        "consent.missing")


def test_destination_must_match_the_scope():
    assert _code(lambda: decide([], ADULT, SHARE, None)) == "consent.destination_required"
    assert _code(lambda: decide([], ADULT, SHARE, "  ")) == "consent.destination_required"
    assert _code(lambda: decide([], ADULT, MEDICAL, "MAJ")) == "consent.destination_not_allowed"
    assert _code(lambda: validate_consent_record(rec(scope=SHARE), ADULT, NOW)) == (
        "consent.destination_required")


def test_future_records_are_refused_and_never_count():
    future = rec(minutes_ago=-10)
    assert _code(lambda: validate_consent_record(future, ADULT, NOW)) == "consent.future_time"
    assert decide([future], ADULT).reason_id == "consent.missing"
    assert decide([rec(minutes_ago=20), rec(given=False, minutes_ago=-10)], ADULT).allowed


def test_the_recording_staff_member_is_named():
    record = ConsentRecord(MEDICAL, None, True, NOW, SURVIVOR, " ")
    assert _code(lambda: validate_consent_record(record, ADULT, NOW)) == (
        "consent.recorded_by_required")


def test_naive_times_are_a_caller_bug():
    naive = NOW.replace(tzinfo=None)
    with pytest.raises(ValueError):
        consent_decision([], MEDICAL, None, ADULT, naive)
    with pytest.raises(ValueError):
        decide([ConsentRecord(MEDICAL, None, True, naive, SURVIVOR, "n")], ADULT)


def test_every_reason_and_label_has_a_message():
    ids = ["consent.given", "consent.given_by_guardian", "consent.given_override",
           "consent.missing", "consent.refused", "consent.guardian_needed",
           "consent.survivor_needed"]
    ids += [f"consent.scope.{s}" for s in ConsentScope] + [f"consent.by.{b}" for b in ConsentBy]
    assert [i for i in ids if i not in CATALOG] == []
