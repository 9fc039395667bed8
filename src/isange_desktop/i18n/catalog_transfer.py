"""Messages of referral bundles and receipts: id -> (English, French, Kinyarwanda).

A refused bundle is never partly imported, so every message can say "nothing was imported"
implicitly and tell the user the one thing to do next.
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
    "bundle.not_a_bundle": (
        "This file is not an Isange referral bundle.",
        "Ce fichier n'est pas un dossier de référence Isange.",
        "Iyi dosiye si iyoherezwa rya Isange.",
    ),
    "bundle.too_large": (
        "This bundle is larger than Isange Desktop accepts. Nothing was imported. Ask the sending center to send the attachments separately.",
        "Ce dossier est plus volumineux qu'Isange Desktop ne l'accepte. Rien n'a été importé. Demandez au centre expéditeur d'envoyer les pièces jointes séparément.",
        "Iri yoherezwa rirenze ingano Isange Desktop yemera. Nta cyinjijwe. Saba ikigo cyaryohereje kohereza imigereka ukwayo.",
    ),
    "bundle.truncated": (
        "This bundle is incomplete (the copy was cut short). Copy it again from the USB stick or e-mail.",
        "Ce dossier est incomplet (la copie a été interrompue). Copiez-le de nouveau depuis la clé USB ou l'e-mail.",
        "Iri yoherezwa rituzuye (kopi yahagaze itarangiye). Ongera urikoporore kuri USB cyangwa kuri imeli.",
    ),
    "bundle.damaged": (
        "This bundle is damaged and cannot be read. Nothing was imported. Ask the sending center to send it again.",
        "Ce dossier est endommagé et ne peut pas être lu. Rien n'a été importé. Demandez au centre expéditeur de le renvoyer.",
        "Iri yoherezwa ryangiritse kandi ntirisomeka. Nta cyinjijwe. Saba ikigo cyaryohereje kongera kurohereza.",
    ),
    "bundle.invalid": (
        "This bundle does not follow the Isange bundle format. Nothing was imported. Ask the sending center to update Isange Desktop and send it again.",
        "Ce dossier ne respecte pas le format des dossiers Isange. Rien n'a été importé. Demandez au centre expéditeur de mettre à jour Isange Desktop et de le renvoyer.",
        "Iri yoherezwa ntirikurikiza imiterere y'amayoherezwa ya Isange. Nta cyinjijwe. Saba ikigo cyaryohereje kuvugurura Isange Desktop no kongera kurohereza.",
    ),
    "bundle.unknown_version": (
        "This bundle was made by a newer version of Isange Desktop. Update Isange Desktop, then open it again.",
        "Ce dossier a été créé par une version plus récente d'Isange Desktop. Mettez Isange Desktop à jour, puis rouvrez-le.",
        "Iri yoherezwa ryakozwe na verisiyo nshya ya Isange Desktop. Vugurura Isange Desktop, hanyuma wongere urifungure.",
    ),
    "bundle.unknown_sender": (
        "This bundle comes from a center whose keys this center has not confirmed. Nothing was opened. Confirm that center's card first, or ask it to send the bundle again.",
        "Ce dossier vient d'un centre dont ce centre n'a pas confirmé les clés. Rien n'a été ouvert. Confirmez d'abord la carte de ce centre, ou demandez-lui de renvoyer le dossier.",
        "Iri yoherezwa rivuye ku kigo iki kigo kitaremeza imfunguzo zacyo. Nta cyafunguwe. Banza wemeze ikarita y'icyo kigo, cyangwa ugisabe kongera kurohereza.",
    ),
    "bundle.bad_signature": (
        "This bundle was changed after the sending center signed it. Nothing was imported. Do not use it: ask the sending center to send it again.",
        "Ce dossier a été modifié après sa signature par le centre expéditeur. Rien n'a été importé. Ne l'utilisez pas : demandez au centre expéditeur de le renvoyer.",
        "Iri yoherezwa ryahinduwe nyuma y'uko ikigo cyaryohereje gishyizeho umukono. Nta cyinjijwe. Ntirikoreshe: saba ikigo cyaryohereje kongera kurohereza.",
    ),
    "bundle.not_for_us": (
        "This bundle is addressed to another center (or to this center's former keys). Nothing was opened.",
        "Ce dossier est adressé à un autre centre (ou aux anciennes clés de ce centre). Rien n'a été ouvert.",
        "Iri yoherezwa ryagenewe ikindi kigo (cyangwa imfunguzo za kera z'iki kigo). Nta cyafunguwe.",
    ),
    "bundle.mismatch": (
        "The outside and the inside of this bundle do not agree. Nothing was imported. Do not use it: ask the sending center to send it again.",
        "L'extérieur et l'intérieur de ce dossier ne concordent pas. Rien n'a été importé. Ne l'utilisez pas : demandez au centre expéditeur de le renvoyer.",
        "Inyuma n'imbere h'iri yoherezwa ntibihuye. Nta cyinjijwe. Ntirikoreshe: saba ikigo cyaryohereje kongera kurohereza.",
    ),
    "bundle.expired": (
        "This bundle has expired. Nothing was imported. Ask the sending center to send a new one.",
        "Ce dossier a expiré. Rien n'a été importé. Demandez au centre expéditeur d'en envoyer un nouveau.",
        "Igihe cy'iri yoherezwa cyarangiye. Nta cyinjijwe. Saba ikigo cyaryohereje kohereza irindi rishya.",
    ),
    "bundle.not_yet_valid": (
        "This bundle is dated in the future: the sending center's clock, or this computer's, is wrong. Check the date and time, then try again.",
        "Ce dossier est daté dans le futur : l'horloge du centre expéditeur, ou celle de cet ordinateur, est fausse. Vérifiez la date et l'heure, puis réessayez.",
        "Iri yoherezwa rifite itariki y'ejo hazaza: isaha y'ikigo cyaryohereje, cyangwa iy'iyi mudasobwa, ntiri yo. Genzura itariki n'isaha, hanyuma wongere ugerageze.",
    ),
    "bundle.unsafe_member": (
        "This bundle contains a file with a name or kind that is not allowed. Nothing was imported. Do not use it: tell the sending center.",
        "Ce dossier contient un fichier dont le nom ou le type n'est pas autorisé. Rien n'a été importé. Ne l'utilisez pas : prévenez le centre expéditeur.",
        "Iri yoherezwa ririmo dosiye ifite izina cyangwa ubwoko butemewe. Nta cyinjijwe. Ntirikoreshe: menyesha ikigo cyaryohereje.",
    ),
    "bundle.bomb": (
        "This bundle would expand to far more than its size. Nothing was imported. Do not use it: tell the sending center.",
        "Ce dossier se décompresserait en bien plus que sa taille. Rien n'a été importé. Ne l'utilisez pas : prévenez le centre expéditeur.",
        "Iri yoherezwa ryakwaguka cyane kurusha ingano yaryo. Nta cyinjijwe. Ntirikoreshe: menyesha ikigo cyaryohereje.",
    ),
    "bundle.bad_recipient_key": (
        "The receiving center's encryption key is not valid. Exchange center cards again before sending.",
        "La clé de chiffrement du centre destinataire n'est pas valide. Échangez de nouveau les cartes de centre avant l'envoi.",
        "Urufunguzo rwo guhisha rw'ikigo kizakira ntirwemewe. Mwongere muhererekanye amakarita y'ibigo mbere yo kohereza.",
    ),
}
