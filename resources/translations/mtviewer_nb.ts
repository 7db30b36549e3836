<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>APA</name>
    <message>
        <location filename="../../mtviewer/ui/apa.py" line="53" />
        <location filename="../../mtviewer/ui/pages/quote.py" line="78" />
        <source>n.d.</source>
        <translation>u.å.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/apa.py" line="58" />
        <source>%2 %1</source>
        <comment>day, month</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/apa.py" line="68" />
        <source>MMMM d, yyyy</source>
        <comment>the date a page was read</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/apa.py" line="69" />
        <source>Retrieved %1, from %2</source>
        <translation>Hentet %1 fra %2</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="116" />
        <source>Brochure</source>
        <translation>Brosjyre</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/quote.py" line="76" />
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/quote.py" line="77" />
        <source>“%1” (%2, as cited in %3, %4)</source>
        <translation>«%1» (%2, sitert i %3, %4)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="60" />
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="64" />
        <source>Show the %1 tab</source>
        <translation>Vis fanen %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="71" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="72" />
        <source>&amp;Open database…</source>
        <translation>&amp;Åpne innhold fra fil …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="73" />
        <source>Show another content database</source>
        <translation>Vis en annen innholdsdatabase</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="82" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="85" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="86" />
        <source>&amp;Find in this tab</source>
        <translation>&amp;Finn i denne fanen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="87" />
        <source>Search the list in the current tab</source>
        <translation>Søk i listen i denne fanen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="88" />
        <source>Search &amp;everything</source>
        <translation>&amp;Søk i alt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="89" />
        <source>Search all tabs at once</source>
        <translation>Søk i alle faner på én gang</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="100" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="109" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="68" />
        <source>Make all text larger or smaller (50 % to 300 %)</source>
        <translation>Gjør all tekst større eller mindre (50 % til 300 %)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="74" />
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylig brukte</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="75" />
        <source>&amp;Install content edition…</source>
        <translation>&amp;Installer ny innholdsutgave …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="76" />
        <source>Check a signed content edition from a file or feed, and make it the one you see</source>
        <translation>Kontroller en signert innholdsutgave fra en fil eller innholdskilde, og vis den</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="78" />
        <source>C&amp;hoose content edition…</source>
        <translation>&amp;Velg innholdsutgave …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="79" />
        <source>Go back to the previous edition, or to the one that came with the app</source>
        <translation>Gå tilbake til forrige utgave, eller til den som fulgte med programmet</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="83" />
        <source>Close the window and quit</source>
        <translation>Lukk vinduet og avslutt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="91" />
        <source>Copy as &amp;citation</source>
        <translation>Kopier som kilde&amp;henvisning</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="93" />
        <source>Copy the record shown, with who, where, when and its sources, to paste into a document</source>
        <translation>Kopier oppføringen som vises, med hvem, hvor, når og kildene, for å lime den inn i et dokument</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="95" />
        <source>Copy as &amp;APA 7 references</source>
        <translation>Kopier som &amp;APA 7-referanser</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="97" />
        <source>Copy the record shown as references in APA 7 style, with the day they were read</source>
        <translation>Kopier oppføringen som vises, som referanser i APA 7-stil, med datoen de ble lest</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="103" />
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="104" />
        <source>Show the record or tab shown before (Alt+Left)</source>
        <translation>Vis oppføringen eller fanen som ble vist før (Alt+Pil venstre)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="105" />
        <source>&amp;Forward</source>
        <translation>F&amp;ram</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="107" />
        <source>Go forward again (Alt+Right)</source>
        <translation>Gå fram igjen (Alt+Pil høyre)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="111" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="113" />
        <source>&amp;Actual size</source>
        <translation>&amp;Vanlig størrelse</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="115" />
        <source>&amp;Colours</source>
        <translation>&amp;Farger</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="116" />
        <source>Follow the &amp;system</source>
        <translation>Følg &amp;systemet</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="117" />
        <source>&amp;Light</source>
        <translation>&amp;Lyse</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="118" />
        <source>&amp;Dark</source>
        <translation>&amp;Mørke</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="119" />
        <source>&amp;High contrast</source>
        <translation>&amp;Høy kontrast</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="122" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="126" />
        <source>&amp;Print</source>
        <translation>&amp;Utskrift</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="127" />
        <source>&amp;Add chosen quotes</source>
        <translation>&amp;Legg til valgte sitater</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="128" />
        <source>Add the quotes chosen in the list to the print selection</source>
        <translation>Legg sitatene som er valgt i listen, til utskriftsutvalget</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="130" />
        <source>Add all &amp;shown quotes</source>
        <translation>Legg til &amp;alle viste sitater</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="132" />
        <source>Add every quote the list shows now</source>
        <translation>Legg til alle sitatene listen viser nå</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="134" />
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="135" />
        <source>Preview the print selection, then print it or save a PDF</source>
        <translation>Forhåndsvis utskriftsutvalget, og skriv det ut eller lagre som PDF</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="137" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksporter PDF …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="138" />
        <source>Save the print selection as a PDF file</source>
        <translation>Lagre utskriftsutvalget som PDF-fil</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="139" />
        <source>P&amp;resent the selection</source>
        <translation>&amp;Vis utvalget på storskjerm</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="140" />
        <source>Show the chosen quotes one at a time, full screen, for a group session</source>
        <translation>Vis de valgte sitatene ett om gangen i fullskjerm, for en gruppetime</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="143" />
        <source>Show print &amp;selection</source>
        <translation>Vis utskrifts&amp;utvalget</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="145" />
        <source>Show or hide the print selection panel</source>
        <translation>Vis eller skjul panelet med utskriftsutvalget</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="148" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="149" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="150" />
        <source>List every keyboard shortcut</source>
        <translation>Vis alle hurtigtastene</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="151" />
        <source>How to &amp;search</source>
        <translation>Slik &amp;søker du</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="152" />
        <source>Words, forms, phrases, fields and leaving out</source>
        <translation>Ord, bøyningsformer, uttrykk, felt og utelatelser</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="153" />
        <source>Check for new &amp;content</source>
        <translation>Se etter nytt &amp;innhold</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="154" />
        <source>Look in the content feed set up for this PC for a newer edition</source>
        <translation>Se etter en nyere utgave i innholdskilden som er satt opp for denne PC-en</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="157" />
        <source>&amp;About %1</source>
        <translation>&amp;Om %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/actions.py" line="158" />
        <source>Version, content edition, sources and licences</source>
        <translation>Versjon, innholdsutgave, kilder og lisenser</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../mtviewer/i18n.py" line="47" />
        <source>Music therapy resources</source>
        <translation>Musikkterapi – ressurser</translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <location filename="../../mtviewer/content/attribution.py" line="24" />
        <source>quoting %1</source>
        <translation>med sitat fra %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/content/attribution.py" line="25" />
        <source>probably %1</source>
        <translation>trolig %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/content/attribution.py" line="26" />
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/content/attribution.py" line="28" />
        <source>Service user (name not given)</source>
        <translation>Tjenestebruker (navn ikke oppgitt)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/content/attribution.py" line="29" />
        <source>Name not given</source>
        <translation>Navn ikke oppgitt</translation>
    </message>
</context>
<context>
    <name>Brochures</name>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="39" />
        <source>Open the brochure</source>
        <translation>Åpne brosjyren</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="40" />
        <source>Only web addresses are opened. This address was not:

%1</source>
        <translation>Bare nettadresser åpnes. Denne adressen ble ikke åpnet:

