"""Messages of the breach register (Law 058/2021 art. 43-45), the `isange breach` commands
and the notification draft: id -> (English, French, Kinyarwanda).

No message carries a survivor's name or a case's content: only counts, kinds of data, case
numbers the user typed, times and paths.
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
    # -- refusals -------------------------------------------------------------------------------
    "breach.kind_unknown": (
        "Unknown kind of breach '{kind}'. Use lost_device, stolen_media, wrong_recipient, unauthorised_access or other.",
        "Type de violation inconnu « {kind} ». Utilisez lost_device, stolen_media, wrong_recipient, unauthorised_access ou other.",
        "Ubwoko bw'iyibwa ry'amakuru '{kind}' ntibuzwi. Koresha lost_device, stolen_media, wrong_recipient, unauthorised_access cyangwa other.",
    ),
    "breach.found_missing": (
        "Say when the breach was found: the legal deadlines run from that moment. Nothing was recorded.",
        "Indiquez quand la violation a été découverte : les délais légaux courent à partir de ce moment. Rien n'a été enregistré.",
        "Vuga igihe iyibwa ry'amakuru ryamenyekaniye: igihe ntarengwa giteganywa n'itegeko kibarwa uhereye icyo gihe. Nta cyanditswe.",
    ),
    "breach.found_in_future": (
        "The time the breach was found is in the future. Check the date and the time. Nothing was recorded.",
        "Le moment de la découverte est dans le futur. Vérifiez la date et l'heure. Rien n'a été enregistré.",
        "Igihe iyibwa ryamenyekaniye kiri mu gihe kizaza. Reba itariki n'isaha. Nta cyanditswe.",
    ),
    "breach.occurred_after_found": (
        "The breach cannot have happened after it was found. Check both times, or leave the time it happened empty if it is not known. Nothing was recorded.",
        "La violation ne peut pas avoir eu lieu après sa découverte. Vérifiez les deux moments, ou laissez vide le moment où elle a eu lieu s'il n'est pas connu. Rien n'a été enregistré.",
        "Iyibwa ntirishobora kuba ryarabaye nyuma y'uko rimenyekana. Reba ibihe byombi, cyangwa usige ubusa igihe ryabereye niba kitazwi. Nta cyanditswe.",
    ),
    "breach.description_empty": (
        "Say what happened (for example: the center's laptop was stolen from the office at night). Do not write any survivor's name. Nothing was recorded.",
        "Décrivez ce qui s'est passé (par exemple : l'ordinateur portable du centre a été volé au bureau pendant la nuit). N'écrivez le nom d'aucune personne survivante. Rien n'a été enregistré.",
        "Vuga ibyabaye (urugero: mudasobwa y'ikigo yibwe mu biro nijoro). Ntukandike izina ry'uwahohotewe uwo ari we wese. Nta cyanditswe.",
    ),
    "breach.description_too_long": (
        "The description is longer than {max} characters. Shorten it. Nothing was recorded.",
        "La description dépasse {max} caractères. Raccourcissez-la. Rien n'a été enregistré.",
        "Ibisobanuro birenze inyuguti {max}. Bigabanye. Nta cyanditswe.",
    ),
    "breach.scope_empty": (
        "Say which cases the breach touched: all the cases in the vault (a lost laptop) or the case numbers concerned. Nothing was recorded.",
        "Indiquez les dossiers touchés : tous les dossiers du coffre (un ordinateur perdu) ou les numéros des dossiers concernés. Rien n'a été enregistré.",
        "Vuga amadosiye iyibwa ryagezeho: amadosiye yose ari mu bubiko (mudasobwa yatakaye) cyangwa nimero z'amadosiye bireba. Nta cyanditswe.",
    ),
    "breach.bad_case_number": (
        "'{number}' is not a case number. Nothing was recorded.",
        "« {number} » n'est pas un numéro de dossier. Rien n'a été enregistré.",
        "'{number}' si nimero y'idosiye. Nta cyanditswe.",
    ),
    "breach.unknown_case": (
        "There is no case {number} in this vault. Nothing was recorded.",
        "Il n'y a pas de dossier {number} dans ce coffre. Rien n'a été enregistré.",
        "Nta dosiye {number} iri muri ubu bubiko. Nta cyanditswe.",
    ),
    "breach.not_found": (
        "There is no breach number {id} in the register.",
        "Il n'y a pas de violation numéro {id} dans le registre.",
        "Nta iyibwa rifite nimero {id} riri mu gitabo.",
    ),
    "breach.bad_id": (
        "'{id}' is not a breach number (see `isange breach list`).",
        "« {id} » n'est pas un numéro de violation (voir `isange breach list`).",
        "'{id}' si nimero y'iyibwa (reba `isange breach list`).",
    ),
    "breach.already_notified": (
        "The notification of breach {id} to the NCSA is already recorded; it is recorded once.",
        "La notification de la violation {id} à la NCSA est déjà enregistrée ; elle ne s'enregistre qu'une fois.",
        "Kumenyesha NCSA iyibwa {id} byaranditswe; byandikwa rimwe gusa.",
    ),
    "breach.already_reported": (
        "The report on breach {id} is already recorded; it is recorded once.",
        "Le rapport sur la violation {id} est déjà enregistré ; il ne s'enregistre qu'une fois.",
        "Raporo ku iyibwa {id} yaranditswe; yandikwa rimwe gusa.",
    ),
    "breach.step_before_found": (
        "This cannot have been done before the breach was found. Check the date and the time. Nothing was recorded.",
        "Cela ne peut pas avoir été fait avant la découverte de la violation. Vérifiez la date et l'heure. Rien n'a été enregistré.",
        "Ibi ntibishobora kuba byarakozwe mbere y'uko iyibwa rimenyekana. Reba itariki n'isaha. Nta cyanditswe.",
    ),
    "breach.step_in_future": (
        "This time is in the future: record a step once it is done. Nothing was recorded.",
        "Ce moment est dans le futur : enregistrez une étape une fois qu'elle est faite. Rien n'a été enregistré.",
        "Iki gihe kiri mu gihe kizaza: andika intambwe imaze gukorwa. Nta cyanditswe.",
    ),
    "breach.time_invalid": (
        "'{text}' is not a date and time. Write it as 2026-11-20T14:30 (Kigali time) or with its offset, as 2026-11-20T12:30+00:00.",
        "« {text} » n'est pas une date et une heure. Écrivez-la sous la forme 2026-11-20T14:30 (heure de Kigali) ou avec son décalage, comme 2026-11-20T12:30+00:00.",
        "'{text}' si itariki n'isaha. Byandike nka 2026-11-20T14:30 (isaha y'i Kigali) cyangwa ushyireho itandukaniro ryayo, nka 2026-11-20T12:30+00:00.",
    ),
    # -- the command line -------------------------------------------------------------------------
    "breach.recorded": (
        "Breach {id} recorded: {cases} case(s) affected; data: {kinds}. Notify the NCSA by {notify_by}; submit the report by {report_by}.",
        "Violation {id} enregistrée : {cases} dossier(s) touché(s) ; données : {kinds}. Notifiez la NCSA avant le {notify_by} ; remettez le rapport avant le {report_by}.",
        "Iyibwa {id} ryanditswe: amadosiye {cases} yagezweho; amakuru: {kinds}. Menyesha NCSA bitarenze {notify_by}; tanga raporo bitarenze {report_by}.",
    ),
    "breach.none": (
        "No breach is recorded.",
        "Aucune violation n'est enregistrée.",
        "Nta iyibwa ry'amakuru ryanditswe.",
    ),
    "breach.notified_done": (
        "Breach {id}: the notification to the NCSA is recorded ({state}).",
        "Violation {id} : la notification à la NCSA est enregistrée ({state}).",
        "Iyibwa {id}: kumenyesha NCSA byanditswe ({state}).",
    ),
    "breach.reported_done": (
        "Breach {id}: the report is recorded ({state}).",
        "Violation {id} : le rapport est enregistré ({state}).",
        "Iyibwa {id}: raporo yanditswe ({state}).",
    ),
    "breach.notice_written": (
        "Notification draft written to {path}.",
        "Projet de notification écrit dans {path}.",
        "Umushinga w'itangazo wanditswe muri {path}.",
    ),
    "breach.no_data": (
        "none",
        "aucune",
        "nta na kimwe",
    ),
    # -- kinds of breach and of data ----------------------------------------------------------------
    "breach.kind.lost_device": (
        "Lost or stolen laptop", "Ordinateur portable perdu ou volé",
        "Mudasobwa yatakaye cyangwa yibwe"),
    "breach.kind.stolen_media": (
        "Lost or stolen backup or paper records", "Sauvegarde ou documents papier perdus ou volés",
        "Ububiko bw'inyongera cyangwa impapuro byatakaye cyangwa byibwe"),
    "breach.kind.wrong_recipient": (
        "Sent to the wrong recipient", "Envoyé au mauvais destinataire",
        "Byoherejwe ku utari we"),
    "breach.kind.unauthorised_access": (
        "Unauthorised access", "Accès non autorisé", "Kwinjira mu makuru nta burenganzira"),
    "breach.kind.other": ("Other", "Autre", "Ibindi"),
    "breach.data.identification": (
        "identification and contact details", "identité et coordonnées",
        "imyirondoro n'aho abarizwa"),
    "breach.data.incident": (
        "account of the incident", "récit de l'incident", "ibisobanuro by'ihohoterwa"),
    "breach.data.medical": (
        "medical records", "dossiers médicaux", "amakuru y'ubuvuzi"),
    "breach.data.counselling": (
        "counselling records", "notes d'accompagnement psychosocial",
        "amakuru y'ubujyanama"),
    "breach.data.legal": (
        "investigation records", "dossiers d'enquête", "amakuru y'iperereza"),
    "breach.data.shelter": (
        "shelter records", "dossiers d'hébergement", "amakuru y'icumbi"),
    "breach.data.attachments": (
        "scanned documents and photos", "documents numérisés et photos",
        "inyandiko zasikanywe n'amafoto"),
    # -- deadlines ----------------------------------------------------------------------------------
    "breach.step.notified": (
        "Notify the NCSA (48 hours)", "Notifier la NCSA (48 heures)",
        "Kumenyesha NCSA (amasaha 48)"),
    "breach.step.reported": (
        "Submit the report (72 hours)", "Remettre le rapport (72 heures)",
        "Gutanga raporo (amasaha 72)"),
    "breach.duration": (
        "{hours} h {minutes} min", "{hours} h {minutes} min",
        "amasaha {hours} n'iminota {minutes}"),
    "breach.state.open": (
        "{left} left", "reste {left}", "hasigaye {left}"),
    "breach.state.overdue": (
        "overdue by {late}", "en retard de {late}", "byarengejeho {late}"),
    "breach.state.done": (
        "done {when}", "fait le {when}", "byakozwe {when}"),
    "breach.state.done_late": (
        "done {when}, {late} late", "fait le {when}, avec {late} de retard",
        "byakozwe {when}, bikerereweho {late}"),
    # -- the notification draft -------------------------------------------------------------------
    "breach.notice.title": (
        "Personal data breach: notification draft",
        "Violation de données à caractère personnel : projet de notification",
        "Iyibwa ry'amakuru bwite: umushinga w'itangazo"),
    "breach.notice.to": (
        "To: the National Cyber Security Authority (NCSA), supervisory authority under Law No 058/2021 of 13/10/2021 relating to the protection of personal data and privacy (articles 43 and 44).",
        "À : l'Autorité nationale de cybersécurité (NCSA), autorité de contrôle au titre de la loi n° 058/2021 du 13/10/2021 relative à la protection des données à caractère personnel et de la vie privée (articles 43 et 44).",
        "Kuri: Ikigo cy'Igihugu gishinzwe Umutekano w'Ikoranabuhanga (NCSA), urwego rugenzura hakurikijwe Itegeko n° 058/2021 ryo ku wa 13/10/2021 ryerekeye kurinda amakuru bwite n'ubuzima bwite (ingingo ya 43 n'iya 44)."),
    "breach.notice.draft": (
        "A draft prepared by Isange Desktop: the data protection officer checks it, completes it and sends it. It names no survivor.",
        "Projet préparé par Isange Desktop : le délégué à la protection des données le vérifie, le complète et l'envoie. Il ne nomme aucune personne survivante.",
        "Umushinga wateguwe na Isange Desktop: ushinzwe kurinda amakuru bwite arawugenzura, akawuzuza kandi akawohereza. Nta wahohotewe uvugwamo izina."),
    "breach.notice.section.controller": (
        "Data controller", "Responsable du traitement", "Ushinzwe gutunganya amakuru"),
    "breach.notice.center": ("Center", "Centre", "Ikigo"),
    "breach.notice.register": (
        "Breach register number", "Numéro au registre des violations",
        "Nimero mu gitabo cy'iyibwa"),
    "breach.notice.section.what": (
        "What happened", "Ce qui s'est passé", "Ibyabaye"),
    "breach.notice.kind": ("Kind of breach", "Type de violation", "Ubwoko bw'iyibwa"),
    "breach.notice.found": (
        "Found (the deadlines run from here)", "Découverte (les délais courent à partir d'ici)",
        "Ryamenyekanye (igihe ntarengwa kibarwa uhereye aha)"),
    "breach.notice.occurred": ("Happened", "Survenue", "Ryabaye"),
    "breach.notice.occurred_unknown": ("not known", "inconnu", "ntibizwi"),
    "breach.notice.recorded": ("Recorded by", "Enregistrée par", "Byanditswe na"),
    "breach.notice.description": ("Description", "Description", "Ibisobanuro"),
    "breach.notice.section.deadlines": (
        "Deadlines", "Délais", "Igihe ntarengwa"),
    "breach.notice.deadline": ("Deadline", "Échéance", "Igihe ntarengwa"),
    "breach.notice.step": ("Step", "Étape", "Intambwe"),
    "breach.notice.state": ("At printing", "À l'impression", "Igihe cyo gucapa"),
    "breach.notice.section.scope": (
        "People and data concerned", "Personnes et données concernées",
        "Abantu n'amakuru bireba"),
    "breach.notice.cases": (
        "Survivors' cases affected (counted when the breach was recorded)",
        "Dossiers de personnes survivantes touchés (comptés à l'enregistrement de la violation)",
        "Amadosiye y'abahohotewe yagezweho (yabazwe igihe iyibwa ryandikwaga)"),
    "breach.notice.data_kinds": (
        "Kinds of personal data", "Catégories de données à caractère personnel",
        "Ubwoko bw'amakuru bwite"),
    "breach.notice.sensitive": (
        "These records concern survivors of gender-based violence: health data and data on sexual life, which the law treats as sensitive.",
        "Ces dossiers concernent des personnes survivantes de violences basées sur le genre : données de santé et données relatives à la vie sexuelle, que la loi traite comme sensibles.",
        "Aya madosiye areba abahohotewe bishingiye ku gitsina: amakuru y'ubuzima n'ay'imibonano mpuzabitsina, itegeko rifata nk'amakuru y'ibanga."),
    "breach.notice.section.measures": (
        "Measures taken and planned", "Mesures prises et prévues", "Ingamba zafashwe n'iziteganyijwe"),
    "breach.notice.measures_none": (
        "None recorded yet: complete below.", "Aucune enregistrée pour l'instant : complétez ci-dessous.",
        "Nta zanditswe: uzuza hano hasi."),
    "breach.notice.section.contact": (
        "Contact person (data protection officer)",
        "Personne de contact (délégué à la protection des données)",
        "Uwo kubaza (ushinzwe kurinda amakuru bwite)"),
    "breach.notice.contact_name": ("Name", "Nom", "Amazina"),
    "breach.notice.contact_role": ("Position", "Fonction", "Umwanya"),
    "breach.notice.contact_phone": ("Telephone", "Téléphone", "Telefoni"),
    "breach.notice.contact_email": ("E-mail", "Courriel", "Imeyili"),
    "breach.notice.signature": ("Date and signature", "Date et signature", "Itariki n'umukono"),
    "breach.notice.footer": (
        "Breach register", "Registre des violations", "Igitabo cy'iyibwa"),
}
