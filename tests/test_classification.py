import pytest

from isange_desktop.domain.classification import (
    PRECEDENCE,
    QUESTIONS,
    ContextFlag,
    GbvType,
    PerpetratorRelationship,
    classify,
    derive_flags,
    next_question,
)
from isange_desktop.domain.trafficking import TraffickingIndication
from isange_desktop.errors import ValidationError
from isange_desktop.i18n.messages import CATALOG

R = PerpetratorRelationship
NO_TRAFFICKING = TraffickingIndication.NONE


def _guided(yes_at: int | None) -> tuple[dict[str, bool], list[str]]:
    """Answer as the screen would: ask next_question until it stops; yes at one question."""
    answers: dict[str, bool] = {}
    asked: list[str] = []
    while (question := next_question(answers)) is not None:
        asked.append(question.id)
        answers[question.id] = question.number == yes_at
    return answers, asked


def test_questions_follow_the_gbvims_order_and_precedence():
    assert [q.number for q in QUESTIONS] == [1, 2, 3, 4, 5, 6]
    assert [q.yes_gives for q in QUESTIONS] == list(PRECEDENCE) == [
        GbvType.RAPE, GbvType.SEXUAL_ASSAULT, GbvType.PHYSICAL_ASSAULT, GbvType.FORCED_MARRIAGE,
        GbvType.DENIAL_OF_RESOURCES, GbvType.PSYCHOLOGICAL_ABUSE,
    ]


@pytest.mark.parametrize(("yes_at", "expected"), [
    (1, GbvType.RAPE),
    (2, GbvType.SEXUAL_ASSAULT),
    (3, GbvType.PHYSICAL_ASSAULT),
    (4, GbvType.FORCED_MARRIAGE),
    (5, GbvType.DENIAL_OF_RESOURCES),
    (6, GbvType.PSYCHOLOGICAL_ABUSE),
])
def test_each_classification_path(yes_at, expected):
    # Given a survivor whose first yes is question yes_at
    # When staff answer the questions the classifier asks
    answers, asked = _guided(yes_at)
    # Then exactly the questions up to that yes were asked, in order
    assert asked == [q.id for q in QUESTIONS[:yes_at]]
    # And the incident takes that question's type
    assert classify(answers) is expected


def test_six_noes_are_not_gbv():
    # Given no to every question
    answers, asked = _guided(None)
    # Then all six were asked and the incident is not GBV under GBVIMS
    assert len(asked) == 6
    assert classify(answers) is None


@pytest.mark.parametrize(("yeses", "expected"), [
    ({"penetration", "physical_assault", "psychological"}, GbvType.RAPE),
    ({"sexual_contact", "forced_marriage"}, GbvType.SEXUAL_ASSAULT),
    ({"physical_assault", "denial", "psychological"}, GbvType.PHYSICAL_ASSAULT),
    ({"forced_marriage", "psychological"}, GbvType.FORCED_MARRIAGE),
])
def test_precedence_when_several_apply(yeses, expected):
    # Given staff who know every fact and answer all six questions, several of them yes
    answers = {q.id: q.id in yeses for q in QUESTIONS}
    # When the incident is classified
    # Then the first type in precedence wins, and only one type is given
    assert classify(answers) is expected


def test_answers_after_the_first_yes_are_ignored():
    # Given rape answered yes and later questions left unanswered or answered either way
    # Then the type is rape whatever follows
    assert classify({"penetration": True}) is GbvType.RAPE
    assert classify({"penetration": True, "denial": False, "psychological": True}) is GbvType.RAPE


@pytest.mark.parametrize(("answers", "number"), [
    ({}, 1),
    ({"physical_assault": True}, 1),
    ({"penetration": False, "physical_assault": True}, 2),
    ({q.id: False for q in QUESTIONS[:5]}, 6),
])
def test_a_missing_earlier_answer_is_refused(answers, number):
    # Given answers that skip a question before the first yes (or stop before the sixth no)
    # When the incident is classified
    with pytest.raises(ValidationError) as err:
        classify(answers)
    # Then the first unanswered question is named
    assert err.value.code == "gbv.answer_missing"
    assert err.value.params == {"number": number}


def test_next_question_asks_the_skipped_one_first():
    # Given a later answer recorded before an earlier one
    # Then the earlier question is asked
    question = next_question({"penetration": False, "physical_assault": True})
    assert question is not None and question.id == "sexual_contact"


