"""Trafficking screening: the form as data, and the indication it gives.

The rule follows the three elements of the Palermo Protocol (UN Trafficking in Persons Protocol,
art. 3): an ACT (recruitment, transport, transfer, harbouring or receipt of a person), by a MEANS
(deception, coercion, debt bondage, abuse of vulnerability, documents taken, restricted movement,
threats or force), for the PURPOSE of exploitation. For a child (under 18, art. 3(c)-(d)) no
means are needed: a child cannot consent to being exploited.

    LIKELY    every element the law requires is present: act + means + purpose for an adult,
              act + purpose for a child;
    POSSIBLE  otherwise, at least two of the three elements are present;
    NONE      otherwise.

The screen only tells staff what to look at and whom to call; RIB decides what the offence is.
An unknown age is screened as an adult's: means are then required, so no case is marked LIKELY
on an age nobody knows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from isange_desktop.errors import ValidationError

CHILD_AGE = 18  # Palermo Protocol art. 3(d): a child is any person under eighteen
HOME_COUNTRY = "RW"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a source string for Qt's lupdate; the GUI translates it at display time."""
    return text


class Act(StrEnum):
    RECRUITMENT = "recruitment"
    TRANSPORT = "transport"
    TRANSFER = "transfer"
    HARBOURING = "harbouring"
    RECEIPT = "receipt"


class Means(StrEnum):
    DECEPTION = "deception"
    COERCION = "coercion"
    DEBT_BONDAGE = "debt_bondage"
    ABUSE_OF_VULNERABILITY = "abuse_of_vulnerability"
    DOCUMENTS_TAKEN = "documents_taken"
    RESTRICTED_MOVEMENT = "restricted_movement"
    THREATS = "threats"


class Exploitation(StrEnum):
    SEXUAL = "sexual"
    LABOUR = "labour"
    DOMESTIC_SERVITUDE = "domestic_servitude"
    FORCED_MARRIAGE = "forced_marriage"
    ORGAN_REMOVAL = "organ_removal"
    OTHER = "other"


class TraffickingIndication(StrEnum):
    NONE = "none"
    POSSIBLE = "possible"
    LIKELY = "likely"


class AnswerKind(StrEnum):
    YES_NO = "yes_no"
    CHOICES = "choices"  # several of `choices` may be ticked
    COUNTRIES = "countries"  # ISO 3166-1 alpha-2 codes, in the order the journey went


@dataclass(frozen=True)
class ScreeningQuestion:
    id: str  # the ScreeningAnswers field that holds the answer
    kind: AnswerKind
    text: str  # translatable source string
    choices: tuple[str, ...] = ()
    act: Act | None = None  # what a yes shows, for YES_NO questions
    means: Means | None = None


