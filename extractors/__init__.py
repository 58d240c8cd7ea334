"""Extractors, installed as caselaw.extractors."""
