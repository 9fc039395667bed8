<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseHeader</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message numerus="yes">
        <source>Age on arrival: %n year(s).</source>
        <translation>
            <numerusform>Age on arrival: %n year.</numerusform>
            <numerusform>Age on arrival: %n years.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueTodayPage</name>
    <message numerus="yes">
        <source>%n task(s) to do</source>
        <translation>
            <numerusform>%n task to do</numerusform>
            <numerusform>%n tasks to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FallbackEditor</name>
    <message numerus="yes">
        <source>Injury marks recorded: %n.</source>
        <translation>
            <numerusform>Injury marks recorded: %n.</numerusform>
            <numerusform>Injury marks recorded: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files attached: %n.</source>
        <translation>
            <numerusform>Files attached: %n.</numerusform>
            <numerusform>Files attached: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%n possible earlier record(s) found.</source>
        <translation>
            <numerusform>%n possible earlier record found.</numerusform>
            <numerusform>%n possible earlier records found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message numerus="yes">
        <source>%n person(s) in the safe room</source>
        <translation>
            <numerusform>%n person in the safe room</numerusform>
            <numerusform>%n people in the safe room</numerusform>
        </translation>
    </message>
</context>
</TS>
