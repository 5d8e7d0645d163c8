"""Run the command line: ``python -m newsmodel``."""

from newsmodel.cli import main

raise SystemExit(main())
