"""Progress of `checker report` on stderr: per source while extracting, only on a terminal, never in outputs."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

from checker.options import Options
from checker.run import execute_keyed
from checker.progress import StageProgress, current

ROOT = Path(__file__).resolve().parents[1]


class _Recording(StageProgress):
    """A bar that draws nothing and keeps what the run told it."""

    def __init__(self) -> None:
        super().__init__(("reading sources", "extracting figures", "checking"), enabled=False)
        self.log: list[tuple] = []

    def stage(self, name: str, total: int | None = None) -> None:
        self.log.append((name, total))
        super().stage(name, total)

    def advance(self, count: int = 1) -> None:
        self.log.append(("advance", count))
        super().advance(count)


def test_extraction_advances_the_bar_once_per_source(monkeypatch):
    monkeypatch.chdir(ROOT)
    with _Recording() as progress:
        assert current() is progress
        execute_keyed(["seeds", "claims"], Options(cache=False))
    assert current() is None
    assert progress.log[0] == ("extracting figures", 5) and progress.log[-1] == ("checking", None)
    assert progress.log[1:-1] == [("advance", 0)] + [("advance", 1)] * 5


def test_cached_sources_count_as_done_at_once(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    options = Options(cache=True, cache_dir=tmp_path)
    execute_keyed(["seeds"], options)
    with _Recording() as progress:
        execute_keyed(["seeds"], Options(cache=True, cache_dir=tmp_path, select=("FC1",)))
    assert progress.log[:2] == [("extracting figures", 5), ("advance", 5)]


def test_a_counted_stage_shows_items_done_of_total():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    with StageProgress(("extracting figures",), enabled=True, delay=0.0, stream=stream) as progress:
        progress.stage("extracting figures", total=3)
        progress.advance()
        progress.advance()
        for _ in range(100):
            if "2/3" in stream.getvalue():
                break
            time.sleep(0.01)
    assert "extracting figures" in stream.getvalue() and "2/3" in stream.getvalue()


def test_no_progress_on_a_pipe_and_none_in_the_output_file(tmp_path):
    out = tmp_path / "report.md"
    done = subprocess.run([sys.executable, "-m", "checker", "report", "--no-cache", "-f", "markdown", "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1 and done.stderr == "" and done.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "extracting figures" not in text and "\x1b" not in text
