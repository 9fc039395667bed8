"""Messages of the case services (intake documents, search, duplicates): id -> (en, fr, rw)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
    "form.in_future": (
        "This time is in the future.",
        "Cette heure est dans le futur.",
        "Iki gihe kiri mu gihe kizaza.",
    ),
    "form.more_problems": (
        "({count} more problems in this form.)",
        "({count} autres problèmes dans ce formulaire.)",
        "(Hari ibindi bibazo {count} muri iyi fomu.)",
    ),
    "intake.not_an_object": (
        "'{key}' must be an object of fields.",
        "« {key} » doit être un objet de champs.",
        "'{key}' igomba kuba ikusanyirizo ry'ibice.",
    ),
    "intake.not_a_list": (
        "'{key}' must be a list.",
        "« {key} » doit être une liste.",
        "'{key}' igomba kuba urutonde.",
    ),
    "intake.unknown_key": (
        "Unknown part '{key}' in the intake document.",
        "Partie inconnue « {key} » dans le document d'accueil.",
        "Igice '{key}' kitazwi mu nyandiko yo kwakira.",
    ),
    "intake.consent_invalid": (
        "A consent needs a scope, given (true or false), a time with its offset and who gave it.",
        "Un consentement demande une portée, une réponse (vrai ou faux), une heure avec son décalage et qui l'a donné.",
        "Uruhushya rukenera icyo rureba, igisubizo (yego cyangwa oya), igihe n'uwarutanze.",
    ),
    "intake.track_invalid": (
        "Unknown track or status for '{track}'.",
        "Volet ou statut inconnu pour « {track} ».",
        "Icyiciro cyangwa imimerere bitazwi kuri '{track}'.",
    ),
    "intake.bad_json": (
        "{path} is not a valid JSON intake document.",
        "{path} n'est pas un document d'accueil JSON valide.",
        "{path} si inyandiko yo kwakira ya JSON yemewe.",
    ),
    "case.not_found": (
        "No case {number} in this vault.",
        "Aucun dossier {number} dans ce coffre.",
        "Nta dosiye {number} iri muri ubu bubiko.",
    ),
    "case.voided": (
        "Case {number} was voided; it can be read but not changed.",
        "Le dossier {number} a été annulé ; il peut être lu mais pas modifié.",
        "Dosiye {number} yarahagaritswe; irasomwa ariko ntihindurwa.",
    ),
    "case.search_too_short": (
        "Type at least 2 letters or digits to search.",
        "Saisissez au moins 2 lettres ou chiffres pour chercher.",
        "Andika nibura inyuguti cyangwa imibare 2 kugira ngo ushakishe.",
    ),
    "case.form_not_editable": (
        "Form '{form}' cannot be changed here.",
        "Le formulaire « {form} » ne peut pas être modifié ici.",
        "Fomu '{form}' ntishobora guhindurwa hano.",
    ),
    "case.entry_sealed": (
        "This entry is sealed: add an addendum instead of changing it.",
        "Cette entrée est scellée : ajoutez un addendum au lieu de la modifier.",
        "Iyi nyandiko yarafunzwe: ongeraho inyongera aho kuyihindura.",
    ),
    "case.break_glass_reason": (
        "An emergency read needs a reason.",
        "Une lecture d'urgence demande un motif.",
        "Gusoma byihutirwa bikenera impamvu.",
    ),
    "task.not_open": (
        "Task {task} is not open.",
        "La tâche {task} n'est pas ouverte.",
        "Igikorwa {task} nticyafunguwe.",
    ),
    "lifecycle.not_allowed": (
        "Not possible while the case is '{status}'.",
        "Impossible tant que le dossier est « {status} ».",
        "Ntibishoboka igihe dosiye iri mu mimerere '{status}'.",
    ),
    "lifecycle.track_open": (
        "The {track} track is still open: complete it, or mark it not needed or declined, first.",
        "Le volet {track} est encore ouvert : terminez-le, ou marquez-le non nécessaire ou refusé, d'abord.",
        "Icyiciro {track} kiracyafunguye: banza ukirangize, cyangwa ukigaragaze ko kidakenewe cyangwa cyanzwe.",
    ),
    "lifecycle.tasks_overdue": (
        "Follow-up tasks are overdue: complete or cancel them first.",
        "Des suivis sont en retard : terminez-les ou annulez-les d'abord.",
        "Hari ibikorwa byo gukurikirana byatinze: banza ubirangize cyangwa ubihagarike.",
    ),
    "lifecycle.not_requested": (
        "Closure of this case has not been requested.",
        "La clôture de ce dossier n'a pas été demandée.",
        "Gufunga iyi dosiye ntibyasabwe.",
    ),
    "lifecycle.reason_required": (
        "Give the reason.",
        "Indiquez le motif.",
        "Tanga impamvu.",
    ),
    "traffick.answers_invalid": (
        "The trafficking screening answers are not valid (unknown act or exploitation type).",
        "Les réponses du dépistage de la traite ne sont pas valides (acte ou type d'exploitation inconnu).",
        "Ibisubizo by'isuzuma ry'icuruzwa ry'abantu ntibyemewe (igikorwa cyangwa ubwoko bw'ikoreshwa butazwi).",
    ),
    "case.addendum_text": (
        "An addendum needs its text (at most 4,000 characters).",
        "Un addendum demande son texte (4 000 caractères au plus).",
        "Inyongera ikenera inyandiko yayo (inyuguti 4.000 nibura).",
    ),
    "dup.similar_name": ("similar name", "nom semblable", "izina risa"),
    "dup.same_national_id": (
        "same national ID", "même numéro d'identité", "indangamuntu imwe",
    ),
    "dup.same_phone": ("same phone number", "même numéro de téléphone", "nimero ya telefone imwe"),
    "dup.same_birth_date": (
        "same date of birth", "même date de naissance", "itariki y'amavuko imwe",
    ),
    "dup.similar_age": ("similar age", "âge semblable", "imyaka isa"),
}
