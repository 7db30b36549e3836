"""The data layer: models, opening the database, content build. No Qt imports here."""
