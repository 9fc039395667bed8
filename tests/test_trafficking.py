from dataclasses import fields

import pytest

from isange_desktop.domain.trafficking import (
    COUNTRY_CODES,
    EXPLANATIONS,
    REFERRALS,
    SCREENING_QUESTIONS,
    Act,
    AnswerKind,
    Exploitation,
    Means,
    ScreeningAnswers,
    TraffickingIndication,
    parse_country_codes,
    referrals_to_offer,
    screen,
)
from isange_desktop.errors import ValidationError
from isange_desktop.i18n.messages import CATALOG

LIKELY = TraffickingIndication.LIKELY
POSSIBLE = TraffickingIndication.POSSIBLE
NONE = TraffickingIndication.NONE

# A woman promised a hotel job abroad, passport taken on arrival, made to work in a house.
ADULT_FULL = ScreeningAnswers(
    acts=frozenset({Act.TRANSPORT, Act.RECEIPT}),
    documents_taken=True,
    exploitation=frozenset({Exploitation.DOMESTIC_SERVITUDE}),
)
ACT_AND_PURPOSE = ScreeningAnswers(
    acts=frozenset({Act.HARBOURING}),
    exploitation=frozenset({Exploitation.LABOUR}),
)


def test_adult_with_act_means_and_purpose_is_likely():
    # Given an adult moved and received, documents taken, kept in domestic servitude
    # When she is screened
    result = screen(ADULT_FULL, 24)
    # Then trafficking is likely, with the evidence and the rule as reasons
    assert result.indication is LIKELY
    assert result.reasons == (
        "traffick.act.transport", "traffick.act.receipt", "traffick.means.documents_taken",
        "traffick.purpose.domestic_servitude", "traffick.rule.likely",
    )


def test_adult_with_act_and_purpose_but_no_means_is_possible():
    # Given an adult housed by an employer and made to work, with no means identified
    result = screen(ACT_AND_PURPOSE, 30)
    # Then trafficking is possible, and staff are told to ask about the means
    assert result.indication is POSSIBLE
    assert "traffick.missing.means" in result.reasons
    assert result.reasons[-1] == "traffick.rule.possible"


@pytest.mark.parametrize("age", [0, 9, 17])
def test_child_with_act_and_purpose_is_likely(age):
    # Given a child housed and made to work, no deception or force identified
    result = screen(ACT_AND_PURPOSE, age)
    # Then trafficking is likely: for a child no means are needed
    assert result.indication is LIKELY
    assert result.reasons[-1] == "traffick.rule.likely_child"


def test_at_eighteen_the_adult_rule_applies():
    assert screen(ACT_AND_PURPOSE, 18).indication is POSSIBLE


def test_unknown_age_is_screened_as_an_adult():
    # Given act and purpose but an age nobody knows
    # Then it is not marked likely on a guess
    assert screen(ACT_AND_PURPOSE, None).indication is POSSIBLE


@pytest.mark.parametrize("answers", [
    ScreeningAnswers(),
    ScreeningAnswers(exploitation=frozenset({Exploitation.SEXUAL})),
    ScreeningAnswers(debt_owed=True, threats_or_violence=True),
    ScreeningAnswers(acts=frozenset({Act.RECEIPT})),
])
def test_fewer_than_two_elements_is_none(answers):
    # Given at most one of act, means and purpose
    for age in (12, 35):
        result = screen(answers, age)
        # Then there is no indication, for a child as for an adult
        assert result.indication is NONE
        assert result.reasons[-1] == "traffick.rule.none"


def test_means_and_purpose_without_act_is_possible():
    result = screen(ScreeningAnswers(movement_restricted=True,
                                     exploitation=frozenset({Exploitation.SEXUAL})), 26)
    assert result.indication is POSSIBLE
    assert "traffick.missing.act" in result.reasons


def test_deceptive_recruitment_is_both_an_act_and_a_means():
    # Given an adult recruited with false promises and sexually exploited
    answers = ScreeningAnswers(recruited_by_deception=True,
                               exploitation=frozenset({Exploitation.SEXUAL}))
    result = screen(answers, 21)
    # Then recruitment (act) and deception (means) both count: likely
    assert result.indication is LIKELY
    assert {"traffick.act.recruitment", "traffick.means.deception"} <= set(result.reasons)


