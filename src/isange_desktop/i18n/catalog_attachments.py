"""Messages of attachments (documents and photos kept with a case) and of the
`isange case attach / attachments / export-attachment` commands. id -> (English, French,
Kinyarwanda).

A refused file is never partly added, so each refusal says what to do next. No message ever
carries a file name: names are personal data (a path the user typed is shown back to them).
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
    # -- refusals when a file is added ---------------------------------------------------------
    "attachment.unsupported_type": (
        "Isange Desktop keeps PDF, JPEG, PNG and TIFF files only. Nothing was added. Save the document in one of these formats (a scanner can save PDF or TIFF) and add it again.",
        "Isange Desktop ne conserve que des fichiers PDF, JPEG, PNG et TIFF. Rien n'a été ajouté. Enregistrez le document dans l'un de ces formats (un scanner peut enregistrer en PDF ou en TIFF), puis ajoutez-le de nouveau.",
        "Isange Desktop ibika dosiye za PDF, JPEG, PNG na TIFF gusa. Nta cyongeweho. Bika inyandiko muri bumwe muri ubwo bwoko (sikaneri ishobora kubika PDF cyangwa TIFF), hanyuma wongere uyongereho.",
    ),
    "attachment.type_mismatch": (
        "This file is not really a {claimed} file, although its name or type says so. Nothing was added. Open it to check what it is, save it again in the right format, and add it again.",
        "Ce fichier n'est pas réellement un fichier {claimed}, bien que son nom ou son type l'indique. Rien n'a été ajouté. Ouvrez-le pour vérifier ce qu'il contient, enregistrez-le de nouveau dans le bon format, puis ajoutez-le.",
        "Iyi dosiye si iya {claimed} koko, nubwo izina ryayo cyangwa ubwoko bwayo bibivuga. Nta cyongeweho. Yifungure urebe icyo ari cyo, wongere uyibike mu bwoko bukwiye, hanyuma wongere uyongereho.",
    ),
    "attachment.too_large": (
        "This file is {size} MB; Isange Desktop keeps files of up to {limit} MB each. Nothing was added. Scan it again at a lower resolution (300 dpi is enough for a document) or split it into several files.",
        "Ce fichier fait {size} Mo ; Isange Desktop conserve des fichiers de {limit} Mo au plus chacun. Rien n'a été ajouté. Numérisez-le de nouveau à une résolution plus basse (300 dpi suffisent pour un document) ou divisez-le en plusieurs fichiers.",
        "Iyi dosiye ifite MB {size}; Isange Desktop ibika dosiye zitarenze MB {limit} buri imwe. Nta cyongeweho. Ongera uyisikane ku bunini buto (dpi 300 birahagije ku nyandiko) cyangwa uyigabanyemo dosiye nyinshi.",
    ),
    "attachment.empty": (
        "This file is empty. Nothing was added.",
        "Ce fichier est vide. Rien n'a été ajouté.",
        "Iyi dosiye irimo ubusa. Nta cyongeweho.",
    ),
    "attachment.image_unreadable": (
        "This {type} photo could not be read to remove its location and device data, so it was not added. If it is evidence that must be kept exactly as it is, add it as evidence.",
        "Cette photo {type} n'a pas pu être lue pour en retirer le lieu et l'appareil de prise de vue ; elle n'a donc pas été ajoutée. Si c'est une preuve qui doit être conservée telle quelle, ajoutez-la comme preuve.",
        "Iyi foto ya {type} ntiyashoboye gusomwa ngo hakurwemo aho yafatiwe n'igikoresho cyayifashe, bityo ntiyongeweho. Niba ari ikimenyetso kigomba kubikwa uko kiri, cyongereho nk'ikimenyetso.",
    ),
    "attachment.name_invalid": (
        "The file name is empty, holds control characters or is longer than {max} characters. Rename the file and add it again.",
        "Le nom du fichier est vide, contient des caractères de contrôle ou dépasse {max} caractères. Renommez le fichier, puis ajoutez-le de nouveau.",
        "Izina rya dosiye ni ubusa, ririmo inyuguti zitemewe cyangwa rirenze inyuguti {max}. Hindura izina rya dosiye, hanyuma wongere uyongereho.",
    ),
    "attachment.unknown_track": (
        "Unknown track '{track}'. Use medical, psychosocial, legal or shelter, or none for the intake.",
        "Volet inconnu « {track} ». Utilisez medical, psychosocial, legal ou shelter, ou aucun pour l'accueil.",
        "Serivisi '{track}' ntizwi. Koresha medical, psychosocial, legal cyangwa shelter, cyangwa ntayo ku iyakira.",
    ),
    "attachment.unknown_form": (
        "There is no form '{form}'.",
        "Il n'existe pas de formulaire « {form} ».",
        "Nta fomu '{form}' ibaho.",
    ),
    "attachment.form_not_in_track": (
        "The form '{form}' is not part of the {track} track.",
        "Le formulaire « {form} » ne fait pas partie du volet {track}.",
        "Fomu '{form}' ntiri muri serivisi {track}.",
    ),
    "attachment.entry_needs_form": (
        "An entry number needs the form it belongs to.",
        "Un numéro d'entrée doit être accompagné du formulaire auquel il appartient.",
        "Nimero y'inyandiko igomba guherekezwa na fomu irimo.",
    ),
    "attachment.entry_missing": (
        "Entry {entry} of the form '{form}' does not exist in this case. Save the entry first, then attach the file to it.",
        "L'entrée {entry} du formulaire « {form} » n'existe pas dans ce dossier. Enregistrez d'abord l'entrée, puis joignez-y le fichier.",
        "Inyandiko ya {entry} ya fomu '{form}' ntiri muri iyi dosiye. Banza ubike iyo nyandiko, hanyuma uyomekeho dosiye.",
    ),
    # -- reading and exporting ---------------------------------------------------------------
    "attachment.not_found": (
        "There is no attachment {id} in this vault.",
        "Il n'y a pas de pièce jointe {id} dans ce coffre.",
        "Nta mugereka {id} uri muri ubu bubiko.",
    ),
    "attachment.folder_missing": (
        "The folder {path} does not exist. Nothing was written.",
        "Le dossier {path} n'existe pas. Rien n'a été écrit.",
        "Ububiko {path} ntibubaho. Nta cyanditswe.",
    ),
    "attachment.file_exists": (
        "{path} already exists. An export never replaces a file: choose another name.",
        "{path} existe déjà. Une exportation ne remplace jamais un fichier : choisissez un autre nom.",
        "{path} isanzwe ihari. Kohereza hanze ntibisimbura dosiye: hitamo irindi zina.",
    ),
    "attachment.inside_vault": (
        "{path} is inside the vault's data folder, which never holds a decrypted file. Choose another folder.",
        "{path} se trouve dans le dossier de données du coffre, qui ne contient jamais de fichier déchiffré. Choisissez un autre dossier.",
        "{path} iri mu bubiko bw'amakuru bw'ububiko bw'ibanga, butajya bubikwamo dosiye idafunze. Hitamo ubundi bubiko.",
    ),
    "attachment.file_unwritable": (
        "Cannot write {path}. Nothing was exported: check the USB stick or the folder and try again.",
        "Impossible d'écrire {path}. Rien n'a été exporté : vérifiez la clé USB ou le dossier, puis réessayez.",
        "Ntibishoboka kwandika {path}. Nta cyoherejwe hanze: genzura USB cyangwa ububiko, hanyuma wongere ugerageze.",
    ),
    "attachment.file_unreadable": (
        "Cannot read {path}. Nothing was added.",
        "Impossible de lire {path}. Rien n'a été ajouté.",
        "Ntibishoboka gusoma {path}. Nta cyongeweho.",
    ),
    "attachment.bad_id": (
        "'{id}' is not an attachment number (see isange case attachments).",
        "« {id} » n'est pas un numéro de pièce jointe (voir isange case attachments).",
        "'{id}' si nimero y'umugereka (reba isange case attachments).",
    ),
    # -- the command line's own lines --------------------------------------------------------
    "attachment.added": (
        "Attachment {id} added to case {case}: {type}, {size} bytes, SHA-256 {hash}.",
        "Pièce jointe {id} ajoutée au dossier {case} : {type}, {size} octets, SHA-256 {hash}.",
        "Umugereka {id} wongewe kuri dosiye {case}: {type}, bayiti {size}, SHA-256 {hash}.",
    ),
    "attachment.metadata_removed": (
        "Location, device and text data were removed from the photo ({count} part(s)).",
        "Le lieu, l'appareil et les textes ont été retirés de la photo ({count} partie(s)).",
        "Aho ifoto yafatiwe, igikoresho cyayifashe n'inyandiko biyirimo byakuwemo (ibice {count}).",
    ),
    "attachment.evidence_sealed": (
        "Kept exactly as received and sealed as evidence.",
        "Conservée telle que reçue et scellée comme preuve.",
        "Yabitswe uko yakiriwe kandi ifungwa nk'ikimenyetso.",
    ),
    "attachment.none": (
        "No attachments that your role may see.",
        "Aucune pièce jointe que votre rôle permet de voir.",
        "Nta mugereka uruhare rwawe rukwemerera kubona.",
    ),
    "attachment.exported_done": (
        "Written to {path} (SHA-256 {hash}). This copy is not encrypted: keep it safe and delete it when it is no longer needed.",
        "Écrit dans {path} (SHA-256 {hash}). Cette copie n'est pas chiffrée : gardez-la en lieu sûr et supprimez-la dès qu'elle n'est plus nécessaire.",
        "Byanditswe muri {path} (SHA-256 {hash}). Iyi kopi ntiri mu ibanga: yibike ahantu hizewe kandi uyisibe igihe itagikenewe.",
    ),
    "attachment.referral_preview": (
        "Attachments: {count} ({size} bytes in all).",
        "Pièces jointes : {count} ({size} octets en tout).",
        "Imigereka: {count} (bayiti {size} zose hamwe).",
    ),
}