SCREENING_QUESTIONS: tuple[ScreeningQuestion, ...] = (
    ScreeningQuestion(
        "acts", AnswerKind.CHOICES,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "Did someone recruit, transport, hand over (transfer), house or hide (harbour), or "
            "receive the person?"),
        choices=tuple(Act),
    ),
    ScreeningQuestion(
        "recruited_by_deception", AnswerKind.YES_NO,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "Was the person recruited with lies or false promises (about the job, the pay, "
            "schooling, marriage or the destination)?"),
        act=Act.RECRUITMENT, means=Means.DECEPTION,
    ),
    ScreeningQuestion(
        "documents_taken", AnswerKind.YES_NO,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "Were the person's passport or identity documents taken or kept by someone else?"),
        means=Means.DOCUMENTS_TAKEN,
    ),
    ScreeningQuestion(
        "debt_owed", AnswerKind.YES_NO,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "Does the person owe a debt to the recruiter or employer that they are made to work "
            "off?"),
        means=Means.DEBT_BONDAGE,
    ),
    ScreeningQuestion(
        "movement_restricted", AnswerKind.YES_NO,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "Was the person locked in, watched, or not free to leave or to contact family?"),
        means=Means.RESTRICTED_MOVEMENT,
    ),
    ScreeningQuestion(
        "threats_or_violence", AnswerKind.YES_NO,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "Was the person, or their family, threatened or hurt?"),
        means=Means.THREATS,
    ),
    ScreeningQuestion(
        "coerced_otherwise", AnswerKind.YES_NO,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "Was the person forced in another way (drugs, blackmail, abduction)?"),
        means=Means.COERCION,
    ),
    ScreeningQuestion(
        "vulnerability_abused", AnswerKind.YES_NO,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "Did someone take advantage of the person's poverty, age, disability, status as a "
            "migrant or refugee, or dependence on them?"),
        means=Means.ABUSE_OF_VULNERABILITY,
    ),
    ScreeningQuestion(
        "exploitation", AnswerKind.CHOICES,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "What was the person made to do, or meant to be made to do?"),
        choices=tuple(Exploitation),
    ),
    ScreeningQuestion(
        "origin_countries", AnswerKind.COUNTRIES,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "Country of origin"),
    ),
    ScreeningQuestion(
        "transit_countries", AnswerKind.COUNTRIES,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "Countries of transit"),
    ),
    ScreeningQuestion(
        "destination_countries", AnswerKind.COUNTRIES,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "Country of destination"),
    ),
    ScreeningQuestion(
        "moved_across_border", AnswerKind.YES_NO,
        QT_TRANSLATE_NOOP(
            "trafficking",
            "Was the person moved across a border?"),
        act=Act.TRANSPORT,
    ),
)

# ISO 3166-1 alpha-2, the 249 officially assigned codes (user-assigned ones such as XK excluded).
_COUNTRY_TABLE = """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
"""
COUNTRY_CODES: frozenset[str] = frozenset(_COUNTRY_TABLE.split())


def parse_country_codes(codes: Iterable[str]) -> tuple[str, ...]:
    """Typed codes -> canonical ones: upper case, each once, in the order given."""
    result: list[str] = []
    for raw in codes:
        code = raw.strip().upper()
        if code not in COUNTRY_CODES:
            raise ValidationError("traffick.country_unknown", country=raw.strip()[:8])
        if code not in result:
            result.append(code)
    return tuple(result)


@dataclass(frozen=True)
class ScreeningAnswers:
    """One field per screening question, in the form's order (a test holds them together).

    An unanswered yes/no counts as no.
    """

    acts: frozenset[Act] = frozenset()
    recruited_by_deception: bool = False
    documents_taken: bool = False
    debt_owed: bool = False
    movement_restricted: bool = False
    threats_or_violence: bool = False
    coerced_otherwise: bool = False
    vulnerability_abused: bool = False
    exploitation: frozenset[Exploitation] = frozenset()
    origin_countries: tuple[str, ...] = ()
    transit_countries: tuple[str, ...] = ()
    destination_countries: tuple[str, ...] = ()
    moved_across_border: bool = False

    def __post_init__(self) -> None:
        # Stored answers must already be canonical: parse_country_codes is the way in.
        for codes in (self.origin_countries, self.transit_countries, self.destination_countries):
            if parse_country_codes(codes) != codes:
                raise ValidationError("traffick.country_list_invalid")

    def countries(self) -> frozenset[str]:
        return frozenset(
            self.origin_countries + self.transit_countries + self.destination_countries
        )


@dataclass(frozen=True)
class ScreeningResult:
    indication: TraffickingIndication
    reasons: tuple[str, ...]  # message ids (catalog_cases): evidence first, then the conclusion


def _yes(answers: ScreeningAnswers, question: ScreeningQuestion) -> bool:
    return bool(getattr(answers, question.id))


