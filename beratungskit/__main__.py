"""``python -m beratungskit`` is the same as the ``beratungskit`` command."""

import sys

from beratungskit.cli import main

sys.exit(main())
