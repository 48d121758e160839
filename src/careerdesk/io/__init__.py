"""Spreadsheets in and out, on plain data: no database and no Qt here."""
