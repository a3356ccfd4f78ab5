"""Writing reports: atomic, never over an input, quiet on a closed pipe, guarded in GitHub logs."""

from __future__ import annotations

import io
import os
import re
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from checker import output
from checker.errors import InputError
from checker.output import emit, guard_workflow_commands, write_atomic

REPO = Path(__file__).resolve().parents[1]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_write_creates_and_replaces(tmp_path):
    target = tmp_path / "report.md"
    write_atomic(target, "first ≠ second\n")
    assert target.read_text(encoding="utf-8") == "first ≠ second\n"
    write_atomic(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert _leftovers(tmp_path) == []


def test_write_keeps_the_old_permissions(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.stat().st_mode & 0o777 == 0o640


def test_new_file_gets_ordinary_permissions_not_the_temp_files(tmp_path):
    target = tmp_path / "report.json"
    umask = os.umask(0o022)
    try:
        write_atomic(target, "{}")
    finally:
        os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("spelling", ["same", "dotted", "symlink"])
def test_refuses_to_write_over_an_input(tmp_path, monkeypatch, spelling):
    source = tmp_path / "seeds" / "a.txt"
    source.parent.mkdir()
    source.write_text("the article")
    monkeypatch.chdir(tmp_path)
    if spelling == "same":
        target = source
    elif spelling == "dotted":
        target = Path("seeds/../seeds/./a.txt")
    else:
        target = tmp_path / "link.txt"
        target.symlink_to(source)
    with pytest.raises(InputError, match="input file"):
        write_atomic(target, "report", protected={Path("seeds/a.txt")})
    assert source.read_text() == "the article"
    assert _leftovers(source.parent) == [] and _leftovers(tmp_path) == []


def test_refuses_symlink_directory_and_missing_folder(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("kept")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    with pytest.raises(InputError, match="symbolic link"):
        write_atomic(link, "x")
    with pytest.raises(InputError, match="directory"):
        write_atomic(tmp_path, "x")
    with pytest.raises(InputError, match="does not exist"):
        write_atomic(tmp_path / "no" / "such.md", "x")
    assert real.read_text() == "kept"


def test_a_failed_rename_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("old report")

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", failing_replace)
    with pytest.raises(InputError, match="no space left") as caught:
        write_atomic(target, "new report")
    assert str(caught.value).startswith(str(target))
    assert target.read_text() == "old report"
    assert _leftovers(tmp_path) == []


def test_ctrl_c_during_the_write_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("old report")

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new report")
    assert target.read_text() == "old report"
    assert _leftovers(tmp_path) == []


def test_an_unwritable_folder_is_a_clear_error(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(InputError, match="cannot write the report"):
            write_atomic(folder / "r.md", "x")
    finally:
        folder.chmod(0o700)


def test_emit_goes_to_the_stream_or_the_file(tmp_path):
    stream = io.StringIO()
    emit("to stdout\n", None, stream=stream)
    emit("dash is stdout\n", "-", stream=stream)
    assert stream.getvalue() == "to stdout\ndash is stdout\n"
    emit("to a file\n", tmp_path / "r.txt", protected=[tmp_path / "input.txt"])
    assert (tmp_path / "r.txt").read_text() == "to a file\n"
    with pytest.raises(InputError):
        emit("x", tmp_path / "input.txt", protected=[tmp_path / "input.txt"])


def test_a_closed_pipe_ends_quietly():
    script = (
        "from checker.output import emit, quiet_broken_pipe\n"
        "with quiet_broken_pipe():\n"
        "    for _ in range(2000):\n"
        "        emit('line of a long report\\n' * 50)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    writer.stdout.read(10)
    writer.stdout.close()
    _, stderr = writer.communicate(timeout=30)
    assert stderr == b""
    assert writer.returncode == 1


def test_workflow_command_guard():
    text = "quote: ::error::boom\n##[warning]legacy\n"
    assert guard_workflow_commands(text, environ={}) == text
    guarded = guard_workflow_commands(text, environ={"GITHUB_ACTIONS": "true"})
    first, *middle, last = guarded.splitlines()
    token = re.fullmatch(r"::stop-commands::([0-9a-f]{32})", first).group(1)
    assert last == f"::{token}::"
    assert "\n".join(middle) + "\n" == text
    assert token not in text
    other = guard_workflow_commands(text, environ={"GITHUB_ACTIONS": "true"})
    assert other.splitlines()[0] != first, "the token must not be guessable from one run to the next"


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")


def _reading(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    """A reader on fifo (already open when this returns), draining it in a thread until the writer is done."""
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    got: list[bytes] = []

    def drain() -> None:
        deadline = time.monotonic() + 30
        with os.fdopen(fd, "rb", buffering=0) as reader:
            while time.monotonic() < deadline:
                try:
                    chunk = reader.read(65536)
                except BlockingIOError:
                    chunk = None
                if chunk:
                    got.append(chunk)
                elif chunk == b"" and got:  # the writer closed its end after writing
                    return
                else:
                    time.sleep(0.01)

    thread = threading.Thread(target=drain, daemon=True)
    thread.start()
    return thread, got


@needs_fifo
def test_a_named_pipe_with_a_reader_is_written_in_place_and_survives(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    thread, got = _reading(fifo)
    text = "a report longer than a pipe's buffer\n" * 5000
    write_atomic(fifo, text)
    thread.join(timeout=30)
    assert b"".join(got).decode() == text
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and _leftovers(tmp_path) == []


@needs_fifo
def test_a_named_pipe_without_a_reader_is_refused_at_once_and_kept(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(InputError, match="no process is reading this named pipe"):
        write_atomic(fifo, "report")
    with pytest.raises(InputError, match="no process is reading this named pipe"):
        output.append_text(fifo, "summary")
    assert time.monotonic() - started < 5
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@needs_fifo
def test_a_failed_report_sends_nothing_down_the_pipe(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    thread, got = _reading(fifo)
    with pytest.raises(RuntimeError):
        with output.atomic_file(fifo) as handle:
            handle.write(b"half a report")
            raise RuntimeError("renderer broke")
    thread.join(timeout=30)
    assert got == [] and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_dev_stdout_writes_into_our_stdout_even_when_it_is_a_file(tmp_path):
    # `checker report -o /dev/stdout >> log`: appended through the descriptor, not truncated, not replaced.
    log = tmp_path / "log.txt"
    log.write_text("earlier\n")
    script = "from checker.output import write_atomic\nwrite_atomic('/dev/stdout', 'report\\n')\n"
    with log.open("a") as stdout:
        done = subprocess.run([sys.executable, "-c", script], stdout=stdout, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
    assert done.returncode == 0, done.stderr
    assert log.read_text() == "earlier\nreport\n" and not os.path.islink(log)


def test_our_stdout_in_a_github_log_is_guarded_unless_asked_not_to_be():
    script = ("import sys\nfrom checker.output import write_atomic\n"
              "write_atomic('/dev/stdout', '::error::boom\\n', guard=sys.argv[1] == 'guard')\n")
    env = {**os.environ, "PYTHONPATH": str(REPO), "GITHUB_ACTIONS": "true"}
    guarded, plain = (subprocess.run([sys.executable, "-c", script, how], capture_output=True, text=True, env=env,
                                     timeout=60).stdout for how in ("guard", "github"))
    assert plain == "::error::boom\n"
    assert guarded.startswith("::stop-commands::") and guarded.splitlines()[1] == "::error::boom"


def test_a_draft_never_replaces_a_file_even_one_that_appears_while_it_is_written(tmp_path):
    target = tmp_path / "claims.yaml"
    target.write_text("curated")
    with pytest.raises(InputError, match="already exists"):
        write_atomic(target, "draft", overwrite=False)
    target.unlink()
    with pytest.raises(InputError, match="already exists"):
        with output.atomic_file(target, overwrite=False) as handle:
            handle.write(b"draft")
            target.write_text("curated meanwhile")
    assert target.read_text() == "curated meanwhile" and _leftovers(tmp_path) == []
    write_atomic(tmp_path / "new.yaml", "draft", overwrite=False)
    assert (tmp_path / "new.yaml").read_text() == "draft"


@needs_fifo
def test_a_pipe_that_appears_while_the_report_is_written_is_not_replaced(tmp_path):
    target = tmp_path / "report.md"
    with pytest.raises(InputError, match="not replaced"):
        with output.atomic_file(target) as handle:
            handle.write(b"report")
            os.mkfifo(target)
    assert stat.S_ISFIFO(os.lstat(target).st_mode) and _leftovers(tmp_path) == []


def test_a_summary_is_appended_but_never_to_an_input(tmp_path):
    summary = tmp_path / "summary.md"
    output.append_text(summary, "one\n")
    output.append_text(summary, "two\n")
    assert summary.read_text() == "one\ntwo\n"
    source = tmp_path / "a.txt"
    source.write_text("article")
    with pytest.raises(InputError, match="input file"):
        output.append_text(source, "x", protected=[source])
    assert source.read_text() == "article"
