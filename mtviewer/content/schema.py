"""Facts about the content database that its writer (``mtviewer.compiler``) and its readers share.

The schema itself (tables, columns) is owned by the SQLAlchemy models in ``mtviewer.compiler``;
readers only need to know which version they can read and the vocabularies of coded fields.
"""

SCHEMA_VERSION = 8
"""Bumped whenever the tables change; readers refuse databases of another version.
3: indexes for every reverse lookup a record page makes; document counts in the word list.
4: the search index knows word forms (stems), each word as written, and each kind's words
   by length (for correcting typos).
5: a quote keeps the name of the person its speaker cited (``cites``), for the list.
6: knowledge pages (topics in sections); quotes' event name apart from their source; badge
   notes on guidelines; authors and place of publication on reports.
7: research (reviews and trials in numbers); every role, offer and status dated; badges,
   fees, statuses, unnamed speakers and titles the sources do not give stored as codes
   (``CODES``) for the interface to word; sources' publication dates and languages; who
   made a report and for whom; organisations' founding years and members.
8: the search index holds what each record's page shows (event dates in every form, times,
   notes, people's parts, report authors) and each record's title."""

EDITION_VERSION = r"[0-9]{1,9}(\.[0-9]{1,9}){0,3}"
"""An edition's version: up to four whole numbers separated by dots ("1.0", "2026.2"),
compared number by number; also the name of its folder among installed editions."""

AUDIENCES = ("professionals", "people_with_substance_problems")
REPORT_STATUSES = ("published", "in_production", "planned")
PARTICIPANT_QUALIFIERS = ("about", "more than", "exactly")
STRENGTHS = ("A", "B", "C", "D", "suggested", "not_given")
"""A guideline's grade of recommendation: a letter grade, "suggested" (worded "Det foreslås
at …"), or not given in the sources."""
EVIDENCE_LEVELS = ("1a", "1b", "2a", "2b", "3", "4", "consensus", "not_given")
TREATMENT_ROLES = ("supporting_treatment",)
"""What a guideline calls music therapy where that is not a grade (the detox guideline)."""
FEES = ("free", "charged")
EVENT_STATUSES = ("announced", "postponed")
"""An event that was only announced, or was moved; absent: held as dated."""
UNNAMED_SPEAKERS = ("service_user", "not_said")
"""Who said a quote the source names no one for: a service user, or the source does not say."""
TITLE_FROM = ("address", "described", "first_line")
"""Where a title the source does not give came from: the page's address, our description,
or the first line of the work (very probably its title)."""
LANGUAGES = ("nb", "nn", "en")
SOURCE_KINDS = ("article", "web_page", "minutes", "publication", "copy")
"""A source: a news article, a web page, a parliament's minutes, a publication (a review,
a book), or a copy of one found elsewhere."""
REPORT_FORMS = ("evaluation", "article", "book", "handbook", "abstracts")
DESIGNS = ("cochrane_review", "systematic_review", "metasynthesis", "cluster_randomised_trial")
STUDY_UNITS = ("studies", "trials", "reports")
NUMBERS_FROM = ("publication", "summary", "press")
"""Where a research record's numbers come from: the publication itself, a summary of it, or
the press."""
SENSITIVE = ("diagnosis", "aggression")
"""What a quote names that a wall poster may not want to show."""
NOT_FOUND = ("title", "year", "address")
"""What was looked for and not found (a brochure's title, year or address)."""
URL_KINDS = ("announcement",)
"""What a brochure's address leads to when it is not the brochure itself."""

TABLES = ("meta", "source", "organisation", "person", "event", "event_person", "quote",
          "guideline", "brochure", "report", "research", "event_organiser", "event_contributor",
          "event_guideline", "report_event", "brochure_paper_copies", "organisation_member",
          "report_by", "report_for", "report_person", "research_by", "research_guideline",
          "topic", "topic_section", "topic_section_source", "topic_guideline", "topic_report",
          "topic_brochure", "topic_research",
          *(f"{kind}_source" for kind in ("organisation", "person", "event", "quote",
                                          "guideline", "brochure", "report", "research",
                                          "topic")))
"""The tables a content database of this schema has (a test keeps this in step with the
models); without one of them it cannot be shown."""
SEARCH_TABLES = ("search", "search_titles", "search_terms", "search_words", "search_stems",
                 "search_vocabulary")
"""The search index: without it the records still show, and search is off."""
