"""Editing programmes' cohorts: window, phases, tracks, quotas and eligibility rules."""
