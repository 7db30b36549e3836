"""Turning chosen quotes into printable pages: one builder for preview, printer and PDF."""
