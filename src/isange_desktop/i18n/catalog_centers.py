"""Messages of center identity: cards, fingerprints, pinned centers, key changes.
id -> (English, French, Kinyarwanda)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
    # -- a card or statement from outside -------------------------------------------------------
    "center.card_too_large": (
        "This file is larger than {limit} bytes: it is not a center card.",
        "Ce fichier dépasse {limit} octets : ce n'est pas une carte de centre.",
        "Iyi dosiye irengeje bayiti {limit}: si ikarita y'ikigo.",
    ),
    "center.card_unreadable": (
        "This file is not an Isange center card.",
        "Ce fichier n'est pas une carte de centre Isange.",
        "Iyi dosiye si ikarita y'ikigo ya Isange.",
    ),
    "center.card_version": (
        "This center card has version {version}, which this version of Isange Desktop cannot read. Update Isange Desktop.",
        "Cette carte de centre est en version {version}, illisible pour cette version d'Isange Desktop. Mettez Isange Desktop à jour.",
        "Iyi karita y'ikigo ni verisiyo {version}, iyi Isange Desktop idashobora gusoma. Vugurura Isange Desktop.",
    ),
    "center.card_field": (
        "This center card is damaged or incomplete (field '{field}'). Ask the center for a new card.",
        "Cette carte de centre est endommagée ou incomplète (champ « {field} »). Demandez une nouvelle carte au centre.",
        "Iyi karita y'ikigo yangiritse cyangwa ituzuye (umwanya '{field}'). Saba ikigo ikarita nshya.",
    ),
    "center.card_signature": (
        "This center card was changed after it was made (its signature does not match). Do not use it: ask the center for a new card.",
        "Cette carte de centre a été modifiée après sa création (sa signature ne correspond pas). Ne l'utilisez pas : demandez une nouvelle carte au centre.",
        "Iyi karita y'ikigo yahinduwe nyuma yo gukorwa (umukono wayo ntuhura). Ntuyikoreshe: saba ikigo ikarita nshya.",
    ),
    "center.statement_too_large": (
        "This file is larger than {limit} bytes: it is not a key-change statement.",
        "Ce fichier dépasse {limit} octets : ce n'est pas une déclaration de changement de clés.",
        "Iyi dosiye irengeje bayiti {limit}: si itangazo ryo guhindura imfunguzo.",
    ),
    "center.statement_unreadable": (
        "This file is not an Isange key-change statement.",
        "Ce fichier n'est pas une déclaration de changement de clés Isange.",
        "Iyi dosiye si itangazo ryo guhindura imfunguzo rya Isange.",
    ),
    "center.statement_version": (
        "This key-change statement has version {version}, which this version of Isange Desktop cannot read. Update Isange Desktop.",
        "Cette déclaration de changement de clés est en version {version}, illisible pour cette version d'Isange Desktop. Mettez Isange Desktop à jour.",
        "Iri tangazo ryo guhindura imfunguzo ni verisiyo {version}, iyi Isange Desktop idashobora gusoma. Vugurura Isange Desktop.",
    ),
    "center.statement_field": (
        "This key-change statement is damaged or incomplete (field '{field}').",
        "Cette déclaration de changement de clés est endommagée ou incomplète (champ « {field} »).",
        "Iri tangazo ryo guhindura imfunguzo ryangiritse cyangwa rituzuye (umwanya '{field}').",
    ),
    "center.statement_signature": (
        "This key-change statement was changed after it was made (its signature does not match). It was not applied.",
        "Cette déclaration de changement de clés a été modifiée après sa création (sa signature ne correspond pas). Elle n'a pas été appliquée.",
        "Iri tangazo ryo guhindura imfunguzo ryahinduwe nyuma yo gukorwa (umukono waryo ntuhura). Ntiryakoreshejwe.",
    ),
    "center.statement_forged": (
        "This key-change statement was not signed by the keys pinned for center {center}. It was not applied: call the center and check.",
        "Cette déclaration de changement de clés n'est pas signée par les clés enregistrées pour le centre {center}. Elle n'a pas été appliquée : appelez le centre pour vérifier.",
        "Iri tangazo ryo guhindura imfunguzo ntiryashyizweho umukono n'imfunguzo zemejwe z'ikigo {center}. Ntiryakoreshejwe: hamagara ikigo ubigenzure.",
    ),
    "center.statement_not_current": (
        "This key-change statement does not start from the keys pinned for center {center} (it is older, or for other keys). It was not applied.",
        "Cette déclaration de changement de clés ne part pas des clés enregistrées pour le centre {center} (elle est plus ancienne, ou pour d'autres clés). Elle n'a pas été appliquée.",
        "Iri tangazo ryo guhindura imfunguzo ntirihera ku mfunguzo zemejwe z'ikigo {center} (ni irya kera, cyangwa ni iry'izindi mfunguzo). Ntiryakoreshejwe.",
    ),
    "center.fingerprint_invalid": (
        "A fingerprint is 8 groups of 4 letters and digits, like ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567.",
        "Une empreinte compte 8 groupes de 4 lettres et chiffres, comme ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567.",
        "Igikumwe kigizwe n'amatsinda 8 y'inyuguti n'imibare 4, nka ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567.",
    ),
    "center.district_invalid": (
        "'{district}' is not one of Rwanda's 30 districts.",
        "« {district} » n'est pas l'un des 30 districts du Rwanda.",
        "'{district}' si kimwe mu turere 30 tw'u Rwanda.",
    ),
    # -- pinning ---------------------------------------------------------------------------------
    "center.fingerprint_mismatch": (
        "The fingerprint confirmed does not match this card. It was not pinned: call the center again and read the fingerprint aloud.",
        "L'empreinte confirmée ne correspond pas à cette carte. Elle n'a pas été enregistrée : rappelez le centre et lisez l'empreinte à voix haute.",
        "Igikumwe cyemejwe ntigihura n'iyi karita. Ntiyemejwe: ongera uhamagare ikigo musome igikumwe mu ijwi riranguruye.",
    ),
    "center.pinned_other_keys": (
        "Center {center} is already pinned with other keys. Apply its key-change statement, or have an admin remove it first.",
        "Le centre {center} est déjà enregistré avec d'autres clés. Appliquez sa déclaration de changement de clés, ou faites-le d'abord retirer par un administrateur.",
        "Ikigo {center} gisanzwe cyemejwe n'izindi mfunguzo. Koresha itangazo ryacyo ryo guhindura imfunguzo, cyangwa umuyobozi abanze agikureho.",
    ),
    "center.keys_in_use": (
        "These keys are already pinned for center {center}. One center's keys cannot stand for another.",
        "Ces clés sont déjà enregistrées pour le centre {center}. Les clés d'un centre ne peuvent pas en représenter un autre.",
        "Izi mfunguzo zisanzwe zemejwe ku kigo {center}. Imfunguzo z'ikigo kimwe ntizishobora guhagararira ikindi.",
    ),
    "center.is_self": (
        "This card is this center's own. Pin other centers' cards.",
        "Cette carte est celle de ce centre. Enregistrez les cartes des autres centres.",
        "Iyi karita ni iy'iki kigo ubwacyo. Emeza amakarita y'ibindi bigo.",
    ),
    "center.unknown": (
        "Center {center} is not pinned (or it was removed). Pin its card first.",
        "Le centre {center} n'est pas enregistré (ou il a été retiré). Enregistrez d'abord sa carte.",
        "Ikigo {center} ntikiremezwa (cyangwa cyakuweho). Banza wemeze ikarita yacyo.",
    ),
    # -- the command line ------------------------------------------------------------------------
    "center.file_unreadable": (
        "Cannot read {path}.",
        "Impossible de lire {path}.",
        "Ntibishoboka gusoma {path}.",
    ),
    "center.file_unwritable": (
        "Cannot write {path}.",
        "Impossible d'écrire {path}.",
        "Ntibishoboka kwandika {path}.",
    ),
    "center.folder_missing": (
        "The folder for {path} does not exist. Nothing was changed.",
        "Le dossier de {path} n'existe pas. Rien n'a été modifié.",
        "Ububiko bwa {path} ntibubaho. Nta cyahinduwe.",
    ),
    "center.confirm_needs_terminal": (
        "Confirm the fingerprint by typing yes at a terminal, or give it with --fingerprint.",
        "Confirmez l'empreinte en tapant yes dans un terminal, ou donnez-la avec --fingerprint.",
        "Emeza igikumwe wandika yes muri terminal, cyangwa ugitange ukoresheje --fingerprint.",
    ),
    "center.not_confirmed": (
        "Not pinned: the fingerprint was not confirmed.",
        "Non enregistré : l'empreinte n'a pas été confirmée.",
        "Ntibyemejwe: igikumwe nticyemejwe.",
    ),
    "center.confirm_prompt": (
        "Ask the center to read its fingerprint aloud. Type yes if it is exactly the one above:",
        "Demandez au centre de lire son empreinte à voix haute. Tapez yes si c'est exactement celle ci-dessus :",
        "Saba ikigo gusoma igikumwe cyacyo mu ijwi riranguruye. Andika yes niba ari cyo neza neza kiri haruguru:",
    ),
    "center.card_written": (
        "Center card written to {path}. Fingerprint to read aloud: {fingerprint}",
        "Carte du centre écrite dans {path}. Empreinte à lire à voix haute : {fingerprint}",
        "Ikarita y'ikigo yanditswe muri {path}. Igikumwe cyo gusoma mu ijwi riranguruye: {fingerprint}",
    ),
    "center.pinned_done": (
        "Center {center} pinned (fingerprint {fingerprint}).",
        "Centre {center} enregistré (empreinte {fingerprint}).",
        "Ikigo {center} cyemejwe (igikumwe {fingerprint}).",
    ),
    "center.removed_done": (
        "Center {center} removed: nothing more is sent to it or accepted from it.",
        "Centre {center} retiré : plus rien ne lui est envoyé ni accepté de sa part.",
        "Ikigo {center} cyakuweho: nta kindi kizoherezwa cyangwa ngo cyakirwe kivuye kuri cyo.",
    ),
    "center.rotated_done": (
        "New keys in use (fingerprint {fingerprint}). Send {path} and the new center card to every center that pinned this one.",
        "Nouvelles clés en service (empreinte {fingerprint}). Envoyez {path} et la nouvelle carte du centre à chaque centre qui a enregistré celui-ci.",
        "Imfunguzo nshya zatangiye gukoreshwa (igikumwe {fingerprint}). Ohereza {path} n'ikarita nshya y'ikigo ku kigo cyose cyemeje iki.",
    ),
    "center.keys_changed_done": (
        "Center {center} now uses new keys (fingerprint {fingerprint}).",
        "Le centre {center} utilise maintenant de nouvelles clés (empreinte {fingerprint}).",
        "Ikigo {center} ubu gikoresha imfunguzo nshya (igikumwe {fingerprint}).",
    ),
    "center.none_pinned": (
        "No center is pinned yet.",
        "Aucun centre n'est encore enregistré.",
        "Nta kigo kiremezwa.",
    ),
}
