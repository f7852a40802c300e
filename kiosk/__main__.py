"""``python -m kiosk``: the command line (see :mod:`kiosk.cli`)."""

from __future__ import annotations

import sys

from kiosk.cli import main as _cli_main


def main() -> int:
    return _cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
