"""PDF, CSV and DHIS2 renderings from plain data (built in the reports issue)."""
