<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>Columns</name>
    <message>
      <location filename="../../mtviewer/ui/columns.py" line="33" />
      <location filename="../../mtviewer/ui/columns.py" line="50" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/columns.py" line="34" />
      <source>Date</source>
      <translation>Dato</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/columns.py" line="37" />
      <source>Place</source>
      <translation>Sted</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/columns.py" line="41" />
      <source>Quote</source>
      <translation>Sitat</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/columns.py" line="43" />
      <source>Who</source>
      <translation>Hvem</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/columns.py" line="44" />
      <source>Source</source>
      <translation>Kilde</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/columns.py" line="46" />
      <location filename="../../mtviewer/ui/columns.py" line="53" />
      <source>Year</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/columns.py" line="51" />
      <source>Identifier</source>
      <translation>Identifikator</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/columns.py" line="57" />
      <source>Title</source>
      <translation>Tittel</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/columns.py" line="58" />
      <source>Audience</source>
      <translation>Målgruppe</translation>
    </message>
  </context>
  <context>
    <name>DetailView</name>
    <message>
      <location filename="../../mtviewer/ui/detail_view.py" line="25" />
      <source>Record details</source>
      <translation>Detaljer om oppføringen</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/detail_view.py" line="26" />
      <source>The selected record in full, with its sources</source>
      <translation>Den valgte oppføringen i sin helhet, med kilder</translation>
    </message>
  </context>
  <context>
    <name>Details</name>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="101" />
      <source>Source</source>
      <translation>Kilde</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="129" />
      <source>Quote</source>
      <translation>Sitat</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="132" />
      <source>Said by</source>
      <translation>Sagt av</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="133" />
      <location filename="../../mtviewer/ui/details.py" line="233" />
      <location filename="../../mtviewer/ui/details.py" line="243" />
      <source>Organisation</source>
      <translation>Organisasjon</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="134" />
      <source>Quoting</source>
      <translation>Siterer</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="136" />
      <location filename="../../mtviewer/ui/details.py" line="145" />
      <source>Event</source>
      <translation>Arrangement</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="138" />
      <location filename="../../mtviewer/ui/details.py" line="191" />
      <location filename="../../mtviewer/ui/details.py" line="258" />
      <source>Year</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="139" />
      <source>Context</source>
      <translation>Sammenheng</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="147" />
      <source>Date</source>
      <translation>Dato</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="150" />
      <source>About the date</source>
      <translation>Om datoen</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="151" />
      <source>Time</source>
      <translation>Tid</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="152" />
      <source>Place</source>
      <translation>Sted</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="154" />
      <source>Participants</source>
      <translation>Deltakere</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="157" />
      <source>Fee</source>
      <translation>Pris</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="159" />
      <source>Organisers</source>
      <translation>Arrangører</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="161" />
      <source>Speakers and participants</source>
      <translation>Innledere og deltakere</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="168" />
      <source>Also taking part</source>
      <translation>Ellers med</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="171" />
      <source>Quotes from this event</source>
      <translation>Sitater fra arrangementet</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="174" />
      <source>Guidelines presented</source>
      <translation>Retningslinjer som ble lagt fram</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="178" />
      <source>Reports presented</source>
      <translation>Rapporter som ble lagt fram</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="186" />
      <source>Guideline</source>
      <translation>Retningslinje</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="188" />
      <source>Identifier</source>
      <translation>Identifikator</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="189" />
      <source>Not given in the sources</source>
      <translation>Ikke oppgitt i kildene</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="192" />
      <source>Issued by</source>
      <translation>Utgitt av</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="193" />
      <source>Strength of recommendation</source>
      <translation>Anbefalingens styrke</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="194" />
      <source>Evidence level</source>
      <translation>Evidensnivå</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="196" />
      <source>Recommendation</source>
      <translation>Anbefaling</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="201" />
      <location filename="../../mtviewer/ui/details.py" line="261" />
      <source>Presented at</source>
      <translation>Lagt fram på</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="209" />
      <source>Brochure</source>
      <translation>Brosjyre</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="210" />
      <source>Audience</source>
      <translation>Målgruppe</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="212" />
      <source>Link</source>
      <translation>Lenke</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="216" />
      <source>The source text does not give the address; see the source article.</source>
      <translation>Kildeteksten oppgir ikke adressen; se kildeartikkelen.</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="222" />
      <source>Paper copies from</source>
      <translation>Papirutgaver fra</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="231" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="232" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="234" />
      <source>Quotes</source>
      <translation>Sitater</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="236" />
      <location filename="../../mtviewer/ui/details.py" line="249" />
      <source>Events</source>
      <translation>Arrangementer</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="244" />
      <source>Short name</source>
      <translation>Kortnavn</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="245" />
      <source>Part of</source>
      <translation>Del av</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="247" />
      <source>People</source>
      <translation>Personer</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="256" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/details.py" line="257" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../mtviewer/ui/errors.py" line="12" />
      <source>The file does not exist.</source>
      <translation>Filen finnes ikke.</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/errors.py" line="13" />
      <source>This is a folder, not a file.</source>
      <translation>Dette er en mappe, ikke en fil.</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/errors.py" line="14" />
      <source>The file cannot be read.</source>
      <translation>Filen kan ikke leses.</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/errors.py" line="15" />
      <source>The file is empty.</source>
      <translation>Filen er tom.</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/errors.py" line="16" />
      <source>The file is not an SQLite database.</source>
      <translation>Filen er ikke en SQLite-database.</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/errors.py" line="18" />
      <source>The database is damaged.</source>
      <translation>Databasen er skadet.</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/errors.py" line="19" />
      <source>The file is a database, but not an mtviewer content database.</source>
      <translation>Filen er en database, men ikke en innholdsdatabase for mtviewer.</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/errors.py" line="21" />
      <source>The database was made for an older version of mtviewer. Rebuild it with “mtviewer build-db”.</source>
      <translation>Databasen er laget for en eldre versjon av mtviewer. Bygg den på nytt med «mtviewer build-db».</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/errors.py" line="24" />
      <source>The database was made for a newer version of mtviewer. Update mtviewer to open it.</source>
      <translation>Databasen er laget for en nyere versjon av mtviewer. Oppdater mtviewer for å åpne den.</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/errors.py" line="27" />
      <source>Another program is writing to the database. Try again later.</source>
      <translation>Et annet program skriver til databasen. Prøv igjen senere.</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/errors.py" line="30" />
      <source>Cannot open %1