%1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="51" />
        <source>Copied %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="118" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="119" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../mtviewer/ui/dialogs/calendar_export.py" line="21" />
        <source>Add to calendar</source>
        <translation>Legg til i kalenderen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/calendar_export.py" line="29" />
        <source>The sources do not give this event's date, so it cannot go in a calendar.</source>
        <translation>Kildene oppgir ikke datoen for dette arrangementet, så det kan ikke legges i en kalender.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/calendar_export.py" line="34" />
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/calendar_export.py" line="43" />
        <source>Saved %1; open it with your calendar program.</source>
        <translation>Lagret %1. Åpne filen i kalenderprogrammet ditt.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/calendar_export.py" line="45" />
        <source>Open in calendar</source>
        <translation>Åpne i kalenderen</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <location filename="../../mtviewer/ui/pages/quote.py" line="68" />
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/citation.py" line="44" />
        <source>Read %1.</source>
        <translation>Lest %1.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/citation.py" line="45" />
        <source>d MMMM yyyy</source>
        <comment>the date a record was read</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/citation.py" line="62" />
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/citation.py" line="63" />
        <source>Sources: %1</source>
        <translation>Kilder: %1</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../mtviewer/codes.py" line="32" />
        <source>Not given in the sources</source>
        <translation>Ikke oppgitt i kildene</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="34" />
        <source>Suggested</source>
        <translation>Foreslås</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="36" />
        <source>Consensus</source>
        <translation>Konsensus</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="37" />
        <source>Supporting treatment</source>
        <translation>Støttebehandling</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="38" />
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="39" />
        <source>A fee is charged</source>
        <translation>Med deltakeravgift</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="40" />
        <source>Announced (as of %1)</source>
        <translation>Kunngjort (per %1)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="41" />
        <source>Postponed (in %1)</source>
        <translation>Utsatt (i %1)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="42" />
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="43" />
        <source>In production (as of %1)</source>
        <translation>Under arbeid (per %1)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="44" />
        <source>Planned (as of %1)</source>
        <translation>Planlagt (per %1)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="45" />
        <source>User-experience report</source>
        <translation>Brukerevaluering</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="46" />
        <source>Article</source>
        <translation>Artikkel</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="47" />
        <source>Book</source>
        <translation>Bok</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="48" />
        <source>Handbook</source>
        <translation>Håndbok</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="49" />
        <source>Book of abstracts</source>
        <translation>Sammendragshefte</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="50" />
        <source>Cochrane review</source>
        <translation>Cochrane-oversikt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="51" />
        <source>Systematic review</source>
        <translation>Systematisk oversikt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="52" />
        <source>Metasynthesis</source>
        <translation>Metasyntese</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="53" />
        <source>Cluster-randomised trial</source>
        <translation>Klyngerandomisert studie</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="55" />
        <source>The publication itself</source>
        <translation>Selve publikasjonen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="56" />
        <source>A summary of it, not the publication itself</source>
        <translation>Et sammendrag av den, ikke selve publikasjonen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="57" />
        <source>The press, not the publication itself</source>
        <translation>Omtale i pressen, ikke selve publikasjonen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="58" />
        <source>Norwegian (bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="59" />
        <source>Norwegian (nynorsk)</source>
        <translation>Norsk (nynorsk)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="60" />
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="62" />
        <source>The source gives no title; the title in brackets is made from the page's address.</source>
        <translation>Kilden oppgir ingen tittel; tittelen i hakeparentes er laget ut fra sidens adresse.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="64" />
        <source>The source gives no title; the title in brackets describes it.</source>
        <translation>Kilden oppgir ingen tittel; tittelen i hakeparentes beskriver den.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="66" />
        <source>The title in brackets is the first line of the work, very probably its title.</source>
        <translation>Tittelen i hakeparentes er første linje i verket, og svært trolig tittelen.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="68" />
        <source>title</source>
        <translation>tittel</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="69" />
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../mtviewer/codes.py" line="70" />
        <source>web address</source>
        <translation>nettadresse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/codes.py" line="139" />
        <source>%Ln trial(s)</source>
        <translation>
            <numerusform>%Ln studie</numerusform>
            <numerusform>%Ln studier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/codes.py" line="140" />
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln rapport</numerusform>
            <numerusform>%Ln rapporter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/codes.py" line="141" />
        <source>%Ln studies</source>
        <translation>
            <numerusform>%Ln studie</numerusform>
            <numerusform>%Ln studier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/codes.py" line="143" />
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln deltaker</numerusform>
            <numerusform>%Ln deltakere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="128" />
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="129" />
        <source>What it covers</source>
        <translation>Handler om</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="136" />
        <location filename="../../mtviewer/ui/kinds.py" line="165" />
        <location filename="../../mtviewer/ui/kinds.py" line="190" />
        <location filename="../../mtviewer/ui/kinds.py" line="199" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="137" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="141" />
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="143" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="149" />
        <source>Quote</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="150" />
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="153" />
        <source>Said at</source>
        <translation>Sagt på</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="155" />
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="157" />
        <location filename="../../mtviewer/ui/kinds.py" line="170" />
        <location filename="../../mtviewer/ui/kinds.py" line="213" />
        <location filename="../../mtviewer/ui/kinds.py" line="229" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="166" />
        <source>Identifier</source>
        <translation>Identifikator</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="168" />
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="179" />
        <location filename="../../mtviewer/ui/kinds.py" line="209" />
        <location filename="../../mtviewer/ui/kinds.py" line="222" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="181" />
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="183" />
        <source>Offline copy</source>
        <translation>Lokal kopi</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="191" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="200" />
        <source>Short name</source>
        <translation>Kortnavn</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="211" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="224" />
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="226" />
        <source>Size</source>
        <translation>Omfang</translation>
    </message>
</context>
<context>
    <name>DatabaseDoor</name>
    <message>
        <location filename="../../mtviewer/ui/database_door.py" line="38" />
        <source>Search is not available: the search index of this database is damaged. Browsing still works.</source>
        <translation>Søk er ikke tilgjengelig fordi søkeindeksen i denne databasen er skadet. Du kan fortsatt bla i innholdet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/database_door.py" line="41" />
        <source>The database can no longer be read</source>
        <translation>Databasen kan ikke lenger leses</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/database_door.py" line="44" />
        <source>Reopen</source>
        <translation>Åpne på nytt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/database_door.py" line="45" />
        <source>Choose another file…</source>
        <translation>Velg en annen fil …</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../mtviewer/ui/details/detail_view.py" line="55" />
        <source>Record details</source>
        <translation>Detaljer om oppføringen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/detail_view.py" line="56" />
        <source>The selected record in full, with its sources</source>
        <translation>Den valgte oppføringen i sin helhet, med kilder</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/detail_view.py" line="58" />
        <source>Tab moves between the links in the record; Enter follows a link.</source>
        <translation>Tab flytter mellom lenkene i oppføringen, og Enter åpner lenken.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/detail_view.py" line="66" />
        <source>This database can no longer be read.</source>
        <translation>Databasen kan ikke lenger leses.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/detail_view.py" line="68" />
        <source>This record is not in the database.</source>
        <translation>Denne oppføringen finnes ikke i databasen.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/detail_view.py" line="131" />
        <location filename="../../mtviewer/ui/details/detail_view.py" line="137" />
        <source>Open link</source>
        <translation>Åpne lenke</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/detail_view.py" line="131" />
        <source>Only web and e-mail addresses can be opened. This link was not opened:

%1</source>
        <translation>Bare nett- og e-postadresser kan åpnes. Denne lenken ble ikke åpnet:

%1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/detail_view.py" line="138" />
        <source>Open this address in your web browser?

%1</source>
        <translation>Åpne denne adressen i nettleseren?

%1</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../mtviewer/ui/details/render.py" line="115" />
        <source>and %1 more</source>
        <translation>og %1 til</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/render.py" line="153" />
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/render.py" line="154" />
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/render.py" line="172" />
        <source>Key: %1</source>
        <translation>Nøkkel: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/quote.py" line="25" />
        <source>Said by</source>
        <translation>Sagt av</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/person.py" line="29" />
        <location filename="../../mtviewer/ui/pages/quote.py" line="27" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/quote.py" line="29" />
        <source>Quoting</source>
        <translation>Siterer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/quote.py" line="30" />
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/quote.py" line="31" />
        <source>In the report</source>
        <translation>I rapporten</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/quote.py" line="34" />
        <source>Before printing</source>
        <translation>Før utskrift</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/quote.py" line="41" />
        <source>It names diagnoses and aggression: think twice before putting it on a wall.</source>
        <translation>Sitatet nevner diagnoser og aggresjon: tenk deg om før du henger det opp på en vegg.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/quote.py" line="44" />
        <source>It names diagnoses: think twice before putting it on a wall.</source>
        <translation>Sitatet nevner diagnoser: tenk deg om før du henger det opp på en vegg.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/quote.py" line="47" />
        <source>It names aggression: think twice before putting it on a wall.</source>
        <translation>Sitatet nevner aggresjon: tenk deg om før du henger det opp på en vegg.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="82" />
        <location filename="../../mtviewer/ui/pages/guideline.py" line="23" />
        <location filename="../../mtviewer/ui/pages/quote.py" line="32" />
        <location filename="../../mtviewer/ui/pages/report.py" line="28" />
        <location filename="../../mtviewer/ui/pages/research.py" line="30" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/quote.py" line="33" />
        <source>Context</source>
        <translation>Sammenheng</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="31" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="34" />
        <source>About the date</source>
        <translation>Om datoen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="35" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="36" />
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="37" />
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="39" />
        <source>Fee</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="41" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="42" />
        <source>Add to calendar (.ics)…</source>
        <translation>Legg til i kalenderen (.ics) …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="44" />
        <source>Organisers</source>
        <translation>Arrangører</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="45" />
        <source>Speakers and participants</source>
        <translation>Innledere og deltakere</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="46" />
        <source>Also taking part</source>
        <translation>Andre deltakere</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="47" />
        <source>Quotes from this event</source>
        <translation>Sitater fra arrangementet</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="48" />
        <source>Guidelines presented</source>
        <translation>Retningslinjer som ble lagt fram</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="49" />
        <source>Reports presented</source>
        <translation>Rapporter som ble lagt fram</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/guideline.py" line="22" />
        <source>Identifier</source>
        <translation>Identifikator</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/guideline.py" line="24" />
        <source>Issued by</source>
        <translation>Utgitt av</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/guideline.py" line="25" />
        <source>Strength of recommendation</source>
        <translation>Anbefalingens styrke</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/guideline.py" line="27" />
        <source>Evidence basis</source>
        <translation>Kunnskapsgrunnlag</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/guideline.py" line="29" />
        <source>Music therapy as</source>
        <translation>Musikkterapi som</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/guideline.py" line="32" />
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/guideline.py" line="35" />
        <source>Why, in the guideline's words</source>
        <translation>Begrunnelsen, med retningslinjens ord</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/guideline.py" line="39" />
        <location filename="../../mtviewer/ui/pages/topic.py" line="65" />
        <source>Research</source>
        <translation>Forskning</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/guideline.py" line="40" />
        <source>Pages about music therapy</source>
        <translation>Sider om musikkterapi</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/guideline.py" line="41" />
        <location filename="../../mtviewer/ui/pages/report.py" line="39" />
        <source>Presented at</source>
        <translation>Lagt fram på</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="81" />
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="84" />
        <source>Link</source>
        <translation>Lenke</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="75" />
        <source>The source text does not give the address; see the source article.</source>
        <translation>Kildeteksten oppgir ikke adressen; se kildeartikkelen.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="74" />
        <source>Not known: no web address for it was found.</source>
        <translation>Ukjent: ingen nettadresse er funnet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="80" />
        <location filename="../../mtviewer/ui/pages/report.py" line="23" />
        <location filename="../../mtviewer/ui/pages/research.py" line="28" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="83" />
        <source>Announcement</source>
        <translation>Kunngjøring</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="86" />
        <source>Not found</source>
        <translation>Ikke funnet</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="86" />
        <source>Looked for in public sources and not found: %1.</source>
        <translation>Søkt etter i offentlige kilder, men ikke funnet: %1.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="92" />
        <source>Open the brochure…</source>
        <translation>Åpne brosjyren …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="93" />
        <source>Copy link</source>
        <translation>Kopier lenken</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="95" />
        <source>Open the offline copy</source>
        <translation>Åpne kopien på denne PC-en</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="96" />
        <source>Offline copy</source>
        <translation>Lokal kopi</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="97" />
        <source>Available on this computer</source>
        <translation>Finnes på denne PC-en</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="98" />
        <source>Not on this computer</source>
        <translation>Finnes ikke på denne PC-en</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="100" />
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/brochure.py" line="102" />
        <source>Paper copies from (%1)</source>
        <translation>Papireksemplarer fra (%1)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/person.py" line="22" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/person.py" line="30" />
        <source>Quotes</source>
        <translation>Sitater</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/person.py" line="31" />
        <source>Events</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/person.py" line="32" />
        <source>Reports they wrote, edited or interviewed for</source>
        <translation>Rapporter personen har skrevet, redigert eller gjort intervjuer til</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="20" />
        <source>Short name</source>
        <translation>Kortnavn</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="21" />
        <source>Also known as</source>
        <translation>Også kalt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="22" />
        <source>Founded</source>
        <translation>Etablert</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="23" />
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="26" />
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="27" />
        <source>Its units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="28" />
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="29" />
        <source>Member of</source>
        <translation>Medlem av</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="30" />
        <source>Events it organised</source>
        <translation>Arrangementer den sto for</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="31" />
        <source>Events it took part in</source>
        <translation>Arrangementer den var med på</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="32" />
        <source>Reports it stood behind</source>
        <translation>Rapporter den sto bak</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="33" />
        <source>Reports about it or written for it</source>
        <translation>Rapporter om den eller skrevet for den</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="34" />
        <source>Reports presented at events it organised or took part in</source>
        <translation>Rapporter lagt fram på arrangementer den sto for eller var med på</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="36" />
        <source>Research made here</source>
        <translation>Forskning utført her</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="37" />
        <source>Guidelines it issued</source>
        <translation>Retningslinjer den ga ut</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/organisation.py" line="38" />
        <source>Brochures offered on paper from here</source>
        <translation>Brosjyrer som kunne bestilles på papir herfra</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/topic.py" line="66" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/event.py" line="33" />
        <location filename="../../mtviewer/ui/pages/report.py" line="26" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/report.py" line="24" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/report.py" line="29" />
        <location filename="../../mtviewer/ui/pages/research.py" line="29" />
        <source>Authors</source>
        <translation>Forfattere</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/report.py" line="30" />
        <source>Editors</source>
        <translation>Redaktører</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/report.py" line="31" />
        <location filename="../../mtviewer/ui/pages/research.py" line="32" />
        <source>Published in</source>
        <translation>Publisert i</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/report.py" line="32" />
        <source>Service users taking part</source>
        <translation>Brukere som deltok</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/report.py" line="33" />
        <source>Stood behind it</source>
        <translation>Sto bak</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/report.py" line="35" />
        <source>About or for</source>
        <translation>Skrevet om eller for</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/report.py" line="38" />
        <source>People behind it</source>
        <translation>Personer bak den</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/report.py" line="40" />
        <source>Quotes from it</source>
        <translation>Sitater fra den</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/topic.py" line="51" />
        <source>Handout</source>
        <translation>Utdelingsark</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/topic.py" line="52" />
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/topic.py" line="53" />
        <source>Export PDF…</source>
        <translation>Eksporter PDF …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/topic.py" line="62" />
        <source>Sources: %1</source>
        <translation>Kilder: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/topic.py" line="63" />
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/topic.py" line="64" />
        <source>Guidelines</source>
        <translation>Retningslinjer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/topic.py" line="67" />
        <source>Brochures</source>
        <translation>Brosjyrer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/render.py" line="188" />
        <source>Parts of this record could not be read from the database as they should; what could be read is shown.</source>
        <translation>Deler av denne oppføringen kunne ikke leses riktig fra databasen. Det som kunne leses, vises.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/render.py" line="192" />
        <source>Some of this record's text is too long to show here in full; its first %1 characters are shown.</source>
        <translation>Noe av teksten i denne oppføringen er for lang til å vises her i sin helhet. De første %1 tegnene vises.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/research.py" line="31" />
        <source>Journal</source>
        <translation>Tidsskrift</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/research.py" line="33" />
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/research.py" line="35" />
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/research.py" line="36" />
        <source>Size</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/research.py" line="39" />
        <source>Made at</source>
        <translation>Utført ved</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/research.py" line="40" />
        <source>Main result</source>
        <translation>Hovedresultat</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/research.py" line="41" />
        <source>Where the numbers come from</source>
        <translation>Hvor tallene kommer fra</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/research.py" line="42" />
        <source>%1. Source: %2</source>
        <translation>%1. Kilde: %2</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/research.py" line="44" />
        <source>Limits</source>
        <translation>Begrensninger</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/research.py" line="46" />
        <source>Guidelines it bears on</source>
        <translation>Retningslinjer den er relevant for</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/pages/research.py" line="47" />
        <source>Pages that rest on it</source>
        <translation>Sider som bygger på den</translation>
    </message>
</context>
<context>
    <name>Edition</name>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="37" />
        <source>verified: installed for every user of this PC by an administrator, from an edition signed by a trusted publisher</source>
        <translation>bekreftet: installert av en administrator for alle brukere av denne PC-en, fra en utgave signert av en utgiver som PC-en stoler på</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="40" />
        <source>verified: installed for you from an edition signed by a trusted publisher</source>
        <translation>bekreftet: installert for deg fra en utgave signert av en utgiver som PC-en stoler på</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="28" />
        <source>The content that came with the app</source>
        <translation>Innholdet som fulgte med</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="29" />
        <source>The content that came with the app (edition %1, %2)</source>
        <translation>Innholdet som fulgte med (utgave %1, %2)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="43" />
        <source>the content that came with the app</source>
        <translation>innholdet som fulgte med</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="45" />
        <source>unverified: this installed edition was changed after it was installed</source>
        <translation>ikke bekreftet: denne utgaven er endret etter at den ble installert</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="48" />
        <source>unverified: its publisher is not trusted on this PC</source>
        <translation>ikke bekreftet: denne PC-en stoler ikke på utgiveren</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="49" />
        <source>unverified: not installed from a signed edition</source>
        <translation>ikke bekreftet: ikke installert fra en signert utgave</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="61" />
        <source>%1, edition %2 of %3</source>
        <translation>%1, utgave %2 fra %3</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="63" />
        <source>Edition %1 of %2</source>
        <translation>Utgave %1 fra %2</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="65" />
        <source>Edition %1</source>
        <translation>Utgave %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="67" />
        <source>No edition recorded</source>
        <translation>Ingen utgave oppgitt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="69" />
        <source>%1 · unverified</source>
        <translation>%1 · ikke bekreftet</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="71" />
        <source>%1, as the file describes itself; %2. Database: %3</source>
        <translation>%1, slik filen selv beskriver seg; %2. Database: %3</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/edition_label.py" line="76" />
        <source>%1, published by %2; %3. Database: %4</source>
        <translation>%1, utgitt av %2; %3. Database: %4</translation>
    </message>
</context>
<context>
    <name>EditionChooser</name>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="50" />
        <location filename="../../mtviewer/ui/editions/chooser.py" line="57" />
        <location filename="../../mtviewer/ui/editions/chooser.py" line="145" />
        <location filename="../../mtviewer/ui/editions/chooser.py" line="154" />
        <location filename="../../mtviewer/ui/editions/chooser.py" line="161" />
        <source>Content editions</source>
        <translation>Innholdsutgaver</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="58" />
        <source>Choose an edition, then Show this edition</source>
        <translation>Velg en utgave og deretter «Vis denne utgaven»</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="60" />
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="60" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="60" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="60" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="67" />
        <source>Show this edition</source>
        <translation>Vis denne utgaven</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="69" />
        <source>Open the chosen edition now and from now on</source>
        <translation>Åpne den valgte utgaven nå og fra nå av</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="89" />
        <source>Unverified: changed or not signed</source>
        <translation>Ikke bekreftet: endret eller ikke signert</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="93" />
        <source>Installed for everyone</source>
        <translation>Installert for alle</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="142" />
        <source>the content that came with the app</source>
        <translation>innholdet som fulgte med</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="143" />
        <source>edition %1</source>
        <translation>utgave %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="146" />
        <source>Go back to %1? It is older than edition %2, which you see now. Newer content is not removed: you can come back to it here.</source>
        <translation>Vil du gå tilbake til %1? Den er eldre enn utgave %2, som du ser nå. Det nyere innholdet fjernes ikke: du kan komme tilbake til det her.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="166" />
        <source>Went back to %1, older than edition %2.</source>
        <translation>Gikk tilbake til %1, som er eldre enn utgave %2.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="91" />
        <location filename="../../mtviewer/ui/editions/chooser.py" line="104" />
        <source>Opens by default</source>
        <translation>Åpnes som standard</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="52" />
        <source>The editions installed for you and for everyone on this PC, and the one that came with the app. The one you choose opens from now on. Only verified editions can be chosen.</source>
        <translation>Utgavene som er installert for deg og for alle på denne PC-en, og den som fulgte med programmet. Den du velger, åpnes fra nå av. Bare bekreftede utgaver kan velges.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/chooser.py" line="95" />
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
</context>
<context>
    <name>EditionController</name>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="72" />
        <source>Install content edition</source>
        <translation>Installer ny innholdsutgave</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="122" />
        <source>Looking for new content in %1…</source>
        <translation>Ser etter nytt innhold i %1 …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="150" />
        <source>You have the newest content: %1.</source>
        <translation>Du har det nyeste innholdet: %1.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="153" />
        <source>New content is available: %1, %2 (%3), published by %4.

It has %5. You have %6.

Install it now? It is checked before it replaces what you see.</source>
        <translation>Nytt innhold er tilgjengelig: %1, %2 (%3), utgitt av %4.

Den nye utgaven har %5. Du har %6.

Vil du installere den nå? Den blir kontrollert før den erstatter det du ser.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="160" />
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="161" />
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="73" />
        <source>Content editions (*.sqlite *.json);;All files (*)</source>
        <translation>Innholdsutgaver (*.sqlite *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="87" />
        <source>Checking and installing from %1…</source>
        <translation>Kontrollerer og installerer fra %1 …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="140" />
        <source>Edition %1 in the feed needs a newer version of the app.</source>
        <translation>Utgave %1 i innholdskilden krever en nyere versjon av programmet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="142" />
        <source>The feed is signed until %1.</source>
        <translation>Signaturen til innholdskilden gjelder til %1.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="145" />
        <source>No content edition in %1 that this version of the app can show.</source>
        <translation>Ingen innholdsutgave i %1 som denne versjonen av programmet kan vise.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="183" />
        <source>Installed %1; it is shown now and opens by default.</source>
        <translation>Installerte %1. Den vises nå og åpnes som standard.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="195" />
        <source>Looking for new content was cancelled.</source>
        <translation>Letingen etter nytt innhold ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="196" />
        <source>Installing was cancelled; nothing was changed.</source>
        <translation>Installeringen ble avbrutt, og ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="199" />
        <source>The feed could not be read.</source>
        <translation>Innholdskilden kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="200" />
        <source>The content edition was not installed.</source>
        <translation>Innholdsutgaven ble ikke installert.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="201" />
        <source>%1 %2

Nothing was changed: you still see %3.</source>
        <translation>%1 %2

Ingenting ble endret: du ser fortsatt %3.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="215" />
        <source>No content feed is set up, so the app does not look for new content (it never uses the network on its own).

A feed is a folder or web address where your organisation publishes content editions. Your IT department can set one for everyone, or you can set one here.</source>
        <translation>Ingen innholdskilde er satt opp, så programmet ser ikke etter nytt innhold (det bruker aldri nettverket på egen hånd).

En innholdskilde er en mappe eller nettadresse der organisasjonen din publiserer innholdsutgaver. IT-avdelingen kan sette opp en for alle, eller du kan sette opp en her.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="220" />
        <source>Set a feed…</source>
        <translation>Velg innholdskilde …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="228" />
        <source>The feed is set by your IT department for everyone on this PC.</source>
        <translation>Innholdskilden er satt opp av IT-avdelingen for alle på denne PC-en.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="231" />
        <source>Change the feed…</source>
        <translation>Endre innholdskilde …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="240" />
        <source>Content feed</source>
        <translation>Innholdskilde</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="241" />
        <source>Folder or web address (http or https) of the content feed:</source>
        <translation>Mappe eller nettadresse (http eller https) til innholdskilden:</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/controller.py" line="259" />
        <source>Content editions</source>
        <translation>Innholdsutgaver</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <location filename="../../mtviewer/ui/editions/worker.py" line="73" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/worker.py" line="75" />
        <source>Content editions</source>
        <translation>Innholdsutgaver</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="26" />
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="33" />
        <source>The feed is out of date: its signed index expired on %1. Its publisher has not renewed it, or an old copy is being passed off as new.</source>
        <translation>Innholdskilden er utdatert: den signerte oversikten gikk ut %1. Utgiveren har ikke fornyet den, eller noen gir ut en gammel kopi som om den var ny.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="38" />
        <source>It is not signed by a publisher this PC trusts (or by a key the publisher has replaced).</source>
        <translation>Den er ikke signert av en utgiver denne PC-en stoler på (eller er signert med en nøkkel utgiveren har byttet ut).</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="40" />
        <source>Its signature does not match: it was changed after it was signed.</source>
        <translation>Signaturen stemmer ikke: den er endret etter at den ble signert.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="42" />
        <source>The file is not the one the publisher signed: it was changed or damaged.</source>
        <translation>Filen er ikke den utgiveren signerte: den er endret eller skadet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="44" />
        <source>The file is incomplete: the download was cut short.</source>
        <translation>Filen er ufullstendig: nedlastingen ble avbrutt underveis.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="46" />
        <source>More data arrived than the publisher signed for: the download was stopped.</source>
        <translation>Det kom mer data enn utgiveren signerte for: nedlastingen ble stoppet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="48" />
        <source>The file is not a content database this version of the app can show.</source>
        <translation>Filen er ikke en innholdsdatabase denne versjonen av programmet kan vise.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="60" />
        <source>Something that the app did not make is where the edition would go; it was left as it is.</source>
        <translation>Noe som programmet ikke har laget, ligger der utgaven skulle ha ligget. Det er ikke rørt.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="72" />
        <source>The server sent the app to an address that is not http or https; it was not followed.</source>
        <translation>Serveren sendte programmet videre til en adresse som ikke er http eller https; den ble ikke fulgt.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="50" />
        <source>It is older than the edition you see now. To go back to an older edition on purpose, use File → Choose content edition…</source>
        <translation>Den er eldre enn utgaven du ser nå. Vil du gå tilbake til en eldre utgave med vilje, bruker du «Fil → Velg innholdsutgave …».</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="53" />
        <source>The feed is older than one this PC has already seen: an old copy is being passed off as new.</source>
        <translation>Innholdskilden er eldre enn en denne PC-en allerede har sett: noen gir ut en gammel kopi som om den var ny.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="55" />
        <source>The feed's signed files do not belong together: it is being changed, or was put together from different publications. Try again later.</source>
        <translation>De signerte filene i innholdskilden hører ikke sammen: den endres akkurat nå, eller er satt sammen av ulike publiseringer. Prøv igjen senere.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="58" />
        <source>It could not be saved in your data folder (the disk may be full, or writing there is not allowed).</source>
        <translation>Den kunne ikke lagres i datamappen din (disken kan være full, eller det er ikke lov å skrive der).</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="62" />
        <source>Another installation of a content edition is running. Try again when it has finished.</source>
        <translation>En annen innholdsutgave holder på å bli installert. Prøv igjen når den er ferdig.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="64" />
        <source>The file or feed cannot be read as a signed content edition.</source>
        <translation>Filen eller innholdskilden kan ikke leses som en signert innholdsutgave.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="66" />
        <source>The file or feed cannot be read.</source>
        <translation>Filen eller innholdskilden kan ikke leses.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="67" />
        <source>What was chosen is not a file (a pipe or a device, for instance); it was not read.</source>
        <translation>Det som ble valgt, er ikke en fil (for eksempel et rør eller en enhet); det ble ikke lest.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="69" />
        <source>It could not be downloaded.</source>
        <translation>Den kunne ikke lastes ned.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="70" />
        <source>The feed answered too slowly; the download was given up.</source>
        <translation>Innholdskilden svarte for sakte, så nedlastingen ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="74" />
        <source>The server's certificate is not trusted by this PC.</source>
        <translation>Denne PC-en stoler ikke på sertifikatet til serveren.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="76" />
        <source>The feed lists no such edition.</source>
        <translation>Innholdskilden har ingen slik utgave.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="77" />
        <source>This edition is already in use.</source>
        <translation>Denne utgaven er allerede i bruk.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="78" />
        <source>Your IT department decides this on this PC.</source>
        <translation>Det er IT-avdelingen som bestemmer dette på denne PC-en.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="80" />
        <source>It could not be installed.</source>
        <translation>Den kunne ikke installeres.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/messages.py" line="91" />
        <source>edition %1 of %2</source>
        <translation>utgave %1 fra %2</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/background.py" line="64" />
        <source>Edition %1 was changed after it was installed: it is shown as unverified. Install it again, or choose another with File → Choose content edition….</source>
        <translation>Utgave %1 er endret etter at den ble installert: den vises som ikke bekreftet. Installer den på nytt, eller velg en annen med «Fil → Velg innholdsutgave …».</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/background.py" line="68" />
        <source>Edition %1 is from a publisher this PC does not trust: it is shown as unverified.</source>
        <translation>Utgave %1 er fra en utgiver denne PC-en ikke stoler på: den vises som ikke bekreftet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/background.py" line="71" />
        <source>Edition %1 was not installed from a signed edition: it is shown as unverified.</source>
        <translation>Utgave %1 ble ikke installert fra en signert utgave: den vises som ikke bekreftet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/background.py" line="78" />
        <source>Installed edition %1 was changed after it was installed, so it was not opened. Install it again, or choose another with File → Choose content edition….</source>
        <translation>Den installerte utgaven %1 er endret etter at den ble installert, så den ble ikke åpnet. Installer den på nytt, eller velg en annen med «Fil → Velg innholdsutgave …».</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/background.py" line="82" />
        <source>Installed edition %1 is from a publisher this PC does not trust, so it was not opened.</source>
        <translation>Den installerte utgaven %1 er fra en utgiver denne PC-en ikke stoler på, så den ble ikke åpnet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/editions/background.py" line="85" />
        <source>Installed edition %1 is not a signed edition, so it was not opened.</source>
        <translation>Den installerte utgaven %1 er ikke en signert utgave, så den ble ikke åpnet.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="13" />
        <source>The file does not exist.</source>
        <translation>Filen finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="14" />
        <source>This is not a file but a folder, a device or a pipe.</source>
        <translation>Dette er ikke en fil, men en mappe, en enhet eller et rør (pipe).</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="16" />
        <source>The file cannot be read.</source>
        <translation>Filen kan ikke leses.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="17" />
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="18" />
        <source>The file is not an SQLite database.</source>
        <translation>Filen er ikke en SQLite-database.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="20" />
        <source>The database is damaged.</source>
        <translation>Databasen er skadet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="29" />
        <source>Another program is writing to the database. Try again later.</source>
        <translation>Et annet program skriver til databasen. Prøv igjen senere.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="31" />
        <source>Its name is longer than the file system allows.</source>
        <translation>Navnet er lengre enn filsystemet tillater.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="21" />
        <source>The file is a database, but not one with content for this program.</source>
        <translation>Filen er en database, men ikke en med innhold for dette programmet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="23" />
        <source>The database was made for an older version of this program. Rebuild it with “mtviewer build-db”.</source>
        <translation>Databasen er laget for en eldre versjon av programmet. Bygg den på nytt med «mtviewer build-db».</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="26" />
        <source>The database was made for a newer version of this program. Update the program to open it.</source>
        <translation>Databasen er laget for en nyere versjon av programmet. Oppdater programmet for å åpne den.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="33" />
        <source>The database holds views, triggers or computed columns that this program never makes, so it was not opened.</source>
        <translation>Databasen inneholder visninger, utløsere eller beregnede kolonner som programmet aldri lager, så den ble ikke åpnet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="36" />
        <source>Its latest changes are in its -wal file, which cannot be read here (a read-only folder or disk). Copy the database and its -wal file to a folder you can write to, and open the copy.</source>
        <translation>De siste endringene ligger i -wal-filen, som ikke kan leses her (en skrivebeskyttet mappe eller disk). Kopier databasen og -wal-filen til en mappe du kan skrive i, og åpne kopien.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="41" />
        <source>Cannot open %1

%2</source>
        <translation>Kan ikke åpne %1

%2</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="50" />
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="51" />
        <source>there is no permission to write there</source>
        <translation>du har ikke tillatelse til å skrive der</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="52" />
        <source>the name is too long</source>
        <translation>navnet er for langt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="53" />
        <source>no file name was given</source>
        <translation>det er ikke oppgitt noe filnavn</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="54" />
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="55" />
        <source>its folder does not exist</source>
        <translation>mappen finnes ikke</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="56" />
        <source>what should be its folder is not a folder</source>
        <translation>det som skulle vært mappen, er ikke en mappe</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="57" />
        <source>it is not a regular file</source>
        <translation>det er ikke en vanlig fil</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="58" />
        <source>the file could not be written completely</source>
        <translation>filen kunne ikke skrives ferdig</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/errors.py" line="60" />
        <source>Could not write %1: %2. Nothing was changed.</source>
        <translation>Kunne ikke skrive %1: %2. Ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../mtviewer/ui/dialogs/exception_hook.py" line="59" />
        <source>Another unexpected problem; the details are in %1</source>
        <translation>Enda et uventet problem. Detaljene står i %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/exception_hook.py" line="64" />
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/exception_hook.py" line="74" />
        <source>The content database could not be read; it may be damaged. Try another copy of the file.</source>
        <translation>Innholdsdatabasen kunne ikke leses; den kan være skadet. Prøv en annen kopi av filen.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/exception_hook.py" line="78" />
        <source>The app met an unexpected problem; what you were doing may not have finished.</source>
        <translation>Programmet støtte på et uventet problem; det du holdt på med, ble kanskje ikke fullført.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/exception_hook.py" line="81" />
        <source>The app keeps running. The details are in %1</source>
        <translation>Programmet fortsetter å kjøre. Detaljene står i %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../mtviewer/formatting.py" line="21" />
        <source>{first}–{last} {month}</source>
        <translation>{first}.–{last}. {month}</translation>
    </message>
    <message>
        <location filename="../../mtviewer/formatting.py" line="24" />
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <location filename="../../mtviewer/formatting.py" line="29" />
        <source>Date unknown</source>
        <translation>Dato ukjent</translation>
    </message>
    <message>
        <location filename="../../mtviewer/formatting.py" line="32" />
        <source>{day_month}, year uncertain (probably {year})</source>
        <translation>{day_month}, år usikkert (trolig {year})</translation>
    </message>
    <message>
        <location filename="../../mtviewer/formatting.py" line="48" />
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../mtviewer/formatting.py" line="49" />
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../../mtviewer/formatting.py" line="51" />
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <location filename="../../mtviewer/formatting.py" line="52" />
        <source>Past</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <location filename="../../mtviewer/formatting.py" line="80" />
        <source>about {n}</source>
        <translation>ca. {n}</translation>
    </message>
    <message>
        <location filename="../../mtviewer/formatting.py" line="81" />
        <source>more than {n}</source>
        <translation>mer enn {n}</translation>
    </message>
    <message>
        <location filename="../../mtviewer/formatting.py" line="88" />
        <source>Professionals</source>
        <translation>Fagpersoner</translation>
    </message>
    <message>
        <location filename="../../mtviewer/formatting.py" line="89" />
        <source>People with substance problems</source>
        <translation>Personer med rusproblemer</translation>
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <location filename="../../mtviewer/ui/browse/group_tab.py" line="41" />
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/group_tab.py" line="52" />
        <source>%1. The Left and Right arrow keys choose another kind.</source>
        <translation>%1. Venstre og høyre piltast velger en annen type.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/group_tab.py" line="96" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="46" />
        <source>Move through a list</source>
        <translation>Flytt deg i en liste</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="47" />
        <source>Arrow keys, Page Up/Down</source>
        <translation>Piltastene, Page Up/Down</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="48" />
        <source>Go between the search field, list and details</source>
        <translation>Gå mellom søkefeltet, listen og detaljene</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="49" />
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="42" />
        <source>Empty a search field</source>
        <translation>Tøm et søkefelt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="42" />
        <location filename="../../mtviewer/ui/dialogs/help.py" line="63" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="40" />
        <source>Go to the first tab with hits (in Search everything)</source>
        <translation>Gå til den første fanen med treff (i Søk i alt)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="41" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="57" />
        <source>Tick or untick a quote for printing</source>
        <translation>Kryss av et sitat for utskrift, eller fjern krysset</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="58" />
        <source>Space</source>
        <translation>Mellomrom</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="59" />
        <source>Move a quote in the print selection</source>
        <translation>Flytt et sitat i utskriftsutvalget</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="60" />
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Pil opp, Alt+Pil ned</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="61" />
        <source>Remove quotes from the print selection</source>
        <translation>Fjern sitater fra utskriftsutvalget</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="62" />
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="50" />
        <source>Go back or forward</source>
        <translation>Gå tilbake eller fram</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="51" />
        <source>The mouse's back and forward buttons</source>
        <translation>Musens tilbake- og framknapper</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="167" />
        <source>and %1 more</source>
        <translation>og %1 til</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="176" />
        <source>An offline viewer of music-therapy resources for Norwegian addiction and mental-health services.</source>
        <translation>Ressurser om musikkterapi for tjenester innen rus og psykisk helse i Norge – også uten nett.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="178" />
        <source>Content edition:</source>
        <translation>Innholdsutgave:</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="182" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="183" />
        <source>Sources of the content</source>
        <translation>Kilder til innholdet</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="184" />
        <source>Licences</source>
        <translation>Lisenser</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="198" />
        <source>%1 (inside the above): %2</source>
        <translation>%1 (inngår i en av de ovenfor): %2</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="215" />
        <source>%1, version %2, as the file describes itself (schema %3): %4.</source>
        <translation>%1, versjon %2, slik filen selv beskriver seg (databaseformat %3): %4.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="220" />
        <source>%1, version %2, published by %3 (schema %4): %5.</source>
        <translation>%1, versjon %2, utgitt av %3 (databaseformat %4): %5.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="234" />
        <source>Licences and notices…</source>
        <translation>Lisenser og merknader …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="235" />
        <source>The full text of every licence, and where the source of the LGPL parts is</source>
        <translation>Hele teksten i hver lisens, og hvor kildekoden til LGPL-delene finnes</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="246" />
        <source>The licence files are missing from this installation.</source>
        <translation>Lisensfilene mangler i denne installasjonen.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="248" />
        <source>Licences and notices</source>
        <translation>Lisenser og merknader</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="255" />
        <source>gitar</source>
        <translation>gitar</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="255" />
        <source>Records with the word, or a longer word holding it: Gitarspillingen.</source>
        <translation>Oppføringer med ordet, eller med et lengre ord som inneholder det: Gitarspillingen.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="257" />
        <source>gitaren, håper</source>
        <translation>gitaren, håper</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="257" />
        <source>Other forms of a word find each other: gitaren finds gitar.</source>
        <translation>Ulike bøyningsformer av et ord finner hverandre: gitaren finner gitar.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="259" />
        <source>gittar</source>
        <translation>gittar</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="259" />
        <source>A word found nowhere is corrected to the nearest word in this tab; a line above the list says so and lets you search as you typed.</source>
        <translation>Et ord som ikke finnes noe sted, rettes til det nærmeste ordet i denne fanen. En linje over listen sier fra, og lar deg søke slik du skrev.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="262" />
        <source>hape, froiland</source>
        <translation>hape, froiland</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="262" />
        <source>æ, ø and å may be typed as ae, o/oe and a/aa.</source>
        <translation>æ, ø og å kan skrives som ae, o/oe og a/aa.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="264" />
        <source>musikk gitar</source>
        <translation>musikk gitar</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="264" />
        <source>Several words: records with all of them; a page whose title holds them all comes first.</source>
        <translation>Flere ord: oppføringer med alle ordene; en side med alle ordene i tittelen kommer først.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="267" />
        <source>hva er musikkterapi</source>
        <translation>hva er musikkterapi</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="267" />
        <source>Common words (hva, er, på, the, of) are left out and not marked, unless they are in quotation marks or every word typed is one.</source>
        <translation>Vanlige småord (hva, er, på, the, of) blir utelatt og ikke markert, med mindre de står i anførselstegn eller alle ordene du skriver er slike.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="270" />
        <source>hvem holdt innlegg på Polyfon-konferansen</source>
        <translation>hvem holdt innlegg på Polyfon-konferansen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="270" />
        <source>When no record has every word, the records with the most of them are listed, best first; the line above the list says which words the first one lacks. Words found nowhere count against it: nonsense finds nothing.</source>
        <translation>Når ingen oppføring har alle ordene, vises oppføringene med flest av dem, de beste først. Linjen over listen sier hvilke ord den første mangler. Ord som ikke finnes noe sted, teller imot: meningsløse ord gir ingen treff.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="275" />
        <source>avhengighet, folder, mental health</source>
        <translation>avhengighet, folder, mental health</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="275" />
        <source>Words of the field that mean the same find each other (rus, avhengighet, addiction; brosjyre, folder), in bokmål, nynorsk and English; records with the word as typed come first.</source>
        <translation>Fagord som betyr det samme, finner hverandre (rus, avhengighet, addiction; brosjyre, folder), på bokmål, nynorsk og engelsk; oppføringer med ordet slik du skrev det, kommer først.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="279" />
        <source>22.11.2018, november 2018</source>
        <translation>22.11.2018, november 2018</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="279" />
        <source>Dates as people write them: 22. november 2018, 22.11.2018, November 2018, 2018.</source>
        <translation>Datoer slik folk skriver dem: 22. november 2018, 22.11.2018, November 2018, 2018.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="282" />
        <source>musikterapi</source>
        <translation>musikterapi</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="282" />
        <source>A word found nowhere may be searched as the parts of a compound (musik, terapi); the line above the list says so. Word forms, corrections, parts and words that mean the same are marked where they matched.</source>
        <translation>Et ord som ikke finnes noe sted, kan bli søkt som delene av et sammensatt ord (musik, terapi); linjen over listen sier fra. Bøyningsformer, rettelser, orddeler og ord som betyr det samme, markeres der de traff.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="301" />
        <source>Type in a tab's search field to search that tab, or in Search everything (Ctrl+K) to search all tabs: each tab's title shows how many it found, and the tab with the best hit opens. Type as you would ask a colleague, or paste a sentence. Case does not matter.</source>
        <translation>Skriv i søkefeltet i en fane for å søke i den fanen, eller i Søk i alt (Ctrl+K) for å søke i alle fanene: tittelen på hver fane viser hvor mange treff den har, og fanen med det beste treffet åpnes. Skriv slik du ville spurt en kollega, eller lim inn en setning. Store og små bokstaver spiller ingen rolle.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="287" />
        <source>"dere skaper helse"</source>
        <translation>"dere skaper helse"</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="39" />
        <source>Finding</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="44" />
        <source>Moving around</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="53" />
        <source>Reading and copying</source>
        <translation>Lesing og kopiering</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="55" />
        <source>Printing and presenting</source>
        <translation>Utskrift og storskjerm</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="63" />
        <source>Leave the presentation</source>
        <translation>Avslutt storskjermvisningen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="65" />
        <source>Files and help</source>
        <translation>Filer og hjelp</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="92" />
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="185" />
        <source>%1 is free software under the MIT licence. It uses these components; Licences and notices… below shows each licence's full text, and where the source of the LGPL parts is.</source>
        <translation>%1 er fri programvare under MIT-lisensen. Programmet bruker disse komponentene. «Lisenser og merknader …» nedenfor viser hele teksten i hver lisens, og hvor kildekoden til LGPL-delene finnes.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="189" />
        <source>Version %1 (the program mtviewer)</source>
        <translation>Versjon %1 (programmet mtviewer)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="211" />
        <source>%1: %2 (schema %3).</source>
        <translation>%1: %2 (databaseformat %3).</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="232" />
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="287" />
        <source>Words in quotation marks: that phrase.</source>
        <translation>Ord i anførselstegn: akkurat det uttrykket.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="289" />
        <source>musikkterapi -gitar</source>
        <translation>musikkterapi -gitar</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="289" />
        <source>A minus before a word leaves out records with it.</source>
        <translation>Minus foran et ord utelater oppføringer med ordet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="291" />
        <source>speaker:toppe, hvem:toppe</source>
        <translation>hvem:toppe, speaker:toppe</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="291" />
        <source>Who said it or took part.</source>
        <translation>Hvem som sa det eller deltok.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="293" />
        <source>year:2018, år:2018</source>
        <translation>år:2018, year:2018</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="293" />
        <source>The year.</source>
        <translation>Året.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="294" />
        <source>place:bergen, sted:bergen</source>
        <translation>sted:bergen, place:bergen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="294" />
        <source>The place.</source>
        <translation>Stedet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="295" />
        <source>source:sykepleien, kilde:sykepleien</source>
        <translation>kilde:sykepleien, source:sykepleien</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="295" />
        <source>Where the record comes from: only these words search the sources.</source>
        <translation>Hvor oppføringen kommer fra: bare disse ordene søker i kildene.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="297" />
        <source>IS-2211, IS2211, 2211</source>
        <translation>IS-2211, IS2211, 2211</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="297" />
        <source>A guideline's number, however it is written.</source>
        <translation>Nummeret på en retningslinje, uansett hvordan det skrives.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="300" />
        <location filename="../../mtviewer/ui/dialogs/help.py" line="314" />
        <source>How to search</source>
        <translation>Slik søker du</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="124" />
        <location filename="../../mtviewer/ui/kinds.py" line="125" />
        <source>About music therapy</source>
        <translation>Om musikkterapi</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="126" />
        <source>What music therapy is, what users report, and how to set up a position; each page can be printed as a handout</source>
        <translation>Hva musikkterapi er, hva brukerne forteller, og hvordan dere oppretter en stilling – hver side kan skrives ut som utdelingsark</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="131" />
        <source>the pages about music therapy</source>
        <translation>sidene om musikkterapi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="132" />
        <source>%Ln page(s) about music therapy</source>
        <translation>
            <numerusform>%Ln side om musikkterapi</numerusform>
            <numerusform>%Ln sider om musikkterapi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="134" />
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="134" />
        <source>Events</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="135" />
        <source>Conferences and summits</source>
        <translation>Konferanser og toppmøter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="144" />
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln arrangement</numerusform>
            <numerusform>%Ln arrangementer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="146" />
        <source>Quote</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="146" />
        <source>Quotes</source>
        <translation>Sitater</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="147" />
        <source>What service users, politicians and leaders said</source>
        <translation>Hva brukere, politikere og ledere har sagt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="159" />
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln sitat</numerusform>
            <numerusform>%Ln sitater</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="161" />
        <source>Guideline</source>
        <translation>Retningslinje</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="162" />
        <source>Guidelines</source>
        <translation>Retningslinjer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="163" />
        <source>National guidelines that recommend music therapy</source>
        <translation>Nasjonale retningslinjer som anbefaler musikkterapi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="172" />
        <source>%Ln guideline(s)</source>
        <translation>
            <numerusform>%Ln retningslinje</numerusform>
            <numerusform>%Ln retningslinjer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="174" />
        <source>Brochure</source>
        <translation>Brosjyre</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="175" />
        <source>Brochures</source>
        <translation>Brosjyrer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="176" />
        <source>Brochures for professionals and for people with substance problems</source>
        <translation>Brosjyrer for fagpersoner og for personer med rusproblemer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="185" />
        <source>%Ln brochure(s)</source>
        <translation>
            <numerusform>%Ln brosjyre</numerusform>
            <numerusform>%Ln brosjyrer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="187" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="187" />
        <source>The people the sources name, with what they said and where</source>
        <translation>Personene kildene nevner, med hva de sa og hvor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="193" />
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="194" />
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="196" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="196" />
        <source>Organisations behind the events, guidelines and brochures</source>
        <translation>Organisasjonene bak arrangementene, retningslinjene og brosjyrene</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="202" />
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisasjon</numerusform>
            <numerusform>%Ln organisasjoner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="204" />
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="206" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="206" />
        <source>User-experience reports, articles, books and the establishment handbook</source>
        <translation>Brukerevalueringer, artikler, bøker og etableringshåndboken</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="257" />
        <source>People and organisations the sources name</source>
        <translation>Personer og organisasjoner som kildene nevner</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="215" />
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln rapport</numerusform>
            <numerusform>%Ln rapporter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="216" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="218" />
        <location filename="../../mtviewer/ui/kinds.py" line="232" />
        <source>Research</source>
        <translation>Forskning</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="218" />
        <source>Reviews and trials, with their numbers as published and where the numbers come from</source>
        <translation>Oversikter og studier, med tallene slik de er publisert, og hvor tallene kommer fra</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/kinds.py" line="231" />
        <source>%Ln research record(s)</source>
        <translation>
            <numerusform>%Ln forskningsarbeid</numerusform>
            <numerusform>%Ln forskningsarbeider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="253" />
        <source>Reports &amp; research</source>
        <translation>Rapporter og forskning</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="254" />
        <source>Reports, articles and research in numbers</source>
        <translation>Rapporter, artikler og forskning i tall</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/kinds.py" line="256" />
        <source>People &amp; organisations</source>
        <translation>Personer og organisasjoner</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../mtviewer/printing/layouts.py" line="37" />
        <source>Handout</source>
        <translation>Utdelingsark</translation>
    </message>
    <message>
        <location filename="../../mtviewer/printing/layouts.py" line="38" />
        <source>Several quotes per page</source>
        <translation>Flere sitater per side</translation>
    </message>
    <message>
        <location filename="../../mtviewer/printing/layouts.py" line="40" />
        <source>Poster</source>
        <translation>Plakat</translation>
    </message>
    <message>
        <location filename="../../mtviewer/printing/layouts.py" line="41" />
        <source>One quote per page, in large type</source>
        <translation>Ett sitat per side, med stor skrift</translation>
    </message>
    <message>
        <location filename="../../mtviewer/printing/layouts.py" line="43" />
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../mtviewer/printing/layouts.py" line="44" />
        <source>Four cards per page, with cut marks</source>
        <translation>Fire kort per side, med skjæremerker</translation>
    </message>
</context>
<context>
    <name>ListLook</name>
    <message>
        <location filename="../../mtviewer/ui/browse/list_look.py" line="32" />
        <location filename="../../mtviewer/ui/browse/list_look.py" line="33" />
        <source>Reading view</source>
        <translation>Lesevisning</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/list_look.py" line="35" />
        <source>Show each quote whole, with who said it, where and when on a line beneath; click again for the columns</source>
        <translation>Vis hvert sitat i sin helhet, med hvem som sa det, hvor og når på linjen under. Klikk igjen for å få kolonnene tilbake</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mtviewer/ui/main_window.py" line="60" />
        <location filename="../../mtviewer/ui/main_window.py" line="61" />
        <source>Content kinds</source>
        <translation>Innholdstyper</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/main_window.py" line="65" />
        <source>Choose what to browse (Ctrl+1 to %1)</source>
        <translation>Velg hva du vil bla i (Ctrl+1 til %1)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/main_window.py" line="67" />
        <source>%1, one tab each. Ctrl+1 to %2 switch tabs; F1 lists every keyboard shortcut.</source>
        <translation>%1, én fane hver. Ctrl+1 til %2 bytter fane; F1 viser alle hurtigtaster.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/status_line.py" line="18" />
        <source>Content edition</source>
        <translation>Innholdsutgave</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/status_line.py" line="22" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/status_line.py" line="25" />
        <source>Resize the window</source>
        <translation>Endre størrelsen på vinduet</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/main_window.py" line="63" />
        <source>One tab for each kind of content; the arrow keys choose another</source>
        <translation>Én fane for hver type innhold; piltastene velger en annen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/main_window.py" line="340" />
        <source>Choose a record to copy as a citation.</source>
        <translation>Velg en oppføring for å kopiere den som kildehenvisning.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/main_window.py" line="345" />
        <source>Copied as APA 7 references.</source>
        <translation>Kopiert som APA 7-referanser.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/main_window.py" line="346" />
        <source>Copied as a citation.</source>
        <translation>Kopiert som kildehenvisning.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../mtviewer/ui/navigation.py" line="83" />
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <location filename="../../mtviewer/ui/dialogs/open_database.py" line="25" />
        <source>Open content database</source>
        <translation>Åpne innholdsdatabase</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/open_database.py" line="27" />
        <source>Content databases (*.sqlite *.db);;All files (*)</source>
        <translation>Innholdsdatabaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/open_database.py" line="45" />
        <source>Cannot open database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/open_database.py" line="54" />
        <source>Open the content that came with the app</source>
        <translation>Åpne innholdet som fulgte med</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/open_database.py" line="58" />
        <source>Choose another file…</source>
        <translation>Velg en annen fil …</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../mtviewer/ui/printsel/presentation.py" line="33" />
        <source>Presenting quotes</source>
        <translation>Viser sitater</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/presentation.py" line="34" />
        <source>Quote presentation</source>
        <translation>Sitatvisning</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/presentation.py" line="36" />
        <source>One quote at a time. Right arrow or Space: next; Left arrow: previous; Esc: leave.</source>
        <translation>Ett sitat om gangen. Høyre piltast eller mellomrom: neste. Venstre piltast: forrige. Esc: avslutt.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/presentation.py" line="46" />
        <source>Esc to leave · arrow keys for the next and previous quote</source>
        <translation>Esc avslutter · piltastene blar til neste og forrige sitat</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/presentation.py" line="48" />
        <source>How to leave</source>
        <translation>Slik avslutter du</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/presentation.py" line="59" />
        <source>Quote</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/presentation.py" line="60" />
        <source>Who said it</source>
        <translation>Hvem som sa det</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/presentation.py" line="61" />
        <source>Position</source>
        <translation>Plassering</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/presentation.py" line="81" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../mtviewer/printing/document.py" line="53" />
        <source>Quotes about music therapy</source>
        <translation>Sitater om musikkterapi</translation>
    </message>
    <message>
        <location filename="../../mtviewer/printing/furniture.py" line="57" />
        <source>Source: %1 · %2</source>
        <translation>Kilde: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../mtviewer/printing/furniture.py" line="84" />
        <source>Read more:</source>
        <translation>Les mer:</translation>
    </message>
    <message>
        <location filename="../../mtviewer/printing/furniture.py" line="58" />
        <source>Printed %1 · page %2 of %3</source>
        <translation>Skrevet ut %1 · side %2 av %3</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../mtviewer/ui/printsel/controller.py" line="126" />
        <source>Show or hide the print selection (Ctrl+Shift+S)</source>
        <translation>Vis eller skjul utskriftsutvalget (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/controller.py" line="130" />
        <source>Print selection: %1</source>
        <translation>Utskriftsutvalg: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/controller.py" line="168" />
        <source>The app cannot save in its data folder (%1), so the print selection will not be kept when you close it. Everything else works.</source>
        <translation>Programmet får ikke lagret i datamappen sin (%1), så utskriftsutvalget blir ikke tatt vare på når du lukker programmet. Alt annet virker.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/controller.py" line="173" />
        <location filename="../../mtviewer/ui/printsel/controller.py" line="178" />
        <source>Print selection</source>
        <translation>Utskriftsutvalg</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/controller.py" line="179" />
        <source>The saved print selection could not be read and was moved to %1. You can start a new one.</source>
        <translation>Det lagrede utskriftsutvalget kunne ikke leses og ble flyttet til %1. Du kan begynne på et nytt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/printsel/controller.py" line="198" />
        <source>%n quote(s) added to the print selection</source>
        <translation>
            <numerusform>%n sitat lagt til i utskriftsutvalget</numerusform>
            <numerusform>%n sitater lagt til i utskriftsutvalget</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/controller.py" line="207" />
        <source>Nothing to print</source>
        <translation>Ingenting å skrive ut</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/controller.py" line="208" />
        <source>The print selection is empty. Tick quotes in the Quotes tab (or choose them and press Ctrl+D), then print.</source>
        <translation>Utskriftsutvalget er tomt. Kryss av sitater i fanen Sitater (eller velg dem og trykk Ctrl+D), og skriv så ut.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/controller.py" line="227" />
        <source>Nothing to present</source>
        <translation>Ingenting å vise</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/controller.py" line="228" />
        <source>The print selection is empty. Tick quotes in the Quotes tab first.</source>
        <translation>Utskriftsutvalget er tomt. Kryss av sitater i fanen Sitater først.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/controller.py" line="248" />
        <source>quotes</source>
        <translation>sitater</translation>
    </message>
</context>
<context>
    <name>PrintOutput</name>
    <message>
        <location filename="../../mtviewer/ui/dialogs/print_output.py" line="39" />
        <source>Print preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/print_output.py" line="52" />
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/dialogs/print_output.py" line="61" />
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Lagret %1 (%n side)</numerusform>
            <numerusform>Lagret %1 (%n sider)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/print_output.py" line="79" />
        <source>Open PDF</source>
        <translation>Åpne PDF</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/print_output.py" line="80" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/print_output.py" line="81" />
        <source>Show in folder</source>
        <translation>Vis i mappe</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="60" />
        <source>Quotes to print</source>
        <translation>Sitater som skal skrives ut</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="61" />
        <source>Drag, or use Alt+Up and Alt+Down, to change the order</source>
        <translation>Dra, eller bruk Alt+Pil opp og Alt+Pil ned, for å endre rekkefølgen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="69" />
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="69" />
        <source>Move the chosen quote up (Alt+Up)</source>
        <translation>Flytt det valgte sitatet opp (Alt+Pil opp)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="71" />
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="71" />
        <source>Move the chosen quote down (Alt+Down)</source>
        <translation>Flytt det valgte sitatet ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="73" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="73" />
        <source>Take the chosen quotes out (Del)</source>
        <translation>Fjern de valgte sitatene (Del)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="75" />
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="75" />
        <source>Empty the print selection</source>
        <translation>Tøm utskriftsutvalget</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="84" />
        <location filename="../../mtviewer/ui/printsel/panel.py" line="120" />
        <source>Layout</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="84" />
        <source>How the quotes are set out</source>
        <translation>Hvordan sitatene settes opp</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="88" />
        <location filename="../../mtviewer/ui/printsel/panel.py" line="122" />
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="88" />
        <source>Paper size</source>
        <translation>Papirstørrelse</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="90" />
        <location filename="../../mtviewer/ui/printsel/panel.py" line="123" />
        <source>Orientation</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="90" />
        <source>Page orientation</source>
        <translation>Sideretning</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="91" />
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="91" />
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="96" />
        <location filename="../../mtviewer/ui/printsel/panel.py" line="124" />
        <source>Type size</source>
        <translation>Skriftstørrelse</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="95" />
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="97" />
        <source>Type size of the printed quotes, from %1 % to %2 %</source>
        <translation>Skriftstørrelsen på utskriften, fra %1 % til %2 %</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="103" />
        <location filename="../../mtviewer/ui/printsel/panel.py" line="121" />
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="105" />
        <source>A heading over the quotes, such as the clinic's name or “Musikkterapi”</source>
        <translation>En overskrift over sitatene, for eksempel klinikkens navn eller «Musikkterapi»</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="107" />
        <location filename="../../mtviewer/ui/printsel/panel.py" line="125" />
        <source>Read more</source>
        <translation>Les mer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="110" />
        <source>No “read more” line</source>
        <translation>Ingen «les mer»-linje</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="109" />
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="102" />
        <source>None (say, the clinic's name)</source>
        <translation>Ingen (f.eks. klinikkens navn)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="108" />
        <source>Name a brochure, an article or a web page at the foot of every page, with a QR code of its own address</source>
        <translation>Nevn en brosjyre, en artikkel eller en nettside nederst på hver side, med en QR-kode til adressen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="114" />
        <source>The content gives no web address for this one, so it is named without a QR code.</source>
        <translation>Innholdet oppgir ingen nettadresse for denne, så den nevnes uten QR-kode.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="117" />
        <source>About the read-more line</source>
        <translation>Om «les mer»-linjen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="128" />
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="129" />
        <source>Preview the pages, then print them or save a PDF (Ctrl+P)</source>
        <translation>Forhåndsvis sidene, og skriv dem ut eller lagre som PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="131" />
        <source>Export PDF…</source>
        <translation>Eksporter PDF …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="132" />
        <source>Save the pages as a PDF file (Ctrl+E)</source>
        <translation>Lagre sidene som PDF-fil (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="135" />
        <source>Print selection size</source>
        <translation>Antall i utskriftsutvalget</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="136" />
        <source>How many quotes will be printed</source>
        <translation>Hvor mange sitater som skrives ut</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="141" />
        <source>Before printing</source>
        <translation>Før utskrift</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="294" />
        <source>Print selection (%1)</source>
        <translation>Utskriftsutvalg (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/printsel/panel.py" line="295" />
        <source>%n quote(s) chosen</source>
        <translation>
            <numerusform>%n sitat valgt</numerusform>
            <numerusform>%n sitater valgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="296" />
        <source>Tick quotes in the Quotes tab to print them.</source>
        <translation>Kryss av sitater i fanen Sitater for å skrive dem ut.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="308" />
        <source>diagnoses and aggression</source>
        <translation>diagnoser og aggresjon</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="309" />
        <source>diagnoses</source>
        <translation>diagnoser</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="309" />
        <source>aggression</source>
        <translation>aggresjon</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="310" />
        <source>⚠ «%1» names %2.</source>
        <translation>⚠ «%1» nevner %2.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="313" />
        <source>On a wall poster everyone passing reads it. The quote is printed as it was said; think about whether it belongs on this wall.</source>
        <translation>En plakat på veggen blir lest av alle som går forbi. Sitatet skrives ut slik det ble sagt, så tenk over om det hører hjemme på akkurat denne veggen.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/panel.py" line="316" />
        <source>Think about where the print will hang before it goes on a wall; the quote is printed as it was said.</source>
        <translation>Tenk over hvor utskriften skal henge før du setter den opp. Sitatet skrives ut slik det ble sagt.</translation>
    </message>
</context>
<context>
    <name>ReadMore</name>
    <message>
        <location filename="../../mtviewer/ui/printsel/read_more.py" line="14" />
        <source>Brochure: %1</source>
        <translation>Brosjyre: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/read_more.py" line="15" />
        <source>Article: %1</source>
        <translation>Artikkel: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/read_more.py" line="16" />
        <source>Web page: %1</source>
        <translation>Nettside: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/read_more.py" line="17" />
        <source>Minutes: %1</source>
        <translation>Referat: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/read_more.py" line="18" />
        <source>Publication: %1</source>
        <translation>Publikasjon: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/read_more.py" line="19" />
        <source>Copy: %1</source>
        <translation>Kopi: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/printsel/read_more.py" line="23" />
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
</context>
<context>
    <name>ReadableTabs</name>
    <message>
        <location filename="../../mtviewer/ui/tab_titles.py" line="84" />
        <source>Show the tabs further to the left</source>
        <translation>Vis fanene lenger til venstre</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/tab_titles.py" line="85" />
        <source>Show the tabs further to the right</source>
        <translation>Vis fanene lenger til høyre</translation>
    </message>
</context>
<context>
    <name>Recent</name>
    <message>
        <location filename="../../mtviewer/ui/recent.py" line="52" />
        <location filename="../../mtviewer/ui/recent.py" line="59" />
        <source>missing</source>
        <translation>finnes ikke</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/recent.py" line="54" />
        <source>no permission to open its folder</source>
        <translation>ikke tilgang til mappen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/recent.py" line="57" />
        <source>name too long</source>
        <translation>navnet er for langt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/recent.py" line="60" />
        <location filename="../../mtviewer/ui/recent.py" line="62" />
        <source>cannot be reached</source>
        <translation>kan ikke nås</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/recent.py" line="63" />
        <source>not a file</source>
        <translation>ikke en fil</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/recent.py" line="74" />
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/recent.py" line="76" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/recent.py" line="79" />
        <source>This file cannot be opened: %1</source>
        <translation>Denne filen kan ikke åpnes: %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/recent.py" line="87" />
        <source>Forget files that cannot be opened</source>
        <translation>Glem filer som ikke kan åpnes</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/recent.py" line="83" />
        <source>No databases opened yet</source>
        <translation>Ingen databaser åpnet ennå</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/recent.py" line="93" />
        <source>Clear the list</source>
        <translation>Tøm listen</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../mtviewer/ui/browse/record_tab.py" line="80" />
        <source>Search %1…</source>
        <translation>Søk i %1 …</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/record_tab.py" line="81" />
        <source>Search %1</source>
        <translation>Søk i %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/record_tab.py" line="83" />
        <source>Type to filter this list (Ctrl+F). Several words narrow; "quotes" match a phrase; -word excludes; speaker:, year:, place: and source: search one field.</source>
        <translation>Skriv for å filtrere listen (Ctrl+F). Flere ord snevrer inn; "ord i anførselstegn" søker etter akkurat det uttrykket; -ord utelater; hvem:, år:, sted: og kilde: søker i ett felt.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/record_tab.py" line="86" />
        <source>Filters the list as you type. Press Tab to go to the list, Esc to empty the field.</source>
        <translation>Filtrerer listen mens du skriver. Trykk Tab for å gå til listen, Esc for å tømme feltet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/record_tab.py" line="89" />
        <source>Number of records</source>
        <translation>Antall oppføringer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/record_tab.py" line="90" />
        <source>How many records this list shows</source>
        <translation>Hvor mange oppføringer listen viser</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/list_view.py" line="23" />
        <source>%1 list</source>
        <translation>Liste over %1</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/list_view.py" line="24" />
        <source>Arrow keys move between records; the selected record is shown in full beside or below the list. Click a column title, or use the header, to sort.</source>
        <translation>Piltastene flytter mellom oppføringene; den valgte vises i sin helhet ved siden av eller under listen. Klikk på en kolonnetittel for å sortere.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/list_view.py" line="27" />
        <source>Click a column title to sort; use the arrow keys to move</source>
        <translation>Klikk på en kolonnetittel for å sortere; bruk piltastene for å flytte deg</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/record_tab.py" line="108" />
        <source>Select a record in the list to see it in full.</source>
        <translation>Velg en oppføring i listen for å se den i sin helhet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/record_tab.py" line="126" />
        <source>List and details</source>
        <translation>Liste og detaljer</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/record_tab.py" line="128" />
        <source>Divider between the list and the details</source>
        <translation>Skillelinje mellom listen og detaljene</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/record_tab.py" line="129" />
        <source>Drag to give the list or the details more room</source>
        <translation>Dra for å gi listen eller detaljene mer plass</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/record_tab.py" line="304" />
        <source>This database can no longer be read.</source>
        <translation>Databasen kan ikke lenger leses.</translation>
    </message>
</context>
<context>
    <name>Save</name>
    <message>
        <location filename="../../mtviewer/ui/dialogs/save.py" line="31" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/save.py" line="32" />
        <source>PDF/A-1b (archival) (*.pdf)</source>
        <translation>PDF/A-1b (for arkivering) (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchEverything</name>
    <message>
        <location filename="../../mtviewer/ui/global_search.py" line="45" />
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/global_search.py" line="49" />
        <source>Search everything… (Ctrl+K)</source>
        <translation>Søk i alt … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/global_search.py" line="50" />
        <source>Search everything</source>
        <translation>Søk i alt</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/global_search.py" line="52" />
        <source>Searches every tab; each tab's title shows its number of hits.</source>
        <translation>Søker i alle faner; tittelen på hver fane viser antall treff.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/global_search.py" line="54" />
        <source>Search every tab at once; each tab shows its number of hits, and the tab with the best hit opens. Enter goes back to it.</source>
        <translation>Søk i alle fanene samtidig; hver fane viser antall treff, og fanen med det beste treffet åpnes. Enter går tilbake dit.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/global_search.py" line="63" />
        <source>How to search</source>
        <translation>Slik søker du</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/global_search.py" line="64" />
        <source>How to search: words, phrases, fields, leaving out</source>
        <translation>Slik søker du: ord, uttrykk, felt og utelatelser</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../mtviewer/ui/browse/search_field.py" line="19" />
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_field.py" line="20" />
        <source>Empty the search field (Esc)</source>
        <translation>Tøm søkefeltet (Esc)</translation>
    </message>
</context>
<context>
    <name>SearchNote</name>
    <message>
        <location filename="../../mtviewer/ui/browse/search_note.py" line="36" />
        <source>Search correction</source>
        <translation>Rettet søk</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_note.py" line="37" />
        <source>What the search did besides finding the words as you typed them: a word corrected, a word searched as its parts, or records that have only some of the words</source>
        <translation>Hva søket gjorde i tillegg til å finne ordene slik du skrev dem: et ord som ble rettet, et ord som ble søkt som delene sine, eller oppføringer som bare har noen av ordene</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_note.py" line="53" />
        <source>Showing results for «%1». Search for %2 instead.</source>
        <translation>Viser treff for «%1». Søk etter %2 i stedet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_note.py" line="57" />
        <source>%1 is not in the content: searched for its parts %2.</source>
        <translation>%1 finnes ikke i innholdet. Søkte etter delene %2 i stedet.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_note.py" line="58" />
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_note.py" line="61" />
        <source>No record has all the words: showing the records with the most of them, best first. Left out: %1.</source>
        <translation>Ingen oppføring har alle ordene: viser oppføringene med flest av dem, de beste først. Utelatt: %1.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_note.py" line="63" />
        <source>No record has all the words: showing the records with the most of them, best first.</source>
        <translation>Ingen oppføring har alle ordene: viser oppføringene med flest av dem, de beste først.</translation>
    </message>
</context>
<context>
    <name>SearchStatus</name>
    <message>
        <location filename="../../mtviewer/ui/browse/search_status.py" line="28" />
        <source>This database can no longer be read.</source>
        <translation>Databasen kan ikke lenger leses.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_status.py" line="30" />
        <source>No match for “%1” yet; still showing the matches for “%2”.</source>
        <translation>Ingen treff for «%1» ennå. Viser fortsatt treffene for «%2».</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_status.py" line="34" />
        <source>Search is not available: the search index is damaged. All records are listed.</source>
        <translation>Søk er ikke tilgjengelig fordi søkeindeksen er skadet. Alle oppføringene vises.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_status.py" line="37" />
        <source>Records: %1</source>
        <translation>Oppføringer: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mtviewer/ui/browse/search_status.py" line="39" />
        <source>%Ln of %1 match</source>
        <translation>
            <numerusform>Treff: %Ln av %1</numerusform>
            <numerusform>Treff: %Ln av %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_status.py" line="41" />
        <source>More than %1 of %2 match; type more to rank them by relevance</source>
        <translation>Treff: over %1 av %2 – skriv mer for å sortere dem etter relevans</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_status.py" line="44" />
        <source>%1 of %2 match; type more to rank them by relevance</source>
        <translation>Treff: %1 av %2 – skriv mer for å sortere dem etter relevans</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_status.py" line="51" />
        <source>No results for “%1”.</source>
        <translation>Ingen treff for «%1».</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_status.py" line="52" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_status.py" line="55" />
        <source>Found in other tabs: %1.</source>
        <translation>Treff i andre faner: %1.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_status.py" line="58" />
        <source>Try “%1”.</source>
        <translation>Prøv «%1».</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/browse/search_status.py" line="59" />
        <source>Try fewer or shorter words.</source>
        <translation>Prøv færre eller kortere ord.</translation>
    </message>
</context>
<context>
    <name>SelectionModel</name>
    <message>
        <location filename="../../mtviewer/ui/printsel/selection_model.py" line="179" />
        <source>Not in this edition of the content: %1</source>
        <translation>Finnes ikke i denne utgaven av innholdet: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../mtviewer/app.py" line="89" />
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../mtviewer/app.py" line="89" />
        <source>Your settings file %1 is not a regular file (a pipe or a device), so it was not read. The app works as usual, but will not keep settings such as the window's layout this time.</source>
        <translation>Innstillingsfilen %1 er ikke en vanlig fil (et rør eller en enhet), så den ble ikke lest. Programmet virker som vanlig, men tar ikke vare på innstillinger som vinduets oppsett denne gangen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="106" />
        <location filename="../../mtviewer/ui/dialogs/help.py" line="111" />
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="112" />
        <source>What each key does, by task</source>
        <translation>Hva hver tast gjør, etter oppgave</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="113" />
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/help.py" line="113" />
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
</context>
<context>
    <name>TabTitles</name>
    <message>
        <location filename="../../mtviewer/ui/tab_titles.py" line="106" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/tab_titles.py" line="107" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/tab_titles.py" line="116" />
        <source>Hits: %1</source>
        <translation>Treff: %1</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../mtviewer/ui/describe.py" line="28" />
        <source>More in “%1”</source>
        <translation>Mer i «%1»</translation>
    </message>
</context>
<context>
    <name>TopicPrint</name>
    <message>
        <location filename="../../mtviewer/ui/dialogs/topic_print.py" line="25" />
        <source>This page is not in the database any more, so it cannot be printed.</source>
        <translation>Denne siden finnes ikke lenger i databasen, så den kan ikke skrives ut.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/topic_print.py" line="35" />
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/dialogs/topic_print.py" line="45" />
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
</context>
<context>
    <name>WhereLine</name>
    <message>
        <location filename="../../mtviewer/ui/details/where.py" line="24" />
        <source>Where this record is listed</source>
        <translation>Hvor denne oppføringen står</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/where.py" line="25" />
        <source>The record shown is not the one chosen in this list</source>
        <translation>Oppføringen som vises, er ikke den som er valgt i denne listen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/where.py" line="29" />
        <source>Show in its list</source>
        <translation>Vis i listen</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/where.py" line="30" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/where.py" line="36" />
        <source>This record is not in the list as it is searched now.</source>
        <translation>Med søket du har nå, er denne oppføringen ikke med i listen.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/where.py" line="39" />
        <source>%1 – listed in the %2 tab.</source>
        <translation>%1 – står i fanen %2.</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/details/where.py" line="40" />
        <source>%1 – listed in the %2 tab, under %3.</source>
        <translation>%1 – står i fanen %2, under %3.</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <location filename="../../mtviewer/ui/look/zoom.py" line="68" />
        <source>Zoom level</source>
        <translation>Zoomnivå</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/look/zoom.py" line="69" />
        <source>Size of all text; Ctrl++ and Ctrl+- change it, Ctrl+0 resets it</source>
        <translation>Størrelsen på all tekst; Ctrl++ og Ctrl+- endrer den, Ctrl+0 tilbakestiller den</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/look/zoom.py" line="73" />
        <source>Zoom: %1 %</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <location filename="../../mtviewer/ui/look/zoom.py" line="74" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
</TS>