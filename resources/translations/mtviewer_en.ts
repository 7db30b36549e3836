<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Kinds</name>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="133" />
        <source>%Ln page(s) about music therapy</source>
        <translation>
            <numerusform>%Ln page about music therapy</numerusform>
            <numerusform>%Ln pages about music therapy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="146" />
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="160" />
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln quote</numerusform>
            <numerusform>%Ln quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="173" />
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
        <location filename="../../mtviewer/ui/kinds.py" line="192" />
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="201" />
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="213" />
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/printsel/controller.py" line="192" />
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
        <location filename="../../mtviewer/ui/printsel/panel.py" line="288" />
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
        <location filename="../../mtviewer/ui/browse/search_status.py" line="37" />
        <source>%Ln of %1 match</source>
        <translation>
            <numerusform>%Ln of %1 matches</numerusform>
            <numerusform>%Ln of %1 match</numerusform>
        </translation>
    </message>
</context>
</TS>