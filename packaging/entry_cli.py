"""The bundled command line: what `careerdesk` runs (a bare `careerdesk` opens the window)."""

from careerdesk.cli.main import main

raise SystemExit(main())