def screen(answers: ScreeningAnswers, age_years: int | None) -> ScreeningResult:
    if age_years is not None and age_years < 0:
        raise ValueError("age must not be negative")
    acts = set(answers.acts)
    means: set[Means] = set()
    for question in SCREENING_QUESTIONS:
        if question.kind is AnswerKind.YES_NO and _yes(answers, question):
            if question.act is not None:
                acts.add(question.act)
            if question.means is not None:
                means.add(question.means)
    purposes = set(answers.exploitation)
    child = age_years is not None and age_years < CHILD_AGE

    reasons = [f"traffick.act.{a}" for a in Act if a in acts]
    reasons += [f"traffick.means.{m}" for m in Means if m in means]
    reasons += [f"traffick.purpose.{p}" for p in Exploitation if p in purposes]
    present = {"act": bool(acts), "means": bool(means), "purpose": bool(purposes)}
    required = ("act", "purpose") if child else ("act", "means", "purpose")
    if all(present[element] for element in required):
        reasons.append("traffick.rule.likely_child" if child else "traffick.rule.likely")
        return ScreeningResult(TraffickingIndication.LIKELY, tuple(reasons))
    reasons += [f"traffick.missing.{element}" for element in required if not present[element]]
    if sum(present.values()) >= 2:
        reasons.append("traffick.rule.possible")
        return ScreeningResult(TraffickingIndication.POSSIBLE, tuple(reasons))
    reasons.append("traffick.rule.none")
    return ScreeningResult(TraffickingIndication.NONE, tuple(reasons))


@dataclass(frozen=True)
class Explanation:
    id: str  # catalog id: traffick.explain.<id>
    text: str  # translatable source string, same English as the catalog


EXPLANATIONS: tuple[Explanation, ...] = (
    Explanation("smuggling", QT_TRANSLATE_NOOP(
        "trafficking",
        "Smuggling is not trafficking. Smuggling is a service across a border: the person agrees "
        "to it, pays for it, and it ends on arrival. Trafficking is exploitation: the person is "
        "recruited, moved or held by deception, force or another means so that someone can exploit"
        " them, and it need not cross any border. Consent obtained by those means does not count. "
        "A person who was smuggled becomes a victim of trafficking if they are then exploited.")),
    Explanation("sex_work", QT_TRANSLATE_NOOP(
        "trafficking",
        "Selling sex is not, by itself, trafficking. It is trafficking when someone recruited, "
        "moved, housed or received the person, by deception, force, debt or another means, to "
        "profit from their sexual exploitation. For a child under 18 no such means are needed: any"
        " child recruited, moved or held for sexual exploitation is a victim of trafficking, never"
        " a sex worker.")),
    Explanation("child_labour", QT_TRANSLATE_NOOP(
        "trafficking",
        "Child labour is work that harms a child or keeps them out of school; it must be stopped "
        "and reported, but it is not always trafficking. It is trafficking when someone recruited,"
        " moved, handed over, housed or received the child in order to exploit them (forced work, "
        "domestic servitude, sexual exploitation and others). For a child, no deception or force "
        "needs to be shown.")),
)


@dataclass(frozen=True)
class Referral:
    id: str  # catalog id: traffick.referral.<id>
    text: str


REFERRALS: tuple[Referral, ...] = (
    Referral("rib", QT_TRANSLATE_NOOP(
        "trafficking",
        "Rwanda Investigation Bureau (RIB): investigates the trafficking; the RIB officer at the "
        "center takes the statement.")),
    Referral("iom", QT_TRANSLATE_NOOP(
        "trafficking",
        "IOM (International Organization for Migration): assistance to victims of trafficking, "
        "safe voluntary return and reintegration.")),
    Referral("dgie", QT_TRANSLATE_NOOP(
        "trafficking",
        "Directorate General of Immigration and Emigration: travel documents, immigration status "
        "and return across the border.")),
)
_REFERRAL = {r.id: r for r in REFERRALS}


def referrals_to_offer(answers: ScreeningAnswers, result: ScreeningResult) -> tuple[Referral, ...]:
    """RIB for every possible case; IOM and immigration too when the journey crossed a border."""
    if result.indication is TraffickingIndication.NONE:
        return ()
    abroad = answers.moved_across_border or bool(answers.countries() - {HOME_COUNTRY})
    if abroad:
        return (_REFERRAL["rib"], _REFERRAL["iom"], _REFERRAL["dgie"])
    return (_REFERRAL["rib"],)
