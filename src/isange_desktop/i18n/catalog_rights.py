"""Messages of the rights area: id -> (English, French, Kinyarwanda).

A survivor's rights under Law No 058/2021 on personal data protection: the access request
document (reports/access_report.py), correction requests (services/corrections.py) and their
commands (cli_rights.py). The vocabulary follows catalog_report_case.py (dosiye,
uwahohotewe, amakuru bwite).
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
    # The access request document
    "rights.title": ("Personal data held about a person",
                     "Données personnelles détenues sur une personne",
                     "Amakuru bwite tubitse ku muntu"),
    "rights.intro": (
        "Printed at the person's request under Law No 058/2021 on the protection of personal "
        "data and privacy (right of access): everything this center's records hold about "
        "them, in every case and every service.",
        "Imprimé à la demande de la personne en application de la loi nº 058/2021 relative "
        "à la protection des données à caractère personnel et de la vie privée (droit "
        "d'accès) : tout ce que les dossiers de ce centre contiennent à son sujet, dans chaque "
        "dossier et chaque service.",
        "Byacapwe ku busabe bw'umuntu hakurikijwe Itegeko nº 058/2021 rirengera amakuru "
        "bwite n'ubuzima bwite (uburenganzira bwo kubona amakuru): ibyo ibitabo by'iki kigo "
        "bimubikiye byose, muri buri dosiye no muri buri serivisi.",
    ),
    "rights.requested_through": ("Requested through case", "Demande faite sur le dossier",
                                 "Byasabwe hifashishijwe dosiye"),
    "rights.cases": ("Cases of this person", "Dossiers de cette personne",
                     "Dosiye z'uyu muntu"),
    "rights.section.person": ("The person", "La personne", "Umuntu"),
    "rights.sex": ("Sex", "Sexe", "Igitsina"),
    "rights.birth_date": ("Date of birth", "Date de naissance", "Itariki y'amavuko"),
    "rights.estimated_age": ("Estimated age", "Âge estimé", "Imyaka igereranyijwe"),
    "rights.phone": ("Phone", "Téléphone", "Telefoni"),
    "rights.national_id": ("National ID number", "Numéro de carte d'identité",
                           "Nomero y'indangamuntu"),
    "rights.recorded": ("Recorded", "Enregistré", "Byanditswe"),
    "rights.none_held": ("None held.", "Aucun élément détenu.", "Nta na kimwe kibitswe."),
    "rights.section.attachments": ("Attachments", "Pièces jointes", "Imigereka"),
    "rights.attachments_note": (
        "Listed only: the files themselves are not printed here.",
        "Liste seulement : les fichiers eux-mêmes ne sont pas imprimés ici.",
        "Byashyizwe ku rutonde gusa: amadosiye ubwayo ntacapwe hano.",
    ),
    "rights.file_name": ("File name", "Nom du fichier", "Izina ry'idosiye"),
    "rights.file_type": ("Type", "Type", "Ubwoko"),
    "rights.file_size": ("Size", "Taille", "Ingano"),
    "rights.bytes": ("{size} bytes", "{size} octets", "Bayiti {size}"),
    "rights.added": ("Added", "Ajouté le", "Igihe byongeweho"),
    "rights.section.referrals": ("Referrals to and from other centers",
                                 "Orientations vers et depuis d'autres centres",
                                 "Koherezwa no kwakirwa hagati y'ibigo"),
    "rights.referral.direction": ("Referral", "Orientation", "Kohereza"),
    "rights.referral.sent": ("Sent", "Envoyée", "Yoherejwe"),
    "rights.referral.received": ("Received", "Reçue", "Yakiriwe"),
    "rights.referral.confirmed": ("receipt confirmed {when}", "réception confirmée le {when}",
                                  "iyakirwa ryemejwe ku wa {when}"),
    "rights.center": ("Center", "Centre", "Ikigo"),
    "rights.note": ("Note", "Note", "Icyitonderwa"),
    "rights.section.corrections": ("Correction requests", "Demandes de rectification",
                                   "Ubusabe bwo gukosora"),
    "rights.request_no": ("Request no. {id}", "Demande nº {id}", "Ubusabe nº {id}"),
    "rights.received_at": ("Received", "Reçue le", "Igihe bwakiriwe"),
    "rights.what": ("What is on record", "Ce qui est enregistré", "Ibyanditswe"),
    "rights.requested": ("Correction requested", "Rectification demandée",
                         "Ikosora risabwa"),
    "rights.outcome": ("Outcome", "Suite donnée", "Icyemezo"),
    "rights.outcome.pending": ("Pending", "En attente", "Birategerejwe"),
    "rights.outcome.corrected": ("Corrected", "Rectifié", "Byakosowe"),
    "rights.outcome.refused": ("Refused", "Refusé", "Byanzwe"),
    "rights.decided": ("Decided", "Décidé", "Byafashweho icyemezo"),
    "rights.section.accesses": ("Who accessed the case", "Qui a consulté le dossier",
                                "Abagezemo muri dosiye"),
    "rights.accesses_note": (
        "From the audit log: every recorded action on this case.",
        "Selon le journal d'audit : chaque action enregistrée sur ce dossier.",
        "Bivuye mu gitabo cy'igenzura: buri gikorwa cyanditswe kuri iyi dosiye.",
    ),
    "rights.role": ("Role", "Rôle", "Inshingano"),
    "rights.action": ("Action", "Action", "Igikorwa"),
    "rights.result": ("Result", "Résultat", "Igisubizo"),
    # Refusals of a correction request or outcome
    "rights.what_required": (
        "Say what on record the person says is wrong.",
        "Indiquez ce qui, selon la personne, est inexact dans le dossier.",
        "Vuga ibyanditswe umuntu avuga ko atari byo.",
    ),
    "rights.requested_required": (
        "Say what correction the person asks for.",
        "Indiquez la rectification demandée par la personne.",
        "Vuga ikosora umuntu asaba.",
    ),
    "rights.text_too_long": (
        "The text is too long (at most {limit} characters).",
        "Le texte est trop long ({limit} caractères au plus).",
        "Inyandiko ni ndende cyane (inyuguti {limit} gusa).",
    ),
    "rights.received_in_future": (
        "The date the request was received cannot be in the future.",
        "La date de réception de la demande ne peut pas être dans le futur.",
        "Itariki ubusabe bwakiriweho ntishobora kuba iri imbere.",
    ),
    "rights.received_invalid": (
        "Give the date the request was received as YYYY-MM-DD or YYYY-MM-DDTHH:MM.",
        "Indiquez la date de réception sous la forme AAAA-MM-JJ ou AAAA-MM-JJTHH:MM.",
        "Andika itariki ubusabe bwakiriweho nka YYYY-MM-DD cyangwa YYYY-MM-DDTHH:MM.",
    ),
    "rights.outcome_unknown": (
        "Unknown outcome {outcome}: choose corrected or refused.",
        "Suite inconnue {outcome} : choisissez corrected (rectifié) ou refused (refusé).",
        "Icyemezo {outcome} ntikizwi: hitamo corrected (byakosowe) cyangwa refused (byanzwe).",
    ),
    "rights.refusal_reason_required": (
        "A refusal needs its reason: the person is owed one.",
        "Un refus doit être motivé : la personne a droit à une explication.",
        "Kwanga bigomba kugira impamvu: umuntu agomba kuyibwirwa.",
    ),
    "rights.request_not_found": (
        "There is no correction request no. {id}.",
        "Il n'existe pas de demande de rectification nº {id}.",
        "Nta busabe bwo gukosora nº {id} buhari.",
    ),
    "rights.outcome_already": (
        "Correction request no. {id} already has its outcome; it cannot be changed.",
        "La demande de rectification nº {id} a déjà reçu sa suite ; elle ne peut plus être "
        "modifiée.",
        "Ubusabe bwo gukosora nº {id} bwamaze gufatirwa icyemezo; ntibushobora guhindurwa.",
    ),
    "rights.bad_id": ("{id} is not a correction request number.",
                      "{id} n'est pas un numéro de demande de rectification.",
                      "{id} si nomero y'ubusabe bwo gukosora."),
    # The commands' answers
    "rights.request_recorded": (
        "Correction request no. {id} recorded for case {case}.",
        "Demande de rectification nº {id} enregistrée pour le dossier {case}.",
        "Ubusabe bwo gukosora nº {id} bwanditswe kuri dosiye {case}.",
    ),
    "rights.outcome_recorded": (
        "Outcome of correction request no. {id} recorded: {outcome}.",
        "Suite de la demande de rectification nº {id} enregistrée : {outcome}.",
        "Icyemezo cy'ubusabe bwo gukosora nº {id} cyanditswe: {outcome}.",
    ),
    "rights.no_requests": ("No correction request for this case.",
                           "Aucune demande de rectification pour ce dossier.",
                           "Nta busabe bwo gukosora kuri iyi dosiye."),
}