%2</source>
      <translation>Kan ikke åpne %1

%2</translation>
    </message>
  </context>
  <context>
    <name>Format</name>
    <message>
      <location filename="../../mtviewer/ui/formatting.py" line="14" />
      <source>{day} {month}</source>
      <translation>{day}. {month}</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/formatting.py" line="19" />
      <source>Date unknown</source>
      <translation>Dato ukjent</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/formatting.py" line="22" />
      <source>{day_month}, year uncertain (probably {year})</source>
      <translation>{day_month}, år usikkert (trolig {year})</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/formatting.py" line="34" />
      <source>{year} (uncertain)</source>
      <translation>{year} (usikkert)</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/formatting.py" line="41" />
      <source>about {n}</source>
      <translation>ca. {n}</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/formatting.py" line="42" />
      <source>more than {n}</source>
      <translation>mer enn {n}</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/formatting.py" line="49" />
      <source>Professionals</source>
      <translation>Fagpersoner</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/formatting.py" line="50" />
      <source>People with substance problems</source>
      <translation>Folk med rusproblemer</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/formatting.py" line="58" />
      <source>Published</source>
      <translation>Publisert</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/formatting.py" line="59" />
      <source>In production</source>
      <translation>Under produksjon</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/formatting.py" line="60" />
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="28" />
      <source>mtviewer – music therapy resources</source>
      <translation>mtviewer – ressurser om musikkterapi</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="33" />
      <source>Content kinds</source>
      <translation>Innholdstyper</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="34" />
      <source>Choose what to browse (Ctrl+1 to Ctrl+4)</source>
      <translation>Velg hva du vil bla i (Ctrl+1 til Ctrl+4)</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="36" />
      <source>Events</source>
      <translation>Arrangementer</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="36" />
      <source>Quotes</source>
      <translation>Sitater</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="37" />
      <source>Guidelines</source>
      <translation>Retningslinjer</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="37" />
      <source>Brochures</source>
      <translation>Brosjyrer</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="38" />
      <source>Conferences and summits</source>
      <translation>Konferanser og toppmøter</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="39" />
      <source>What service users, politicians and leaders said</source>
      <translation>Hva brukere, politikere og ledere har sagt</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="40" />
      <source>National guidelines that recommend music therapy</source>
      <translation>Nasjonale retningslinjer som anbefaler musikkterapi</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="42" />
      <source>Brochures for professionals and for people with substance problems</source>
      <translation>Brosjyrer for fagpersoner og for folk med rusproblemer</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="46" />
      <source>Database in use</source>
      <translation>Databasen som vises</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="47" />
      <source>The content database this window shows</source>
      <translation>Innholdsdatabasen dette vinduet viser</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="62" />
      <source>Database: %1</source>
      <translation>Database: %1</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="89" />
      <source>&amp;File</source>
      <translation>&amp;Fil</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="90" />
      <source>&amp;Open database…</source>
      <translation>&amp;Åpne database …</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="92" />
      <source>Show another content database</source>
      <translation>Vis en annen innholdsdatabase</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="96" />
      <source>&amp;Quit</source>
      <translation>&amp;Avslutt</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="98" />
      <source>Close mtviewer</source>
      <translation>Lukk mtviewer</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="102" />
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="106" />
      <source>Show the %1 tab</source>
      <translation>Vis fanen %1</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="110" />
      <source>&amp;Help</source>
      <translation>&amp;Hjelp</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="111" />
      <source>&amp;About mtviewer</source>
      <translation>&amp;Om mtviewer</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="134" />
      <source>About mtviewer</source>
      <translation>Om mtviewer</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/main_window.py" line="135" />
      <source>&lt;h3&gt;mtviewer %1&lt;/h3&gt;&lt;p&gt;An offline viewer of music-therapy resources for Norwegian addiction and mental-health services.&lt;/p&gt;&lt;p&gt;%2 events, %3 quotes, %4 guidelines, %5 brochures.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;mtviewer %1&lt;/h3&gt;&lt;p&gt;En frakoblet visning av ressurser om musikkterapi for norske rus- og psykiske helsetjenester.&lt;/p&gt;&lt;p&gt;%2 arrangementer, %3 sitater, %4 retningslinjer, %5 brosjyrer.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>OpenDatabase</name>
    <message>
      <location filename="../../mtviewer/ui/open_database.py" line="20" />
      <source>Open content database</source>
      <translation>Åpne innholdsdatabase</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/open_database.py" line="22" />
      <source>mtviewer databases (*.sqlite *.db);;All files (*)</source>
      <translation>mtviewer-databaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/open_database.py" line="35" />
      <source>Cannot open database</source>
      <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/open_database.py" line="41" />
      <source>Choose another file…</source>
      <translation>Velg en annen fil …</translation>
    </message>
  </context>
  <context>
    <name>RecordTab</name>
    <message>
      <location filename="../../mtviewer/ui/record_tab.py" line="35" />
      <source>Number of records</source>
      <translation>Antall oppføringer</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/record_tab.py" line="36" />
      <source>How many records this list shows</source>
      <translation>Hvor mange oppføringer listen viser</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/record_tab.py" line="48" />
      <source>%1 list</source>
      <translation>Liste over %1</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/record_tab.py" line="49" />
      <source>Click a column title to sort; use the arrow keys to move</source>
      <translation>Klikk på en kolonnetittel for å sortere; bruk piltastene for å flytte deg</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/record_tab.py" line="67" />
      <source>Select a record in the list to see it in full.</source>
      <translation>Velg en oppføring i listen for å se den i sin helhet.</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/record_tab.py" line="117" />
      <source>This record is not in the database.</source>
      <translation>Denne oppføringen finnes ikke i databasen.</translation>
    </message>
    <message>
      <location filename="../../mtviewer/ui/record_tab.py" line="140" />
      <source>Records: %1</source>
      <translation>Oppføringer: %1</translation>
    </message>
  </context>
</TS>
