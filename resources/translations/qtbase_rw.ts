<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Kinyarwanda for the buttons and menus Qt draws itself: Qt ships no Kinyarwanda. Written by
     hand (lupdate never touches this file); the contexts and source texts must be exactly Qt's
     own, as listed in docs/translations.md. Compiled with the others by translations_tool. -->
<TS version="2.1" language="rw" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bika</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Bika byose</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungura</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yego</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yego kuri &amp;byose</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Oya</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Oya &amp;kuri byose</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hagarika</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ongera ugerageze</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Birengagize</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ntubike</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ubufasha</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Emeza</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Garura uko byari biri</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Garura ibisanzwe</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Erekana ibisobanuro...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hisha ibisobanuro...</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Ku&amp;raho impinduka</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Subizaho impinduka</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ka&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Koporora</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ko&amp;meka</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Siba</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hitamo byose</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Ku&amp;raho impinduka</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Subizaho impinduka</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ka&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Koporora</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ko&amp;meka</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Siba</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hitamo byose</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Koporora &amp;aderesi y'ihuza</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Hitamo byose</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Zamura</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Manura</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Subira inyuma</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Komeza &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Komeza</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Soza</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Emeza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ubufasha</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ubufasha</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Komeza</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Byarangiye</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Subira inyuma</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
</context>
</TS>
