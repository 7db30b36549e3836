"""How the window looks: colour schemes and zoom."""
