; Modern UI texts for Kinyarwanda (LANGID 1159), loaded by MUI_LANGUAGEEX from this folder.
;
; NSIS has no Kinyarwanda translation of its own pages, so they take NSIS's English texts: this
; file includes English.nsh, then declares the language as Kinyarwanda. LangFile.nsh reads the
; file twice; the LANGFILE line below comes last, so it is the language every English string is
; registered under. The installer's own strings (strings/Kinyarwanda.nsh) are Kinyarwanda.
!include "${NSISDIR}\Contrib\Language files\English.nsh"
!insertmacro LANGFILE "Kinyarwanda" = "Ikinyarwanda" =
