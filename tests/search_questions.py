"""Queries phrased as a new user would phrase them, judged by hand against the real content:
questions, dates, synonyms and plain words, English, pasted sentences, names by role, and
queries that must find nothing.

Each entry: ``J(category, tab, what is typed, wanted, neutral)``. ``tab`` is a kind, or a
tab of several kinds: "directory" for People & organisations, "library" for Reports &
research (tests/judging.py ``GROUPS``). Records are named by their key in db/content: a bare
key is of the tab's kind (a group's first), ``kind:key`` of any kind. Every record not
judged wanted or neutral counts against precision, in the tab and in the global field
(where every kind's list counts). Neutral: a record a reader would accept in the list
without having asked for it (the other quote from the same speech, a conference found
for "toppmøte" through the thesaurus, which the issue declares synonyms), never one that
is merely hard to avoid. The records found by this engine and by Xapian (scripts/
compare_search.py) were each looked at and judged; the wanted ones were written first.

Judged again when the library grew (issue 22: the research kind and its own tab, later
Polyfon conferences, reports rewritten under new keys): each query's wanted records chosen
anew from what it means in that content (every Polyfon conference held, for the question
that names no year; every November event for "november"), and every record either engine
returns judged again. Queries about reports and research are typed in Reports & research.
"""

from __future__ import annotations

from typing import NamedTuple


class J(NamedTuple):
    category: str
    tab: str
    text: str
    wanted: tuple[str, ...]
    neutral: tuple[str, ...] = ()


Q, E, G, B, T, D, L = "quote", "event", "guideline", "brochure", "topic", "directory", "library"
EVERYTHING = tuple(f"{kind}:*" for kind in (Q, E, G, B, T, "report", "research", "person",
                                            "organisation"))
"""For a query about the field's subject itself (music therapy, rus): any record is about it."""
POLYFON_PEOPLE = ("person:kjersti-toppe", "person:torhild-kielland", "person:ronnaug-froiland",
                  "person:else-marie-loberg", "person:kari-lossius", "person:brynjulf-stige")
PUBLISHED_2018 = tuple(f"report:{key}" for key in (
    "hjellestadklinikken-evaluering", "fredrikstad-2015", "sor-odal-2017", "fredrikstad-2018"))
"""The four reports on users' experiences published by November 2018, presented at Polyfon."""
LATER_REPORTS = tuple(f"report:{key}" for key in (
    "bergensklinikken-2019", "sandnes-2019", "uteseksjonen-2019"))
"""The reports of 2019 (in production or planned in November 2018, by inference); each cites
a summary for the Polyfon conference (probably 2019)."""
USER_REPORTS = (*PUBLISHED_2018, *LATER_REPORTS, "report:sykehuset-innlandet-2020")
"""The series of reports on users' experiences of music therapy."""
BORGEN = ("quote:borgen-skaper-helse", "quote:borgen-personlig-vekst")
TOPPE_POLYFON = ("quote:toppe-utalmodige", "quote:toppe-polyfon-nasjonalt")
TOPPE_STORTING = ("quote:toppe-interpellasjon-helseressurs",
                  "quote:toppe-interpellasjon-profesjonskompetanse")
THORKILDSEN = ("quote:thorkildsen-haster-hape", "quote:thorkildsen-brukerkunnskap")
USER_QUOTES = ("quote:bruker-mestringsfolelse", "quote:bruker-lyspunkt",
               "quote:bruker-gitarspillingen")
INNLANDET = ("quote:bruker-sykehuset-innlandet", "report:sykehuset-innlandet-2020",
             "organisation:sykehuset-innlandet")
"""Users' experiences in mental health at Sykehuset Innlandet (2020): the report, the words
of one of its users, the hospital."""
POLYFON = ("event:polyfon-2018", *TOPPE_POLYFON, "quote:froiland-tre-stillinger",
           *POLYFON_PEOPLE, "organisation:polyfon", "organisation:uib",
           "organisation:griegakademiet", "organisation:fagradet", "organisation:bergen-kommune",
           "organisation:helse-bergen", "organisation:fredrikstad-kommune",
           *PUBLISHED_2018, "report:book-of-abstracts-polyfon-2018",
           "topic:opprette-stilling")
