"""Writing reports: atomically to a file (in place to a pipe or device), never over an input, or to stdout."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, TextIO

__all__ = ["write_atomic", "atomic_file", "check_output", "append_text", "Utf8Sink", "emit", "quiet_broken_pipe",
           "guard_workflow_commands", "workflow_command_guard"]


def _output_error(path: str | os.PathLike[str], message: str) -> Exception:
    from checker.errors import InputError

    return InputError(path, message)


def _resolved(path: str | os.PathLike[str]) -> Path:
    # realpath: an output that does not exist yet still resolves through its parents' links, and a
    # link loop resolves somewhere instead of raising.
    return Path(os.path.realpath(os.path.expanduser(path)))


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


def _check_target(path: Path, protected: _Inputs, overwrite: bool = True) -> str | None:
    """None for a target to replace atomically (a regular file, or nothing yet); the kind of special file
    to write in place instead ("a named pipe", "a character device"); InputError for one never written
    (and, unless overwrite, for an existing regular file)."""
    if protected.include(path):
        raise _output_error(
            path, "refusing to write the report over an input file: choose another --output"
        )
    try:
        mode = os.lstat(path).st_mode
    except (OSError, ValueError):
        mode = None
    if mode is not None and stat.S_ISLNK(mode):
        special = _in_place(path)
        if special is None:
            raise _output_error(
                path, "refusing to write the report through a symbolic link: give the real path"
            )
        return special
    if mode is not None and stat.S_ISDIR(mode):
        raise _output_error(path, "is a directory: give a file name for the report")
    if mode is not None and not stat.S_ISREG(mode):
        special = _in_place(path)
        if special is None:
            from checker.inputs.textio import special_kind

            raise _output_error(path, f"is {special_kind(path) or 'a special file'}, not a regular file: "
                                      "refusing to replace it with the report")
        return special
    if mode is None and not path.parent.is_dir():
        raise _output_error(path, f"cannot write the report: folder {path.parent} does not exist")
    if mode is not None and not overwrite:
        raise _already_exists(path)
    return None


def check_output(path: str | os.PathLike[str], *, protected: Iterable[str | os.PathLike[str]] = (),
                 overwrite: bool = True) -> None:
    """Refuse (InputError) a target write_atomic would refuse, before the work of making its text."""
    _check_target(Path(path), _Inputs(protected), overwrite)


def _already_exists(path: Path) -> Exception:
    return _output_error(path, "already exists: not replaced without --force")


def _place(temp_name: str, path: Path, overwrite: bool) -> None:
    """Rename the finished temporary file to path; unless overwrite, only if nothing is there by then."""
    if overwrite:
        os.replace(temp_name, path)
        return
    try:
        os.link(temp_name, path)  # atomic: fails if a file appeared at path since it was checked
    except FileExistsError:
        raise _already_exists(path) from None
    except OSError:  # a file system without hard links: checked, then renamed
        if os.path.lexists(path):
            raise _already_exists(path) from None
        os.replace(temp_name, path)
        return
    os.unlink(temp_name)


def _in_place(path: Path) -> str | None:
    """What a target that is not replaced is written into (through its links): a named pipe, a character
    device (/dev/null, a terminal), or this process's own stdout or stderr (/dev/stdout); None otherwise."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    for fd, name in ((1, "stdout"), (2, "stderr")):
        with contextlib.suppress(OSError, ValueError):
            stream = os.fstat(fd)
            if (stream.st_dev, stream.st_ino) == (found.st_dev, found.st_ino):
                return name
    if stat.S_ISFIFO(found.st_mode):
        return "a named pipe"
    if stat.S_ISCHR(found.st_mode):
        return "a character device"
    return None


def _write_reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "no space left on the device"
    if error.errno == errno.ENXIO:
        return "no process is reading this named pipe: start its reader first"
    if error.errno == errno.EPIPE:
        return "its reader closed the pipe before the report was written"
    return error.strerror or str(error)


# Opening a pipe that has no reader fails (ENXIO) instead of waiting; a terminal never becomes ours.
_NO_WAIT = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def _open_in_place(path: Path, special: str) -> int:
    """A blocking descriptor writing into the special target, opened without waiting for a pipe's reader."""
    if special in ("stdout", "stderr"):
        # Through the process's own descriptor: its offset and append mode are kept, and a file
        # behind it is never truncated a second time.
        (sys.stdout if special == "stdout" else sys.stderr).flush()
        return os.dup(1 if special == "stdout" else 2)
    fd = os.open(path, os.O_WRONLY | _NO_WAIT)
    try:
        mode = os.fstat(fd).st_mode
        if not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
            raise _output_error(path, "changed into a regular file while the report was prepared: not written")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _ends_line(handle: BinaryIO) -> bool:
    """Whether a file's text is empty or ends with a line break."""
    size = handle.seek(0, os.SEEK_END)
    if size == 0:
        return True
    handle.seek(size - 1)
    return handle.read(1) == b"\n"


