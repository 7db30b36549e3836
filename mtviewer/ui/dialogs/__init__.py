"""Dialogs and messages: help, About, opening a database, errors, saving files."""
