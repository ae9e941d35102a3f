"""Entry script of the packaged app (PyInstaller needs a script, not a package's __main__)."""

import multiprocessing

from inspector.cli import main

if __name__ == "__main__":
    # A worker process of the frozen app (services.worker: exports) starts here and runs its
    # task instead of the app; a no-op otherwise.
    multiprocessing.freeze_support()
    raise SystemExit(main())
