"""Messages of the vault, users, audit log and admin CLI: id -> (English, French, Kinyarwanda)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
    "vault.not_sqlcipher": (
        "This build cannot encrypt: SQLCipher is missing. Reinstall Isange Desktop.",
        "Cette installation ne peut pas chiffrer : SQLCipher manque. Réinstallez Isange Desktop.",
        "Iyi porogaramu ntishobora guhisha amakuru: SQLCipher irabura. Ongera ushyireho Isange Desktop.",
    ),
    "vault.cannot_decrypt": (
        "The vault file cannot be read with this key: it is damaged or belongs to another vault.",
        "Le fichier du coffre ne peut pas être lu avec cette clé : il est endommagé ou appartient à un autre coffre.",
        "Dosiye y'ububiko ntisomeka n'uru rufunguzo: yangiritse cyangwa ni iy'ubundi bubiko.",
    ),
    "vault.read_only": (
        "The data folder {path} cannot be written to. Ask IT to give this account write access.",
        "Le dossier de données {path} n'est pas accessible en écriture. Demandez à l'informatique de donner l'accès en écriture à ce compte.",
        "Ububiko bw'amakuru {path} ntibwandikwamo. Saba abashinzwe ikoranabuhanga guha iyi konti uburenganzira bwo kwandika.",
    ),
    "vault.busy": (
        "The vault is already open in another copy of Isange Desktop. Close it there first.",
        "Le coffre est déjà ouvert dans une autre copie d'Isange Desktop. Fermez-la d'abord.",
        "Ububiko busanzwe bufunguye muri indi Isange Desktop. Banza uyifunge.",
    ),
    "vault.exists": (
        "A vault already exists in {path}; nothing was changed.",
        "Un coffre existe déjà dans {path} ; rien n'a été modifié.",
        "Ububiko busanzwe buri muri {path}; nta cyahinduwe.",
    ),
    "vault.not_found": (
        "No vault in {path}. Create one with 'isange init' or choose another --data-dir.",
        "Aucun coffre dans {path}. Créez-en un avec « isange init » ou choisissez un autre --data-dir.",
        "Nta bubiko buri muri {path}. Bukore ukoresheje 'isange init' cyangwa uhitemo ikindi --data-dir.",
    ),
    "vault.upgrade_failed": (
        "This version of Isange Desktop could not upgrade the vault (schema {revision}). Nothing "
        "was lost: a verified backup was taken first ({backup}). Reinstall the previous version "
        "or contact IT support with this message.",
        "Cette version d'Isange Desktop n'a pas pu mettre à jour le coffre (schéma {revision}). "
        "Rien n'est perdu : une sauvegarde vérifiée a d'abord été faite ({backup}). Réinstallez "
        "la version précédente ou contactez le support informatique avec ce message.",
        "Iyi verisiyo ya Isange Desktop ntiyashoboye kuvugurura ububiko (imiterere {revision}). "
        "Nta kintu cyatakaye: habanje gukorwa kopi yagenzuwe ({backup}). Ongera ushyiremo "
        "verisiyo yabanje cyangwa ubaze abashinzwe ikoranabuhanga ubereke ubu butumwa.",
    ),
    "vault.damaged": (
        "The vault file is damaged (its encryption check failed). Restore the latest backup.",
        "Le fichier du coffre est endommagé (le contrôle de chiffrement a échoué). Restaurez la dernière sauvegarde.",
        "Dosiye y'ububiko yangiritse (igenzura ry'ibanga ryanze). Garura kopi iheruka kubikwa.",
    ),
    "vault.change_refused": (
        "The vault refused the change because its audit log is not consistent. Run 'isange audit verify' and restore the latest good backup.",
        "Le coffre a refusé la modification car son journal d'audit n'est pas cohérent. Lancez « isange audit verify » et restaurez la dernière bonne sauvegarde.",
        "Ububiko bwanze impinduka kuko igitabo cyabwo cy'igenzura kidahuye. Koresha 'isange audit verify' maze ugarure kopi nzima iheruka.",
    ),
    "vault.closed": (
        "The vault is locked. Log in again.",
        "Le coffre est verrouillé. Reconnectez-vous.",
        "Ububiko burafunze. Ongera winjire.",
    ),
    "vault.no_recovery_slot": (
        "This vault has no recovery key slot.",
        "Ce coffre n'a pas d'emplacement pour la clé de récupération.",
        "Ubu bubiko nta mwanya w'urufunguzo rwo kugarura bufite.",
    ),
    "vault.slot_file_damaged": (
        "The key slot file is damaged and its copy too. Restore the latest backup.",
        "Le fichier des emplacements de clés est endommagé, sa copie aussi. Restaurez la dernière sauvegarde.",
        "Dosiye y'imyanya y'imfunguzo yangiritse, n'iyo kopi yayo. Garura kopi iheruka kubikwa.",
    ),
    "recovery.malformed": (
        "A recovery key has {groups} groups of 5 characters (letters and digits). Check what you typed.",
        "Une clé de récupération compte {groups} groupes de 5 caractères (lettres et chiffres). Vérifiez la saisie.",
        "Urufunguzo rwo kugarura rugira amatsinda {groups} y'inyuguti 5 (inyuguti n'imibare). Reba ibyo wanditse.",
    ),
    "recovery.group_typo": (
        "Group {group} of the recovery key has a typing mistake. Check it against the printed sheet.",
        "Le groupe {group} de la clé de récupération contient une faute de frappe. Comparez-le à la feuille imprimée.",
        "Itsinda rya {group} ry'urufunguzo rwo kugarura ririmo ikosa. Rigereranye n'urupapuro rwacapwe.",
    ),
    "recovery.wrong_key": (
        "This recovery key does not open this vault.",
        "Cette clé de récupération n'ouvre pas ce coffre.",
        "Uru rufunguzo rwo kugarura ntirufungura ubu bubiko.",
    ),
    "auth.wrong_password": (
        "Wrong user name or password.",
        "Nom d'utilisateur ou mot de passe incorrect.",
        "Izina ry'ukoresha cyangwa ijambo ry'ibanga si byo.",
    ),
    "auth.locked_out": (
        "Too many wrong passwords. Try again in {seconds} seconds.",
        "Trop de mots de passe incorrects. Réessayez dans {seconds} secondes.",
        "Amagambo y'ibanga atari yo yabaye menshi. Ongera ugerageze nyuma y'amasegonda {seconds}.",
    ),
    "keyring.none": (
        "No credential store is available on this computer, so the vault cannot be opened safely.",
        "Aucun magasin d'identifiants n'est disponible sur cet ordinateur : le coffre ne peut pas être ouvert en sécurité.",
        "Nta bubiko bw'ibanga buri kuri iyi mudasobwa, bityo ububiko ntibwafungurwa mu mutekano.",
    ),
    "keyring.unavailable": (
        "The credential store did not answer. Log out of Windows and in again, then retry.",
        "Le magasin d'identifiants n'a pas répondu. Fermez puis rouvrez la session Windows et réessayez.",
        "Ububiko bw'ibanga ntibwasubije. Sohoka muri Windows wongere winjire, hanyuma wongere ugerageze.",
    ),
    "keyring.corrupt": (
        "The device secret in the credential store is damaged. Enroll this account again with the recovery key.",
        "Le secret de l'appareil dans le magasin d'identifiants est endommagé. Réinscrivez ce compte avec la clé de récupération.",
        "Ibanga ry'igikoresho mu bubiko bw'ibanga ryangiritse. Ongera wandike iyi konti ukoresheje urufunguzo rwo kugarura.",
    ),
    "keyring.no_device_secret": (
        "This Windows account is not enrolled for this vault. Enroll it with the recovery key ('isange device enroll').",
        "Ce compte Windows n'est pas inscrit pour ce coffre. Inscrivez-le avec la clé de récupération (« isange device enroll »).",
        "Iyi konti ya Windows ntiyanditswe kuri ubu bubiko. Yandike ukoresheje urufunguzo rwo kugarura ('isange device enroll').",
    ),
    "keyring.plain_file": (
        "Warning: the credential store chosen ({backend}) keeps secrets in a plain file.",
        "Attention : le magasin d'identifiants choisi ({backend}) garde les secrets dans un fichier en clair.",
        "Icyitonderwa: ububiko bw'ibanga bwatoranyijwe ({backend}) bubika amabanga muri dosiye itarinzwe.",
    ),
    "backup.exists": (
        "{path} already exists; choose a new file name for the backup.",
        "{path} existe déjà ; choisissez un nouveau nom de fichier pour la sauvegarde.",
        "{path} isanzwe ihari; hitamo irindi zina rya dosiye y'ububiko bw'inyongera.",
    ),
    "backup.cannot_write": (
        "Cannot write the backup into {path}. Check the USB stick or folder.",
        "Impossible d'écrire la sauvegarde dans {path}. Vérifiez la clé USB ou le dossier.",
        "Ntibishoboka kwandika kopi muri {path}. Reba flash cyangwa ububiko.",
    ),
    "backup.verify_failed": (
        "The backup could not be verified after writing it, so it was discarded. Try another disk.",
        "La sauvegarde n'a pas pu être vérifiée après écriture ; elle a été supprimée. Essayez un autre disque.",
        "Kopi ntiyashoboye kugenzurwa imaze kwandikwa, ni yo mpamvu yajugunywe. Gerageza ikindi gikoresho.",
    ),
    "backup.not_a_backup": (
        "{path} is not an Isange backup.",
        "{path} n'est pas une sauvegarde Isange.",
        "{path} si kopi y'ububiko bwa Isange.",
    ),
    "backup.damaged": (
        "The backup {path} is damaged; nothing was restored.",
        "La sauvegarde {path} est endommagée ; rien n'a été restauré.",
        "Kopi {path} yangiritse; nta cyagaruwe.",
    ),
    "backup.not_found": (
        "No file at {path}.",
        "Aucun fichier à {path}.",
        "Nta dosiye iri kuri {path}.",
    ),
    "restore.target_has_vault": (
        "{path} already holds a vault. Restore into an empty folder.",
        "{path} contient déjà un coffre. Restaurez dans un dossier vide.",
        "{path} isanzwe irimo ububiko. Garurira mu bubiko burimo ubusa.",
    ),
    "permission.denied": (
        "Your role does not allow this ({action}).",
        "Votre rôle ne permet pas cette action ({action}).",
        "Uruhare rwawe ntirukwemerera ibi ({action}).",
    ),
    "password.too_short": (
        "A password needs at least 10 characters.",
        "Un mot de passe doit compter au moins 10 caractères.",
        "Ijambo ry'ibanga rigomba kugira nibura inyuguti 10.",
    ),
    "password.same_as_login": (
        "The password must not be the user name.",
        "Le mot de passe ne doit pas être le nom d'utilisateur.",
        "Ijambo ry'ibanga ntirigomba kuba izina ry'ukoresha.",
    ),
    "password.too_simple": (
        "The password is too simple: use more different characters.",
        "Le mot de passe est trop simple : utilisez des caractères plus variés.",
        "Ijambo ry'ibanga ryoroshye cyane: koresha inyuguti zitandukanye kurushaho.",
    ),
    "password.unchanged": (
        "The new password must differ from the old one.",
        "Le nouveau mot de passe doit être différent de l'ancien.",
        "Ijambo ry'ibanga rishya rigomba gutandukana n'irya kera.",
    ),
    "password.mismatch": (
        "The two passwords differ.",
        "Les deux mots de passe diffèrent.",
        "Amagambo y'ibanga yombi ntahuye.",
    ),
    "password.must_change": (
        "You must change your temporary password first ('isange passwd').",
        "Vous devez d'abord changer votre mot de passe temporaire (« isange passwd »).",
        "Ugomba kubanza guhindura ijambo ry'ibanga ry'agateganyo ('isange passwd').",
    ),
    "user.login_invalid": (
        "User name '{login}' is not valid: 2 to 32 lowercase letters, digits, '.', '_' or '-', starting with a letter.",
        "Le nom d'utilisateur « {login} » n'est pas valide : 2 à 32 minuscules, chiffres, « . », « _ » ou « - », commençant par une lettre.",
        "Izina ry'ukoresha '{login}' ntiryemewe: inyuguti nto 2 kugeza 32, imibare, '.', '_' cyangwa '-', ritangirwa n'inyuguti.",
    ),
    "user.name_required": (
        "The person's full name is required.",
        "Le nom complet de la personne est obligatoire.",
        "Amazina yose y'umuntu arakenewe.",
    ),
    "user.role_required": (
        "Give the user at least one role.",
        "Donnez au moins un rôle à l'utilisateur.",
        "Ha ukoresha nibura uruhare rumwe.",
    ),
    "user.role_unknown": (
        "Unknown role '{role}'. Roles: nurse, psychosocial, legal, manager, admin.",
        "Rôle inconnu « {role} ». Rôles : nurse, psychosocial, legal, manager, admin.",
        "Uruhare '{role}' ntiruzwi. Inshingano: nurse, psychosocial, legal, manager, admin.",
    ),
    "user.exists": (
        "A user '{login}' already exists.",
        "Un utilisateur « {login} » existe déjà.",
        "Ukoresha '{login}' asanzwe ariho.",
    ),
    "user.not_found": (
        "No active user '{login}'.",
        "Aucun utilisateur actif « {login} ».",
        "Nta ukoresha ukora witwa '{login}'.",
    ),
    "user.cannot_deactivate_self": (
        "You cannot deactivate your own account.",
        "Vous ne pouvez pas désactiver votre propre compte.",
        "Ntushobora guhagarika konti yawe bwite.",
    ),
    "setting.unknown": (
        "Unknown setting '{key}'.",
        "Paramètre inconnu « {key} ».",
        "Igenamiterere '{key}' ntirizwi.",
    ),
    "setting.out_of_range": (
        "'{key}' must be between {minimum} and {maximum}.",
        "« {key} » doit être compris entre {minimum} et {maximum}.",
        "'{key}' igomba kuba hagati ya {minimum} na {maximum}.",
    ),
    "center.code_invalid": (
        "The center code must be 1 to 16 letters or digits (for example KGL-KCMC).",
        "Le code du centre doit compter 1 à 16 lettres ou chiffres (par exemple KGL-KCMC).",
        "Kode y'ikigo igomba kuba inyuguti cyangwa imibare 1 kugeza 16 (urugero KGL-KCMC).",
    ),
    "center.name_required": (
        "The center name is required.",
        "Le nom du centre est obligatoire.",
        "Izina ry'ikigo rirakenewe.",
    ),
    "audit.ok": (
        "Audit log intact: {events} events, {checkpoints} signed checkpoints.",
        "Journal d'audit intact : {events} événements, {checkpoints} points de contrôle signés.",
        "Igitabo cy'igenzura ni kizima: ibyabaye {events}, ingingo z'igenzura zashyizweho umukono {checkpoints}.",
    ),
    "audit.missing_event": (
        "Audit log broken at event {seq}: the event is missing.",
        "Journal d'audit rompu à l'événement {seq} : l'événement manque.",
        "Igitabo cy'igenzura cyangiritse ku cyabaye cya {seq}: icyabaye kirabura.",
    ),
    "audit.chain_broken": (
        "Audit log broken at event {seq}: it does not follow the event before it.",
        "Journal d'audit rompu à l'événement {seq} : il ne suit pas l'événement précédent.",
        "Igitabo cy'igenzura cyangiritse ku cyabaye cya {seq}: ntigikurikira icyakibanjirije.",
    ),
    "audit.event_altered": (
        "Audit log broken at event {seq}: its contents were changed.",
        "Journal d'audit rompu à l'événement {seq} : son contenu a été modifié.",
        "Igitabo cy'igenzura cyangiritse ku cyabaye cya {seq}: ibikirimo byahinduwe.",
    ),
    "audit.head_missing": (
        "Audit log broken at event {seq}: the record of its last event is missing.",
        "Journal d'audit rompu à l'événement {seq} : l'enregistrement du dernier événement manque.",
        "Igitabo cy'igenzura cyangiritse ku cyabaye cya {seq}: inyandiko y'icyabaye giheruka irabura.",
    ),
    "audit.tail_missing": (
        "Audit log broken at event {seq}: this event and those after it were removed.",
        "Journal d'audit rompu à l'événement {seq} : cet événement et les suivants ont été supprimés.",
        "Igitabo cy'igenzura cyangiritse ku cyabaye cya {seq}: iki n'ibyakurikiyeho byasibwe.",
    ),
    "audit.head_mismatch": (
        "Audit log broken at event {seq}: the last event does not match the log's record of it.",
        "Journal d'audit rompu à l'événement {seq} : le dernier événement ne correspond pas à son enregistrement.",
        "Igitabo cy'igenzura cyangiritse ku cyabaye cya {seq}: icyabaye giheruka ntigihura n'inyandiko yacyo.",
    ),
    "audit.checkpoint_forged": (
        "Audit log broken at event {seq}: the signed checkpoint there has a bad signature.",
        "Journal d'audit rompu à l'événement {seq} : le point de contrôle signé a une signature invalide.",
        "Igitabo cy'igenzura cyangiritse ku cyabaye cya {seq}: umukono w'ingingo y'igenzura si wo.",
    ),
    "audit.checkpoint_mismatch": (
        "Audit log broken at event {seq}: it differs from what the signed checkpoint witnessed.",
        "Journal d'audit rompu à l'événement {seq} : il diffère de ce qu'atteste le point de contrôle signé.",
        "Igitabo cy'igenzura cyangiritse ku cyabaye cya {seq}: gitandukanye n'ibyo ingingo y'igenzura yemeje.",
    ),
    "cli.secret_missing": (
        "Expected {count} line(s) on standard input (--password-stdin), got fewer.",
        "{count} ligne(s) attendue(s) sur l'entrée standard (--password-stdin), moins reçues.",
        "Hari hategerejwe umurongo {count} ku bwinjiriro busanzwe (--password-stdin), haje mike.",
    ),
    "cli.user_required": (
        "This command needs --user LOGIN.",
        "Cette commande demande --user IDENTIFIANT.",
        "Iri tegeko rikeneye --user IZINA.",
    ),
    "cli.no_terminal": (
        "No terminal to ask for the secret: use --password-stdin.",
        "Aucun terminal pour demander le secret : utilisez --password-stdin.",
        "Nta terminal yo kubaza ibanga: koresha --password-stdin.",
    ),
    "cli.internal_error": (
        "Unexpected error ({kind}). Nothing further was changed. Report it to IT with the time.",
        "Erreur inattendue ({kind}). Rien d'autre n'a été modifié. Signalez-la à l'informatique avec l'heure.",
        "Ikosa ritunguranye ({kind}). Nta kindi cyahinduwe. Bimenyeshe abashinzwe ikoranabuhanga uvuge n'isaha.",
    ),
    "cli.access_denied": (
        "This Windows account may not open {path}. Ask IT to check the folder's permissions.",
        "Ce compte Windows ne peut pas ouvrir {path}. Demandez à l'informatique de vérifier les droits du dossier.",
        "Iyi konti ya Windows ntiyemerewe gufungura {path}. Saba abashinzwe ikoranabuhanga kureba uburenganzira bw'ububiko.",
    ),
    "enroll.code_invalid": (
        "This enrollment code is wrong, used or expired. Ask the admin for a new one.",
        "Ce code d'inscription est faux, déjà utilisé ou expiré. Demandez-en un nouveau à l'administrateur.",
        "Iyi kode yo kwiyandikisha si yo, yarakoreshejwe cyangwa yarataye agaciro. Saba umuyobozi indi nshya.",
    ),
    "prompt.enrollment_code": ("Enrollment code:", "Code d'inscription :", "Kode yo kwiyandikisha:"),
    "device.code_intro": (
        "One-time enrollment code, valid 24 hours. On the other Windows account run 'isange device enroll --code' and type it:",
        "Code d'inscription à usage unique, valable 24 heures. Sur l'autre compte Windows, lancez « isange device enroll --code » et saisissez-le :",
        "Kode yo kwiyandikisha ikoreshwa rimwe, imara amasaha 24. Kuri iyindi konti ya Windows, koresha 'isange device enroll --code' uyandike:",
    ),
    "cli.limit_invalid": (
        "--limit must be a whole number from 1 to 10000.",
        "--limit doit être un nombre entier de 1 à 10000.",
        "--limit igomba kuba umubare wuzuye kuva kuri 1 kugeza 10000.",
    ),
    "prompt.password": ("Password for {login}:", "Mot de passe de {login} :", "Ijambo ry'ibanga rya {login}:"),
    "prompt.new_password": ("New password for {login}:", "Nouveau mot de passe de {login} :", "Ijambo ry'ibanga rishya rya {login}:"),
    "prompt.temporary_password": (
        "Temporary password for {login}:",
        "Mot de passe temporaire de {login} :",
        "Ijambo ry'ibanga ry'agateganyo rya {login}:",
    ),
    "prompt.recovery_key": ("Recovery key:", "Clé de récupération :", "Urufunguzo rwo kugarura:"),
    "init.done": ("Vault created in {path}.", "Coffre créé dans {path}.", "Ububiko bwakozwe muri {path}."),
    "init.recovery_intro": (
        "RECOVERY KEY (shown only now): print or write it down and lock it away. With a backup it restores everything on a new laptop.",
        "CLÉ DE RÉCUPÉRATION (affichée une seule fois) : imprimez-la ou recopiez-la et gardez-la sous clé. Avec une sauvegarde, elle restaure tout sur un nouvel ordinateur.",
        "URUFUNGUZO RWO KUGARURA (rugaragara ubu gusa): rucape cyangwa urwandike maze urubike ahantu hafunze. Hamwe na kopi, rugarura byose kuri mudasobwa nshya.",
    ),
    "user.added": (
        "User {login} added ({roles}); the temporary password must be changed at first login.",
        "Utilisateur {login} ajouté ({roles}) ; le mot de passe temporaire devra être changé à la première connexion.",
        "Ukoresha {login} yongewemo ({roles}); ijambo ry'ibanga ry'agateganyo rigomba guhindurwa ku kwinjira bwa mbere.",
    ),
    "user.deactivated": ("User {login} deactivated.", "Utilisateur {login} désactivé.", "Ukoresha {login} yahagaritswe."),
    "passwd.done": ("Password changed.", "Mot de passe changé.", "Ijambo ry'ibanga ryahinduwe."),
    "backup.done": (
        "Backup written and verified: {path} ({size} bytes, sha256 {sha256}...).",
        "Sauvegarde écrite et vérifiée : {path} ({size} octets, sha256 {sha256}...).",
        "Kopi yanditswe kandi iragenzurwa: {path} (bayiti {size}, sha256 {sha256}...).",
    ),
    "restore.done": (
        "Backup of center {center} restored into {path}. Staff can log in with their passwords.",
        "Sauvegarde du centre {center} restaurée dans {path}. Le personnel peut se connecter avec ses mots de passe.",
        "Kopi y'ikigo {center} yagaruwe muri {path}. Abakozi bashobora kwinjira bakoresheje amagambo yabo y'ibanga.",
    ),
    "device.enrolled": (
        "This account is enrolled: staff can now log in here.",
        "Ce compte est inscrit : le personnel peut maintenant se connecter ici.",
        "Iyi konti yanditswe: abakozi bashobora kwinjira hano ubu.",
    ),
}
