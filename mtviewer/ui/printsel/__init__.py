"""The print selection: its Qt model, the panel that shows it, printing and presenting."""