def test_being_moved_across_a_border_is_transport():
    answers = ScreeningAnswers(moved_across_border=True, coerced_otherwise=True,
                               exploitation=frozenset({Exploitation.ORGAN_REMOVAL}))
    result = screen(answers, 40)
    assert result.indication is LIKELY
    assert "traffick.act.transport" in result.reasons


def test_every_reason_screen_can_give_has_a_message():
    ids = [f"traffick.act.{a}" for a in Act] + [f"traffick.means.{m}" for m in Means]
    ids += [f"traffick.purpose.{p}" for p in Exploitation]
    ids += [f"traffick.missing.{e}" for e in ("act", "means", "purpose")]
    ids += [f"traffick.rule.{r}" for r in ("likely", "likely_child", "possible", "none")]
    ids += [f"traffick.indication.{i}" for i in TraffickingIndication]
    assert [i for i in ids if i not in CATALOG] == []


def test_form_and_answers_hold_the_same_questions_in_the_same_order():
    assert [q.id for q in SCREENING_QUESTIONS] == [f.name for f in fields(ScreeningAnswers)]
    for question in SCREENING_QUESTIONS:
        if question.kind is AnswerKind.YES_NO:
            assert question.act is not None or question.means is not None, question.id
    means_asked = {q.means for q in SCREENING_QUESTIONS if q.means is not None}
    assert means_asked == set(Means), "every Palermo means has a question"
    choices = {q.id: q.choices for q in SCREENING_QUESTIONS}
    assert choices["acts"] == tuple(Act) and choices["exploitation"] == tuple(Exploitation)


def test_country_codes_are_read_and_checked():
    # Given codes typed loosely, one of them twice
    # Then they come back canonical, once each, in order
    assert parse_country_codes([" rw", "UG ", "ke", "RW"]) == ("RW", "UG", "KE")
    # And an unknown code is refused and named
    with pytest.raises(ValidationError) as err:
        parse_country_codes(["RW", "XK"])
    assert err.value.code == "traffick.country_unknown"
    assert err.value.params == {"country": "XK"}


def test_answers_refuse_countries_that_were_not_parsed():
    for bad in (("rw",), ("RW", "RW"), ("ZZ",)):
        with pytest.raises(ValidationError):
            ScreeningAnswers(destination_countries=bad)


def test_country_list_is_iso_3166_alpha_2():
    assert len(COUNTRY_CODES) == 249
    assert all(len(c) == 2 and c.isascii() and c.isupper() for c in COUNTRY_CODES)
    assert {"RW", "UG", "KE", "TZ", "BI", "CD", "SS", "AE", "SA", "OM", "QA"} <= COUNTRY_CODES


def test_referrals_follow_the_result_and_the_journey():
    # Given no indication: nothing to offer
    assert referrals_to_offer(ScreeningAnswers(), screen(ScreeningAnswers(), 30)) == ()
    # Given a possible case inside Rwanda: RIB only
    inside = ScreeningAnswers(acts=ACT_AND_PURPOSE.acts, exploitation=ACT_AND_PURPOSE.exploitation,
                              origin_countries=("RW",), destination_countries=("RW",))
    assert [r.id for r in referrals_to_offer(inside, screen(inside, 30))] == ["rib"]
    # Given a journey to another country: RIB, IOM and immigration for return assistance
    abroad = ScreeningAnswers(acts=ACT_AND_PURPOSE.acts, exploitation=ACT_AND_PURPOSE.exploitation,
                              origin_countries=("RW",), transit_countries=("UG",),
                              destination_countries=("OM",))
    assert [r.id for r in referrals_to_offer(abroad, screen(abroad, 30))] == ["rib", "iom", "dgie"]
    crossed = ScreeningAnswers(moved_across_border=True, exploitation=ADULT_FULL.exploitation)
    assert [r.id for r in referrals_to_offer(crossed, screen(crossed, 30))] == [
        "rib", "iom", "dgie"]


def test_explanations_and_referrals_are_in_the_catalog_with_the_same_english():
    assert [e.id for e in EXPLANATIONS] == ["smuggling", "sex_work", "child_labour"]
    for item in EXPLANATIONS:
        assert CATALOG[f"traffick.explain.{item.id}"][0] == item.text
    for referral in REFERRALS:
        assert CATALOG[f"traffick.referral.{referral.id}"][0] == referral.text


def test_negative_age_is_a_caller_bug():
    with pytest.raises(ValueError):
        screen(ScreeningAnswers(), -3)
