"""The window's side of content editions: installing from a file, checking the feed."""
