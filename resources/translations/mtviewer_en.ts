<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Codes</name>
    <message numerus="yes">
        <location filename="../../mtviewer/codes.py" line="139" />
        <source>%Ln trial(s)</source>
        <translation>
            <numerusform>%Ln trial</numerusform>
            <numerusform>%Ln trials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/codes.py" line="140" />
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/codes.py" line="141" />
        <source>%Ln studies</source>
        <translation>
            <numerusform>%Ln study</numerusform>
            <numerusform>%Ln studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/codes.py" line="143" />
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="132" />
        <source>%Ln page(s) about music therapy</source>
        <translation>
            <numerusform>%Ln page about music therapy</numerusform>
            <numerusform>%Ln pages about music therapy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="144" />
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="159" />
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln quote</numerusform>
            <numerusform>%Ln quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="172" />
        <source>%Ln guideline(s)</source>
        <translation>
            <numerusform>%Ln guideline</numerusform>
            <numerusform>%Ln guidelines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="185" />
        <source>%Ln brochure(s)</source>
        <translation>
            <numerusform>%Ln brochure</numerusform>
            <numerusform>%Ln brochures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="193" />
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="202" />
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="215" />
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="231" />
        <source>%Ln research record(s)</source>
        <translation>
            <numerusform>%Ln research record</numerusform>
            <numerusform>%Ln research records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/printsel/controller.py" line="198" />
        <source>%n quote(s) added to the print selection</source>
        <translation>
            <numerusform>%n quote added to the print selection</numerusform>
            <numerusform>%n quotes added to the print selection</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintOutput</name>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/dialogs/print_output.py" line="61" />
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Saved %1 (%n page)</numerusform>
            <numerusform>Saved %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/printsel/panel.py" line="295" />
        <source>%n quote(s) chosen</source>
        <translation>
            <numerusform>%n quote chosen</numerusform>
            <numerusform>%n quotes chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchStatus</name>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/browse/search_status.py" line="39" />
        <source>%Ln of %1 match</source>
        <translation>
            <numerusform>%Ln of %1 matches</numerusform>
            <numerusform>%Ln of %1 match</numerusform>
        </translation>
    </message>
</context>
</TS>