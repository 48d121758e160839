"""CareerDesk: nominations, placements and reports for Hong Kong university career offices."""

from importlib import metadata

try:
    __version__ = metadata.version("careerdesk")
except metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

APP_NAME = "CareerDesk"
