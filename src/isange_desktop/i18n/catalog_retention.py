"""Messages of retention and archival: id -> (English, French, Kinyarwanda)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
    "retention.not_due": (
        "Case {number} is not past the retention period: it is kept until {date}. Nothing was removed.",
        "Le dossier {number} n'a pas dépassé la durée de conservation : il est gardé jusqu'au {date}. Rien n'a été supprimé.",
        "Dosiye {number} ntirarenza igihe cyo kubikwa: izabikwa kugeza ku wa {date}. Nta cyakuweho.",
    ),
    "retention.nothing_chosen": (
        "Choose at least one case to archive.",
        "Choisissez au moins un dossier à archiver.",
        "Hitamo nibura dosiye imwe yo gushyira mu bubiko.",
    ),
    "retention.too_many": (
        "At most {max} cases can be archived at once. Choose fewer.",
        "Au plus {max} dossiers peuvent être archivés à la fois. Choisissez-en moins.",
        "Dosiye zitarenze {max} nizo zishobora gushyirwa mu bubiko icyarimwe. Hitamo nkeya.",
    ),
    "retention.folder_missing": (
        "The folder {path} does not exist. Nothing was archived or removed.",
        "Le dossier {path} n'existe pas. Rien n'a été archivé ni supprimé.",
        "Ububiko {path} ntibubaho. Nta cyashyizwe mu bubiko cyangwa ngo gikurweho.",
    ),
    "retention.file_exists": (
        "{path} already exists and was left as it is. Nothing was archived or removed.",
        "{path} existe déjà et n'a pas été modifié. Rien n'a été archivé ni supprimé.",
        "{path} isanzwe ihari kandi ntiyahinduwe. Nta cyashyizwe mu bubiko cyangwa ngo gikurweho.",
    ),
    "retention.file_unwritable": (
        "The archive could not be written to {path}. Nothing was archived or removed.",
        "L'archive n'a pas pu être écrite dans {path}. Rien n'a été archivé ni supprimé.",
        "Ububiko ntibwashoboye kwandikwa kuri {path}. Nta cyashyizwe mu bubiko cyangwa ngo gikurweho.",
    ),
    "retention.verify_failed": (
        "The archive written to {path} did not read back as the case. It was deleted, and no case was removed. Check the disk or USB stick and try again.",
        "L'archive écrite dans {path} ne correspond pas au dossier à la relecture. Elle a été effacée et aucun dossier n'a été supprimé. Vérifiez le disque ou la clé USB et réessayez.",
        "Ububiko bwanditswe kuri {path} ntibwasomwe nk'uko dosiye iri. Bwasibwe, kandi nta dosiye yakuweho. Suzuma disiki cyangwa fulashi wongere ugerageze.",
    ),
    "retention.not_an_archive": (
        "{path} is not an archive of this center, or it is damaged.",
        "{path} n'est pas une archive de ce centre, ou elle est endommagée.",
        "{path} si ububiko bw'iki kigo, cyangwa bwangiritse.",
    ),
    "retention.archived": (
        "Case {number}: archived to {path} (SHA-256 {hash}) and removed from the vault.",
        "Dossier {number} : archivé dans {path} (SHA-256 {hash}) et supprimé du coffre.",
        "Dosiye {number}: yashyizwe mu bubiko kuri {path} (SHA-256 {hash}) kandi yakuwe mu bubiko bw'ibanga.",
    ),
    "retention.none_due": (
        "No case is past the retention period of {years} years.",
        "Aucun dossier n'a dépassé la durée de conservation de {years} ans.",
        "Nta dosiye yarengeje igihe cyo kubikwa cy'imyaka {years}.",
    ),
    "retention.due_header": (
        "Closed cases kept longer than {years} years: {count}",
        "Dossiers clos gardés plus de {years} ans : {count}",
        "Dosiye zafunzwe zimaze imyaka irenga {years}: {count}",
    ),
    "retention.archive_ok": (
        "Archive of case {number} from {sender}, made {created}: signature and contents verified ({revisions} form revisions, {attachments} attachments).",
        "Archive du dossier {number} de {sender}, faite le {created} : signature et contenu vérifiés ({revisions} révisions de formulaires, {attachments} pièces jointes).",
        "Ububiko bwa dosiye {number} buvuye {sender}, bwakozwe {created}: umukono n'ibirimo byagenzuwe (impinduka {revisions} z'amafishi, imigereka {attachments}).",
    ),
}
