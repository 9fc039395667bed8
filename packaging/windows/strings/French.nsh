; The installer's own texts in French, one ${LangFileString} per LangString; the .nsi
; includes this file with LANGFILE_INCLUDE after the language's MUI_LANGUAGE. Variables ($DataDir,
; $PreviousVersion, $INSTDIR, $0) are filled in when a text is shown; ${VERSION} when compiled.
; Keep the three files (English.nsh, French.nsh, Kinyarwanda.nsh) in step: a string missing from
; one language is a makensis warning, which tests/test_signing.py (makensis -WX) fails on.
;
; NSIS's own French (French.nlf) names the buttons: Suivant, Réessayer, Annuler.
!insertmacro LANGFILE_EXT "French"

${LangFileString} NeedsWindows10x64 "Isange Desktop nécessite Windows 10 64 bits ou plus récent."
${LangFileString} NeedsAdmin "Isange Desktop s'installe pour tous les comptes de cet ordinateur, ce qui demande un administrateur. Relancez l'installation en tant qu'administrateur."
${LangFileString} WelcomeTitle "Isange Desktop ${VERSION}"
${LangFileString} WelcomeText "L'assistant va installer Isange Desktop ${VERSION} pour tous les comptes de cet ordinateur.$UpgradeParagraph$\r$\n$\r$\nFermez Isange Desktop dans tous les comptes avant de continuer.$\r$\n$\r$\nCliquez sur Suivant pour continuer."
${LangFileString} UpgradeNote "Isange Desktop $PreviousVersion est installé. L'assistant remplace le programme et garde les données (le coffre, ses emplacements de clés et ses sauvegardes) dans $DataDir. À la première connexion après la mise à jour, l'application fait une sauvegarde vérifiée du coffre, puis le met à jour."
${LangFileString} Downgrade "Isange Desktop $PreviousVersion est installé, plus récent que cet assistant (${VERSION}). Une version plus ancienne peut ne pas ouvrir un coffre déjà mis à jour par une version plus récente.$\r$\n$\r$\nInstaller quand même la version plus ancienne ?"
${LangFileString} AppRunning "Isange Desktop est ouvert (peut-être dans un autre compte de cet ordinateur, ou la commande isange dans une invite de commandes). Fermez-le partout (déconnectez-vous d'abord, pour ne perdre aucun formulaire non enregistré), puis cliquez sur Réessayer."
${LangFileString} AppStillRunning "Isange Desktop est toujours ouvert : rien n'a été modifié."
${LangFileString} DirectoryText "L'assistant va installer Isange Desktop dans le dossier ci-dessous. Seul un dossier vide, ou le dossier d'une version antérieure d'Isange Desktop, peut être choisi. Les données ne sont pas ici : elles restent dans $DataDir."
${LangFileString} NotOurFolder "$INSTDIR contient déjà d'autres fichiers. Choisissez un dossier vide, ou le dossier d'une version antérieure d'Isange Desktop."
${LangFileString} RemovingOld "Suppression des fichiers du programme de la version précédente (les données dans $DataDir ne sont pas touchées)..."
${LangFileString} RemoveOldFailed "Certains fichiers du programme de la version précédente n'ont pas pu être supprimés (Isange Desktop ou un antivirus les utilise-t-il encore ?). Cliquez sur Réessayer, ou sur Annuler pour arrêter."
${LangFileString} DataFolder "Dossier de données : $DataDir (accès en écriture pour les utilisateurs de cet ordinateur)"
${LangFileString} AclFailed "L'assistant n'a pas pu donner aux utilisateurs de cet ordinateur l'accès en écriture à $DataDir (code de sortie d'icacls : $0). Les comptes du personnel ne pourront pas ouvrir le coffre tant qu'un administrateur n'aura pas lancé :$\r$\n$\r$\nicacls $\"$DataDir$\" /grant *S-1-5-32-545:(OI)(CI)M"
${LangFileString} FinishText "Isange Desktop ${VERSION} est installé. Ses données restent dans $DataDir, partagées par tous les comptes du personnel de cet ordinateur.$\r$\n$\r$\nSur un ordinateur sans coffre, l'informatique le crée d'abord (isange init) ou restaure une sauvegarde (isange restore) : voir le guide informatique."
${LangFileString} ShortcutCli "Isange Desktop - invite de commandes (informatique)"
${LangFileString} UnDataTitle "Les données de cet ordinateur"
${LangFileString} UnDataSubtitle "Choisissez si les dossiers de cet ordinateur sont gardés."
${LangFileString} UnDataText "Le programme va être supprimé. Les données (le coffre chiffré avec tous les dossiers, ses emplacements de clés et ses sauvegardes automatiques) restent dans :$\r$\n$\r$\n$DataDir$\r$\n$\r$\nUne nouvelle installation d'Isange Desktop les rouvre. Ne supprimez les données que si cet ordinateur quitte le centre, après avoir restauré et vérifié sa dernière sauvegarde sur un autre ordinateur."
${LangFileString} UnRemoveData "Supprimer aussi les données (tous les dossiers de cet ordinateur)"
${LangFileString} UnRemoveDataConfirm "Ceci efface définitivement de cet ordinateur le coffre et tous ses dossiers. Seuls une sauvegarde et la clé de récupération du centre peuvent les rendre.$\r$\n$\r$\nSupprimer les données ?"
${LangFileString} UnDataKept "Les données ont été gardées dans $DataDir."
${LangFileString} UnDataRemoved "Les données dans $DataDir ont été supprimées."
${LangFileString} UnFinishKept "Isange Desktop a été supprimé de cet ordinateur. Ses données ont été gardées dans $DataDir : une nouvelle installation d'Isange Desktop les rouvre."
${LangFileString} UnFinishRemoved "Isange Desktop et ses données ont été supprimés de cet ordinateur."
