"""Synthetic cases for demonstrations, training and load tests.

Every case is invented: names are drawn at random from lists of common Kinyarwanda, French and
English names, phone and ID numbers are random digits of the right shape, accounts are short
generic sentences. Nothing describes a real person. Every random choice comes from
`random.Random` seeded from the seed, never from the clock: in a fresh vault the same seed gives
the same people in the same order whenever it runs, and with the same `now` (the end of the
year of arrivals) the same case numbers, times and track work too.

Every write goes through the services (`create_case`, `save_form`, `complete_task`,
`request_closure`, `approve_closure`), so each case, form, task and closure is validated and
audited exactly like staff work; nothing is inserted behind their back. The one direct read is
of a case's open task ids and due dates, to complete them. A `demo.generate` audit event marks
where a run started.

Who does what: the acting user creates the cases (nurse or psychosocial role) and does the
track work its roles allow (a nurse: the medical form, medicines, forensic samples, custody
handovers and the medical follow-up tasks). The rest is left to `add_track_work` with other
sessions, one after the other (the vault admits one session at a time): a psychosocial user
adds the assessment, counselling sessions and shelter stays, a legal user the RIB file. The
work for a track is drawn from its own random stream (seed, case, track), so it is the same
whichever user does it and in whatever order the passes run. Once all of a case's work is
written, a user who may request closure asks for it (settled cases older than CLOSE_AFTER,
follow-ups not overdue) and a manager's pass approves: give the manager last.

Track statuses are set at intake, as what the case's age makes plausible (the final state, so
the history holds one status per track); forms are written only for tracks in progress or
completed. Closure goes through the lifecycle services, which stamp it with the real time.

Writes are grouped BATCH_CASES cases to a transaction (`Vault.batch`): the same audited
service calls, one commit per batch.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from isange_desktop.domain.case_lifecycle import SETTLED
from isange_desktop.domain.center_time import CENTER_TZ, local_date
from isange_desktop.domain.classification import QUESTIONS, GbvType
from isange_desktop.domain.clinical_clocks import ClockKind, deadline
from isange_desktop.domain.consent import SELF_CONSENT_AGE, ConsentScope
from isange_desktop.domain.followups import TaskKind
from isange_desktop.domain.forms.rules import age_in_years
from isange_desktop.domain.forms.rwanda import DISTRICTS_BY_PROVINCE
from isange_desktop.domain.incident_time import IncidentTime
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.domain.tracks import EDIT_ACTION, Track, TrackStatus
from isange_desktop.errors import ValidationError
from isange_desktop.services.case_forms import save_form
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_lifecycle import approve_closure, request_closure
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.services.tasks import complete_task
from isange_desktop.store.case_models import Case, Task
from isange_desktop.store.types import utcnow

DEFAULT_SEED = 2026
MAX_CASES = 100_000  # five-digit yearly case numbers: a run must fit in two calendar years
PROGRESS_EVERY = 1_000
BATCH_CASES = 100  # cases per transaction (vault.batch): one commit instead of one per change
CLOSE_AFTER = timedelta(days=45)  # settled cases older than this are mostly closed

Progress = Callable[[str, int, int], None]  # phase, cases done, cases in all

# -- names and places ---------------------------------------------------------------------------
# Common names, combined at random. "Nyira-" and "Muka-" names are women's; "Uwi-"/"Uwa-" and
# many others are given to both. Variants are spellings staff really meet for one name: they
# make the duplicate check work (a folded key does not join them all).

FAMILY_FEMALE = (
    "Mukamana", "Nyirahabimana", "Mukeshimana", "Nyiransabimana", "Mukandayisenga",
    "Mukarukundo", "Nyirahabiyambere", "Mukamusoni", "Nyiraneza", "Mukamazimpaka",
    "Nyirabukeye", "Murekatete", "Nyirarukundo", "Mukansanga", "Uwamariya", "Kayitesi",
    "Umutoni", "Mutoni", "Uwase", "Uwera", "Umuhoza", "Umurerwa", "Uwamwezi", "Ingabire",
    "Uwimbabazi", "Uwingabire", "Uwanyirigira", "Nikuze", "Umwali", "Dusabe",
)
FAMILY_ANY = (
    "Uwimana", "Niyonsaba", "Iradukunda", "Uwamahoro", "Uwizeye", "Tuyishime", "Tuyisenge",
    "Ishimwe", "Irakoze", "Niyigena", "Mushimiyimana", "Byiringiro", "Dusabimana",
    "Nshimiyimana", "Ntakirutimana", "Niyonzima", "Uwayezu", "Mugisha",
)
FAMILY_MALE = (
    "Habimana", "Niyomugabo", "Hakizimana", "Nsengiyumva", "Ndayisaba", "Twagirimana",
    "Bizimana", "Niyitegeka", "Munyaneza", "Habyarimana", "Nzabonimpa", "Ndikumana",
    "Gasana", "Kamanzi", "Karangwa", "Mugabo", "Ntwari", "Rukundo", "Sibomana", "Nkurunziza",
    "Nsabimana",
)
GIVEN_FEMALE = (
    "Aline", "Claudine", "Divine", "Grace", "Marie Claire", "Josiane", "Ange", "Clarisse",
    "Jeanne", "Solange", "Vestine", "Immaculée", "Chantal", "Diane", "Esther", "Alice",
    "Sandrine", "Olive", "Gloria", "Belyse", "Gisèle", "Aimée", "Louise", "Yvette",
    "Béatrice", "Clementine", "Francine", "Jacqueline", "Delphine", "Pascaline", "Liliane",
    "Nadine", "Joselyne", "Annonciata", "Agnès", "Marie Rose", "Keza", "Ineza", "Kirezi",
    "Teta", "Mahoro", "Umutesi",
)
GIVEN_MALE = (
    "Eric", "Jean de Dieu", "Jean Bosco", "Emmanuel", "Patrick", "Olivier", "Innocent",
    "Fabrice", "Claude", "Théogène", "Samuel", "David", "Kevin", "Jean Paul", "Alexis",
    "Cyprien", "Didier", "Gilbert", "Shema", "Ganza", "Manzi", "Fiston", "Pacifique",
)
# A Kinyarwanda second given name, as many children carry one.
GIVEN_KINYARWANDA = ("Keza", "Ineza", "Gwiza", "Teta", "Shema", "Ganza", "Hirwa", "Ishimwe",
                     "Irakoze", "Mugisha", "Uwase", "Kirezi")

VARIANTS: dict[str, tuple[str, ...]] = {
    "Nyirahabimana": ("Nyira Habimana", "Nyirahabimaana", "NYIRAHABIMANA"),
    "Mukeshimana": ("Mukeshimane", "Mukeshima"),
    "Uwimana": ("Uwimanna", "Uwiman", "UWIMANA"),
    "Niyonsaba": ("Niyonsabe", "Nionsaba"),
    "Iradukunda": ("Iradkunda", "Iradukund"),
    "Nsengiyumva": ("Nsengiyumba", "Nsengiumva"),
    "Twagirimana": ("Twagiramana",),
    "Hakizimana": ("Hakizumana", "Hakizimama"),
    "Ndayisaba": ("Ndayisabye",),
    "Umutoni": ("Mutoni",),
    "Mutoni": ("Umutoni",),
    "Umuhoza": ("Muhoza",),
    "Mukamana": ("Mukamama", "Muka-Mana"),
    "Nyiransabimana": ("Nyirasabimana", "Nyira-Nsabimana"),
    "Josiane": ("Josianne", "Josyane"),
    "Clarisse": ("Clarise", "Clarisse"),
    "Jean de Dieu": ("Jean-de-Dieu", "Jean D. Dieu"),
    "Marie Claire": ("Marie-Claire", "Mariclaire"),
    "Immaculée": ("Immaculee", "Imaculée"),
    "Béatrice": ("Beatrice", "Béatrise"),
    "Théogène": ("Theogene", "Théogene"),
    "Aimée": ("Aimee", "Aimé"),
    "Clementine": ("Clémentine", "Clementina"),
    "Joselyne": ("Jocelyne", "Josélyne"),
    "Gisèle": ("Gisele", "Giselle"),
    "Belyse": ("Belise", "Bélyse"),
    "Divine": ("Divina",),
    "Claudine": ("Claudina", "Clodine"),
}

# Sectors by district (a few of each); cells and villages from names common across the country.
SECTORS: dict[str, tuple[str, ...]] = {
    "gasabo": ("Kacyiru", "Kimironko", "Remera", "Gisozi", "Kinyinya", "Jali"),
    "kicukiro": ("Gikondo", "Kanombe", "Niboye", "Kagarama", "Gahanga"),
    "nyarugenge": ("Nyamirambo", "Kimisagara", "Muhima", "Gitega", "Nyakabanda"),
    "burera": ("Cyanika", "Rugarama", "Kinoni", "Butaro"),
    "gakenke": ("Gakenke", "Ruli", "Nemba", "Muzo"),
    "gicumbi": ("Byumba", "Rukomo", "Kageyo", "Rutare"),
    "musanze": ("Muhoza", "Kinigi", "Cyuve", "Busogo"),
    "rulindo": ("Shyorongi", "Base", "Bushoki", "Ntarabana"),
    "gisagara": ("Save", "Ndora", "Kibirizi", "Mamba"),
    "huye": ("Ngoma", "Tumba", "Mukura", "Huye"),
    "kamonyi": ("Runda", "Gacurabwenge", "Rukoma", "Musambira"),
    "muhanga": ("Nyamabuye", "Shyogwe", "Cyeza", "Kabacuzi"),
    "nyamagabe": ("Gasaka", "Tare", "Kitabi", "Uwinkingi"),
    "nyanza": ("Busasamana", "Mukingo", "Kigoma", "Ntyazo"),
    "nyaruguru": ("Kibeho", "Ruheru", "Ngera", "Mata"),
    "ruhango": ("Ruhango", "Byimana", "Kinazi", "Ntongwe"),
    "bugesera": ("Nyamata", "Ruhuha", "Mayange", "Gashora"),
    "gatsibo": ("Kabarore", "Kiramuruzi", "Ngarama", "Rugarama"),
    "kayonza": ("Mukarange", "Kabarondo", "Rwinkwavu", "Gahini"),
    "kirehe": ("Kirehe", "Mahama", "Nasho", "Gatore"),
    "ngoma": ("Kibungo", "Rukira", "Zaza", "Sake"),
    "nyagatare": ("Nyagatare", "Rukomo", "Karangazi", "Matimba"),
    "rwamagana": ("Kigabiro", "Muhazi", "Fumbwe", "Musha"),
    "karongi": ("Bwishyura", "Rubengera", "Gishyita", "Mubuga"),
    "ngororero": ("Ngororero", "Kabaya", "Muhororo", "Kageyo"),
    "nyabihu": ("Mukamira", "Jenda", "Bigogwe", "Rambura"),
    "nyamasheke": ("Kagano", "Kanjongo", "Bushekeri", "Ruharambuga"),
    "rubavu": ("Gisenyi", "Rubavu", "Nyamyumba", "Kanama"),
    "rusizi": ("Kamembe", "Gihundwe", "Nyakabuye", "Bugarama"),
    "rutsiro": ("Gihango", "Kivumu", "Mushubati", "Manihira"),
}
CELLS = ("Kamatamu", "Kabeza", "Rugando", "Nyabisindu", "Kibagabaga", "Gacuriro", "Rusororo",
         "Gatare", "Kigarama", "Nyakabungo", "Rukiri", "Kagugu", "Bibare", "Kamashashi",
         "Ruhanga", "Gisanga", "Mpenge", "Cyimana", "Kabuye", "Nyarurema")
VILLAGES = ("Amahoro", "Ubumwe", "Urugwiro", "Isangano", "Iterambere", "Ubwiyunge", "Umucyo",
            "Imena", "Ituze", "Urukundo", "Intwari", "Inyange", "Umurava", "Agasharu",
            "Byimana", "Kamuhoza", "Nyagacyamu", "Rebero", "Rugarama", "Taba")
PROVINCE_WEIGHTS = {"kigali": 45, "eastern": 17, "southern": 14, "northern": 12, "western": 12}

NATIONALITIES = (("RW", 93), ("CD", 3), ("BI", 3), ("UG", 1))
REFERRAL_DESTINATIONS = ("Maison d'Accès à la Justice", "IOM Rwanda", "Inshuti z'Umuryango",
                         "District hospital, paediatric ward", "Sector social affairs officer")

# -- survivors and incidents --------------------------------------------------------------------

AGE_BANDS = (((3, 5), 4), ((6, 11), 11), ((12, 17), 27), ((18, 25), 27), ((26, 35), 17),
             ((36, 50), 10), ((51, 70), 4))
GBV_WEIGHTS: tuple[tuple[GbvType | None, int], ...] = (
    (GbvType.RAPE, 44), (GbvType.SEXUAL_ASSAULT, 10), (GbvType.PHYSICAL_ASSAULT, 24),
    (GbvType.FORCED_MARRIAGE, 3), (GbvType.DENIAL_OF_RESOURCES, 6),
    (GbvType.PSYCHOLOGICAL_ABUSE, 9), (None, 4),
)
CHILD_RELATIONSHIPS = (("family_other", 18), ("family_friend", 24), ("primary_caregiver", 8),
                       ("schoolmate", 8), ("teacher", 4), ("community_member", 16),
                       ("cotenant", 5), ("service_provider", 2), ("no_relation", 7),
                       ("unknown", 8))
ADULT_RELATIONSHIPS = (("intimate_partner", 34), ("former_partner", 9), ("family_other", 6),
                       ("family_friend", 12), ("supervisor_employer", 5),
                       ("community_member", 12), ("cotenant", 3), ("other_displaced", 2),
                       ("service_provider", 2), ("other", 2), ("no_relation", 9),
                       ("unknown", 4))
PLACE_BY_RELATIONSHIP = {
    "intimate_partner": "survivor_home", "former_partner": "survivor_home",
    "primary_caregiver": "survivor_home", "family_other": "other_home",
    "family_friend": "perpetrator_home", "schoolmate": "school", "teacher": "school",
    "supervisor_employer": "workplace", "cotenant": "survivor_home",
    "no_relation": "public_place", "unknown": "field_or_bush",
}
REFERRALS = (("self", 30), ("police", 18), ("rib", 10), ("health_center", 16),
             ("village_leader", 12), ("hotline", 8), ("other_iosc", 3), ("other", 3))
REFERRAL_DETAIL = {"other_iosc": ("Isange One Stop Center, Huye", "Isange One Stop Center, "
                                  "Rubavu", "Isange One Stop Center, Nyagatare"),
                   "other": ("Head teacher of the survivor's school", "A church volunteer",
                             "A neighbour brought her")}
GUARDIANS = (("mother", 42), ("father", 10), ("grandparent", 12), ("other_relative", 12),
             ("sibling", 5), ("foster_parent", 4), ("other", 4), ("none", 11))

ACCOUNTS: dict[GbvType | None, tuple[str, ...]] = {
    GbvType.RAPE: (
        "She says a man she knows forced her to have sex and threatened her if she told.",
        "She says she was raped on her way home in the evening.",
        "The survivor says he forced himself on her after she refused.",
    ),
    GbvType.SEXUAL_ASSAULT: (
        "She says he touched her against her will and she ran away.",
        "The survivor says a man grabbed her and touched her body; people came and he left.",
    ),
    GbvType.PHYSICAL_ASSAULT: (
        "She says her husband beat her with a stick after an argument about money.",
        "The survivor says she was hit and kicked several times.",
        "She says he slapped her and pushed her to the ground.",
    ),
    GbvType.FORCED_MARRIAGE: (
        "Her family arranged for her to live with a man as his wife; she did not agree.",
    ),
    GbvType.DENIAL_OF_RESOURCES: (
        "She says her husband took her earnings and stopped her from going to the clinic.",
        "The survivor says her in-laws took her land after her husband died.",
    ),
    GbvType.PSYCHOLOGICAL_ABUSE: (
        "She says he threatens to kill her and follows her everywhere.",
        "The survivor says she receives threatening phone messages every day.",
    ),
    None: (
        "The survivor came to ask for advice; what happened is not gender-based violence.",
        "She was promised work abroad; her documents were taken. She is looking for help.",
    ),
}
CHILD_ACCOUNTS = (
    "The child's guardian says the child came home crying and told her what happened.",
    "The child told a teacher, who brought her to the health center.",
    "The child says a neighbour called her into his house.",
    "A village leader found the child and brought her to the center.",
)
DECLINED_ACCOUNT = "The survivor preferred not to tell what happened today."

# The vital-interest overrides staff record for a young child's own consent.
OVERRIDE_REASONS = (
    "PEP cannot wait and the guardian is absent; the child agrees to care.",
    "The guardian is the suspected abuser; the child consents to emergency care.",
    "No guardian could be reached within the PEP window; the child agrees to be treated.",
)
LATE_REASONS = {
    "pep": ("Arrived after 72 hours; clinician decided to start PEP given the high-risk "
            "exposure.",
            "Incident time uncertain; the survivor may be within the window, so PEP was given."),
    "hepatitis_b_vaccine": ("Vaccination started late; the survivor was not vaccinated "
                            "before.",),
    "other": ("Given at the edge of its window, on the clinician's decision.",),
}


def _rng(seed: int | str) -> random.Random:
    """A random stream for synthetic data (never for secrets)."""
    return random.Random(seed)  # noqa: S311 - reproducible fake data, nothing secret


def _pick(rng: random.Random, weighted: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def _chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def _stamp(moment: datetime) -> str:
    return moment.astimezone(CENTER_TZ).isoformat(timespec="seconds")


def _phone(rng: random.Random) -> str:
    digits = f"7{rng.choice('8923')}{rng.randrange(10**7):07d}"
    if _chance(rng, 0.2):
        return f"+250 {digits[:3]} {digits[3:6]} {digits[6:]}"
    return f"0{digits}"


def _variant(rng: random.Random, name: str) -> str:
    """Another spelling of a name, part by part when it has several parts."""
    if name in VARIANTS:
        return rng.choice(VARIANTS[name])
    parts = name.split()
    if len(parts) > 1:
        return " ".join(_variant(rng, p) for p in parts)
    if len(name) > 5:  # one letter dropped: a hurried typing slip
        i = rng.randrange(2, len(name) - 1)
        return name[:i] + name[i + 1:]
    return name.upper()


@dataclass(slots=True)
class _Person:
    """An invented identity, which may come back for a later incident."""

    family_name: str
    given_names: str
    sex: str
    born: date
    dob_known: bool
    nationality: str
    migration_status: str | None
    disability: tuple[str, ...]
    phone: str | None
    national_id: str | None
    province: str
    district: str
    sector: str
    cell: str
    village: str
    guardian_relationship: str
    guardian_name: str
    guardian_phone: str | None
    guardian_suspected: bool
    latest_case: str = ""

    def values(self, on: date) -> dict[str, Any]:
        """The person form as staff would fill it on that day (guardian only for a child)."""
        values: dict[str, Any] = {"family_name": self.family_name, "sex": self.sex}
        if self.given_names:
            values["given_names"] = self.given_names
        age = age_in_years(self.born, on)
        if self.dob_known:
            values["date_of_birth"] = self.born.isoformat()
        else:
            values["estimated_age_years"] = age
        values["nationality"] = self.nationality
        if self.migration_status:
            values["migration_status"] = self.migration_status
        if self.disability:
            values |= {"has_disability": True, "disability_kinds": list(self.disability)}
        if self.phone:
            values["phone"] = self.phone
        if self.national_id and age >= 16:
            values["national_id"] = self.national_id
        values |= {"province": self.province, "district": self.district, "sector": self.sector,
                   "cell": self.cell, "village": self.village}
        if age < 18:
            values["guardian_relationship"] = self.guardian_relationship
            if self.guardian_relationship != "none":
                values["guardian_name"] = self.guardian_name
                values["guardian_suspected"] = self.guardian_suspected
                if self.guardian_phone:
                    values["guardian_phone"] = self.guardian_phone
        return values


@dataclass(slots=True)
class DemoCase:
    """What the later passes need to know of a generated case (kept small: one per case)."""

    index: int
    number: str
    arrival: datetime
    incident: IncidentTime
    age: int
    sex: str
    gbv_type: GbvType | None
    relationship: str
    injured: bool
    tracks: dict[Track, TrackStatus]
    evidence_consent: bool
    rib_consent: bool
    guardian_unsafe: bool
    trafficking: str
    done: set[Track] = field(default_factory=set)
    closure: str = ""  # "", "kept" (left open), "requested", "closed"
    sessions_held: set[date] = field(default_factory=set)


@dataclass
class DemoRun:
    """The cases of one run, for further passes by other users, and what was written."""

    seed: int
    now: datetime
    cases: list[DemoCase] = field(default_factory=list)
    # "form.<id>" for each form saved, "task.completed", "case.closure_requested", "case.closed"
    saved: Counter[str] = field(default_factory=Counter)

    @property
    def numbers(self) -> list[str]:
        return [c.number for c in self.cases]


@dataclass(frozen=True)
class _Staff:
    nurses: tuple[str, ...]
    doctors: tuple[str, ...]
    investigators: tuple[str, ...]


def _staff(seed: int) -> _Staff:
    rng = _rng(f"{seed}:staff")
    def name(given: Sequence[str], family: Sequence[str]) -> str:
        return f"{rng.choice(given)} {rng.choice(family)}"
    return _Staff(
        nurses=tuple(name(GIVEN_FEMALE, FAMILY_FEMALE) for _ in range(4)),
        doctors=tuple(f"Dr. {name(GIVEN_MALE + GIVEN_FEMALE, FAMILY_ANY + FAMILY_MALE)}"
                      for _ in range(2)),
        investigators=tuple(name(GIVEN_MALE + GIVEN_FEMALE, FAMILY_MALE + FAMILY_ANY)
                            for _ in range(3)),
    )


# -- intake ------------------------------------------------------------------------------------

class _Intakes:
    """Draws intake documents in arrival order.

    The arrival times come from one stream, whether a case is a second survivor of the
    previous case's event from another, and everything else about case i from a stream of its
    own (seed, i), drawn person first. So nothing that depends on `now` (a birthday passed, a
    status that depends on the case's age) can shift the draws of a later case: the same seed
    gives the same people in the same order whenever it runs.
    """

    POOL = 2_000  # earlier people a returning survivor or a near-duplicate is drawn from

    def __init__(self, seed: int, now: datetime, count: int) -> None:
        self.seed = seed
        self.rng = _rng(f"{seed}:arrivals")
        self.now = now
        self.count = count
        self.people: list[_Person] = []
        self.arrivals = sorted(self._arrival() for _ in range(count))

    def _arrival(self) -> datetime:
        rng, now = self.rng, self.now
        if _chance(rng, 0.06):  # the last four days: cases whose clocks still run
            return now - timedelta(minutes=rng.uniform(20, 96 * 60))
        day = local_date(now) - timedelta(days=rng.randrange(1, 365))
        hour = _pick(rng, [(h, 3 if 8 <= h < 20 else 1) for h in range(24)])
        return datetime.combine(day, time(hour, rng.randrange(60)), CENTER_TZ)

    def person(self, age: int, sex: str, arrival: date) -> _Person:
        rng = self.rng
        if sex == "female":
            family = rng.choice(FAMILY_FEMALE + FAMILY_ANY)
            given = rng.choice(GIVEN_FEMALE)
        else:
            family = rng.choice(FAMILY_MALE + FAMILY_ANY)
            given = rng.choice(GIVEN_MALE)
        if age < 18 and _chance(rng, 0.4):
            given = f"{rng.choice(GIVEN_KINYARWANDA)} {given}"
        elif _chance(rng, 0.04):
            given = ""  # only one name known
        try:
            birthday = arrival.replace(year=arrival.year - age)
        except ValueError:  # 29 February
            birthday = arrival.replace(year=arrival.year - age, day=28)
        born = birthday - timedelta(days=rng.randrange(364))
        nationality = _pick(rng, NATIONALITIES)
        migration = (None if _chance(rng, 0.5) else "national") if nationality == "RW" else \
            _pick(rng, (("refugee", 5), ("asylum_seeker", 2), ("migrant", 2), ("unknown", 1)))
        if nationality == "RW" and _chance(rng, 0.01):
            migration = "returnee"
        province = _pick(rng, tuple(PROVINCE_WEIGHTS.items()))
        district = rng.choice(DISTRICTS_BY_PROVINCE[province]).value
        guardian = _pick(rng, GUARDIANS) if age < 18 else "none"
        guardian_sex = "male" if guardian in ("father",) else "female"
        guardian_given = GIVEN_FEMALE if guardian_sex == "female" else GIVEN_MALE
        guardian_family = FAMILY_ANY + (FAMILY_FEMALE if guardian_sex == "female"
                                        else FAMILY_MALE)
        return _Person(
            family_name=family, given_names=given, sex=sex, born=born,
            dob_known=_chance(rng, 0.55 if age < 18 else 0.3), nationality=nationality,
            migration_status=migration,
            disability=tuple(sorted(rng.sample(("physical", "visual", "hearing", "speech",
                                                "intellectual", "psychosocial"),
                                               rng.choice((1, 1, 2)))))
            if _chance(rng, 0.05) else (),
            phone=_phone(rng) if age >= 16 and _chance(rng, 0.75) else None,
            national_id=(f"1{born.year}{8 if sex == 'male' else 7}{rng.randrange(10**7):07d}"
                         f"0{rng.randrange(100):02d}")
            if age >= 16 and nationality == "RW" and _chance(rng, 0.3) else None,
            province=province, district=district, sector=rng.choice(SECTORS[district]),
            cell=rng.choice(CELLS), village=rng.choice(VILLAGES),
            guardian_relationship=guardian,
            guardian_name=f"{rng.choice(guardian_given)} {rng.choice(guardian_family)}",
            guardian_phone=_phone(rng) if _chance(rng, 0.8) else None,
            guardian_suspected=guardian in ("father", "other_relative", "foster_parent", "other")
            and _chance(rng, 0.25),
        )

    def near_duplicate(self, earlier: _Person) -> _Person:
        """The same person registered again without the link: another spelling of the names,
        and the same phone or date of birth (what the duplicate check must catch)."""
        rng = self.rng
        given = earlier.given_names
        if given and _chance(rng, 0.6):
            given = _variant(rng, given)
        return replace(earlier, family_name=_variant(rng, earlier.family_name),
                       given_names=given, phone=earlier.phone if _chance(rng, 0.5) else None,
                       latest_case="")

    def draw(self, index: int, companion_of: tuple[dict[str, Any], str] | None
             ) -> tuple[dict[str, Any], _Person, dict[str, Any]]:
        """One intake document, its person, and the facts the track work needs."""
        rng = self.rng = _rng(f"{self.seed}:case:{index}")
        arrival = self.arrivals[index]
        if companion_of is not None:
            # A second survivor of the same incident arrives with the first.
            first_incident, _ = companion_of
            arrival = max(arrival, datetime.fromisoformat(first_incident["arrived_at"])
                          + timedelta(minutes=rng.randrange(5, 90)))
            arrival = min(arrival, self.now - timedelta(minutes=5))
        returning = None
        if self.people and companion_of is None and _chance(rng, 0.05):
            returning = rng.choice(self.people[-self.POOL:])
        if returning is not None:
            person = returning
            age = age_in_years(person.born, local_date(arrival))
        else:
            age = rng.randint(*_pick(rng, AGE_BANDS))
            female = 0.7 if age < 12 else 0.92
            sex = "female" if _chance(rng, female) else ("male" if _chance(rng, 0.97) else "other")
            if self.people and _chance(rng, 0.03):
                person = self.near_duplicate(rng.choice(self.people[-self.POOL:]))
                age = age_in_years(person.born, local_date(arrival))
            else:
                person = self.person(age, sex, local_date(arrival))
        incident, gbv, relationship, facts = self._incident(arrival, age, person, companion_of)
        facts["returning"] = returning
        return incident, person, facts | {"gbv": gbv, "relationship": relationship, "age": age}

    def _incident_time(self, arrival: datetime) -> dict[str, Any]:
        rng = self.rng
        band = rng.random()
        if band < 0.58:  # most come within the first three days
            delay = timedelta(hours=min(72.0, rng.lognormvariate(2.6, 0.8)) + 1)
        elif band < 0.78:
            delay = timedelta(hours=rng.uniform(72, 168))
        else:
            delay = timedelta(days=rng.uniform(7, 60))
        moment = (arrival - delay).replace(second=0, microsecond=0)
        if (delay <= timedelta(hours=24) and _chance(rng, 0.6)) or _chance(rng, 0.25):
            moment = moment.replace(minute=moment.minute // 15 * 15)
            return {"incident_time_exact": True, "incident_at": _stamp(moment)}
        width = timedelta(hours=rng.choice((1, 2, 3, 6, 12))) if delay < timedelta(days=7) \
            else timedelta(days=rng.choice((1, 2, 3, 7)))
        earliest = moment - width / 2
        latest = min(moment + width / 2, arrival)
        return {"incident_time_exact": False, "incident_earliest": _stamp(earliest),
                "incident_latest": _stamp(latest)}

    def _incident(self, arrival: datetime, age: int, person: _Person,
                  companion_of: tuple[dict[str, Any], str] | None
                  ) -> tuple[dict[str, Any], GbvType | None, str, dict[str, Any]]:
        rng = self.rng
        if companion_of is not None:
            first, _ = companion_of
            second = {k: v for k, v in first.items() if k not in ("account", "_gbv")}
            second["arrived_at"] = _stamp(arrival)
            second["account"] = "Came with another survivor of the same incident."
            if second["perpetrator_relationship"] in (
                    "intimate_partner", "former_partner", "primary_caregiver"):
                second["perpetrator_relationship"] = "community_member"
            gbv = GbvType(first["_gbv"]) if first.get("_gbv") else None
            return second, gbv, str(second["perpetrator_relationship"]), {}
        child = age < 18
        gbv = _pick(rng, GBV_WEIGHTS)
        if person.guardian_suspected and age < 18:
            relationship = "primary_caregiver" if _chance(rng, 0.6) else "family_other"
        elif child:
            relationship = _pick(rng, CHILD_RELATIONSHIPS)
        else:
            relationship = _pick(rng, ADULT_RELATIONSHIPS)
        if gbv is GbvType.FORCED_MARRIAGE:
            relationship = "intimate_partner"
        incident: dict[str, Any] = {"arrived_at": _stamp(arrival), **self._incident_time(arrival)}
        incident["place_type"] = (
            "online" if gbv is GbvType.PSYCHOLOGICAL_ABUSE and _chance(rng, 0.3)
            else PLACE_BY_RELATIONSHIP.get(relationship)
            or rng.choice(("other_home", "public_place", "field_or_bush", "other", "unknown")))
        if _chance(rng, 0.5):
            incident["place_description"] = f"{person.sector}, {rng.choice(VILLAGES)} village"
        if _chance(rng, 0.07):
            incident["account"] = DECLINED_ACCOUNT
        elif child and _chance(rng, 0.5):
            incident["account"] = rng.choice(CHILD_ACCOUNTS)
        elif _chance(rng, 0.9):
            incident["account"] = rng.choice(ACCOUNTS[gbv])
        if relationship != "unknown" or _chance(rng, 0.5):
            incident["perpetrator_count"] = 1 if _chance(rng, 0.88) else rng.randint(2, 4)
        incident["perpetrator_sex"] = ("unknown" if relationship == "unknown" and _chance(rng, .5)
                                       else "female" if gbv in (GbvType.DENIAL_OF_RESOURCES,
                                                                GbvType.PSYCHOLOGICAL_ABUSE)
                                       and _chance(rng, 0.3) else "male")
        incident["perpetrator_age_group"] = (
            "unknown" if relationship == "unknown" else
            _pick(rng, (("12_17", 10), ("18_25", 30), ("26_40", 35), ("41_60", 20),
                        ("61_plus", 5))) if not (child and relationship == "schoolmate")
            else "12_17")
        incident["perpetrator_relationship"] = relationship
        incident["referred_by"] = _pick(rng, REFERRALS)
        if incident["referred_by"] in REFERRAL_DETAIL:
            incident["referral_detail"] = rng.choice(REFERRAL_DETAIL[incident["referred_by"]])
        injured = gbv in (GbvType.RAPE, GbvType.PHYSICAL_ASSAULT) and _chance(rng, 0.6)
        return incident, gbv, relationship, {"injured": injured}


def _classification(rng: random.Random, gbv: GbvType | None, sexual_exchange: bool
                    ) -> dict[str, Any]:
    """The GBVIMS answers: noes up to the first yes; sometimes staff go on answering (what else
    happened), which does not change the type."""
    answers: dict[str, bool] = {}
    for question in QUESTIONS:
        answers[question.id] = question.yes_gives is gbv
        if question.yes_gives is gbv:
            break
    if gbv is not None and _chance(rng, 0.3):
        answers |= {q.id: _chance(rng, 0.3) for q in QUESTIONS if q.id not in answers}
    return {"answers": answers, "exchanged": sexual_exchange}


def _screening(rng: random.Random, suspected: bool) -> dict[str, Any]:
    """Trafficking screening answers: for a suspected case the elements staff found (act,
    means, purpose, journey); otherwise a screen that found nothing."""
    if not suspected:
        return {"acts": []}
    answers: dict[str, Any] = {
        "acts": sorted(rng.sample(("recruitment", "transport", "harbouring", "receipt"),
                                  rng.randint(1, 2))),
        "exploitation": [rng.choice(("domestic_servitude", "sexual", "labour"))],
    }
    for means in ("recruited_by_deception", "documents_taken", "debt_owed",
                  "movement_restricted"):
        if _chance(rng, 0.4):
            answers[means] = True
    if _chance(rng, 0.5):
        answers |= {"origin_countries": ["RW"], "moved_across_border": True,
                    "destination_countries": [rng.choice(("KE", "UG", "TZ", "AE", "OM"))]}
    elif _chance(rng, 0.3):
        answers |= {"origin_countries": [rng.choice(("BI", "CD"))], "moved_across_border": True,
                    "destination_countries": ["RW"]}
    if _chance(rng, 0.2):  # only some elements are known yet
        answers.pop("exploitation")
    return answers


def _statuses(rng: random.Random, age_days: float, gbv: GbvType | None, injured: bool,
              consents: Mapping[ConsentScope, bool], shelter_needed: bool
              ) -> dict[Track, TrackStatus]:
    s = TrackStatus
    def progress(start: float, done_after: float, completed: float) -> TrackStatus:
        if age_days < start:
            return s.PENDING
        if age_days < done_after:
            return s.IN_PROGRESS
        return s.COMPLETED if _chance(rng, completed) else s.IN_PROGRESS

    medical_needed = gbv in (GbvType.RAPE, GbvType.SEXUAL_ASSAULT, GbvType.PHYSICAL_ASSAULT) \
        or injured or _chance(rng, 0.3)
    if not consents[ConsentScope.MEDICAL_CARE]:
        medical = s.DECLINED
    elif not medical_needed:
        medical = s.NOT_NEEDED
    else:
        medical = progress(rng.uniform(0.02, 0.15), rng.uniform(2, 10), 0.9)
    if not consents[ConsentScope.PSYCHOSOCIAL_CARE]:
        psychosocial = s.DECLINED
    else:
        psychosocial = s.PENDING if _chance(rng, 0.04) else progress(0.5, 30, 0.75)
    if not consents[ConsentScope.REPORT_TO_RIB]:
        legal = s.DECLINED if _chance(rng, 0.7) else s.NOT_NEEDED
    elif gbv is None and _chance(rng, 0.7):
        legal = s.NOT_NEEDED
    else:
        legal = progress(rng.uniform(0.1, 2), 90, 0.5)
    if not shelter_needed:
        shelter = s.NOT_NEEDED
    elif not consents.get(ConsentScope.SHELTER, False):
        shelter = s.DECLINED
    else:
        shelter = s.PENDING if age_days < 0.1 else progress(0, rng.uniform(3, 21), 0.95)
    return {Track.MEDICAL: medical, Track.PSYCHOSOCIAL: psychosocial, Track.LEGAL: legal,
            Track.SHELTER: shelter}


def _consents(rng: random.Random, age: int, person: _Person, arrival: datetime,
              created: datetime, gbv: GbvType | None, shelter_needed: bool
              ) -> tuple[list[dict[str, Any]], dict[ConsentScope, bool]]:
    scopes = [ConsentScope.MEDICAL_CARE, ConsentScope.PSYCHOSOCIAL_CARE]
    if gbv in (GbvType.RAPE, GbvType.SEXUAL_ASSAULT, GbvType.PHYSICAL_ASSAULT):
        scopes.append(ConsentScope.EVIDENCE_COLLECTION)
    scopes.append(ConsentScope.REPORT_TO_RIB)
    if shelter_needed:
        scopes.append(ConsentScope.SHELTER)
    chance = {ConsentScope.MEDICAL_CARE: 0.97, ConsentScope.PSYCHOSOCIAL_CARE: 0.95,
              ConsentScope.EVIDENCE_COLLECTION: 0.85,
              ConsentScope.REPORT_TO_RIB: 0.85 if age < 18 else 0.7,
              ConsentScope.SHELTER: 0.9}
    young = age < SELF_CONSENT_AGE
    guardian_present = person.guardian_relationship != "none" and not person.guardian_suspected
    override = young and not guardian_present
    reason = rng.choice(OVERRIDE_REASONS) if override else None
    records: list[dict[str, Any]] = []
    given: dict[ConsentScope, bool] = {}
    at = arrival + timedelta(minutes=rng.randrange(3, 15))
    for scope in scopes:
        yes = _chance(rng, chance[scope])
        given[scope] = yes
        rec: dict[str, Any] = {"scope": scope.value, "given": yes,
                               "at": _stamp(min(at, created))}
        if young and guardian_present:
            rec["by"] = "guardian"
        else:
            rec["by"] = "survivor"
            if reason and yes:
                rec["override_reason"] = reason
        records.append(rec)
        at += timedelta(minutes=1)
    if _chance(rng, 0.08):
        rec = {"scope": ConsentScope.SHARE_WITH_REFERRAL.value,
               "destination": rng.choice(REFERRAL_DESTINATIONS), "given": True,
               "by": "guardian" if young and guardian_present else "survivor",
               "at": _stamp(min(at, created))}
        if reason and rec["by"] == "survivor":
            rec["override_reason"] = reason
        records.append(rec)
    return records, given


# -- track work --------------------------------------------------------------------------------

class _Work:
    """Writes one track's forms for one case through save_form, at the times they happened."""

    def __init__(self, session: UserSession, run: DemoRun, case: DemoCase, track: Track,
                 staff: _Staff) -> None:
        self.session, self.run, self.case, self.staff = session, run, case, staff
        self.rng = _rng(f"{run.seed}:{case.index}:{track.value}")
        self.done = case.tracks[track] is TrackStatus.COMPLETED

    def save(self, form_id: str, values: dict[str, Any], at: datetime,
             entry_no: int | None = None) -> bool:
        """Saves when `at` is not in the future of the run; says whether it did."""
        if at > self.run.now:
            return False
        save_form(self.session, self.case.number, form_id, values, entry_no=entry_no, now=at)
        self.run.saved[f"form.{form_id}"] += 1
        return True

    def at(self, after: datetime, low_minutes: float, high_minutes: float) -> datetime:
        return (after + timedelta(minutes=self.rng.uniform(low_minutes, high_minutes))
                ).replace(microsecond=0)

    def on_day(self, day: date, earliest: datetime | None = None) -> datetime:
        moment = datetime.combine(day, time(self.rng.randrange(8, 17), self.rng.randrange(60)),
                                  CENTER_TZ)
        return max(moment, earliest) if earliest else moment

    # medical -------------------------------------------------------------------------------
    def medical(self) -> None:
        rng, case = self.rng, self.case
        seen = self.at(case.arrival, 10, 60)
        child = case.age < 12
        values: dict[str, Any] = {
            "triage_priority": "emergency" if case.injured and _chance(rng, 0.15)
            else rng.choice(("urgent", "urgent", "routine")),
            "arrival_condition": "injured" if case.injured
            else rng.choice(("stable", "distressed", "distressed")),
            "temperature_c": round(rng.uniform(36.1, 37.9), 1),
            "pulse_per_min": rng.randint(85, 130) if child else rng.randint(60, 105),
            "respiratory_rate_per_min": rng.randint(18, 30) if child else rng.randint(12, 20),
            "weight_kg": round(max(12.0, min(90.0, rng.gauss(
                15 + 3 * case.age if case.age < 16 else 58, 6))), 1),
        }
        if not child:
            systolic = rng.randint(100, 145)
            values |= {"bp_systolic": systolic, "bp_diastolic": rng.randint(60, systolic - 25)}
        if case.injured:
            values["injuries"] = self._body_map()
            values["examination_findings"] = "Injuries as marked on the body map; " \
                "survivor oriented and cooperative."
        else:
            values["examination_findings"] = "No visible injury. Survivor calm, oriented."
        sexual = case.gbv_type in (GbvType.RAPE, GbvType.SEXUAL_ASSAULT)
        if sexual:
            values["hiv_test_result"] = _pick(rng, (("negative", 90), ("positive", 3),
                                                    ("declined", 4), ("not_done", 3)))
        female_fertile = case.sex == "female" and 12 <= case.age <= 49
        values["pregnancy_test_result"] = (
            _pick(rng, (("negative", 88), ("positive", 6), ("declined", 3), ("not_done", 3)))
            if female_fertile and sexual else "not_applicable")
        if not self.save("medical", values, seen):
            return
        given = self.at(seen, 20, 90)
        if sexual:
            self._medicines(given)
        elif case.injured and _chance(rng, 0.4):
            self.save("medicine", {"kind": "tetanus", "given_at": _stamp(given),
                                   "product": "Tetanus toxoid", "dose": "0.5 ml IM"},
                      given + timedelta(minutes=5))
        if case.evidence_consent and (sexual or case.injured):
            self._samples(given)
        if self.done and (case.tracks[Track.LEGAL] is not TrackStatus.NOT_NEEDED
                          or _chance(rng, 0.3)):
            signed = self.at(seen, 120, 60 * 48)
            report = values | {
                "report_findings": values["examination_findings"],
                "report_conclusion": rng.choice((
                    "Findings are consistent with the account given.",
                    "No physical findings; their absence does not exclude the account.",
                )),
                "report_clinician": f"{rng.choice(self.staff.doctors)}, general practitioner",
                "report_signed_at": _stamp(signed),
            }
            self.save("medical", report, signed + timedelta(minutes=2))
        self._complete_tasks(Track.MEDICAL)

    def _body_map(self) -> list[dict[str, Any]]:
        rng = self.rng
        sexual = self.case.gbv_type in (GbvType.RAPE, GbvType.SEXUAL_ASSAULT)
        marks = []
        for number in range(1, rng.randint(1, 4) + 1):
            view = "genital" if sexual and number == 1 and _chance(rng, 0.5) \
                else rng.choice(("front", "back"))
            kind = rng.choice(("bruise", "bruise", "abrasion", "laceration", "bite", "other"))
            mark: dict[str, Any] = {"view": view, "x": round(rng.uniform(0.2, 0.8), 3),
                                    "y": round(rng.uniform(0.1, 0.9), 3), "number": number,
                                    "type": kind, "size_cm": round(rng.uniform(0.5, 8), 1)}
            if kind == "other" or _chance(rng, 0.4):
                mark["description"] = rng.choice(("Swelling", "Tender area", "Scratch marks",
                                                  "Redness"))
            marks.append(mark)
        return marks

    def _medicine(self, kind: str, given: datetime, product: str, dose: str,
                  clock: ClockKind | None) -> None:
        values: dict[str, Any] = {"kind": kind, "given_at": _stamp(given), "product": product,
                                  "dose": dose}
        if clock is not None and given >= deadline(clock, self.case.incident):
            values["outside_window_reason"] = self.rng.choice(
                LATE_REASONS.get(kind, LATE_REASONS["other"]))
        self.save("medicine", values, given + timedelta(minutes=5))

    def _medicines(self, given: datetime) -> None:
        rng, case = self.rng, self.case
        incident = case.incident
        in_pep = given < deadline(ClockKind.PEP, incident)
        if case.gbv_type is GbvType.RAPE and ((in_pep and _chance(rng, 0.93))
                                              or (not in_pep and _chance(rng, 0.12))):
            self._medicine("pep", given, "TDF/3TC/DTG", "1 tablet daily for 28 days",
                           ClockKind.PEP)
        if case.sex == "female" and 12 <= case.age <= 49 and case.gbv_type is GbvType.RAPE:
            if given < deadline(ClockKind.EC_LEVONORGESTREL, incident) and _chance(rng, 0.9):
                self._medicine("ec_levonorgestrel", given + timedelta(minutes=2),
                               "Levonorgestrel", "1.5 mg once", ClockKind.EC_LEVONORGESTREL)
            elif given < deadline(ClockKind.EC_ULIPRISTAL_OR_IUD, incident) and \
                    _chance(rng, 0.8):
                kind = "copper_iud" if _chance(rng, 0.1) else "ec_ulipristal"
                self._medicine(kind, given + timedelta(minutes=2),
                               "Copper IUD" if kind == "copper_iud" else "Ulipristal acetate",
                               "Inserted" if kind == "copper_iud" else "30 mg once",
                               ClockKind.EC_ULIPRISTAL_OR_IUD)
        if _chance(rng, 0.85):
            self._medicine("sti_prophylaxis", given + timedelta(minutes=3),
                           "Ceftriaxone, azithromycin, metronidazole", "Single doses", None)
        in_hep = given < deadline(ClockKind.HEPATITIS_B, incident)
        if (in_hep and _chance(rng, 0.7)) or (not in_hep and _chance(rng, 0.08)):
            self._medicine("hepatitis_b_vaccine", given + timedelta(minutes=4),
                           "Hepatitis B vaccine", "Dose 1 of 3", ClockKind.HEPATITIS_B)

    def _samples(self, collected_from: datetime) -> None:
        rng, case = self.rng, self.case
        since = collected_from - case.incident.earliest
        if since > timedelta(days=7):
            return
        kinds = ["skin_swab", "fingernail"] if case.gbv_type not in (
            GbvType.RAPE, GbvType.SEXUAL_ASSAULT) else \
            ["vaginal_swab" if case.sex == "female" else "anal_swab", "blood", "urine",
             "clothing", "oral_swab", "hair"]
        count = rng.randint(1, min(4, len(kinds)))
        nurse = rng.choice(self.staff.nurses)
        refs: list[tuple[str, datetime]] = []
        for k, kind in enumerate(kinds[:count], start=1):
            collected = self.at(collected_from, 5 * k, 5 * k + 10)
            ref = f"{case.number.split('-')[-3]}/{case.number.split('-')[-2]}-S{k}"
            storage = _pick(rng, (("refrigerated", 5), ("frozen", 2),
                                  ("dry_room_temperature", 2), ("handed_over", 1)))
            values: dict[str, Any] = {"sample_ref": ref, "sample_type": kind,
                                      "collected_at": _stamp(collected), "packed_by": nurse,
                                      "sealed": True, "storage": storage}
            if storage != "handed_over":
                values["storage_place"] = "Isange forensic fridge" if storage != \
                    "dry_room_temperature" else "Locked evidence cupboard"
            if self.save("forensic_sample", values, collected + timedelta(minutes=3)):
                refs.append((ref, collected))
        if not case.rib_consent:
            return
        for ref, collected in refs:
            handed = self.at(collected, 30, 60 * 24)
            self.save("custody_handover", {
                "sample_ref": ref, "handed_by": nurse,
                "received_by": f"RIB officer {rng.choice(self.staff.investigators)}",
                "handed_at": _stamp(handed),
                "purpose": rng.choice(("investigation", "analysis", "transport")),
            }, handed + timedelta(minutes=2))

    def _complete_tasks(self, track: Track) -> None:
        """This track's follow-ups that are past: most were done around their day, some were
        missed (they stay overdue, as survivors lost to follow-up do). A counselling task is
        done when the session took place. Reading the case's open task ids is the only read
        here that is not a service call; completing each goes through complete_task."""
        if granting_role(self.session.roles, Action.TASK_COMPLETE) is None:
            return
        today = local_date(self.run.now)
        counselling = TaskKind.COUNSELLING_SESSION.value
        with self.session.vault.unit_of_work(readonly=True) as uow:
            tasks = uow.execute(
                select(Task.id, Task.kind, Task.due).join(Case, Task.case_id == Case.id)
                .where(Case.number == self.case.number, Task.done_on.is_(None),
                       Task.cancelled.is_(False))
                .order_by(Task.id)).all()
        kept = {"pep_adherence_check": 0.92, "pep_completion": 0.88, "hiv_test_6_weeks": 0.85,
                "hiv_test_3_months": 0.8, "hiv_test_6_months": 0.7,
                "hepatitis_b_dose_2": 0.85, "hepatitis_b_dose_3": 0.75}
        for task_id, kind, due_text in tasks:
            if (kind == counselling) != (track is Track.PSYCHOSOCIAL):
                continue
            due = date.fromisoformat(due_text)
            if kind == counselling:
                if due not in self.case.sessions_held:
                    continue
                done_on = due
            else:
                came = self.rng.random() < kept.get(kind, 0.8)
                if due >= today - timedelta(days=2) or not came:
                    continue
                done_on = min(today, due + timedelta(days=self.rng.choice((0, 0, 1, 2, 3))))
            complete_task(self.session, task_id, done_on)
            self.run.saved["task.completed"] += 1

    # psychosocial --------------------------------------------------------------------------
    def psychosocial(self) -> None:
        rng, case = self.rng, self.case
        first = self.at(case.arrival, 60, 60 * 5)
        risk = _pick(rng, (("low", 45), ("medium", 40), ("high", 15)))
        suicidality = _pick(rng, (("none", 80), ("ideation", 13), ("plan", 5), ("attempt", 2)))
        home = "unsafe" if case.guardian_unsafe or (case.relationship in (
            "intimate_partner", "primary_caregiver", "cotenant") and _chance(rng, 0.6)) \
            else _pick(rng, (("safe", 60), ("unsure", 25), ("unsafe", 15)))
        values: dict[str, Any] = {
            "risk_level": risk, "suicidality": suicidality, "safe_at_home": home,
            "assessment_notes": rng.choice((
                "Tearful but engaged; sleeping badly since the incident.",
                "Calm, answers questions; worried about what neighbours will say.",
                "Very frightened; accompanied by a relative.",
            )),
        }
        if risk == "high" or suicidality in ("plan", "attempt") or home == "unsafe":
            values["safety_plan"] = rng.choice((
                "Stays with her sister for now; knows to call 3512 or come back at any hour.",
                "Safe room at the center tonight; review tomorrow with the social worker.",
                "Village leader informed with consent; daily phone check for one week.",
            ))
        if not self.save("psychosocial", values, first):
            return
        last = first
        sessions = rng.randint(3, 6) if self.done else rng.randint(0, 2)
        step = rng.choice((7, 7, 14))
        start = local_date(first) + timedelta(days=rng.randint(1, 7))
        today = local_date(self.run.now)
        if not self.done and sessions and _chance(rng, 0.7):
            # Counselling still going on: the latest sessions are recent and the next one is
            # booked; otherwise the survivor stopped coming after the first ones.
            booked = today + timedelta(days=rng.randint(1, step))
            start = max(start, booked - timedelta(days=step * sessions))
        day = start
        for n in range(sessions):
            when = self.on_day(day, first + timedelta(minutes=30))
            next_day = day + timedelta(days=step)
            session: dict[str, Any] = {
                "session_date": day.isoformat(), "duration_minutes": rng.choice((30, 45, 60)),
                "session_type": "family" if case.age < 18 and _chance(rng, 0.4)
                else ("group" if _chance(rng, 0.1) else "individual"),
                "notes": rng.choice(("Talked about sleep and fear; breathing exercise.",
                                     "Reviewed the safety plan; she feels safer.",
                                     "Discussed going back to school and support at home.",
                                     "Mood better; follow-up agreed.")),
            }
            if n < sessions - 1 or not self.done:
                session["next_session_date"] = next_day.isoformat()
            if not self.save("counselling_session", session, when + timedelta(minutes=50)):
                break
            case.sessions_held.add(day)
            last, day = when, next_day
        if self.done or _chance(rng, 0.3):
            visit = local_date(last) + timedelta(days=rng.randint(2, 14))
            volunteer = f"{rng.choice(GIVEN_FEMALE)} {rng.choice(FAMILY_FEMALE)}"
            follow_up = values | {"volunteer_name": volunteer, "volunteer_phone": _phone(rng),
                                  "village_leader_name":
                                      f"{rng.choice(GIVEN_MALE)} {rng.choice(FAMILY_MALE)}",
                                  "community_visit_date": visit.isoformat()}
            self.save("psychosocial", follow_up, self.on_day(visit, last))
        self._complete_tasks(Track.PSYCHOSOCIAL)

    def shelter(self) -> None:
        rng, case = self.rng, self.case
        admitted = self.at(case.arrival, 120, 60 * 8)
        reason = "perpetrator_at_home" if case.guardian_unsafe or case.relationship in (
            "intimate_partner", "primary_caregiver") else "no_safe_home" \
            if case.trafficking == "suspected" else _pick(
            rng, (("no_safe_home", 5), ("awaiting_placement", 2), ("medical_observation", 2),
                  ("other", 1)))
        values: dict[str, Any] = {"admitted_at": _stamp(admitted),
                                  "bed": f"R{rng.randint(1, 3)}-B{rng.randint(1, 4)}",
                                  "admission_reason": reason}
        if reason == "other":
            values["admission_notes"] = "Arrived at night with her baby; no transport home."
        if not self.save("shelter", values, admitted + timedelta(minutes=10)):
            return
        if not self.done:
            return
        longest = min(timedelta(days=14), self.run.now - admitted - timedelta(hours=1))
        if longest < timedelta(days=1):
            return
        left = self.at(admitted, 60 * 24, longest.total_seconds() / 60)
        minor = case.age < 18
        destination = _pick(rng, (("relatives", 4), ("foster_family", 2),
                                  ("long_term_shelter", 2), ("home", 1))) if minor else \
            _pick(rng, (("relatives", 4), ("home", 3), ("long_term_shelter", 1),
                        ("hospital", 1), ("other", 1)))
        out = values | {"discharged_at": _stamp(left), "discharge_destination": destination}
        if minor and destination in ("foster_family", "long_term_shelter"):
            out |= {"placement_referred": True,
                    "placement_destination": "District child protection officer",
                    "placement_referred_on": local_date(left).isoformat()}
        self.save("shelter", out, left + timedelta(minutes=10))

    # legal ---------------------------------------------------------------------------------
    def legal(self) -> None:
        rng, case = self.rng, self.case
        statement = self.at(case.arrival, 60, 60 * 24 * 3)
        values: dict[str, Any] = {"statement_taken": True,
                                  "statement_date": local_date(statement).isoformat(),
                                  "legal_aid_referral": _pick(rng, (("maj", 5), ("none", 4),
                                                                    ("other", 1)))}
        if values["legal_aid_referral"] == "other":
            values["legal_aid_other"] = "Legal aid clinic of the bar association"
        if _chance(rng, 0.85):
            values["rib_case_number"] = (f"RIB/{case.number.split('-')[0]}/{statement.year}/"
                                         f"{rng.randrange(1, 9999):04d}")
        if case.evidence_consent and case.gbv_type is not None and _chance(rng, 0.7):
            handed = local_date(statement) + timedelta(days=rng.randint(0, 2))
            values |= {"evidence_handed_over": True,
                       "evidence_handed_over_on": handed.isoformat(),
                       "evidence_handed_by": rng.choice(self.staff.nurses),
                       "evidence_received_by": rng.choice(self.staff.investigators)}
        if not self.save("legal", values, statement + timedelta(minutes=40)):
            return
        if not self.done:
            return
        today = local_date(self.run.now)
        referred = local_date(statement) + timedelta(days=rng.randint(5, 30))
        if referred >= today:
            return
        decided = referred + timedelta(days=rng.randint(14, 60))
        later = values | {"prosecution_referred_on": referred.isoformat()}
        decision = _pick(rng, (("charged", 6), ("dismissed", 2), ("pending", 2)))
        if decided >= today:
            decision = "pending"
        later["prosecution_decision"] = decision
        last = referred
        if decision != "pending":
            later["prosecution_decided_on"] = decided.isoformat()
            last = decided
        if decision == "charged":
            hearing = decided + timedelta(days=rng.randint(30, 90))
            if hearing < today:
                later["court_first_hearing_on"] = hearing.isoformat()
                last = hearing
                judgment = hearing + timedelta(days=rng.randint(30, 120))
                if judgment < today and _chance(rng, 0.7):
                    later |= {"court_judgment_on": judgment.isoformat(),
                              "court_outcome": _pick(rng, (("convicted", 6), ("acquitted", 2),
                                                           ("other", 1)))}
                    last = judgment
                else:
                    later["court_outcome"] = "pending"
        self.save("legal", later, self.on_day(last, statement + timedelta(hours=1)))


TRACK_WORK: dict[Track, Callable[[_Work], None]] = {
    Track.MEDICAL: _Work.medical,
    Track.PSYCHOSOCIAL: _Work.psychosocial,
    Track.LEGAL: _Work.legal,
    Track.SHELTER: _Work.shelter,
}


def _work_tracks(session: UserSession) -> list[Track]:
    return [t for t in Track if granting_role(session.roles, EDIT_ACTION[t]) is not None]


def _do_work(session: UserSession, run: DemoRun, case: DemoCase, tracks: Sequence[Track],
             staff: _Staff) -> None:
    for track in tracks:
        if track in case.done:
            continue
        case.done.add(track)
        if case.tracks[track] in (TrackStatus.IN_PROGRESS, TrackStatus.COMPLETED):
            TRACK_WORK[track](_Work(session, run, case, track, staff))
    _close(session, run, case)


def closing_steps(run: DemoRun) -> set[Action]:
    """The closure steps some case still waits for: a request (its work all written, settled,
    old enough) or a manager's approval."""
    steps: set[Action] = set()
    for case in run.cases:
        if case.closure == "requested":
            steps.add(Action.CASE_CLOSE_APPROVE)
        elif case.closure == "" and _closable(run, case):
            steps.add(Action.CASE_CLOSE_REQUEST)
    return steps


def _closable(run: DemoRun, case: DemoCase) -> bool:
    return _worked(case) and run.now - case.arrival >= CLOSE_AFTER \
        and all(s in SETTLED for s in case.tracks.values())


def _worked(case: DemoCase) -> bool:
    """Every track with work to write has had it written."""
    return all(track in case.done for track, status in case.tracks.items()
               if status in (TrackStatus.IN_PROGRESS, TrackStatus.COMPLETED))


def _close(session: UserSession, run: DemoRun, case: DemoCase) -> None:
    """Closure as a center does it: staff ask once every track is settled and its work
    written, some weeks after arrival; a manager approves. Cases with follow-ups overdue are
    refused by the checklist and stay open, as they would."""
    if case.closure == "" and _closable(run, case) \
            and granting_role(session.roles, Action.CASE_CLOSE_REQUEST) is not None:
        if not _chance(_rng(f"{run.seed}:{case.index}:closure"), 0.9):
            case.closure = "kept"
            return
        try:
            request_closure(session, case.number, today=local_date(run.now))
        except ValidationError:  # the checklist refused before writing anything
            case.closure = "kept"
            return
        case.closure = "requested"
        run.saved["case.closure_requested"] += 1
    if case.closure == "requested" \
            and granting_role(session.roles, Action.CASE_CLOSE_APPROVE) is not None:
        approve_closure(session, case.number)
        case.closure = "closed"
        run.saved["case.closed"] += 1


# -- the entry points --------------------------------------------------------------------------

_Companion = tuple[dict[str, Any], str] | None  # the incident and number of a first survivor


def _one_case(session: UserSession, run: DemoRun, intakes: _Intakes, index: int,
              companion: _Companion, tracks: Sequence[Track], staff: _Staff) -> _Companion:
    """Create case `index` and do this user's track work on it; returns the incident a
    second survivor of the same event shares, when the next case is one."""
    now = run.now
    incident, person, facts = intakes.draw(index, companion)
    rng = intakes.rng  # this case's own stream
    arrival = datetime.fromisoformat(incident["arrived_at"])
    created = min(arrival + timedelta(minutes=rng.randrange(10, 40)), now)
    age: int = facts["age"]
    gbv: GbvType | None = facts["gbv"]
    suspected = companion is None and _chance(rng, 0.015)
    guardian_unsafe = age < 18 and (person.guardian_suspected
                                    or person.guardian_relationship == "none")
    shelter_needed = guardian_unsafe or suspected or _chance(rng, 0.05)
    consents, given = _consents(rng, age, person, arrival, created, gbv, shelter_needed)
    age_days = (now - arrival).total_seconds() / 86400
    statuses = _statuses(rng, age_days, gbv, bool(facts.get("injured")), given, shelter_needed)
    exchanged = gbv in (GbvType.RAPE, GbvType.SEXUAL_ASSAULT) and _chance(rng, 0.03)
    intake: dict[str, Any] = {
        "person": person.values(local_date(arrival)),
        "incident": incident,
        "classification": _classification(rng, gbv, exchanged),
        "consents": consents,
        "tracks": {t.value: s.value for t, s in statuses.items()},
    }
    if suspected or _chance(rng, 0.2):  # many centers screen every survivor
        intake["trafficking"] = _screening(rng, suspected)
    returning: _Person | None = facts.get("returning")
    if returning is not None:
        intake["same_person_as"] = returning.latest_case
    if companion is not None:
        intake["same_event_as"] = companion[1]
    summary = create_case(session, intake, now=created)
    person.latest_case = summary.number
    if returning is None:
        intakes.people.append(person)
    incident_time = IncidentTime(
        datetime.fromisoformat(incident.get("incident_earliest") or incident["incident_at"]),
        datetime.fromisoformat(incident.get("incident_latest") or incident["incident_at"]))
    case = DemoCase(
        index=index, number=summary.number, arrival=arrival, incident=incident_time,
        age=age, sex=person.sex, gbv_type=gbv, relationship=facts["relationship"],
        injured=bool(facts.get("injured")), tracks=statuses,
        evidence_consent=given.get(ConsentScope.EVIDENCE_COLLECTION, False),
        rib_consent=given[ConsentScope.REPORT_TO_RIB], guardian_unsafe=guardian_unsafe,
        trafficking="suspected" if suspected else "none")
    run.cases.append(case)
    _do_work(session, run, case, tracks, staff)
    # A two-survivor event: the next case is the second survivor of this incident.
    if companion is None and index + 1 < intakes.count \
            and _chance(_rng(f"{run.seed}:event:{index}"), 0.03):
        return incident | {"_gbv": gbv.value if gbv else None}, summary.number
    return None


def generate_cases(session: UserSession, count: int, *, seed: int = DEFAULT_SEED,
                   now: datetime | None = None, progress: Progress | None = None) -> DemoRun:
    """Create `count` synthetic cases as this user, with the track work its roles allow.

    Arrivals lie in the twelve months before `now` (a few in the last four days, so clinical
    clocks still run), in arrival order; each case is created at its arrival time and each form
    at the time the work was done, never after `now`. The writes go in batches of
    BATCH_CASES cases per transaction; an error rolls back its batch and stops the run.
    """
    if not 1 <= count <= MAX_CASES:
        raise ValueError(f"count must be from 1 to {MAX_CASES}")
    role = authorize(session, Action.CASE_CREATE, object_type="case")
    now = (now or utcnow()).replace(microsecond=0)
    with session.vault.unit_of_work() as uow:
        record(uow, actor=session.login, role=role, action="demo.generate", object_type="case",
               details={"cases": count, "seed": seed, "synthetic": True})
    run = DemoRun(seed=seed, now=now)
    staff = _staff(seed)
    tracks = _work_tracks(session)
    intakes = _Intakes(seed, now, count)
    companion: _Companion = None
    for start in range(0, count, BATCH_CASES):
        with session.vault.batch():
            for index in range(start, min(count, start + BATCH_CASES)):
                companion = _one_case(session, run, intakes, index, companion, tracks, staff)
                if progress and ((index + 1) % PROGRESS_EVERY == 0 or index + 1 == count):
                    progress("cases", index + 1, count)
    return run


def add_track_work(session: UserSession, run: DemoRun, *,
                   progress: Progress | None = None) -> int:
    """The track work this user's roles allow on the run's cases, not yet done by another
    user, and the closure steps its roles allow (staff request it for settled cases whose work
    is all written; a manager approves the requests). Returns how many changes it wrote."""
    tracks = _work_tracks(session)
    staff = _staff(run.seed)
    before = sum(run.saved.values())
    total = len(run.cases)
    for start in range(0, total, BATCH_CASES):
        with session.vault.batch():
            for n, case in enumerate(run.cases[start:start + BATCH_CASES], start=start + 1):
                _do_work(session, run, case, tracks, staff)
                if progress and (n % PROGRESS_EVERY == 0 or n == total):
                    progress("tracks", n, total)
    return sum(run.saved.values()) - before
