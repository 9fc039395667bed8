"""The tables the synthetic demo cases are drawn from: names, places, weights and texts.

Part of services.demo_cases (see there); everything here is invented or generic.
"""

from __future__ import annotations

from isange_desktop.domain.classification import GbvType

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
