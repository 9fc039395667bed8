; The installer's own texts in Kinyarwanda, one ${LangFileString} per LangString; the .nsi
; includes this file with LANGFILE_INCLUDE after the language's MUI_LANGUAGE. Variables ($DataDir,
; $PreviousVersion, $INSTDIR, $0) are filled in when a text is shown; ${VERSION} when compiled.
; Keep the three files (English.nsh, French.nsh, Kinyarwanda.nsh) in step: a string missing from
; one language is a makensis warning, which tests/test_signing.py (makensis -WX) fails on.
;
; Kinyarwanda: NSIS's own buttons (Next, Retry, Cancel...) stay English (lang/Kinyarwanda.nsh),
; so these texts name them in English. Like the app's Kinyarwanda (docs/translations.md), they
; need a native speaker's review before release.
!insertmacro LANGFILE_EXT "Kinyarwanda"

${LangFileString} NeedsWindows10x64 "Isange Desktop ikenera Windows 10 ya 64-bit cyangwa iyisumbuye."
${LangFileString} NeedsAdmin "Isange Desktop ishyirwa kuri konti zose z'iyi mudasobwa, bisaba umuyobozi wa mudasobwa (administrator). Ongera utangize porogaramu yo kuyishyiramo nk'umuyobozi."
${LangFileString} WelcomeTitle "Isange Desktop ${VERSION}"
${LangFileString} WelcomeText "Iyi porogaramu igiye gushyira Isange Desktop ${VERSION} kuri konti zose z'iyi mudasobwa.$UpgradeParagraph$\r$\n$\r$\nBanza ufunge Isange Desktop kuri konti zose mbere yo gukomeza.$\r$\n$\r$\nKanda Next ukomeze."
${LangFileString} UpgradeNote "Isange Desktop $PreviousVersion isanzwe iriho. Iyi porogaramu isimbuza porogaramu ariko ikagumana amakuru (ububiko, imyanya y'imfunguzo yabwo na kopi zabwo) ari muri $DataDir. Ubwa mbere umuntu yinjiye nyuma y'ivugurura, Isange Desktop izabanza ikore kopi yagenzuwe y'ububiko, hanyuma ibuvugurure."
${LangFileString} Downgrade "Isange Desktop $PreviousVersion iriho ni nshya kurusha iyi (${VERSION}). Verisiyo ishaje ishobora kunanirwa gufungura ububiko bwamaze kuvugururwa na verisiyo nshya.$\r$\n$\r$\nUrashaka gushyiramo verisiyo ishaje uko byagenda kose?"
${LangFileString} AppRunning "Isange Desktop irafunguye (wenda kuri indi konti y'iyi mudasobwa, cyangwa itegeko isange mu murongo w'amabwiriza). Yifunge hose (banza usohoke kugira ngo nta fomu itabitswe itakara), hanyuma ukande Retry."
${LangFileString} AppStillRunning "Isange Desktop iracyafunguye: nta cyahindutse."
${LangFileString} DirectoryText "Iyi porogaramu igiye gushyira Isange Desktop mu bubiko buri hasi. Hashobora gutoranywa gusa ububiko burimo ubusa, cyangwa ubwa Isange Desktop yabanje. Amakuru ntabikwa aha: aguma muri $DataDir."
${LangFileString} NotOurFolder "$INSTDIR isanzwemo izindi dosiye. Hitamo ububiko burimo ubusa, cyangwa ubwa Isange Desktop yabanje."
${LangFileString} RemovingOld "Dosiye za porogaramu ya verisiyo yabanje zirimo gukurwaho (amakuru ari muri $DataDir ntakorwaho)..."
${LangFileString} RemoveOldFailed "Dosiye zimwe za porogaramu ya verisiyo yabanje ntizashoboye gukurwaho (Isange Desktop cyangwa antivirus biracyazikoresha?). Kanda Retry wongere ugerageze, cyangwa Cancel uhagarike."
${LangFileString} DataFolder "Ububiko bw'amakuru: $DataDir (abakoresha b'iyi mudasobwa bashobora kubwandikamo)"
${LangFileString} AclFailed "Ntibyashobotse guha abakoresha b'iyi mudasobwa uburenganzira bwo kwandika muri $DataDir (icacls yasubije $0). Konti z'abakozi ntizizashobora gufungura ububiko kugeza umuyobozi wa mudasobwa akoresheje:$\r$\n$\r$\nicacls $\"$DataDir$\" /grant *S-1-5-32-545:(OI)(CI)M"
${LangFileString} FinishText "Isange Desktop ${VERSION} yashyizweho. Amakuru yayo aguma muri $DataDir, akoreshwa na konti zose z'abakozi kuri iyi mudasobwa.$\r$\n$\r$\nKuri mudasobwa itaragira ububiko, abashinzwe ikoranabuhanga babanza kubukora (isange init) cyangwa bagarura kopi (isange restore): reba igitabo cy'abashinzwe ikoranabuhanga."
${LangFileString} ShortcutCli "Isange Desktop - umurongo w'amabwiriza (ikoranabuhanga)"
${LangFileString} UnDataTitle "Amakuru ari kuri iyi mudasobwa"
${LangFileString} UnDataSubtitle "Hitamo niba amadosiye ari kuri iyi mudasobwa agumaho."
${LangFileString} UnDataText "Porogaramu igiye gukurwaho. Amakuru (ububiko bufunze n'ibanga burimo amadosiye yose, imyanya y'imfunguzo yabwo na kopi zabwo zikorwa ubwazo) aguma muri:$\r$\n$\r$\n$DataDir$\r$\n$\r$\nNiwongera gushyiramo Isange Desktop izongera iyafungure. Siba amakuru gusa iyi mudasobwa igiye kuva ku kigo, kopi iheruka imaze kugarurwa no kugenzurwa kuri indi mudasobwa."
${LangFileString} UnRemoveData "Siba n'amakuru (amadosiye yose ari kuri iyi mudasobwa)"
${LangFileString} UnRemoveDataConfirm "Ibi bisiba burundu ububiko n'amadosiye yose burimo kuri iyi mudasobwa. Kopi n'urufunguzo rwo kugarura rw'ikigo ni byo byonyine byabigarura.$\r$\n$\r$\nUrasiba amakuru?"
${LangFileString} UnDataKept "Amakuru yagumye muri $DataDir."
${LangFileString} UnDataRemoved "Amakuru yari muri $DataDir yasibwe."
${LangFileString} UnFinishKept "Isange Desktop yakuwe kuri iyi mudasobwa. Amakuru yayo yagumye muri $DataDir: niwongera gushyiramo Isange Desktop izayafungura."
${LangFileString} UnFinishRemoved "Isange Desktop n'amakuru yayo byakuwe kuri iyi mudasobwa."
