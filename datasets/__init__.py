"""Dataset tables, statistics and reports, installed as caselaw.datasets."""
