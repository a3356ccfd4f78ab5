"""Writing reports: atomically to a file, never over an input, or to stdout with a closed pipe ending quietly."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, TextIO

__all__ = ["write_atomic", "atomic_file", "Utf8Sink", "emit", "quiet_broken_pipe", "guard_workflow_commands",
           "workflow_command_guard"]


def _output_error(path: str | os.PathLike[str], message: str) -> Exception:
    from checker.errors import InputError

    return InputError(path, message)


def _resolved(path: str | os.PathLike[str]) -> Path:
    # strict=False: an output that does not exist yet still resolves through its parents' links.
    return Path(path).expanduser().resolve(strict=False)


class _Inputs:
    """The protected inputs, known by file identity: (device, inode) of each that exists, and the resolved
    path of each that does not (it could be created at the target while the report is written).

    One stat per input instead of resolving every path through its folders' links: a run over a
    thousand sources would otherwise spend longer resolving paths than writing its report.
    """

    def __init__(self, protected: Iterable[str | os.PathLike[str]]) -> None:
        self.identities: set[tuple[int, int]] = set()
        self.missing: list[str | os.PathLike[str]] = []
        for item in protected:
            try:
                found = os.stat(os.path.expanduser(item))
            except (OSError, ValueError):
                self.missing.append(item)
                continue
            self.identities.add((found.st_dev, found.st_ino))
        self._missing_resolved: set[Path] | None = None

    def include(self, path: Path) -> bool:
        """Whether writing path would write over one of the inputs (through any link or spelling)."""
        try:
            found = os.stat(path)
        except (OSError, ValueError):
            found = None
        if found is not None and (found.st_dev, found.st_ino) in self.identities:
            return True
        if not self.missing:
            return False
        if self._missing_resolved is None:
            self._missing_resolved = {_resolved(item) for item in self.missing}
        return _resolved(path) in self._missing_resolved


def _check_target(path: Path, protected: _Inputs) -> None:
    if protected.include(path):
        raise _output_error(
            path, "refusing to write the report over an input file: choose another --output"
        )
    if path.is_symlink():
        raise _output_error(
            path, "refusing to write the report through a symbolic link: give the real path"
        )
    if path.is_dir():
        raise _output_error(path, "is a directory: give a file name for the report")
    if not path.parent.is_dir():
        raise _output_error(path, f"cannot write the report: folder {path.parent} does not exist")


def _new_file_mode(path: Path) -> int:
    """The permissions the report should end with: the old file's, or what open() would give."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; not possible (nor needed) on Windows.
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(
    path: str | os.PathLike[str],
    text: str | bytes | memoryview,
    *,
    protected: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Write text as UTF-8 (or bytes as they are) to path so that readers see the old file or the whole
    new one, never a part.

    The text goes to a temporary file in the same folder, is flushed and fsynced, then renamed over
    the target with os.replace. On any failure, Ctrl-C included, the temporary file is removed and
    the old file is left untouched. Refuses (InputError) a path that resolves to one of the
    `protected` input files, a symbolic link, a directory, or a missing folder.
    """
    # Reporters sanitise their text, so "replace" only guards against a bug turning into a crash.
    data = text.encode("utf-8", errors="replace") if isinstance(text, str) else text
    with atomic_file(path, protected=protected) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_file(
    path: str | os.PathLike[str],
    *,
    protected: Iterable[str | os.PathLike[str]] = (),
) -> Iterator[BinaryIO]:
    """A binary file (open for reading too) that becomes path, atomically, when the block ends without error.

    write_atomic's guarantees for output written piece by piece: the target is checked before the
    temporary file is made and again before the rename; any exception in the block, Ctrl-C
    included, removes the temporary file and leaves the old file untouched; an OSError (a full
    disk) becomes an InputError naming the output.
    """
    path = Path(path)
    protected = _Inputs(protected)
    _check_target(path, protected)
    mode = _new_file_mode(path)
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise _output_error(path, f"cannot write the report: {error.strerror or error}") from None
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        # Checked again just before the rename: an input could have appeared at the target since.
        _check_target(path, protected)
        os.replace(temp_name, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            if error.errno == errno.ENOSPC:
                reason = "no space left on the device"
            raise _output_error(path, f"cannot write the report: {reason}") from None
        raise
    _fsync_folder(path.parent)


class Utf8Sink:
    """A text stream for reporters' write(): UTF-8 bytes to binary files, text to text streams, one digest.

    Text a strict encoding refuses (a lone surrogate a reporter let through) is written with
    replacement characters, as write_atomic writes it, and `replaced` is set: such output is not
    the text's exact encoding, so it is not cached.
    """

    def __init__(self, binary: Iterable[BinaryIO] = (), text: Iterable[TextIO] = (),
                 spare: Iterable[BinaryIO] = ()) -> None:
        import hashlib

        self._binary = list(binary)
        self._text = list(text)
        # Copies that must not stop the output (a cache's): one that fails to write is dropped.
        self._spare = list(spare)
        self.spare_kept = True
        self._digest = hashlib.sha256()
        self.replaced = False
        self.ends_with_newline = False

    def write(self, piece: str) -> int:
        if not piece:
            return 0
        try:
            data = piece.encode("utf-8")
        except UnicodeEncodeError:
            data = piece.encode("utf-8", errors="replace")
            self.replaced = True
        self._digest.update(data)
        for handle in self._binary:
            handle.write(data)
        for stream in self._text:
            stream.write(piece)
        if self._spare:
            try:
                for handle in self._spare:
                    handle.write(data)
            except OSError:
                self._spare = []
                self.spare_kept = False
        self.ends_with_newline = piece.endswith("\n")
        return len(piece)

    def flush(self) -> None:
        for handle in (*self._binary, *self._text):
            handle.flush()

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def emit(
    text: str,
    output: str | os.PathLike[str] | None = None,
    *,
    protected: Iterable[str | os.PathLike[str]] = (),
    stream: TextIO | None = None,
) -> None:
    """Send a rendered report to the output file (atomically), or to stdout when output is None or "-"."""
    if output is not None and os.fspath(output) != "-":
        write_atomic(output, text, protected=protected)
        return
    stream = stream if stream is not None else sys.stdout
    stream.write(text)
    stream.flush()


@contextlib.contextmanager
def quiet_broken_pipe() -> Iterator[None]:
    """End quietly when the reader of stdout goes away (`checker ... | head`).

    Python would otherwise print a BrokenPipeError traceback, and again when flushing stdout at
    exit; stdout is pointed at /dev/null so that final flush cannot fail. Use around the CLI's
    writes; exits with status 1 like other tools killed by SIGPIPE would report failure.
    """
    try:
        yield
    except BrokenPipeError:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(1) from None


def guard_workflow_commands(text: str, *, environ: dict[str, str] | None = None) -> str:
    """Text for a GitHub Actions log, wrapped so no line of it can run a workflow command.

    The runner parses every stdout and stderr line that starts with "::" (after spaces) or
    contains "##[" anywhere, and a human report wraps untrusted quotes onto lines of their own.
    GitHub's documented remedy is to stop command processing around such text with a token the
    text cannot guess. Outside GitHub Actions (GITHUB_ACTIONS != "true") the text is unchanged.
    Not for --format github, whose annotations must be processed.
    """
    guard = workflow_command_guard(environ=environ)
    if guard is None or not text:
        return text
    opening, closing = guard
    ending = "" if text.endswith("\n") else "\n"
    return f"{opening}{text}{ending}{closing}"


def workflow_command_guard(*, environ: dict[str, str] | None = None) -> tuple[str, str] | None:
    """The lines guard_workflow_commands puts before and after a text (the text must end its last line
    before the closing one), for text written piece by piece; None outside GitHub Actions."""
    environ = os.environ if environ is None else environ
    if environ.get("GITHUB_ACTIONS") != "true":
        return None
    token = secrets.token_hex(16)
    return f"::stop-commands::{token}\n", f"::{token}::\n"
