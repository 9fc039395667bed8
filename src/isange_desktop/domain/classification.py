"""GBVIMS classification: one core type per incident, and the context flags beside it.

The GBV Information Management System counts each incident once, under the first of its six
core types that applies, asked in a fixed order; the monthly figures of every center depend on
that order being the same everywhere. What the type cannot say (the survivor is a child, the
perpetrator a partner, something was exchanged, trafficking is suspected) goes in the flags.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from isange_desktop.domain.trafficking import TraffickingIndication
from isange_desktop.errors import ValidationError

CHILD_AGE = 18  # GBVIMS: a survivor under eighteen is a child


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a source string for Qt's lupdate; the GUI translates it at display time."""
    return text


class GbvType(StrEnum):
    """The six core types, declared in their order of precedence."""

    RAPE = "rape"
    SEXUAL_ASSAULT = "sexual_assault"
    PHYSICAL_ASSAULT = "physical_assault"
    FORCED_MARRIAGE = "forced_marriage"
    DENIAL_OF_RESOURCES = "denial_of_resources"
    PSYCHOLOGICAL_ABUSE = "psychological_abuse"


PRECEDENCE: tuple[GbvType, ...] = tuple(GbvType)
SEXUAL_TYPES = frozenset({GbvType.RAPE, GbvType.SEXUAL_ASSAULT})


@dataclass(frozen=True)
class Question:
    id: str
    number: int  # as in the GBVIMS classification tool, Q1..Q6
    text: str  # translatable source string
    yes_gives: GbvType


QUESTIONS: tuple[Question, ...] = (
    Question("penetration", 1, QT_TRANSLATE_NOOP(
        "gbv_classification",
        "Did the incident include penetration, even slight, of the vagina, anus or mouth with a "
        "penis or other body part, or of the vagina or anus with an object?"),
        GbvType.RAPE),
    Question("sexual_contact", 2, QT_TRANSLATE_NOOP(
        "gbv_classification",
        "Did the incident include unwanted sexual contact without penetration?"),
        GbvType.SEXUAL_ASSAULT),
    Question("physical_assault", 3, QT_TRANSLATE_NOOP(
        "gbv_classification",
        "Did the incident include physical assault (hitting, slapping, kicking, burning, choking, "
        "beating with or without a weapon)?"),
        GbvType.PHYSICAL_ASSAULT),
    Question("forced_marriage", 4, QT_TRANSLATE_NOOP(
        "gbv_classification",
        "Was the incident a forced marriage (any marriage of a child under 18 counts as forced)?"),
        GbvType.FORCED_MARRIAGE),
    Question("denial", 5, QT_TRANSLATE_NOOP(
        "gbv_classification",
        "Did the incident include denial of resources, opportunities or services (such as "
        "inheritance, earnings, education, health care)?"),
        GbvType.DENIAL_OF_RESOURCES),
    Question("psychological", 6, QT_TRANSLATE_NOOP(
        "gbv_classification",
        "Did the incident include psychological or emotional abuse (threats, intimidation, "
        "humiliation, isolation, stalking)?"),
        GbvType.PSYCHOLOGICAL_ABUSE),
)
_IDS = frozenset(q.id for q in QUESTIONS)


def _check_ids(answers: Mapping[str, bool]) -> None:
    unknown = sorted(set(answers) - _IDS)
    if unknown:
        raise ValidationError("gbv.unknown_question", question=unknown[0][:40])


def next_question(answers: Mapping[str, bool]) -> Question | None:
    """The first question not yet answered, or None once a yes (or six noes) settles the type.

    Questions after the first yes are not asked: precedence has already decided.
    """
    _check_ids(answers)
    for question in QUESTIONS:
        if question.id not in answers:
            return question
        if answers[question.id]:
            return None
    return None


def classify(answers: Mapping[str, bool]) -> GbvType | None:
    """The first type answered yes; None when all six are no (not GBV under GBVIMS).

    Answers after the first yes are allowed (staff may know every fact) and do not change the
    type. Every question before the first yes must have been answered no.
    """
    _check_ids(answers)
    for question in QUESTIONS:
        if question.id not in answers:
            raise ValidationError("gbv.answer_missing", number=question.number)
        if answers[question.id]:
            return question.yes_gives
    return None


class PerpetratorRelationship(StrEnum):
    INTIMATE_PARTNER = "intimate_partner"  # intimate partner or spouse
    FORMER_PARTNER = "former_partner"
    PRIMARY_CAREGIVER = "primary_caregiver"
    FAMILY_OTHER = "family_other"  # family other than spouse or caregiver
    SUPERVISOR_EMPLOYER = "supervisor_employer"
    SCHOOLMATE = "schoolmate"
    TEACHER = "teacher"  # teacher or school official
    SERVICE_PROVIDER = "service_provider"
    COTENANT = "cotenant"  # cotenant or housemate
    FAMILY_FRIEND = "family_friend"  # family friend or neighbour
    OTHER_DISPLACED = "other_displaced"  # other refugee, IDP or returnee
    COMMUNITY_MEMBER = "community_member"  # other resident community member
    OTHER = "other"
    NO_RELATION = "no_relation"
    UNKNOWN = "unknown"


INTIMATE_RELATIONSHIPS = frozenset(
    {PerpetratorRelationship.INTIMATE_PARTNER, PerpetratorRelationship.FORMER_PARTNER}
)


class ContextFlag(StrEnum):
    CHILD_SEXUAL_ABUSE = "child_sexual_abuse"
    INTIMATE_PARTNER_VIOLENCE = "intimate_partner_violence"
    EARLY_MARRIAGE = "early_marriage"
    POSSIBLE_SEXUAL_EXPLOITATION = "possible_sexual_exploitation"
    POSSIBLE_TRAFFICKING = "possible_trafficking"


EXCHANGE_QUESTION = QT_TRANSLATE_NOOP(
    "gbv_classification",
    "Was anything exchanged (money, goods, benefits, services) for the sexual act?")


def derive_flags(gbv_type: GbvType | None, age_years: int | None,
                 relationships: Iterable[PerpetratorRelationship], exchanged: bool,
                 trafficking: TraffickingIndication) -> frozenset[ContextFlag]:
    """The flags shown beside the type.

    An unknown age raises no child flag (intake records an estimated age, so None means nobody
    could say). Partner violence needs a GBV type; a yes to the exchange question and a
    possible trafficking screen raise their flags whatever the type, because they are what
    the center must not miss.
    """
    if age_years is not None and age_years < 0:
        raise ValueError("age must not be negative")
    child = age_years is not None and age_years < CHILD_AGE
    flags: set[ContextFlag] = set()
    if child and gbv_type in SEXUAL_TYPES:
        flags.add(ContextFlag.CHILD_SEXUAL_ABUSE)
    if child and gbv_type is GbvType.FORCED_MARRIAGE:
        flags.add(ContextFlag.EARLY_MARRIAGE)
    if gbv_type is not None and INTIMATE_RELATIONSHIPS.intersection(relationships):
        flags.add(ContextFlag.INTIMATE_PARTNER_VIOLENCE)
    if exchanged:
        flags.add(ContextFlag.POSSIBLE_SEXUAL_EXPLOITATION)
    if trafficking is not TraffickingIndication.NONE:
        flags.add(ContextFlag.POSSIBLE_TRAFFICKING)
    return frozenset(flags)
