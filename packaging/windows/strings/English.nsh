; The installer's own texts in English, one ${LangFileString} per LangString; the .nsi
; includes this file with LANGFILE_INCLUDE after the language's MUI_LANGUAGE. Variables ($DataDir,
; $PreviousVersion, $INSTDIR, $0) are filled in when a text is shown; ${VERSION} when compiled.
; Keep the three files (English.nsh, French.nsh, Kinyarwanda.nsh) in step: a string missing from
; one language is a makensis warning, which tests/test_signing.py (makensis -WX) fails on.

!insertmacro LANGFILE_EXT "English"

${LangFileString} NeedsWindows10x64 "Isange Desktop needs 64-bit Windows 10 or later."
${LangFileString} NeedsAdmin "Isange Desktop is installed for every account on this computer, which needs an administrator. Run Setup again as an administrator."
${LangFileString} WelcomeTitle "Isange Desktop ${VERSION}"
${LangFileString} WelcomeText "Setup will install Isange Desktop ${VERSION} for every account on this computer.$UpgradeParagraph$\r$\n$\r$\nClose Isange Desktop in every account before you continue.$\r$\n$\r$\nClick Next to continue."
${LangFileString} UpgradeNote "Isange Desktop $PreviousVersion is installed. Setup replaces the program and keeps the data (the vault, its key slots and its backups) in $DataDir. At the first login after the upgrade, the app makes a verified backup of the vault, then updates it."
${LangFileString} Downgrade "Isange Desktop $PreviousVersion is installed, newer than this Setup (${VERSION}). An older version may not open a vault that a newer one has already updated.$\r$\n$\r$\nInstall the older version anyway?"
${LangFileString} AppRunning "Isange Desktop is open (perhaps in another account on this computer, or the isange command in a command prompt). Close it everywhere (log out first, so no unsaved form is lost), then click Retry."
${LangFileString} AppStillRunning "Isange Desktop is still open: nothing was changed."
${LangFileString} DirectoryText "Setup will install Isange Desktop in the folder below. Only an empty folder, or the folder of an earlier Isange Desktop, can be chosen. The data is not kept here: it stays in $DataDir."
${LangFileString} NotOurFolder "$INSTDIR already holds other files. Choose an empty folder, or the folder of an earlier Isange Desktop."
${LangFileString} RemovingOld "Removing the previous version's program files (the data in $DataDir is not touched)..."
${LangFileString} RemoveOldFailed "Some program files of the previous version could not be removed (is Isange Desktop or an antivirus scan still using them?). Click Retry to try again, or Cancel to stop."
${LangFileString} DataFolder "Data folder: $DataDir (write access for this computer's users)"
${LangFileString} AclFailed "Setup could not give this computer's users write access to $DataDir (icacls exit code $0). Staff accounts cannot open the vault until an administrator runs:$\r$\n$\r$\nicacls $\"$DataDir$\" /grant *S-1-5-32-545:(OI)(CI)M"
${LangFileString} FinishText "Isange Desktop ${VERSION} is installed. Its data stays in $DataDir, shared by every staff account on this computer.$\r$\n$\r$\nOn a computer with no vault yet, IT staff first create it (isange init) or restore a backup (isange restore): see the IT guide."
${LangFileString} ShortcutCli "Isange Desktop - IT command prompt"
${LangFileString} UnDataTitle "The data on this computer"
${LangFileString} UnDataSubtitle "Choose whether the cases on this computer are kept."
${LangFileString} UnDataText "The program will be removed. The data (the encrypted vault with every case, its key slots and its automatic backups) stays in:$\r$\n$\r$\n$DataDir$\r$\n$\r$\nReinstalling Isange Desktop opens it again. Remove the data only when this computer leaves the center, after its latest backup has been restored and checked on another computer."
${LangFileString} UnRemoveData "Also remove the data (every case on this computer)"
${LangFileString} UnRemoveDataConfirm "This deletes the vault and every case in it from this computer, for good. Only a backup and the center's recovery key can bring them back.$\r$\n$\r$\nDelete the data?"
${LangFileString} UnDataKept "The data was kept in $DataDir."
${LangFileString} UnDataRemoved "The data in $DataDir was removed."
${LangFileString} UnFinishKept "Isange Desktop was removed from this computer. Its data was kept in $DataDir: installing Isange Desktop again opens it."
${LangFileString} UnFinishRemoved "Isange Desktop and its data were removed from this computer."
