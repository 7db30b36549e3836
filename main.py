"""Launch mtviewer from a source checkout: ``python main.py [--db PATH] [--lang nb|en]``."""

import sys

from mtviewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
