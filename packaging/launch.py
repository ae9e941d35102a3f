"""Entry script of the packaged app (PyInstaller needs a script, not a package's __main__)."""

from inspector.cli import main

raise SystemExit(main())
