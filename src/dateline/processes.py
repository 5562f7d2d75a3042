"""Worker processes that do not outlive the process that started them."""

from __future__ import annotations

import os
import threading
import time

_POLL_SECONDS = 0.5


def exit_with_parent(parent: int) -> None:
    """In a worker process: exit as soon as its parent (the pid the parent passed, so that a
    parent killed before the worker got here counts too) is gone. A pool's worker whose
    parent was killed (SIGKILL, the OOM killer) would wait on its task queue forever: it holds
    both ends of the queue's pipe, so no end-of-file ever comes."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