"""The Polyfon conference of 2018 and what its page, and theirs, tie to it."""
POLYFON_LATER = tuple(f"event:polyfon-{year}" for year in (2019, 2020, 2022, 2023, 2025, 2026))
"""Polyfon's later conferences (2020's postponed to 2021; 2025's and 2026's announced)."""
CONFERENCES = ("event:polyfon-2018", *POLYFON_LATER, "event:nasjonal-musikkterapikonferanse-2018")
GATHERING_EVENTS = (*CONFERENCES, "event:toppmote-musikkterapi")
"""Every conference and the summit: the thesaurus makes toppmøte and konferanse one term."""
TOPPMOTE = ("event:toppmote-musikkterapi", *BORGEN, *THORKILDSEN, "person:marianne-borgen",
            "person:inga-marte-thorkildsen", "person:stian-biong", "person:angelica-kjos",
            "person:hans-petter-solli", "person:karin-irene-gravbrot", "person:bjarte-grov",
            "person:malin-taihaugen", "person:erlend-barratt-due-solum",
            "person:cato-kristiansen",
            *(f"organisation:{o}" for o in (
                "nmh", "fagradet", "nfmt", "cremah", "napha", "kompetansenettverk-musikkterapi-rus",
                "korus-oslo", "korus-ost", "fredrikstad-kommune", "tyrilistiftelsen", "lovisenberg",
                "uteseksjonen", "frelsesarmeen", "rogaland-a-senter", "helse-stavanger",
                "helsedirektoratet", "oslo-kretsfengsel", "sor-odal-kommune", "korus-vest-bergen")),
            "brochure:brosjyre-fagpersoner", "brochure:brosjyre-brukere",
            "topic:opprette-stilling")
"""The summit (toppmøtet) and what ties to it: its people and organisations, those whose
pages tell of it, and the brochures its article offered."""
GATHERINGS = (*POLYFON, *TOPPMOTE, *POLYFON_LATER, "event:nasjonal-musikkterapikonferanse-2018",
              "organisation:norce", "organisation:bergensklinikken", *LATER_REPORTS,
              "topic:utdanningen")
"""Every gathering and what ties to one (a conference's organiser, a report that cites a
summary for Polyfon, the page on the education that tells of the national conference)."""
GUIDELINES = ("guideline:psykoselidelser-2013", "guideline:rusbehandling-2016",
              "guideline:avrusning-2016")
ABOUT_GUIDELINES = ("organisation:helsedirektoratet", "person:karin-irene-gravbrot",
                    "event:toppmote-musikkterapi", "topic:hva-er-musikkterapi",
                    "topic:opprette-stilling", "topic:hva-forskningen-viser",
                    "topic:utdanningen")
"""Records that tell of the guidelines (the issuer, who presented them where, the pages that
say what they require or rest on)."""
ON_PSYCHOSIS = ("research:mossler-2011-cochrane-schizofreni",
                "research:geretsegger-2017-cochrane-schizofreni")
ON_SUBSTANCES = ("research:ghetti-2022-cochrane-rus", "research:hohmann-2017-systematisk-oversikt",
                 "research:silverman-2015-avrusning")
"""The research that bears on the guideline for psychoses, and on those for substance use
treatment and detox."""
MENTAL_HEALTH = (*TOPPMOTE, "organisation:napha", "quote:froiland-tre-stillinger",
                 "person:ronnaug-froiland", "report:dale-2015-brukererfaringer",
                 "report:etableringshandbok", "research:trzebinski-tuastad-2022-metasyntese",
                 "topic:hva-brukerne-forteller", "topic:hva-er-musikkterapi",
                 "topic:hva-retningslinjene-sier", "guideline:rusbehandling-2016",
                 "organisation:helse-bergen", "organisation:helse-stavanger", *INNLANDET)
