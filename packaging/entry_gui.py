"""The bundled window (no console window on Windows): what `careerdesk-gui` runs."""

from careerdesk.gui.app import main

raise SystemExit(main())
