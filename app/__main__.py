"""``python -m app`` does the same as the ``leselupe`` command."""

import sys

from app.cli import main

sys.exit(main())
