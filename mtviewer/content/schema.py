"""Facts about the content database that its writer (``mtviewer.build``) and its readers share.

The schema itself (tables, columns) is owned by the SQLAlchemy models in ``mtviewer.build``;
readers only need to know which version they can read and the vocabularies of coded fields.
"""

SCHEMA_VERSION = 3
"""Bumped whenever the tables change; readers refuse databases of another version.
3: indexes for every reverse lookup a record page makes; document counts in the word list."""

AUDIENCES = ("professionals", "people_with_substance_problems")
REPORT_STATUSES = ("published", "in_production", "planned")
PARTICIPANT_QUALIFIERS = ("about", "more than", "exactly")
