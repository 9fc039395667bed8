"""Messages of the core in Kinyarwanda, English and French (the GUI uses Qt's own system)."""
