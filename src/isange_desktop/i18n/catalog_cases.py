"""Messages of cases, persons, consent, classification and trafficking screening: id -> (English, French, Kinyarwanda).

Labels of types, flags, scopes and screening elements live here too: printed summaries and
monthly reports are drawn outside Qt. Where a text also exists as a QT_TRANSLATE_NOOP source
string in the domain (trafficking explanations and referrals), the English must be identical
(tests/test_trafficking.py checks it).
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
    # Case numbers
    "casenum.malformed": (
        "This is not a case number. A case number looks like KGL-01-2025-00042-Y: center, year, five digits and one check character.",
        "Ceci n'est pas un numéro de dossier. Un numéro de dossier a la forme KGL-01-2025-00042-Y : centre, année, cinq chiffres et un caractère de contrôle.",
        "Iyi si nomero ya dosiye. Nomero ya dosiye isa itya: KGL-01-2025-00042-Y (ikigo, umwaka, imibare itanu n'ikimenyetso kimwe cy'igenzura).",
    ),
    "casenum.check_failed": (
        "This case number does not check out: at least one character is wrong. Read it again, character by character.",
        "Ce numéro de dossier n'est pas valide : au moins un caractère est faux. Relisez-le caractère par caractère.",
        "Iyi nomero ya dosiye ntiyemewe: hari nibura ikimenyetso kimwe kitari cyo. Ongera uyisome, inyuguti ku yindi.",
    ),
    # GBVIMS classification
    "gbv.unknown_question": (
        "'{question}' is not a question of the GBV classification.",
        "« {question} » n'est pas une question de la classification des VBG.",
        "'{question}' si ikibazo cyo mu byiciro by'ihohoterwa rishingiye ku gitsina.",
    ),
    "gbv.answer_missing": (
        "Answer classification question {number} first: the questions are answered in order.",
        "Répondez d'abord à la question de classification {number} : les questions se suivent dans l'ordre.",
        "Banza usubize ikibazo cy'ibyiciro cya {number}: ibibazo bisubizwa uko bikurikirana.",
    ),
    "gbv.type.rape": ("Rape", "Viol", "Gufata ku ngufu"),
    "gbv.type.sexual_assault": (
        "Sexual assault",
        "Agression sexuelle",
        "Ihohoterwa ry'imibonano mpuzabitsina ritarimo kwinjiza",
    ),
    "gbv.type.physical_assault": ("Physical assault", "Agression physique", "Gukubita no gukomeretsa"),
    "gbv.type.forced_marriage": ("Forced marriage", "Mariage forcé", "Ishyingirwa ku gahato"),
    "gbv.type.denial_of_resources": (
        "Denial of resources, opportunities or services",
        "Déni de ressources, d'opportunités ou de services",
        "Kwimwa umutungo, amahirwe cyangwa serivisi",
    ),
    "gbv.type.psychological_abuse": (
        "Psychological or emotional abuse",
        "Violence psychologique ou émotionnelle",
        "Ihohoterwa rikorerwa ku mitekerereze n'amarangamutima",
    ),
    "gbv.type.none": (
        "Not GBV under the GBVIMS classification",
        "Pas une VBG selon la classification du GBVIMS",
        "Si ihohoterwa rishingiye ku gitsina hakurikijwe ibyiciro bya GBVIMS",
    ),
    # Context flags
    "flag.child_sexual_abuse": (
        "Child sexual abuse",
        "Abus sexuel sur enfant",
        "Ihohoterwa rishingiye ku gitsina rikorewe umwana",
    ),
    "flag.intimate_partner_violence": (
        "Intimate partner violence",
        "Violence entre partenaires intimes",
        "Ihohoterwa rikozwe n'uwo bashakanye cyangwa bakundana",
    ),
    "flag.early_marriage": ("Early marriage", "Mariage précoce", "Gushyingira umwana"),
    "flag.possible_sexual_exploitation": (
        "Possible sexual exploitation",
        "Exploitation sexuelle possible",
        "Hashobora kuba harabayeho gukoreshwa imibonano mpuzabitsina hagamijwe inyungu",
    ),
    "flag.possible_trafficking": (
        "Possible trafficking",
        "Traite possible",
        "Hashobora kuba ari icuruzwa ry'abantu",
    ),
    # Trafficking screening: input
    "traffick.country_unknown": (
        "'{country}' is not a country code. Use the two-letter ISO code (for example RW, UG, KE).",
        "« {country} » n'est pas un code de pays. Utilisez le code ISO à deux lettres (par exemple RW, UG, KE).",
        "'{country}' si kode y'igihugu. Koresha kode ya ISO y'inyuguti ebyiri (urugero RW, UG, KE).",
    ),
    "traffick.country_list_invalid": (
        "The list of countries must hold each two-letter code once, in capitals.",
        "La liste des pays doit contenir chaque code à deux lettres une seule fois, en majuscules.",
        "Urutonde rw'ibihugu rugomba kugira buri kode y'inyuguti ebyiri rimwe gusa, mu nyuguti nkuru.",
    ),
    # Trafficking screening: elements found (reasons)
    "traffick.act.recruitment": ("Act: recruitment", "Acte : recrutement", "Igikorwa: gushakisha abantu"),
    "traffick.act.transport": ("Act: transport", "Acte : transport", "Igikorwa: kubatwara"),
    "traffick.act.transfer": ("Act: transfer (handed over)", "Acte : transfert (remise à un tiers)", "Igikorwa: kubahererekanya"),
    "traffick.act.harbouring": ("Act: harbouring (housed or hidden)", "Acte : hébergement (logé ou caché)", "Igikorwa: kubacumbikira cyangwa kubahisha"),
    "traffick.act.receipt": ("Act: receipt", "Acte : accueil", "Igikorwa: kubakira"),
    "traffick.means.deception": ("Means: deception, false promises", "Moyen : tromperie, fausses promesses", "Uburyo: uburiganya n'amasezerano y'ibinyoma"),
    "traffick.means.coercion": ("Means: coercion", "Moyen : contrainte", "Uburyo: agahato"),
    "traffick.means.debt_bondage": ("Means: debt bondage", "Moyen : servitude pour dettes", "Uburyo: ubucakara bw'umwenda"),
    "traffick.means.abuse_of_vulnerability": ("Means: abuse of vulnerability", "Moyen : abus de vulnérabilité", "Uburyo: gukoresha nabi intege nke z'umuntu"),
    "traffick.means.documents_taken": ("Means: identity documents taken", "Moyen : papiers d'identité confisqués", "Uburyo: kwamburwa ibyangombwa"),
    "traffick.means.restricted_movement": ("Means: movement restricted, confined", "Moyen : liberté de mouvement restreinte, enfermement", "Uburyo: kubuzwa kugenda no gufungiranwa"),
    "traffick.means.threats": ("Means: threats or violence", "Moyen : menaces ou violence", "Uburyo: iterabwoba cyangwa urugomo"),
    "traffick.purpose.sexual": ("Purpose: sexual exploitation", "But : exploitation sexuelle", "Intego: gukoreshwa imibonano mpuzabitsina"),
    "traffick.purpose.labour": ("Purpose: forced labour", "But : travail forcé", "Intego: imirimo y'agahato"),
    "traffick.purpose.domestic_servitude": ("Purpose: domestic servitude", "But : servitude domestique", "Intego: ubuja bwo mu rugo"),
    "traffick.purpose.forced_marriage": ("Purpose: forced marriage", "But : mariage forcé", "Intego: ishyingirwa ku gahato"),
    "traffick.purpose.organ_removal": ("Purpose: removal of organs", "But : prélèvement d'organes", "Intego: gukurwamo ingingo z'umubiri"),
    "traffick.purpose.other": ("Purpose: other exploitation", "But : autre exploitation", "Intego: ubundi buryo bwo gukoreshwa"),
    "traffick.missing.act": (
        "No act found: ask who recruited, moved, handed over, housed or received the person.",
        "Aucun acte trouvé : demandez qui a recruté, déplacé, remis, hébergé ou accueilli la personne.",
        "Nta gikorwa cyabonetse: baza uwashakishije, uwatwaye, uwahererekanyije, uwacumbikiye cyangwa uwakiriye uwo muntu.",
    ),
    "traffick.missing.means": (
        "No means found: ask about lies, threats, debt, documents taken or confinement.",
        "Aucun moyen trouvé : interrogez sur les mensonges, menaces, dettes, papiers confisqués ou l'enfermement.",
        "Nta buryo bwabonetse: baza ku binyoma, iterabwoba, umwenda, ibyangombwa byambuwe cyangwa gufungiranwa.",
    ),
    "traffick.missing.purpose": (
        "No exploitation found: ask what the person was made, or meant to be made, to do.",
        "Aucune exploitation trouvée : demandez ce que la personne a été, ou devait être, forcée à faire.",
        "Nta gukoreshwa kwabonetse: baza icyo uwo muntu yakoreshejwe cyangwa yari agiye gukoreshwa.",
    ),
    # Trafficking screening: conclusions
    "traffick.rule.likely": (
        "Act, means and purpose are all present: trafficking is likely. Offer the referrals.",
        "L'acte, le moyen et le but sont tous présents : la traite est probable. Proposez les orientations.",
        "Igikorwa, uburyo n'intego byose birahari: birashoboka cyane ko ari icuruzwa ry'abantu. Tanga ubwoherezwe.",
    ),
    "traffick.rule.likely_child": (
        "A child, with an act and a purpose of exploitation: trafficking is likely. For a child no means are needed.",
        "Un enfant, avec un acte et un but d'exploitation : la traite est probable. Pour un enfant, aucun moyen n'est requis.",
        "Ni umwana, kandi hari igikorwa n'intego yo kumukoresha: birashoboka cyane ko ari icuruzwa ry'abantu. Ku mwana, uburyo ntibukenewe.",
    ),
    "traffick.rule.possible": (
        "Two of the three elements are present: trafficking is possible. Ask about the missing one.",
        "Deux des trois éléments sont présents : la traite est possible. Interrogez sur l'élément manquant.",
        "Bibiri mu bintu bitatu birahari: bishobora kuba ari icuruzwa ry'abantu. Baza ku kibura.",
    ),
    "traffick.rule.none": (
        "Fewer than two elements are present: no sign of trafficking from this screening.",
        "Moins de deux éléments sont présents : ce dépistage ne montre pas de signe de traite.",
        "Ibiri munsi ya bibiri ni byo bihari: iri genzura ntirigaragaza icuruzwa ry'abantu.",
    ),
    "traffick.indication.none": ("No indication", "Aucune indication", "Nta kimenyetso"),
    "traffick.indication.possible": ("Possible trafficking", "Traite possible", "Bishobora kuba icuruzwa ry'abantu"),
    "traffick.indication.likely": ("Likely trafficking", "Traite probable", "Birashoboka cyane ko ari icuruzwa ry'abantu"),
    # Trafficking screening: on-screen explanations (same English as domain.trafficking)
    "traffick.explain.smuggling": (
        "Smuggling is not trafficking. Smuggling is a service across a border: the person agrees to it, pays for it, and it ends on arrival. Trafficking is exploitation: the person is recruited, moved or held by deception, force or another means so that someone can exploit them, and it need not cross any border. Consent obtained by those means does not count. A person who was smuggled becomes a victim of trafficking if they are then exploited.",
        "Le trafic de migrants n'est pas la traite. Le trafic est un service pour passer une frontière : la personne l'accepte, le paie, et il prend fin à l'arrivée. La traite est une exploitation : la personne est recrutée, déplacée ou retenue par tromperie, par la force ou par un autre moyen pour que quelqu'un l'exploite, et elle peut avoir lieu sans passer de frontière. Un consentement obtenu par ces moyens ne compte pas. Une personne passée clandestinement devient victime de la traite si elle est ensuite exploitée.",
        "Kwambutsa abantu imipaka mu buryo butemewe si icuruzwa ry'abantu. Kwambutsa ni serivisi yo kwambuka umupaka: umuntu arabyemera, akabyishyura, bikarangira ageze aho ajya. Icuruzwa ry'abantu ni ugukoreshwa: umuntu ashakishwa, atwarwa cyangwa afatwa hakoreshejwe uburiganya, ingufu cyangwa ubundi buryo kugira ngo hagire umukoresha, kandi bishobora kuba nta mupaka wambutswe. Kwemera kwabonetse muri ubwo buryo ntikugira agaciro. Uwambukijwe umupaka aba uwacurujwe iyo nyuma akoreshejwe.",
    ),
    "traffick.explain.sex_work": (
        "Selling sex is not, by itself, trafficking. It is trafficking when someone recruited, moved, housed or received the person, by deception, force, debt or another means, to profit from their sexual exploitation. For a child under 18 no such means are needed: any child recruited, moved or held for sexual exploitation is a victim of trafficking, never a sex worker.",
        "Vendre des services sexuels n'est pas, en soi, de la traite. C'est de la traite quand quelqu'un a recruté, déplacé, hébergé ou accueilli la personne, par tromperie, force, dette ou un autre moyen, pour tirer profit de son exploitation sexuelle. Pour un enfant de moins de 18 ans, aucun de ces moyens n'est requis : tout enfant recruté, déplacé ou retenu pour être exploité sexuellement est victime de la traite, jamais travailleur du sexe.",
        "Kwicuruza ubwabyo si icuruzwa ry'abantu. Biba icuruzwa ry'abantu iyo hari uwashakishije, uwatwaye, uwacumbikiye cyangwa uwakiriye uwo muntu, akoresheje uburiganya, ingufu, umwenda cyangwa ubundi buryo, kugira ngo yungukire mu kumukoresha imibonano mpuzabitsina. Ku mwana uri munsi y'imyaka 18, ubwo buryo ntibukenewe: umwana wese washakishijwe, watwawe cyangwa wafashwe kugira ngo akoreshwe imibonano mpuzabitsina aba yacurujwe, ntaba ari umwana wicuruza.",
    ),
    "traffick.explain.child_labour": (
        "Child labour is work that harms a child or keeps them out of school; it must be stopped and reported, but it is not always trafficking. It is trafficking when someone recruited, moved, handed over, housed or received the child in order to exploit them (forced work, domestic servitude, sexual exploitation and others). For a child, no deception or force needs to be shown.",
        "Le travail des enfants est un travail qui nuit à l'enfant ou l'empêche d'aller à l'école ; il doit être arrêté et signalé, mais ce n'est pas toujours de la traite. C'est de la traite quand quelqu'un a recruté, déplacé, remis, hébergé ou accueilli l'enfant pour l'exploiter (travail forcé, servitude domestique, exploitation sexuelle et autres). Pour un enfant, il n'est pas nécessaire de montrer une tromperie ou une contrainte.",
        "Imirimo ikoreshwa abana ni imirimo igirira nabi umwana cyangwa imubuza kujya ku ishuri; igomba guhagarikwa kandi ikamenyeshwa, ariko si buri gihe iba icuruzwa ry'abantu. Biba icuruzwa ry'abantu iyo hari uwashakishije, uwatwaye, uwahererekanyije, uwacumbikiye cyangwa uwakiriye umwana agamije kumukoresha (imirimo y'agahato, ubuja bwo mu rugo, gukoreshwa imibonano mpuzabitsina n'ibindi). Ku mwana, ntibisabwa kugaragaza uburiganya cyangwa agahato.",
    ),
    # Trafficking screening: referrals to offer (same English as domain.trafficking)
    "traffick.referral.rib": (
        "Rwanda Investigation Bureau (RIB): investigates the trafficking; the RIB officer at the center takes the statement.",
        "Rwanda Investigation Bureau (RIB) : enquête sur la traite ; l'agent du RIB au centre recueille la déclaration.",
        "Urwego rw'Igihugu rw'Ubugenzacyaha (RIB): rukora iperereza ku icuruzwa ry'abantu; umugenzacyaha wa RIB uri ku kigo yakira ubuhamya.",
    ),
    "traffick.referral.iom": (
        "IOM (International Organization for Migration): assistance to victims of trafficking, safe voluntary return and reintegration.",
        "OIM (Organisation internationale pour les migrations) : assistance aux victimes de la traite, retour volontaire en sécurité et réintégration.",
        "IOM (Umuryango Mpuzamahanga wita ku Bimukira): ifasha abacurujwe, kubasubiza iwabo ku bushake mu mutekano no kubafasha gusubira mu buzima busanzwe.",
    ),
    "traffick.referral.dgie": (
        "Directorate General of Immigration and Emigration: travel documents, immigration status and return across the border.",
        "Direction générale de l'immigration et de l'émigration : documents de voyage, statut migratoire et retour au-delà de la frontière.",
        "Urwego Rukuru rushinzwe Abinjira n'Abasohoka mu Gihugu: ibyangombwa by'urugendo, uko umuntu ari mu gihugu no gusubira iwabo yambuka umupaka.",
    ),
    # Consent: scopes and who gave it
    "consent.scope.medical_care": ("Medical care", "Soins médicaux", "Ubuvuzi"),
    "consent.scope.psychosocial_care": ("Psychosocial care", "Soutien psychosocial", "Ubufasha mu by'imitekerereze n'imibanire"),
    "consent.scope.legal_support": ("Legal support", "Assistance juridique", "Ubufasha mu by'amategeko"),
    "consent.scope.shelter": ("Shelter", "Hébergement sécurisé", "Icumbi ritekanye"),
    "consent.scope.evidence_collection": ("Evidence collection", "Collecte de preuves", "Gufata ibimenyetso"),
    "consent.scope.report_to_rib": ("Report to RIB", "Signalement au RIB", "Kumenyesha RIB"),
    "consent.scope.share_with_referral": (
        "Share information with the named referral destination",
        "Partager les informations avec la destination d'orientation nommée",
        "Gusangiza amakuru aho yoherejwe havuzwe izina",
    ),
    "consent.by.survivor": ("Survivor", "Survivant·e", "Uwahohotewe"),
    "consent.by.guardian": ("Parent or guardian", "Parent ou tuteur", "Umubyeyi cyangwa umurera"),
    # Consent: decisions
    "consent.given": ("Consent given by the survivor.", "Consentement donné par le ou la survivant·e.", "Uwahohotewe yatanze uruhushya."),
    "consent.given_by_guardian": (
        "Consent given by the parent or guardian.",
        "Consentement donné par le parent ou le tuteur.",
        "Umubyeyi cyangwa umurera yatanze uruhushya.",
    ),
    "consent.given_override": (
        "Allowed without the guardian's consent: staff recorded a vital-interest override with its reason.",
        "Autorisé sans le consentement du tuteur : le personnel a enregistré une dérogation dans l'intérêt vital, avec son motif.",
        "Byemewe nta ruhushya rw'umurera: abakozi banditse impamvu y'uko ari ngombwa ku buzima bw'umwana.",
    ),
    "consent.missing": (
        "No consent is recorded for this. Nothing may be done, shared or printed for it until consent is recorded.",
        "Aucun consentement n'est enregistré pour ceci. Rien ne peut être fait, partagé ou imprimé tant qu'il n'est pas enregistré.",
        "Nta ruhushya rwanditswe kuri iki. Nta cyakorwa, nta makuru asangizwa cyangwa acapwa kugeza uruhushya rwanditswe.",
    ),
    "consent.refused": (
        "Consent for this was refused or withdrawn. Nothing may be done, shared or printed for it.",
        "Le consentement a été refusé ou retiré. Rien ne peut être fait, partagé ou imprimé pour ceci.",
        "Uruhushya rwanzwe cyangwa rwakuweho. Nta cyakorwa, nta makuru asangizwa cyangwa acapwa kuri iki.",
    ),
    "consent.guardian_needed": (
        "The survivor is under 16: a parent's or guardian's consent is needed, or a vital-interest override recorded with its reason.",
        "Le ou la survivant·e a moins de 16 ans : il faut le consentement d'un parent ou tuteur, ou une dérogation dans l'intérêt vital enregistrée avec son motif.",
        "Uwahohotewe ari munsi y'imyaka 16: hakenewe uruhushya rw'umubyeyi cyangwa umurera, cyangwa kwandika impamvu y'uko ari ngombwa ku buzima bwe.",
    ),
    "consent.survivor_needed": (
        "The survivor is 16 or older and consents for themself: a guardian's consent does not count.",
        "Le ou la survivant·e a 16 ans ou plus et consent pour lui-même ou elle-même : le consentement d'un tuteur ne compte pas.",
        "Uwahohotewe afite imyaka 16 cyangwa irenga, yitangira uruhushya ubwe: uruhushya rw'umurera ntirubarwa.",
    ),
    # Consent: record validation
    "consent.future_time": (
        "The consent time is in the future. Enter the time it was actually given.",
        "L'heure du consentement est dans le futur. Saisissez l'heure à laquelle il a réellement été donné.",
        "Igihe uruhushya rwatangiwe kiri imbere. Andika igihe rwatangiwe koko.",
    ),
    "consent.recorded_by_required": (
        "The staff member recording the consent must be named.",
        "Le membre du personnel qui enregistre le consentement doit être indiqué.",
        "Umukozi wanditse uruhushya agomba kugaragazwa.",
    ),
    "consent.guardian_for_adult": (
        "The survivor is 16 or older: only the survivor can give or refuse consent.",
        "Le ou la survivant·e a 16 ans ou plus : lui seul ou elle seule peut donner ou refuser son consentement.",
        "Uwahohotewe afite imyaka 16 cyangwa irenga: ni we wenyine utanga cyangwa wanga uruhushya.",
    ),
    "consent.override_needs_reason": (
        "A vital-interest override needs a written reason.",
        "Une dérogation dans l'intérêt vital doit être motivée par écrit.",
        "Gukora utabonye uruhushya rw'umurera bisaba kwandika impamvu.",
    ),
    "consent.override_not_applicable": (
        "A vital-interest override is only for a child under 16; a survivor of 16 or older consents for themself.",
        "Une dérogation dans l'intérêt vital ne concerne qu'un enfant de moins de 16 ans ; à partir de 16 ans, la personne consent elle-même.",
        "Gukora utabonye uruhushya rw'umurera bireba gusa umwana uri munsi y'imyaka 16; ufite imyaka 16 cyangwa irenga yitangira uruhushya.",
    ),
    "consent.override_only_for_child_consent": (
        "A vital-interest override goes with the child's own consent; a guardian's record or a refusal needs none.",
        "Une dérogation dans l'intérêt vital accompagne le consentement de l'enfant lui-même ; un enregistrement du tuteur ou un refus n'en a pas besoin.",
        "Gukora utabonye uruhushya rw'umurera bijyana n'uruhushya umwana ubwe yatanze; icyo umurera yanditse cyangwa kwanga ntibibikeneye.",
    ),
    "consent.destination_required": (
        "Name the referral destination that information may be shared with.",
        "Indiquez la destination d'orientation avec laquelle les informations peuvent être partagées.",
        "Vuga izina ry'aho amakuru ashobora koherezwa.",
    ),
    "consent.destination_not_allowed": (
        "A destination is only recorded for consent to share with a referral destination.",
        "Une destination n'est enregistrée que pour le consentement au partage avec une destination d'orientation.",
        "Aho amakuru yoherezwa handikwa gusa ku ruhushya rwo gusangiza amakuru aho umuntu yoherejwe.",
    ),
    "consent.destination_too_long": (
        "The referral destination is too long (at most {max} characters).",
        "La destination d'orientation est trop longue ({max} caractères au plus).",
        "Izina ry'aho amakuru yoherezwa ni rirerire cyane (inyuguti zitarenze {max}).",
    ),
    "consent.reason_too_long": (
        "The reason for the vital-interest override is too long (at most {max} characters).",
        "Le motif de la dérogation dans l'intérêt vital est trop long ({max} caractères au plus).",
        "Impamvu yo gukora utabonye uruhushya rw'umurera ni ndende cyane (inyuguti zitarenze {max}).",
    ),
    # Consent recorded after intake (services/case_consents.py, `isange case consent`)
    "consent.recorded_given": (
        "Recorded for case {number}: consent given ({scope}).",
        "Enregistré pour le dossier {number} : consentement donné ({scope}).",
        "Byanditswe kuri dosiye {number}: uruhushya rwatanzwe ({scope}).",
    ),
    "consent.recorded_refused": (
        "Recorded for case {number}: consent refused or withdrawn ({scope}).",
        "Enregistré pour le dossier {number} : consentement refusé ou retiré ({scope}).",
        "Byanditswe kuri dosiye {number}: uruhushya rwanzwe cyangwa rwakuweho ({scope}).",
    ),
    "consent.destination_not_pinned": (
        "Note: {destination} is not a center pinned here, and a referral only goes to a pinned center. The consent is kept as written.",
        "Remarque : {destination} n'est pas un centre enregistré ici, et une orientation ne part que vers un centre enregistré. Le consentement est gardé tel qu'il a été écrit.",
        "Icyitonderwa: {destination} si ikigo cyemejwe hano, kandi dosiye yoherezwa gusa ku kigo cyemejwe. Uruhushya rubitswe uko rwanditswe.",
    ),
    "consent.scope_unknown": (
        "'{scope}' is not a consent scope. Use one of: {scopes}.",
        "« {scope} » n'est pas une portée de consentement. Utilisez l'une de : {scopes}.",
        "'{scope}' si icyo uruhushya rureba. Koresha kimwe muri ibi: {scopes}.",
    ),
    "consent.by_unknown": (
        "'{by}' cannot give consent. Use survivor or guardian.",
        "« {by} » ne peut pas donner de consentement. Utilisez survivor ou guardian.",
        "'{by}' ntashobora gutanga uruhushya. Koresha survivor cyangwa guardian.",
    ),
    "consent.given_invalid": (
        "--given must be yes or no.",
        "--given doit valoir yes ou no.",
        "--given igomba kuba yes cyangwa no.",
    ),
    # Drafts kept across a lock (services/drafts.py)
    "draft.too_large": (
        "This unsaved form is too large to keep while the screen is locked.",
        "Ce formulaire non enregistré est trop volumineux pour être gardé pendant le verrouillage.",
        "Iyi fomu itabitswe ni nini cyane ku buryo itabikwa mu gihe mudasobwa ifunze.",
    ),
}
