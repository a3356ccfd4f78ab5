"""A progress bar on stderr, shown only on a terminal and only when a run takes more than a moment."""

from __future__ import annotations

import contextvars
import os
import sys
import threading
from typing import Sequence, TextIO

__all__ = ["StageProgress", "progress_wanted", "current", "DELAY_SECONDS"]

# The bar of the run in progress, for code deep in a run (the engine's loop over sources) to advance.
_CURRENT: contextvars.ContextVar[StageProgress | None] = contextvars.ContextVar("checker_progress", default=None)


def current() -> StageProgress | None:
    """The progress bar of the run in progress, or None: callers advance it only when there is one."""
    return _CURRENT.get()

# Runs shorter than this show nothing: a bar that flashes for a tenth of a second is noise.
DELAY_SECONDS = 0.5


def progress_wanted(stream: TextIO | None = None, environ=None) -> bool:
    """Whether a progress bar may be drawn: stderr is a terminal, TERM is not dumb, CI is not set."""
    stream = stream if stream is not None else sys.stderr
    environ = os.environ if environ is None else environ
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):
        return False
    return interactive and environ.get("TERM") != "dumb" and not environ.get("CI")


class StageProgress:
    """A bar over named stages ("reading sources", "checking", ...), drawn on stderr after a delay.

    A stage may count its items ("extracting figures", 1,234/100,000 sources): stage(name, total)
    then advance() per item. Nothing is drawn when stderr is not a terminal, so logs, pipes, output
    files and CI stay clean; colours follow rich's own NO_COLOR handling. The bar is transient: it
    disappears when the run ends. While the block runs, current() returns it.
    """

    def __init__(self, stages: Sequence[str], *, enabled: bool | None = None, delay: float = DELAY_SECONDS,
                 stream: TextIO | None = None) -> None:
        self._stages = list(stages)
        self._enabled = progress_wanted(stream) if enabled is None else enabled
        self._delay = delay
        self._stream = stream
        self._lock = threading.Lock()
        self._done = 0
        self._current = self._stages[0] if self._stages else ""
        self._progress = None
        self._task = None
        self._timer: threading.Timer | None = None
        self._closed = False
        self._items: tuple[int, int] | None = None  # (done, total) of a counted stage
        self._token = None

    @property
    def shown(self) -> bool:
        return self._progress is not None

    def __enter__(self) -> StageProgress:
        self._token = _CURRENT.set(self)
        if self._enabled:
            self._timer = threading.Timer(self._delay, self._show)
            self._timer.daemon = True
            self._timer.start()
        return self

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        with self._lock:
            if self._closed:
                return
            console = Console(file=self._stream or sys.stderr, stderr=self._stream is None)
            self._progress = Progress(
                TextColumn("{task.description}", markup=False), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                TimeElapsedColumn(), console=console, transient=True,
            )
            self._task = self._progress.add_task(self._current, **self._position())
            self._progress.start()

    def _position(self) -> dict:
        if self._items is not None:
            return {"completed": self._items[0], "total": self._items[1]}
        return {"completed": self._done, "total": len(self._stages)}

    def stage(self, name: str, total: int | None = None) -> None:
        """Mark the previous stage done and start `name`; with total, the stage counts that many items."""
        with self._lock:
            if name in self._stages:
                self._done = self._stages.index(name)
            self._current = name
            self._items = (0, total) if total is not None else None
            if self._progress is not None:
                self._progress.update(self._task, description=name, **self._position())

    def advance(self, count: int = 1) -> None:
        """Count items of the current stage done (sources extracted, say)."""
        with self._lock:
            if self._items is None:
                return
            self._items = (min(self._items[0] + count, self._items[1]), self._items[1])
            if self._progress is not None:
                self._progress.update(self._task, completed=self._items[0])

    def __exit__(self, *exc) -> None:
        if self._token is not None:
            _CURRENT.reset(self._token)
            self._token = None
        with self._lock:
            self._closed = True
            if self._timer is not None:
                self._timer.cancel()
            if self._progress is not None:
                self._progress.update(self._task, completed=self._position()["total"])
                self._progress.stop()