"""Records about psykisk helse (mental health), the field's other half (the guideline for
substance use treatment on patients with mental illness, too)."""
USERS_SAY = (*USER_REPORTS, "report:dale-2015-brukererfaringer",
             "research:trzebinski-tuastad-2022-metasyntese", "topic:hva-brukerne-forteller",
             *USER_QUOTES, *INNLANDET, "organisation:fredrikstad-kommune",
             "organisation:sor-odal-kommune", "organisation:sandnes-kommune")
OSLO_MAYOR = ("event:toppmote-musikkterapi", "person:marianne-borgen")
POSITIONS = ("event:stortinget-debatt-2017", "organisation:senter-for-musikkterapi-fredrikstad",
             "organisation:bergensklinikken", "organisation:sandnes-kommune",
             "organisation:uteseksjonen", "organisation:tyrilistiftelsen",
             "organisation:lovisenberg", "organisation:frelsesarmeen",
             "organisation:fredrikstad-kommune", "organisation:helse-bergen",
             "organisation:bergen-kommune", "report:sandnes-2019", "report:fredrikstad-2018",
             "report:bergensklinikken-2019", "report:uteseksjonen-2019", "report:sor-odal-2017",
             "report:etableringshandbok")
"""Records that tell how a service came to have a music therapist's position (or asked for
more of them): the Storting's debate on funding new ones, services that set them up and
told of it, the reports and the handbook that describe it."""

QUESTIONS = [
    J("questions", E, "hvem åpnet toppmøtet om musikkterapi",
      ("toppmote-musikkterapi", "person:marianne-borgen"),
      (*GATHERINGS, "quote:toppe-utalmodige")),
    J("questions", E, "hvor ble Polyfon-konferansen holdt",
      ("polyfon-2018", "polyfon-2019", "polyfon-2020", "polyfon-2022", "polyfon-2023"),
      (*POLYFON, *POLYFON_LATER)),
    J("questions", E, "når var toppmøtet", ("toppmote-musikkterapi",), GATHERINGS),
    J("questions", G, "hva anbefaler retningslinjen for psykoselidelser",
      ("psykoselidelser-2013", "topic:hva-retningslinjene-sier"),
      (*ABOUT_GUIDELINES, *ON_PSYCHOSIS)),
    J("questions", G, "hvilke retningslinjer anbefaler musikkterapi",
      (*GUIDELINES, "topic:hva-retningslinjene-sier"),
      (*ABOUT_GUIDELINES, *ON_PSYCHOSIS, *ON_SUBSTANCES, "organisation:polyfon")),
    J("questions", T, "hva er musikkterapi", ("hva-er-musikkterapi",), EVERYTHING),
    J("questions", T, "hvordan oppretter vi en stilling som musikkterapeut",
      ("opprette-stilling",),
      (*POSITIONS, "event:toppmote-musikkterapi", "event:polyfon-2018",
       "person:hans-petter-solli", "topic:hva-er-musikkterapi", "topic:utdanningen")),
    J("questions", T, "hva sier brukerne om musikkterapi", ("hva-brukerne-forteller",),
      (*USERS_SAY, "event:toppmote-musikkterapi", "topic:hva-er-musikkterapi",
       "topic:hva-retningslinjene-sier", "topic:opprette-stilling",
       "topic:hva-forskningen-viser")),
    J("questions", Q, "hva sa Kjersti Toppe på Polyfon-konferansen", TOPPE_POLYFON,
      (*POLYFON, *TOPPE_STORTING, "organisation:stortinget")),
    J("questions", Q, "hva sa ordføreren i Oslo", BORGEN, OSLO_MAYOR),
    J("questions", D, "hvem ledet samtalen på Polyfon-konferansen",
      ("person:torhild-kielland",), POLYFON),
    J("questions", D, "hvem gir ut de nasjonale retningslinjene",
      ("organisation:helsedirektoratet",),
      (*GUIDELINES, *ABOUT_GUIDELINES, "topic:hva-retningslinjene-sier")),
    J("questions", L, "hvem skrev metasyntesen om recovery",
      ("research:trzebinski-tuastad-2022-metasyntese",),
      ("topic:hva-brukerne-forteller", "topic:hva-forskningen-viser",
       "report:dale-2015-brukererfaringer")),
    J("questions", B, "hvor kan jeg bestille brosjyren på papir",
      ("brosjyre-fagpersoner", "brosjyre-brukere", "organisation:korus-vest-bergen",
       "organisation:fagradet")),
    J("questions", G, "er musikkterapi anbefalt ved avrusning",
      ("avrusning-2016", "topic:hva-retningslinjene-sier"),
      ("rusbehandling-2016", *ABOUT_GUIDELINES, "research:ghetti-2022-cochrane-rus",
       "research:silverman-2015-avrusning")),
    J("questions", E, "hvor mange deltok på toppmøtet", ("toppmote-musikkterapi",), GATHERINGS),
    J("questions", T, "hva er prosedyrekodene for musikkterapi", ("opprette-stilling",),
      ("topic:utdanningen", "organisation:direktoratet-for-e-helse")),
    J("questions", Q, "hva sa brukerne om gitarspilling", ("bruker-gitarspillingen",),
      USERS_SAY),
]

