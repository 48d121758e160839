"""The bundled window (no console window on Windows): what `careerdesk-gui` runs."""

import sys

if sys.argv[1:2] == ["--careerdesk-read-workbook"]:  # a workbook read apart (workbook_process)
    from careerdesk.io.workbook_process import serve

    raise SystemExit(serve())

from careerdesk.gui.app import main  # noqa: E402

raise SystemExit(main())
