"""The detail pane: a record page rendered from the read side's page data."""