DATES = [
    J("dates", E, "22. november 2018", ("polyfon-2018",),
      (*USER_REPORTS, "topic:hva-brukerne-forteller")),
    J("dates", E, "22.11.2018", ("polyfon-2018",)),
    J("dates", E, "november 2018", ("polyfon-2018",),
      (*POLYFON, *USER_REPORTS, "topic:hva-brukerne-forteller")),
    J("dates", E, "9. november 2017", ("toppmote-musikkterapi",)),
    J("dates", E, "09.11.2017", ("toppmote-musikkterapi",)),
    J("dates", E, "12. mars 2019", ("stortinget-interpellasjon-2019",),
      ("organisation:stortinget",)),
    J("dates", E, "mars 2019", ("stortinget-interpellasjon-2019",), ("organisation:stortinget",)),
    J("dates", E, "12.03.2019", ("stortinget-interpellasjon-2019",)),
    J("dates", E, "2019", ("stortinget-interpellasjon-2019", "polyfon-2019"),
      (*TOPPE_STORTING, *LATER_REPORTS, "topic:hva-brukerne-forteller",
       "topic:opprette-stilling", "topic:utdanningen", "person:kjersti-toppe",
       "person:bent-hoie", "organisation:stortinget",
       *(f"organisation:{o}" for o in (
           "sandnes-kommune", "bergensklinikken", "nmh", "uteseksjonen", "korus-oslo",
           "korus-vest-stavanger", "korus-vest-bergen", "napha", "fagradet", "cremah")))),
    J("dates", E, "2017", ("toppmote-musikkterapi", "stortinget-debatt-2017"),
      (*TOPPMOTE, *USER_QUOTES, "report:sor-odal-2017", "research:aalbers-2017-cochrane-depresjon",
       "research:hohmann-2017-systematisk-oversikt",
       "research:geretsegger-2017-cochrane-schizofreni", "topic:hva-forskningen-viser",
       "topic:hva-brukerne-forteller", "topic:utdanningen", "organisation:stortinget",
       "organisation:helse-bergen", "organisation:stiftelsen-bergensklinikkene")),
    J("dates", Q, "2018", ("toppe-utalmodige", "toppe-polyfon-nasjonalt",
                           "froiland-tre-stillinger"),
      (*POLYFON, *USER_REPORTS, "topic:hva-brukerne-forteller", "topic:utdanningen",
       "event:nasjonal-musikkterapikonferanse-2018", "event:stortinget-interpellasjon-2019",
       "organisation:nfmt", "organisation:senter-for-musikkterapi-fredrikstad",
       "organisation:korus-ost")),
    J("dates", E, "november", ("polyfon-2018", "toppmote-musikkterapi", "polyfon-2019",
                               "polyfon-2022", "polyfon-2023", "polyfon-2025", "polyfon-2026"),
      ("polyfon-2020", *USER_REPORTS, "topic:hva-brukerne-forteller",
       "research:aalbers-2017-cochrane-depresjon")),
    J("dates", E, "kl. 11:30", ("toppmote-musikkterapi",)),
    J("dates", E, "2018-11-22", ("polyfon-2018",)),
    J("dates", L, "2015", ("dale-2015-brukererfaringer", "fredrikstad-2015",
                           "research:silverman-2015-avrusning"),
      ("report:hjellestadklinikken-evaluering", "report:fredrikstad-2018",
       "topic:hva-brukerne-forteller", "topic:hva-forskningen-viser",
       "organisation:hjellestadklinikken", "organisation:polyfon",
       "organisation:korus-vest-bergen", "organisation:korus-ost")),
    J("dates", G, "1. juni 2013", ("psykoselidelser-2013",),
      ("topic:hva-retningslinjene-sier",)),
    J("dates", E, "March 2019", ("stortinget-interpellasjon-2019",)),
]

