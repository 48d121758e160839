"""The bundled command line: what `careerdesk` runs (a bare `careerdesk` opens the window)."""

import sys

if sys.argv[1:2] == ["--careerdesk-read-workbook"]:  # a workbook read apart (workbook_process)
    from careerdesk.io.workbook_process import serve

    raise SystemExit(serve())

from careerdesk.cli.main import main  # noqa: E402

raise SystemExit(main())