@contextlib.contextmanager
def _in_place_file(path: Path, special: str, guard: bool) -> Iterator[BinaryIO]:
    """atomic_file for a pipe or device: the text is spooled to an unnamed temporary file and copied into
    the target only once whole, so a failed run sends nothing, and the target is never replaced."""
    import shutil

    try:
        fd = _open_in_place(path, special)
    except OSError as error:
        raise _output_error(path, f"cannot write the report: {_write_reason(error)}") from None
    # Our own stdout or stderr may be a GitHub Actions log, where no line of a quote may run a command.
    frame = workflow_command_guard() if guard and special in ("stdout", "stderr") else None
    try:
        with tempfile.TemporaryFile(prefix="checker-") as spool:
            yield spool
            spool.flush()
            ends_line = _ends_line(spool)
            spool.seek(0)
            with open(fd, "wb", closefd=False) as target:
                if frame is not None:
                    target.write(frame[0].encode())
                shutil.copyfileobj(spool, target, 1 << 20)
                if frame is not None:
                    target.write((b"" if ends_line else b"\n") + frame[1].encode())
    except OSError as error:
        raise _output_error(path, f"cannot write the report: {_write_reason(error)}") from None
    finally:
        os.close(fd)


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
    guard: bool = False,
    overwrite: bool = True,
) -> None:
    """Write text as UTF-8 (or bytes as they are) to path so that readers see the old file or the whole
    new one, never a part.

    The text goes to a temporary file in the same folder, is flushed and fsynced, then renamed over
    the target with os.replace. On any failure, Ctrl-C included, the temporary file is removed and
    the old file is left untouched. Refuses (InputError) a path that resolves to one of the
    `protected` input files, a symbolic link, a directory, another special file, or a missing folder.
    A named pipe or a character device (also through a link: /dev/stdout) is written in place, never
    replaced; a pipe with no reader is an InputError, never a wait. guard: text written in place to our
    own stdout or stderr is wrapped as guard_workflow_commands wraps it (not for --format github).
    overwrite=False refuses (InputError) a regular file already at path, also one that appears meanwhile.
    """
    # Reporters sanitise their text, so "replace" only guards against a bug turning into a crash.
    data = text.encode("utf-8", errors="replace") if isinstance(text, str) else text
    with atomic_file(path, protected=protected, guard=guard, overwrite=overwrite) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_file(
    path: str | os.PathLike[str],
    *,
    protected: Iterable[str | os.PathLike[str]] = (),
    guard: bool = False,
    overwrite: bool = True,
) -> Iterator[BinaryIO]:
    """A binary file (open for reading too) that becomes path, atomically, when the block ends without error.

    write_atomic's guarantees for output written piece by piece: the target is checked before the
    temporary file is made and again before the rename; any exception in the block, Ctrl-C
    included, removes the temporary file and leaves the old file untouched; an OSError (a full
    disk) becomes an InputError naming the output. A pipe or device is written in place (write_atomic).
    """
    path = Path(path)
    protected = _Inputs(protected)
    special = _check_target(path, protected, overwrite)
    if special is not None:
        with _in_place_file(path, special, guard) as handle:
            yield handle
        return
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
        # Checked again just before the rename: an input, a pipe or a device could have appeared at the target since.
        if _check_target(path, protected) is not None:
            raise _output_error(path, "became a pipe or device while the report was written: not replaced")
        _place(temp_name, path, overwrite)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, OSError):
            raise _output_error(path, f"cannot write the report: {_write_reason(error)}") from None
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
    guard: bool = False,
    overwrite: bool = True,
) -> None:
    """Send a rendered report to the output file (atomically), or to stdout when output is None or "-"."""
    if output is not None and os.fspath(output) != "-":
        write_atomic(output, text, protected=protected, guard=guard, overwrite=overwrite)
        return
    stream = stream if stream is not None else sys.stdout
    stream.write(text)
    stream.flush()


def append_text(path: str | os.PathLike[str], text: str, *, protected: Iterable[str | os.PathLike[str]] = (),
                what: str = "summary") -> None:
    """Append text as UTF-8 to path, creating a missing file (a CI step summary shared by a step's commands).

    Refuses (InputError) one of the `protected` inputs and a directory; a named pipe with no reader
    is an InputError, never a wait. Into our own stdout or stderr, the text is guarded as a report is.
    """
    path = Path(path)
    if _Inputs(protected).include(path):
        raise _output_error(path, f"refusing to append the {what} to an input file")
    if _in_place(path) in ("stdout", "stderr"):
        text = guard_workflow_commands(text)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NO_WAIT, 0o666)
        try:
            os.set_blocking(fd, True)
            with open(fd, "wb", closefd=False) as handle:
                handle.write(text.encode("utf-8", errors="replace"))
        finally:
            os.close(fd)
    except OSError as error:
        raise _output_error(path, f"cannot write the {what}: {_write_reason(error)}") from None


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