SYNONYMS = [
    J("synonyms and plain words", G, "avhengighet", ("rusbehandling-2016", "avrusning-2016"),
      tuple(k for k in EVERYTHING if k != "guideline:*")),
    J("synonyms and plain words", E, "konferanse", GATHERING_EVENTS, GATHERINGS),
    J("synonyms and plain words", E, "seminar om musikkterapi", GATHERING_EVENTS, GATHERINGS),
    J("synonyms and plain words", B, "folder", ("brosjyre-fagpersoner", "brosjyre-brukere"),
      ("organisation:fagradet", "organisation:korus-vest-bergen",
       "organisation:kompetansenettverk-musikkterapi-rus",
       "organisation:stiftelsen-bergensklinikkene", "topic:opprette-stilling",
       "topic:hva-er-musikkterapi")),
    J("synonyms and plain words", B, "hefte for fagfolk", ("brosjyre-fagpersoner",)),
    J("synonyms and plain words", E, "psykiatri", ("toppmote-musikkterapi",), MENTAL_HEALTH),
    J("synonyms and plain words", T, "jobb som musikkterapeut", ("opprette-stilling",),
      (*POSITIONS, "event:polyfon-2018", "event:toppmote-musikkterapi",
       "person:hans-petter-solli", "topic:hva-er-musikkterapi", "topic:utdanningen",
       "quote:toppe-interpellasjon-profesjonskompetanse")),
    J("synonyms and plain words", T, "mental helse", ("hva-brukerne-forteller",),
      (*MENTAL_HEALTH, "topic:opprette-stilling")),
    J("synonyms and plain words", Q, "rusproblemer",
      ("thorkildsen-brukerkunnskap", "froiland-tre-stillinger"), EVERYTHING),
    J("synonyms and plain words", E, "stillinger",
      ("polyfon-2018", "toppmote-musikkterapi", "stortinget-debatt-2017"),
      (*POSITIONS, "quote:froiland-tre-stillinger", "topic:opprette-stilling",
       "organisation:helsedirektoratet", "organisation:kompetansenettverk-musikkterapi-rus")),
    J("synonyms and plain words", Q, "håp", ("thorkildsen-haster-hape",),
      ("research:trzebinski-tuastad-2022-metasyntese", "topic:hva-brukerne-forteller")),
    J("synonyms and plain words", G, "behandling av rusmisbruk", ("rusbehandling-2016",),
      ("avrusning-2016", *ABOUT_GUIDELINES, *ON_SUBSTANCES, "brochure:brosjyre-brukere",
       "brochure:brosjyre-fagpersoner", "topic:hva-retningslinjene-sier",
       "topic:hva-brukerne-forteller", "organisation:gamut", *USER_REPORTS,
       "organisation:sor-odal-kommune")),
    J("synonyms and plain words", D, "kompetansesenter for rus",
      ("organisation:korus", "organisation:korus-oslo", "organisation:korus-ost",
       "organisation:korus-vest-bergen", "organisation:korus-vest-stavanger",
       "organisation:korus-midt"),
      ("organisation:napha", "event:toppmote-musikkterapi", "topic:hva-brukerne-forteller")),
    J("synonyms and plain words", D, "ordfører", ("person:marianne-borgen",),
      ("event:toppmote-musikkterapi", *BORGEN)),
    J("synonyms and plain words", D, "politiker",
      ("person:kjersti-toppe", "person:marianne-borgen", "person:inga-marte-thorkildsen",
       "person:bent-hoie")),
    J("synonyms and plain words", Q, "rusavhengige", ("thorkildsen-brukerkunnskap",),
      EVERYTHING),
]

