"""The content compiler (the write side): the schema (SQLAlchemy models), checking the
content source, building the database and its search index, and synthetic content for
benchmarks. No Qt imports here."""
