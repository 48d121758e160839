"""The import's own error: a file or a choice that stops the whole import."""

from __future__ import annotations

from careerdesk.core.errors import CareerDeskError


class ImportFailedError(CareerDeskError):
    """Nothing was imported; ``message`` says why in one sentence."""

    code = "import_failed"