ENGLISH = [
    J("English", T, "what is music therapy", ("hva-er-musikkterapi",), EVERYTHING),
    J("English", G, "music therapy guideline for psychosis",
      ("psykoselidelser-2013", "topic:hva-retningslinjene-sier"),
      (*ABOUT_GUIDELINES, *ON_PSYCHOSIS)),
    J("English", E, "conference in Bergen",
      ("polyfon-2018", "polyfon-2019", "polyfon-2020", "polyfon-2022", "polyfon-2023",
       "polyfon-2026", "nasjonal-musikkterapikonferanse-2018"),
      (*POLYFON, "event:polyfon-2025", "organisation:norce", "organisation:nfmt",
       "organisation:bergensklinikken", *LATER_REPORTS, "topic:utdanningen")),
    J("English", E, "music therapy summit Oslo", ("toppmote-musikkterapi",),
      (*TOPPMOTE, "event:nasjonal-musikkterapikonferanse-2018", "topic:utdanningen",
       "report:uteseksjonen-2019")),
    J("English", B, "brochure for professionals", ("brosjyre-fagpersoner",),
      ("organisation:korus-vest-bergen", "topic:hva-er-musikkterapi",
       "topic:opprette-stilling")),
    J("English", B, "leaflet for people with substance problems", ("brosjyre-brukere",),
      ("organisation:fagradet", "organisation:korus-vest-bergen",
       "organisation:kompetansenettverk-musikkterapi-rus")),
    J("English", L, "user experience reports", USER_REPORTS,
      ("report:dale-2015-brukererfaringer", "research:trzebinski-tuastad-2022-metasyntese",
       "event:polyfon-2018",
       "topic:hva-brukerne-forteller", *INNLANDET, "organisation:korus-ost",
       "organisation:korus-vest-bergen")),
    J("English", G, "addiction treatment guideline", ("rusbehandling-2016",),
      ("avrusning-2016", *ABOUT_GUIDELINES, *ON_SUBSTANCES, "topic:hva-retningslinjene-sier")),
    J("English", Q, "mayor of Oslo", BORGEN, OSLO_MAYOR),
    J("English", D, "Norwegian Directorate of Health", ("organisation:helsedirektoratet",),
      (*GUIDELINES, *ABOUT_GUIDELINES, "organisation:kompetansenettverk-musikkterapi-rus")),
    J("English", T, "how to set up a music therapist position", ("opprette-stilling",),
      (*POSITIONS, "event:toppmote-musikkterapi", "event:polyfon-2018",
       "topic:hva-er-musikkterapi", "topic:utdanningen")),
    J("English", G, "withdrawal", ("avrusning-2016",),
      ("rusbehandling-2016", *ABOUT_GUIDELINES, "topic:hva-retningslinjene-sier",
       "research:silverman-2015-avrusning", "research:ghetti-2022-cochrane-rus",
       "report:overa-2013-hekta-pa-musikk", "person:monika-overa",
       "organisation:akershus-universitetssykehus")),
    J("English", Q, "guitar helps me", ("bruker-gitarspillingen",)),
    J("English", T, "procedure codes", ("opprette-stilling",),
      ("topic:utdanningen", "organisation:direktoratet-for-e-helse")),
    J("English", L, "research on recovery", ("research:trzebinski-tuastad-2022-metasyntese",
                                             "report:dale-2015-brukererfaringer",
                                             "topic:hva-brukerne-forteller"),
      ("report:book-of-abstracts-polyfon-2018", "guideline:psykoselidelser-2013")),
    J("English", E, "parliament interpellation", ("stortinget-interpellasjon-2019",),
      ("person:kjersti-toppe", "person:bent-hoie", *TOPPE_STORTING, "organisation:stortinget")),
]

