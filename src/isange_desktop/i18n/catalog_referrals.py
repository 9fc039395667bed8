"""Messages of referrals between centers: consent, import, receipts, the outbox and inbox, and
the `isange bundle` command. id -> (English, French, Kinyarwanda).

The bundle file's own refusals (damaged, expired, unknown sender...) are in catalog_transfer.
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
    # -- consent (export) ---------------------------------------------------------------------
    "referral.consent_missing": (
        "No consent to share this case with {center} ({name}) is on record. Nothing was sent. Record the survivor's consent naming that center (its code or its name) first.",
        "Aucun consentement au partage de ce dossier avec {center} ({name}) n'est enregistré. Rien n'a été envoyé. Enregistrez d'abord le consentement du ou de la survivant·e en nommant ce centre (son code ou son nom).",
        "Nta ruhushya rwo gusangiza iyi dosiye {center} ({name}) rwanditswe. Nta cyoherejwe. Banza wandike uruhushya rw'uwahohotewe ruvuga icyo kigo (kode yacyo cyangwa izina ryacyo).",
    ),
    "referral.consent_refused": (
        "Consent to share this case with {center} ({name}) was refused or withdrawn. Nothing was sent.",
        "Le consentement au partage de ce dossier avec {center} ({name}) a été refusé ou retiré. Rien n'a été envoyé.",
        "Uruhushya rwo gusangiza iyi dosiye {center} ({name}) rwanzwe cyangwa rwakuweho. Nta cyoherejwe.",
    ),
    "referral.consent_guardian_needed": (
        "The survivor is under 16: sharing this case with {center} ({name}) needs a parent's or guardian's consent, or a vital-interest override recorded with its reason. Nothing was sent.",
        "Le ou la survivant·e a moins de 16 ans : partager ce dossier avec {center} ({name}) demande le consentement d'un parent ou tuteur, ou une dérogation dans l'intérêt vital enregistrée avec son motif. Rien n'a été envoyé.",
        "Uwahohotewe ari munsi y'imyaka 16: gusangiza iyi dosiye {center} ({name}) bisaba uruhushya rw'umubyeyi cyangwa umurera, cyangwa kwandika impamvu y'uko ari ngombwa ku buzima bwe. Nta cyoherejwe.",
    ),
    "referral.consent_survivor_needed": (
        "The survivor is 16 or older: only the survivor's own consent can let this case go to {center} ({name}). Nothing was sent.",
        "Le ou la survivant·e a 16 ans ou plus : seul son propre consentement permet d'envoyer ce dossier à {center} ({name}). Rien n'a été envoyé.",
        "Uwahohotewe afite imyaka 16 cyangwa irenga: uruhushya rwe bwite ni rwo rwonyine rwemerera iyi dosiye koherezwa {center} ({name}). Nta cyoherejwe.",
    ),
    # -- import ----------------------------------------------------------------------------------
    "referral.consent_not_shown": (
        "The consent record in this referral from {center} does not cover sharing the case with this center. Nothing was imported. Ask {center} to check the survivor's consent.",
        "Le consentement contenu dans cette référence de {center} ne couvre pas le partage du dossier avec ce centre. Rien n'a été importé. Demandez à {center} de vérifier le consentement du ou de la survivant·e.",
        "Uruhushya ruri muri iri yoherezwa rivuye {center} ntirwemera gusangiza iyi dosiye iki kigo. Nta cyinjijwe. Saba {center} kugenzura uruhushya rw'uwahohotewe.",
    ),
    "referral.record_invalid": (
        "A part of this bundle ({record}) does not hold up. Nothing was imported. Ask the sending center to update Isange Desktop and send it again.",
        "Une partie de ce dossier ({record}) n'est pas valable. Rien n'a été importé. Demandez au centre expéditeur de mettre à jour Isange Desktop et de le renvoyer.",
        "Igice cy'iri yoherezwa ({record}) ntikemewe. Nta cyinjijwe. Saba ikigo cyaryohereje kuvugurura Isange Desktop no kongera kurohereza.",
    ),
    "referral.replayed": (
        "This bundle from {center} is older than one already accepted from that center: it may be an old copy. Nothing was imported. If it is needed, ask {center} to send it again.",
        "Ce dossier de {center} est plus ancien qu'un dossier déjà accepté de ce centre : c'est peut-être une vieille copie. Rien n'a été importé. S'il est nécessaire, demandez à {center} de le renvoyer.",
        "Iri yoherezwa rivuye {center} rirashaje kurusha irindi ryemewe rivuye kuri icyo kigo: rishobora kuba kopi ya kera. Nta cyinjijwe. Niba rikenewe, saba {center} kongera kurohereza.",
    ),
    "referral.is_receipt": (
        "This file is a receipt, not a referral. Record it as a receipt (isange bundle receipt).",
        "Ce fichier est un accusé de réception, pas une référence. Enregistrez-le comme accusé de réception (isange bundle receipt).",
        "Iyi dosiye ni icyemezo cy'iyakira, si iyoherezwa. Yandike nk'icyemezo cy'iyakira (isange bundle receipt).",
    ),
    "referral.is_referral": (
        "This file is a referral, not a receipt. Import it as a referral (isange bundle import).",
        "Ce fichier est une référence, pas un accusé de réception. Importez-le comme référence (isange bundle import).",
        "Iyi dosiye ni iyoherezwa, si icyemezo cy'iyakira. Yinjize nk'iyoherezwa (isange bundle import).",
    ),
    "referral.already_imported": (
        "This referral was already imported, as case {case}. Nothing was changed.",
        "Cette référence a déjà été importée, comme dossier {case}. Rien n'a été modifié.",
        "Iri yoherezwa ryari ryarinjijwe, nka dosiye {case}. Nta cyahinduwe.",
    ),
    # -- receipts ----------------------------------------------------------------------------------
    "referral.receipt_already_recorded": (
        "This receipt (or another one for the same referral) was already recorded. Nothing was changed.",
        "Cet accusé de réception (ou un autre pour la même référence) a déjà été enregistré. Rien n'a été modifié.",
        "Iki cyemezo cy'iyakira (cyangwa ikindi cy'iryo yoherezwa) cyari cyaranditswe. Nta cyahinduwe.",
    ),
    "referral.receipt_unknown": (
        "This receipt from {center} names no referral this center sent to {center}. Nothing was recorded.",
        "Cet accusé de réception de {center} ne correspond à aucune référence envoyée par ce centre à {center}. Rien n'a été enregistré.",
        "Iki cyemezo cy'iyakira kivuye {center} ntikivuga iyoherezwa iki kigo cyohereje {center}. Nta cyanditswe.",
    ),
    # -- writing and reading files ---------------------------------------------------------
    "referral.note_too_long": (
        "The note is too long (at most {max} characters).",
        "La note est trop longue ({max} caractères au plus).",
        "Icyitonderwa ni kirekire cyane (inyuguti zitarenze {max}).",
    ),
    "referral.folder_missing": (
        "The folder {path} does not exist. Nothing was changed.",
        "Le dossier {path} n'existe pas. Rien n'a été modifié.",
        "Ububiko {path} ntibubaho. Nta cyahinduwe.",
    ),
    "referral.file_unwritable": (
        "Cannot write {path}. Nothing was sent: check the USB stick or the folder and try again.",
        "Impossible d'écrire {path}. Rien n'a été envoyé : vérifiez la clé USB ou le dossier, puis réessayez.",
        "Ntibishoboka kwandika {path}. Nta cyoherejwe: genzura USB cyangwa ububiko, hanyuma wongere ugerageze.",
    ),
    "referral.file_unreadable": (
        "Cannot read {path}.",
        "Impossible de lire {path}.",
        "Ntibishoboka gusoma {path}.",
    ),
    "referral.verify_failed": (
        "The file written to {path} did not read back as it was written, so it was removed and nothing was sent. Try another USB stick or folder.",
        "Le fichier écrit dans {path} ne s'est pas relu tel qu'il a été écrit : il a été supprimé et rien n'a été envoyé. Essayez une autre clé USB ou un autre dossier.",
        "Dosiye yanditswe muri {path} ntiyongeye gusomeka uko yanditswe, bityo yakuweho kandi nta cyoherejwe. Gerageza indi USB cyangwa ubundi bubiko.",
    ),
    # -- states and origins (lists, case views) ------------------------------------------------
    "referral.state.awaiting_receipt": (
        "Referred, awaiting receipt",
        "Référé, en attente d'accusé de réception",
        "Yoherejwe, itegereje icyemezo cy'iyakira",
    ),
    "referral.state.received": (
        "Referred, received",
        "Référé, reçu",
        "Yoherejwe, yakiriwe",
    ),
    "referral.state.expired": (
        "Referred, expired before it was received: send it again",
        "Référé, expiré avant réception : renvoyez-le",
        "Yoherejwe, igihe cyarangiye itarakirwa: ongera uyohereze",
    ),
    "referral.origin": (
        "Referred from {center}, case {number}",
        "Référé par {center}, dossier {number}",
        "Yoherejwe na {center}, dosiye {number}",
    ),
    # -- the command line ----------------------------------------------------------------------
    "referral.preview_header": (
        "Case {case} to {center} ({name}) carries:",
        "Le dossier {case} vers {center} ({name}) contient :",
        "Dosiye {case} yoherezwa {center} ({name}) ikubiyemo:",
    ),
    "referral.preview_counts": (
        "and the whole history: {revisions} form revisions, {statuses} status changes, {consents} consent records, {follow_ups} open follow-ups.",
        "et tout l'historique : {revisions} révisions de formulaires, {statuses} changements de statut, {consents} consentements, {follow_ups} suivis en cours.",
        "n'amateka yose: impinduka {revisions} z'amafishi, impinduka {statuses} z'imiterere, impushya {consents}, n'ibikorwa {follow_ups} byo gukurikirana bitarakorwa.",
    ),
    "referral.exported_done": (
        "Referral written to {path}. Give it to the receiving center; it can be imported until {expires}.",
        "Référence écrite dans {path}. Remettez-la au centre destinataire ; elle peut être importée jusqu'au {expires}.",
        "Iyoherezwa ryanditswe muri {path}. Rihe ikigo kizaryakira; rishobora kwinjizwa kugeza {expires}.",
    ),
    "referral.imported_done": (
        "Imported as case {case} (referred from {center}, case {number}).",
        "Importé comme dossier {case} (référé par {center}, dossier {number}).",
        "Yinjijwe nka dosiye {case} (yoherejwe na {center}, dosiye {number}).",
    ),
    "referral.receipt_written": (
        "Receipt written to {path}: send it back to the sending center.",
        "Accusé de réception écrit dans {path} : renvoyez-le au centre expéditeur.",
        "Icyemezo cy'iyakira cyanditswe muri {path}: cyohereze ikigo cyohereje.",
    ),
    "referral.receipt_not_saved": (
        "No receipt file was saved (no --receipt-out folder). The sending center will see the case as awaiting receipt.",
        "Aucun accusé de réception n'a été enregistré (pas de dossier --receipt-out). Le centre expéditeur verra le dossier en attente d'accusé de réception.",
        "Nta cyemezo cy'iyakira cyabitswe (nta bubiko --receipt-out). Ikigo cyohereje kizabona dosiye igitegereje icyemezo cy'iyakira.",
    ),
    "referral.receipt_done": (
        "Receipt recorded: case {case} was received by {center} as case {number}.",
        "Accusé de réception enregistré : le dossier {case} a été reçu par {center} comme dossier {number}.",
        "Icyemezo cy'iyakira cyanditswe: dosiye {case} yakiriwe na {center} nka dosiye {number}.",
    ),
    "referral.outbox": ("Sent", "Envoyés", "Ibyoherejwe"),
    "referral.inbox": ("Received", "Reçus", "Ibyakiriwe"),
    "referral.none": ("None.", "Aucun.", "Nta na kimwe."),
}
