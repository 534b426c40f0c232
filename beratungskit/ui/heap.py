"""The kernel's heap after start: what was loaded once is set aside from the garbage collector.

Python's cyclic garbage collector now and then walks every object it tracks (a full collection). In
the session kernel, with the app, the wording guard and its word lists loaded, that is over 90,000
objects; with a case of 200 resources open, an undo makes enough new objects that about one undo in
ten set off such a walk: 54 ms (load 5) to 222 ms (load 7) measured in the app built in-process,
beside 1-2 ms for the other collections of an edit (issue 15; the likely cause of the lone 114 ms
undo among 21-25 ms ones in ``bench_app.py``). What was loaded at start lives as long as the kernel:
once the loading is done, :func:`settle_heap` freezes it (``gc.freeze``), and later collections
look only at what the session makes (a case of 200 resources with its widgets: ~19,000 objects;
its full collection took 18 ms at load 7).

Memory is still freed as before (reference counting); only cycles among the frozen objects that
become garbage later would stay, and what is there at start is not that kind (modules, word lists,
the app's first page).
"""

from __future__ import annotations

import gc
import threading

__all__ = ["settle_heap"]

_settled: threading.Thread | None = None


def settle_heap(*loading: threading.Thread) -> threading.Thread:
    """Freeze the heap once the ``loading`` threads (the warm-ups) are done; once per process
    (``session_app`` calls it; tests/test_ui_app.py checks that it does)."""
    global _settled

    def settle() -> None:
        for thread in loading:
            thread.join()
        gc.freeze()

    if _settled is None:
        _settled = threading.Thread(target=settle, name="beratungskit-settle-heap", daemon=True)
        _settled.start()
    return _settled