PASTED = [
    J("pasted sentences", Q, "Dere skaper helse, sa ordfører Marianne Borgen da hun åpnet "
      "toppmøtet.", ("borgen-skaper-helse",),
      ("borgen-personlig-vekst", *OSLO_MAYOR)),
    J("pasted sentences", E, "Toppmøtet ble avholdt ved Norges musikkhøgskole og ble arrangert "
      "av et samarbeid aktører", ("toppmote-musikkterapi",), TOPPMOTE),
    J("pasted sentences", E, "Stortingsrepresentant Kjersti Toppe (Sp) åpnet konferansen med å "
      "understreke at implementeringen av musikkterapi går for sakte.",
      ("polyfon-2018", "quote:toppe-utalmodige"), POLYFON),
    J("pasted sentences", Q, "-Vi på Stortinget begynner å bli utålmodige, sa hun.",
      ("toppe-utalmodige",),
      ("toppe-polyfon-nasjonalt", *TOPPE_STORTING, "organisation:stortinget",
       "event:stortinget-interpellasjon-2019", "person:kjersti-toppe")),
    J("pasted sentences", G, "Musikkterapi er også anbefalt som støttebehandling i "
      "retningslinje for avrusning (IS-2211).", ("avrusning-2016",),
      ("topic:hva-retningslinjene-sier", "topic:opprette-stilling")),
    J("pasted sentences", G, "Det foreslås at det tilrettelegges for bruk av musikkterapi til "
      "pasienter/brukere som ønsker dette.", ("rusbehandling-2016",),
      ("topic:hva-retningslinjene-sier",)),
    J("pasted sentences", T, "Musikkterapeuter har en femårig universitetsutdanning som gir dem "
      "en bred kunnskap om hvordan musikk er koblet til følelser, motivasjon og minner",
      ("hva-er-musikkterapi",),
      ("quote:toppe-interpellasjon-profesjonskompetanse", "topic:utdanningen",
       "topic:opprette-stilling", "organisation:griegakademiet")),
    J("pasted sentences", D, "Helsedirektoratet ved Karin Irene Gravbrøt var også tilstede",
      ("person:karin-irene-gravbrot",), TOPPMOTE),
    J("pasted sentences", B, "Brosjyre om musikkterapi, der målgruppa er folk med rusproblemer.",
      ("brosjyre-brukere",), ("organisation:fagradet", "organisation:korus-vest-bergen",
                              "organisation:kompetansenettverk-musikkterapi-rus",
                              "organisation:stiftelsen-bergensklinikkene")),
    J("pasted sentences", Q, "Blir jeg sur så spiller jeg gitar. Hjelper meg å regulere "
      "følelsene mine.", ("bruker-gitarspillingen",)),
    J("pasted sentences", E, "Musikkterapeuter fra Fredrikstad kommune, Tyrilistiftelsen, "
      "Lovisenberg sykehus, Uteseksjonen i Oslo og Frelsesarmeen viste glimt fra praksis",
      ("toppmote-musikkterapi",), TOPPMOTE),
    J("pasted sentences", T, "Brukerne forteller i rapportene om at musikk bidrar til bedret "
      "psykisk helse", ("hva-brukerne-forteller",), USERS_SAY),
    J("pasted sentences", E, "På konferansen ledet Torhild Kielland en samtale mellom Rønnaug "
      "Frøiland og Else-Marie Løberg", ("polyfon-2018",), POLYFON),
    J("pasted sentences", Q, "må da Bergen minst få til det samme, sa Rønnaug Frøiland til "
      "stor applaus", ("froiland-tre-stillinger",),
      ("person:ronnaug-froiland", "organisation:bergen-kommune",
       "organisation:fredrikstad-kommune", "event:polyfon-2018", "topic:opprette-stilling")),
    J("pasted sentences", D, "Inga Marte Thorkildsen kom til toppmøtet sammen med sin "
      "nyansatte fagsjef rus Stian Biong.", ("person:stian-biong",), TOPPMOTE),
]

