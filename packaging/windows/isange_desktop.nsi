; Isange Desktop: the Windows installer (NSIS 3, Unicode, Modern UI 2).
;
; Build, after PyInstaller wrote dist\isange-desktop and packaging/sign.py signed its executables
; (the workflow .github/workflows/windows-release.yml does all of it):
;
;   makensis /DVERSION=1.2.3 packaging\windows\isange_desktop.nsi
;
; Debian's makensis compiles the same script; there the options start with a dash:
;
;   makensis -DVERSION=1.2.3 -DDIST_DIR=$PWD/dist/isange-desktop packaging/windows/isange_desktop.nsi
;
; Defines:
;   VERSION       required; X.Y.Z, the app's version (the release tag without its "v")
;   DIST_DIR      the PyInstaller one-folder build (default: dist\isange-desktop in the checkout)
;   OUTFILE       the installer to write (default: dist\isange-desktop-VERSION-setup.exe)
;   SIGN_COMMAND  a command that signs the file whose path it is given last; makensis runs it
;                 on the uninstaller while building, so the uninstaller is signed like the rest.
;                 makensis runs it from this folder: give sign.py by its full path (release:
;                 "python D:\a\...\packaging\sign.py --require --file")
;   PUBLISHER     the publisher shown in "Apps & features" (default: Isange)
;   ICON          an .ico for the installer and the uninstaller (default: NSIS's own)
;
; What it does, and why:
; - Per machine. The program goes to Program Files; the data to one folder per workstation,
;   C:\ProgramData\Isange\Isange Desktop (what src/isange_desktop/paths.py uses on Windows),
;   because the center's staff share one laptop and one vault, each in their own Windows account.
;   Every account may write there: icacls grants BUILTIN\Users (by its SID, S-1-5-32-545, since
;   the group's name is translated on French Windows) modify rights, inherited by every file.
;   icacls is on every Windows; Debian's nsis has no AccessControl plugin.
; - Upgrade. The earlier install is found through its uninstall key; the installer refuses to go
;   on while the app or the isange command runs (replacing files under a running app could lose
;   an unsaved form), removes the old program files and writes the new ones. It never touches
;   the data folder. The app updates the vault itself at the first login after the upgrade (when
;   the vault is opened), and only after writing a verified backup into the vault's backups
;   folder (store/vault.py, _backup_then_upgrade).
; - Uninstall keeps the data unless the person ticks "also remove the data" (off by default)
;   and confirms; a silent uninstall (/S) always keeps it.
; - Languages: English, French and Kinyarwanda. NSIS has no Kinyarwanda, so its own texts
;   (buttons, captions) are English there (lang/Kinyarwanda.nlf and .nsh); the installer's own
;   strings are in strings/*.nsh, one file per language.
;
; Exit codes (silent installs, /S): 0 installed; 1 cancelled; 2 stopped (the app was running,
; the folder holds other files, an older version over a newer one, no admin rights, not
; 64-bit Windows 10+); 3 installed, but the data folder's permissions could not be set (the
; message names the icacls command to run by hand).

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

;--------------------------------
; Defines

!ifndef VERSION
  !error "Give the version: makensis /DVERSION=X.Y.Z (Linux: -DVERSION=X.Y.Z)"
!endif
!ifndef DIST_DIR
  !define DIST_DIR "${__FILEDIR__}\..\..\dist\isange-desktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "${__FILEDIR__}\..\..\dist\isange-desktop-${VERSION}-setup.exe"
!endif
; The same name the executables' version resource gives as their company (windows_version.py).
!define /ifndef PUBLISHER "Isange"

; The layout PyInstaller's one-folder build has (packaging/isange_desktop.spec): the two
; executables at the top, everything else under _internal. Only these are installed, so the
; upgrade and the uninstaller can remove exactly what was installed and nothing else.
!if ! /FileExists "${DIST_DIR}\isange-desktop.exe"
  !error "${DIST_DIR}\isange-desktop.exe not found: build with PyInstaller first, or give -DDIST_DIR"
!endif
!if ! /FileExists "${DIST_DIR}\isange.exe"
  !error "${DIST_DIR}\isange.exe not found: build with PyInstaller first, or give -DDIST_DIR"
!endif
!if ! /FileExists "${DIST_DIR}\_internal\*"
  !error "${DIST_DIR}\_internal not found: the installer expects PyInstaller's one-folder layout"
!endif

!define APP_NAME "Isange Desktop"
!define APP_EXE "isange-desktop.exe"
!define CLI_EXE "isange.exe"
!define UNINSTALLER "uninstall.exe"
; paths.py: platformdirs.site_data_dir("Isange Desktop", "Isange") = ProgramData\Isange\Isange Desktop
!define DATA_PARENT "Isange"
!define DATA_SUBDIR "Isange\Isange Desktop"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\IsangeDesktop"
!define REG_KEY "Software\Isange\Isange Desktop"
!define USERS_SID "*S-1-5-32-545"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

; The version resource Windows shows in the file's properties. VIProductVersion takes only
; numbers: a VERSION that is not X.Y.Z stops the build here.
VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"

!ifdef SIGN_COMMAND
  ; "= 0": a failed signature stops the build instead of shipping an unsigned uninstaller.
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
!endif

;--------------------------------
; Includes

!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh
!include WinVer.nsh
!include FileFunc.nsh
!include WordFunc.nsh
!include nsDialogs.nsh

;--------------------------------
; Variables

Var DataDir           ; C:\ProgramData\Isange\Isange Desktop
Var PreviousVersion   ; the installed version found in the registry, or ""
Var PreviousDir       ; where it is installed, or "" (a first install)
Var UpgradeParagraph  ; the welcome page's upgrade note, or ""
Var RemoveData        ; uninstaller: "1" once the person ticked and confirmed
Var RemoveDataBox
Var UnFinishText

;--------------------------------
; Modern UI

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING

; The chosen language is remembered for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${REG_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"
; Windows has no Kinyarwanda display language to match, so always offer the choice.
!define MUI_LANGDLL_ALWAYSSHOW
!define MUI_LANGDLL_ALLLANGUAGES
; Asked before any language is chosen, so in all three.
!define MUI_LANGDLL_WINDOWTITLE "${APP_NAME}"
!define MUI_LANGDLL_INFO "Choose a language / Choisissez une langue / Hitamo ururimi"

!define MUI_WELCOMEPAGE_TITLE "$(WelcomeTitle)"
!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_PRE DirectoryPre
!define MUI_DIRECTORYPAGE_TEXT_TOP "$(DirectoryText)"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
; No "run Isange Desktop now" box: it would start the app elevated, as the installing
; administrator, while the app is meant to run in each staff member's own account.
!define MUI_FINISHPAGE_TEXT "$(FinishText)"
!define MUI_FINISHPAGE_NOREBOOTSUPPORT
!insertmacro MUI_PAGE_FINISH

UninstPage custom un.DataPageShow un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$UnFinishText"
!define MUI_FINISHPAGE_NOREBOOTSUPPORT
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGEEX "${__FILEDIR__}\lang" "Kinyarwanda"

!insertmacro LANGFILE_INCLUDE "${__FILEDIR__}\strings\English.nsh"
!insertmacro LANGFILE_INCLUDE "${__FILEDIR__}\strings\French.nsh"
!insertmacro LANGFILE_INCLUDE "${__FILEDIR__}\strings\Kinyarwanda.nsh"

VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

;--------------------------------
; Shared by the installer and the uninstaller

; $R0 = the path of a program file some process has open (Windows refuses to open a running
; executable for writing), "" when none is. This sees the app in every account on the laptop,
; where a process list would need more rights or a plugin.
!macro CHECK_RUNNING FILE
  ${If} ${FileExists} "${FILE}"
    ClearErrors
    FileOpen $R1 "${FILE}" a
    ${If} ${Errors}
      StrCpy $R0 "${FILE}"
    ${Else}
      FileClose $R1
    ${EndIf}
  ${EndIf}
!macroend

; Never kills the app (that could lose a form being typed): the person closes it, or it stops.
!macro DEFINE_WAIT_UNTIL_CLOSED UN
Function ${UN}WaitUntilClosed
  retry:
    StrCpy $R0 ""
    !insertmacro CHECK_RUNNING "$INSTDIR\${APP_EXE}"
    !insertmacro CHECK_RUNNING "$INSTDIR\${CLI_EXE}"
    ${If} $R0 != ""
      DetailPrint "$R0"
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
      SetErrorLevel 2
      Abort "$(AppStillRunning)"
    ${EndIf}
FunctionEnd
!macroend
!insertmacro DEFINE_WAIT_UNTIL_CLOSED ""
!insertmacro DEFINE_WAIT_UNTIL_CLOSED "un."

; Exactly what the installer writes into $INSTDIR, never a recursive delete of $INSTDIR itself
; (a wrong path there would take whatever else the folder holds).
!macro REMOVE_PROGRAM_FILES
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
!macroend

;--------------------------------
; Installer

Function .onInit
  SetRegView 64
  SetShellVarContext all
  !insertmacro MUI_LANGDLL_DISPLAY

  ; PySide6 6.7+ runs on 64-bit Windows 10 and later only.
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWindows10x64)" /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 != "admin"
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsAdmin)" /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}

  StrCpy $DataDir "$APPDATA\${DATA_SUBDIR}"
  StrCpy $UpgradeParagraph ""
  ReadRegStr $PreviousDir HKLM "${UNINST_KEY}" "InstallLocation"
  ReadRegStr $PreviousVersion HKLM "${UNINST_KEY}" "DisplayVersion"
  ${If} $PreviousDir != ""
  ${AndIf} ${FileExists} "$PreviousDir\${APP_EXE}"
    ; An upgrade goes where the earlier version is, whatever /D= says.
    StrCpy $INSTDIR $PreviousDir
    StrCpy $UpgradeParagraph "$\r$\n$\r$\n$(UpgradeNote)"
    ${If} $PreviousVersion != ""
      ${VersionCompare} "$PreviousVersion" "${VERSION}" $0
      ${If} $0 == 1
        ; A vault already migrated by the newer version is unknown to this one.
        ${IfNot} ${Cmd} `MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(Downgrade)" /SD IDNO IDYES`
          SetErrorLevel 2
          Abort
        ${EndIf}
      ${EndIf}
    ${EndIf}
  ${Else}
    StrCpy $PreviousDir ""
  ${EndIf}
FunctionEnd

Function DirectoryPre
  ${If} $PreviousDir != ""
    Abort  ; upgrading: the program stays where it is
  ${EndIf}
FunctionEnd

; $R0 = "ours" (an earlier Isange Desktop), "free" (no folder, or an empty one), "other".
Function FolderKind
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    StrCpy $R0 "ours"
    Return
  ${EndIf}
  StrCpy $R0 "free"
  ClearErrors
  FindFirst $R1 $R2 "$INSTDIR\*"
  ${Do}
    ${If} ${Errors}
    ${OrIf} $R2 == ""
      ${ExitDo}
    ${EndIf}
    ${If} $R2 != "."
    ${AndIf} $R2 != ".."
      StrCpy $R0 "other"
      ${ExitDo}
    ${EndIf}
    FindNext $R1 $R2
  ${Loop}
  FindClose $R1
FunctionEnd

; Greys out Next for a folder that holds anything but an earlier Isange Desktop: the upgrade
; and the uninstaller delete program files by name there.
Function .onVerifyInstDir
  Call FolderKind
  ${If} $R0 == "other"
    Abort
  ${EndIf}
FunctionEnd

Function RemoveProgramFiles
  retry:
    !insertmacro REMOVE_PROGRAM_FILES
    ${If} ${FileExists} "$INSTDIR\_internal\*"
    ${OrIf} ${FileExists} "$INSTDIR\${APP_EXE}"
    ${OrIf} ${FileExists} "$INSTDIR\${CLI_EXE}"
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(RemoveOldFailed)" /SD IDCANCEL IDRETRY retry
      SetErrorLevel 2
      Abort "$(RemoveOldFailed)"
    ${EndIf}
FunctionEnd

Section "-${APP_NAME}"
  SetShellVarContext all
  Call WaitUntilClosed
  ; Checked again here: a silent install (/S /D=...) has no directory page.
  Call FolderKind
  ${If} $R0 == "other"
    MessageBox MB_OK|MB_ICONSTOP "$(NotOurFolder)" /SD IDOK
    SetErrorLevel 2
    Abort "$(NotOurFolder)"
  ${ElseIf} $R0 == "ours"
    DetailPrint "$(RemovingOld)"
    Call RemoveProgramFiles
  ${EndIf}

  SetOutPath "$INSTDIR"
  File "${DIST_DIR}\${APP_EXE}"
  File "${DIST_DIR}\${CLI_EXE}"
  File /r "${DIST_DIR}\_internal"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  ; The data folder: created if new, kept as it is otherwise; staff accounts need to write
  ; there (the vault, its lock file, its backups before an upgrade).
  DetailPrint "$(DataFolder)"
  CreateDirectory "$DataDir"
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$DataDir" /grant:r "${USERS_SID}:(OI)(CI)M"'
  Pop $0
  ${If} $0 != "0"
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(AclFailed)" /SD IDOK
    SetErrorLevel 3
  ${EndIf}

  ; Start menu, for every account. The old entries go first: their names follow the language
  ; the earlier version was installed in.
  RMDir /r "$SMPROGRAMS\${APP_NAME}"
  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  ; A command prompt for IT staff, in the person's own folder, with isange on its PATH.
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\$(ShortcutCli).lnk" "$SYSDIR\cmd.exe" \
    '/k "cd /d %USERPROFILE%&& set PATH=$INSTDIR;%PATH%&& isange --help"' "$INSTDIR\${CLI_EXE}" 0

  ; Apps & features, and how the next version finds this one.
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

;--------------------------------
; Uninstaller

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  StrCpy $DataDir "$APPDATA\${DATA_SUBDIR}"
  StrCpy $RemoveData "0"
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Function un.DataPageShow
  !insertmacro MUI_HEADER_TEXT "$(UnDataTitle)" "$(UnDataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 70% "$(UnDataText)"
  Pop $0
  ${NSD_CreateCheckbox} 0 75% 100% 12u "$(UnRemoveData)"
  Pop $RemoveDataBox
  ${If} $RemoveData == "1"
    ${NSD_Check} $RemoveDataBox  ; back from the next page: as the person left it
  ${EndIf}
  ; This page is the last before removal starts: its button says so.
  GetDlgItem $0 $HWNDPARENT 1
  SendMessage $0 ${WM_SETTEXT} 0 "STR:$(^UninstallBtn)"
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveDataBox $0
  ${If} $0 == ${BST_CHECKED}
    ${IfNot} ${Cmd} `MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(UnRemoveDataConfirm)" IDYES`
      ${NSD_Uncheck} $RemoveDataBox
      Abort  ; stay on the page
    ${EndIf}
    StrCpy $RemoveData "1"
  ${Else}
    StrCpy $RemoveData "0"
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  Call un.WaitUntilClosed
  !insertmacro REMOVE_PROGRAM_FILES
  RMDir "$INSTDIR"  ; only if empty
  RMDir /r "$SMPROGRAMS\${APP_NAME}"
  DeleteRegKey HKLM "${UNINST_KEY}"
  DeleteRegKey HKLM "${REG_KEY}"
  DeleteRegKey /ifempty HKLM "Software\${DATA_PARENT}"

  ${If} $RemoveData == "1"
    RMDir /r "$DataDir"
    RMDir "$APPDATA\${DATA_PARENT}"  ; only if empty
    DetailPrint "$(UnDataRemoved)"
    StrCpy $UnFinishText "$(UnFinishRemoved)"
  ${Else}
    DetailPrint "$(UnDataKept)"
    StrCpy $UnFinishText "$(UnFinishKept)"
  ${EndIf}
SectionEnd
