"""The read side: the app's only door to a content database. Standard library only.

``open_content(path)`` checks a database file and returns a :class:`Content`; the window, the
command line and printing ask it for ids, rows, search hits, record pages and print data,
and never see a connection or SQL. :class:`Content` is a protocol, so a second implementation
(a content library on a database server) can stand in for the SQLite one.
"""

from .api import Content, Hits, Prepared
from .db import DatabaseError, Problem
from .store import open_content

__all__ = ["Content", "DatabaseError", "Hits", "Prepared", "Problem", "open_content"]
