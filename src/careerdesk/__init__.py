"""CareerDesk: nominations, placements and reports for Hong Kong university career offices."""

# The one place the version is written; pyproject.toml reads it from here. A literal,
# because asking importlib.metadata costs tens of milliseconds at every start.
__version__ = "0.1.0"

APP_NAME = "CareerDesk"
