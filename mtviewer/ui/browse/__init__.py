"""Browsing one kind: the search field, the lazy list and its cheap paint path."""