ROLES = [
    J("names by role", D, "ordføreren", ("person:marianne-borgen",),
      ("event:toppmote-musikkterapi", *BORGEN)),
    J("names by role", D, "byråden", ("person:inga-marte-thorkildsen",),
      ("person:stian-biong", *THORKILDSEN)),
    J("names by role", D, "stortingsrepresentanten", ("person:kjersti-toppe",),
      (*TOPPE_POLYFON, *TOPPE_STORTING, "event:polyfon-2018",
       "event:stortinget-interpellasjon-2019", "event:stortinget-debatt-2017")),
    J("names by role", D, "professor ved UiB", ("person:brynjulf-stige",),
      ("organisation:polyfon",)),
    J("names by role", D, "musikkterapeut",
      ("person:hans-petter-solli", "person:erlend-barratt-due-solum", "person:monika-overa"),
      (*POSITIONS, "event:polyfon-2018", "event:toppmote-musikkterapi",
       "organisation:akershus-universitetssykehus", "report:overa-2013-hekta-pa-musikk",
       "quote:toppe-interpellasjon-profesjonskompetanse", "topic:hva-er-musikkterapi",
       "topic:opprette-stilling", "topic:utdanningen")),
    J("names by role", D, "etatsdirektør", ("person:ronnaug-froiland",),
      ("quote:froiland-tre-stillinger",)),
    J("names by role", D, "prest", ("person:cato-kristiansen",),
      ("quote:thorkildsen-haster-hape", "organisation:oslo-kretsfengsel")),
    J("names by role", D, "fagsjef rus", ("person:stian-biong",)),
    J("names by role", D, "artist", ("person:angelica-kjos",),
      ("event:toppmote-musikkterapi",)),
    J("names by role", D, "avdelingsdirektør for rusmedisin", ("person:else-marie-loberg",),
      ("organisation:helse-bergen",)),
    J("names by role", D, "interpellant", ("person:kjersti-toppe",),
      ("event:stortinget-interpellasjon-2019",)),
    J("names by role", D, "Trondalen", ("person:gro-trondalen", "report:kielland-2013-rusfag",
                                        "report:dale-2015-brukererfaringer",
                                        "report:etableringshandbok"),
      ("topic:hva-brukerne-forteller", "topic:opprette-stilling")),
    J("names by role", L, "Tuastad", ("research:trzebinski-tuastad-2022-metasyntese",),
      ("topic:hva-brukerne-forteller",)),
    J("names by role", L, "redaktører av etableringshåndboka", ("etableringshandbok",),
      ("organisation:cremah", "organisation:fagradet",
       "organisation:kompetansenettverk-musikkterapi-rus", "topic:opprette-stilling",
       "person:torhild-kielland", "person:gro-trondalen", "person:hans-petter-solli")),
    J("names by role", D, "konsertforedrag", ("person:angelica-kjos", "person:hans-petter-solli"),
      ("event:toppmote-musikkterapi",)),
    J("names by role", D, "åpnet konferansen", ("person:kjersti-toppe",),
      ("event:polyfon-2018", "quote:toppe-utalmodige", "event:toppmote-musikkterapi",
       "person:marianne-borgen", *BORGEN)),
]

NOTHING = [
    J("must find nothing", Q, "pizza oppskrift", ()),
    J("must find nothing", E, "fotball resultater", ()),
    J("must find nothing", E, "billige flybilletter til Spania", ()),
    J("must find nothing", E, "værmelding for Oslo i morgen", ()),
    J("must find nothing", Q, "bitcoin kurs", ()),
    J("must find nothing", T, "hvordan bytte dekk på bilen", ()),
    J("must find nothing", E, "weather forecast", ()),
    J("must find nothing", Q, "kaffe og kake", ()),
    J("must find nothing", G, "skattemelding frist", ()),
    J("must find nothing", Q, "qwerty asdf", ()),
    J("must find nothing", D, "xyzzy", ()),
    J("must find nothing", T, "strikkeoppskrift lue", ()),
    J("must find nothing", D, "parkering ved sykehuset", ()),
    J("must find nothing", B, "Harry Potter", ()),
    J("must find nothing", D, "tannlege timebestilling", ()),
]

STRICT = [*QUESTIONS, *DATES, *SYNONYMS, *ENGLISH, *PASTED, *ROLES, *NOTHING]
