"""Root conftest: notebooks executed by nbval must not write into a real case folder.

The kernels nbval starts inherit this process's environment, so the store they open is a temporary
folder (seeded with nothing; the notebooks seed the demo case themselves where they need one).
"""

import os
import tempfile


def pytest_configure(config: object) -> None:
    if "BERATUNGSKIT_STORE" not in os.environ:
        os.environ["BERATUNGSKIT_STORE"] = tempfile.mkdtemp(prefix="bk-faelle-")
