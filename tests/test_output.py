"""Writing reports: atomic, never over an input, quiet on a closed pipe, guarded in GitHub logs."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
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
