"""PDF reports laid out with reportlab, from plain data the core services assemble."""
