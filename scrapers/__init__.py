"""Portal scrapers, installed as caselaw.scrapers."""
