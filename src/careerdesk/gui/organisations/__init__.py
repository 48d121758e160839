"""Editing host companies and partners: names, theme, contacts and positions."""