def test_unknown_question_ids_are_refused():
    for call in (classify, next_question):
        with pytest.raises(ValidationError) as err:
            call({"penetration": False, "bruises": True})
        assert err.value.code == "gbv.unknown_question"


def test_fourteen_year_old_raped_is_child_sexual_abuse():
    # Given a 14-year-old, rape, perpetrator a neighbour
    flags = derive_flags(GbvType.RAPE, 14, [R.FAMILY_FRIEND], False, NO_TRAFFICKING)
    # Then the child sexual abuse flag is raised, and nothing else
    assert flags == {ContextFlag.CHILD_SEXUAL_ABUSE}


@pytest.mark.parametrize(("gbv_type", "age", "flagged"), [
    (GbvType.SEXUAL_ASSAULT, 17, True),
    (GbvType.RAPE, 18, False),
    (GbvType.PHYSICAL_ASSAULT, 10, False),
    (GbvType.RAPE, None, False),
])
def test_child_sexual_abuse_needs_a_sexual_type_and_a_child(gbv_type, age, flagged):
    flags = derive_flags(gbv_type, age, [], False, NO_TRAFFICKING)
    assert (ContextFlag.CHILD_SEXUAL_ABUSE in flags) is flagged


def test_seventeen_year_old_forced_marriage_is_early_marriage():
    # Given a 17-year-old married by force
    flags = derive_flags(GbvType.FORCED_MARRIAGE, 17, [R.INTIMATE_PARTNER], False,
                         NO_TRAFFICKING)
    # Then early marriage is flagged (and partner violence, since the husband is the perpetrator)
    assert flags == {ContextFlag.EARLY_MARRIAGE, ContextFlag.INTIMATE_PARTNER_VIOLENCE}
    # And at 18 it is a forced marriage without the early marriage flag
    assert ContextFlag.EARLY_MARRIAGE not in derive_flags(
        GbvType.FORCED_MARRIAGE, 18, [], False, NO_TRAFFICKING)


@pytest.mark.parametrize(("relationships", "flagged"), [
    ([R.INTIMATE_PARTNER], True),
    ([R.FORMER_PARTNER], True),
    ([R.UNKNOWN, R.FORMER_PARTNER], True),
    ([R.PRIMARY_CAREGIVER, R.FAMILY_OTHER], False),
    ([R.SUPERVISOR_EMPLOYER, R.TEACHER, R.NO_RELATION], False),
    ([], False),
])
def test_intimate_partner_violence(relationships, flagged):
    # Given an adult physically assaulted, with these perpetrators
    flags = derive_flags(GbvType.PHYSICAL_ASSAULT, 30, relationships, False, NO_TRAFFICKING)
    # Then partner violence is flagged when a partner, current or former, is among them
    assert (ContextFlag.INTIMATE_PARTNER_VIOLENCE in flags) is flagged


def test_partner_flag_needs_a_gbv_type():
    assert derive_flags(None, 30, [R.INTIMATE_PARTNER], False, NO_TRAFFICKING) == frozenset()


def test_exchange_raises_possible_sexual_exploitation():
    # Given a 19-year-old sexually assaulted after something was exchanged for the sexual act
    flags = derive_flags(GbvType.SEXUAL_ASSAULT, 19, [R.NO_RELATION], True, NO_TRAFFICKING)
    assert flags == {ContextFlag.POSSIBLE_SEXUAL_EXPLOITATION}


@pytest.mark.parametrize(("indication", "flagged"), [
    (TraffickingIndication.NONE, False),
    (TraffickingIndication.POSSIBLE, True),
    (TraffickingIndication.LIKELY, True),
])
def test_trafficking_screen_raises_possible_trafficking(indication, flagged):
    flags = derive_flags(GbvType.PHYSICAL_ASSAULT, 22, [], False, indication)
    assert (ContextFlag.POSSIBLE_TRAFFICKING in flags) is flagged


def test_negative_age_is_a_caller_bug():
    with pytest.raises(ValueError):
        derive_flags(GbvType.RAPE, -1, [], False, NO_TRAFFICKING)


def test_types_and_flags_have_labels_for_printed_reports():
    ids = [f"gbv.type.{t}" for t in GbvType] + ["gbv.type.none"]
    ids += [f"flag.{f}" for f in ContextFlag]
    assert [i for i in ids if i not in CATALOG] == []
