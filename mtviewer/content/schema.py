"""Facts about the content database that its writer (``mtviewer.compiler``) and its readers share.

The schema itself (tables, columns) is owned by the SQLAlchemy models in ``mtviewer.compiler``;
readers only need to know which version they can read and the vocabularies of coded fields.
"""

SCHEMA_VERSION = 6
"""Bumped whenever the tables change; readers refuse databases of another version.
3: indexes for every reverse lookup a record page makes; document counts in the word list.
4: the search index knows word forms (stems), each word as written, and each kind's words
   by length (for correcting typos).
5: a quote keeps the name of the person its speaker cited (``cites``), for the list.
6: knowledge pages (topics in sections); quotes' event name apart from their source; badge
   notes on guidelines; authors and place of publication on reports."""

EDITION_VERSION = r"[0-9]{1,9}(\.[0-9]{1,9}){0,3}"
"""An edition's version: up to four whole numbers separated by dots ("1.0", "2026.2"),
compared number by number; also the name of its folder among installed editions."""

AUDIENCES = ("professionals", "people_with_substance_problems")
REPORT_STATUSES = ("published", "in_production", "planned")
PARTICIPANT_QUALIFIERS = ("about", "more than", "exactly")

TABLES = ("meta", "source", "organisation", "person", "event", "event_person", "quote",
          "guideline", "brochure", "report", "event_organiser", "event_contributor",
          "event_guideline", "report_event", "brochure_paper_copies",
          "topic", "topic_section", "topic_section_source", "topic_guideline", "topic_report",
          "topic_brochure",
          *(f"{kind}_source" for kind in ("organisation", "person", "event", "quote",
                                          "guideline", "brochure", "report", "topic")))
"""The tables a content database of this schema has (a test keeps this in step with the
models); without one of them it cannot be shown."""
SEARCH_TABLES = ("search", "search_terms", "search_words", "search_stems", "search_vocabulary")
"""The search index: without it the records still show, and search is off."""
