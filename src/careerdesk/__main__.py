"""`python -m careerdesk` runs the same command line as the `careerdesk` script."""

from careerdesk.cli.main import main

raise SystemExit(main())
