"""Replays of unchanged invocations: a command's output and exit status under the state of its inputs."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Iterable, NamedTuple

from checker.inputs.paths import METADATA_FILE
from checker.store.files import read_checked, write_checked
from checker.store.keys import STORE_FORMAT, package_digest

__all__ = ["Replay", "ReplayCache", "input_files"]


# What a run may read inside an input folder: sources (any letter case), sources.yaml and claim files.
_READ_SUFFIXES = (".txt", ".md", ".html", ".htm", ".yaml", ".yml")


_SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")


# An HTML source's text comes from trafilatura, whose version no digest here covers: such runs are not replayed.
_UNREPLAYABLE_SUFFIXES = (".html", ".htm")


class Replay(NamedTuple):
    """What an unchanged invocation produced: its run key (naming the stored rendering), its exit status,
    the inputs besides its paths that its output must never be written over (a baseline), and the notes
    it printed on inputs passed over."""

    run_key: str
    exit_code: int
    protected: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def _file_state(path: str) -> str:
    """A regular file's content digest, else what stands at path: a folder, nothing, something unreadable."""
    import stat

    try:
        # Non-blocking, so that a named pipe among the inputs is reported rather than waited on.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (FileNotFoundError, NotADirectoryError):
        return "absent"
    except (OSError, ValueError) as error:
        return f"unreadable {getattr(error, 'errno', '')}"
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return "folder"
        if not stat.S_ISREG(info.st_mode):
            return f"special {stat.S_IFMT(info.st_mode)}"
        h = hashlib.sha256()
        # Plain reads sized to the file: a thousand small sources hash twice as fast as through file objects.
        while chunk := os.read(fd, min(max(info.st_size + 1, 1 << 16), 1 << 24)):
            h.update(chunk)
        return h.hexdigest()
    except OSError as error:
        return f"unreadable {error.errno}"
    finally:
        os.close(fd)


def _folder_listing(path: str, only_sources: bool = False) -> tuple[str, list[str]]:
    """A digest of a folder's visible entries (name, kind, where a link leads), and the files in it a run
    may read. only_sources: count only source-file names (what a folder's sources.yaml is checked against)."""
    try:
        with os.scandir(path) as found:
            entries = sorted(found, key=lambda entry: entry.name)
    except (FileNotFoundError, NotADirectoryError):
        return "absent", []
    except (OSError, ValueError) as error:
        return f"unreadable {getattr(error, 'errno', '')}", []
    h = hashlib.sha256()
    readable = []
    for entry in entries:
        suffix = os.path.splitext(entry.name)[1].lower()
        if entry.name.startswith(".") or (only_sources and suffix not in _SOURCE_SUFFIXES):
            continue
        try:
            is_file, is_dir = entry.is_file(), entry.is_dir()
            kind = "file" if is_file else "folder" if is_dir else "other"
            if entry.is_symlink():
                kind += " link to " + os.path.realpath(entry.path)
        except OSError:
            is_file, kind = False, "unknown"
        h.update(os.fsencode(entry.name) + b"\0" + os.fsencode(kind) + b"\n")
        if is_file and suffix in _READ_SUFFIXES:
            readable.append(entry.path)
    return h.hexdigest(), readable


def _state(kind: str, path: str) -> str:
    if kind == "file":
        return _file_state(path)
    if kind == "where":
        return os.path.realpath(path)
    return _folder_listing(path, only_sources=kind == "source names")[0]


def input_files(paths: Iterable[str | os.PathLike[str]], files: Iterable[str | os.PathLike[str]] = ()
                ) -> list[list[str]] | None:
    """Everything a report over paths may read, each as [kind, path, state]: the input folders' listings,
    each file a run may read in them, a single source's folder's sources.yaml and source names, and
    `files` (configuration, vocabulary, baseline). None when the run cannot be replayed (an HTML source).

    A state is a content digest for a file and a digest of the visible entries for a folder, so an
    edited, added, removed or renamed input changes it; modification times are never trusted.
    """
    wanted: list[tuple[str, str]] = []
    for raw in paths:
        path = os.fspath(raw)
        wanted.append(("where", path))
        folder = path if os.path.isdir(path) else None
        if folder is None and os.path.basename(path) == METADATA_FILE:
            folder = os.path.dirname(path) or "."
        if folder is not None:
            wanted.append(("folder", folder))
            continue
        wanted.append(("file", path))
        if os.path.splitext(path)[1].lower() in _SOURCE_SUFFIXES:
            parent = os.path.dirname(path) or "."
            wanted += [("file", os.path.join(parent, METADATA_FILE)), ("source names", parent)]
    wanted += [("file", os.fspath(f)) for f in files]
    states: list[list[str]] = []
    seen: set[tuple[str, str]] = set()
    for kind, path in wanted:
        if (kind, path) in seen:
            continue
        seen.add((kind, path))
        if kind == "folder":
            state, readable = _folder_listing(path)
            states.append([kind, path, state])
            for inner in readable:
                if ("file", inner) not in seen:
                    seen.add(("file", inner))
                    states.append(["file", inner, _file_state(inner)])
        else:
            states.append([kind, path, _state(kind, path)])
    if any(kind == "file" and os.path.splitext(path)[1].lower() in _UNREPLAYABLE_SUFFIXES
           for kind, path, _ in states):
        return None
    return states


class ReplayCache:
    """Whole invocations, replayed without loading a source, a model or a rule.

    Keyed by what was asked (command, arguments, working folder, $HOME, all of checker's code), an
    entry holds the run key of the stored rendering, the exit status, and every input the run read
    with its state (input_files). It answers only while each of those inputs is unchanged; any other
    difference (an edited source, a new file in an input folder, another pyproject.toml) is a miss,
    and the full run, which has its own caches, decides.
    """

    def __init__(self, folder: Path) -> None:
        self.root = Path(folder)
        self.folder = self.root / "runs"

    @staticmethod
    def invocation_key(command: str, arguments: object) -> str:
        from checker import __version__

        h = hashlib.sha256(f"checker {__version__} replay {STORE_FORMAT} {package_digest()}\0{command}\0".encode())
        for part in (os.getcwd(), os.environ.get("HOME", ""), repr(arguments)):
            h.update(part.encode("utf-8", "surrogatepass") + b"\0")
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.replay"

    def get(self, key: str) -> Replay | None:
        """The stored outcome, when every input it read is as it was; None otherwise (or when the entry is bad)."""
        body = read_checked(self._path(key))
        if body is None:
            return None
        try:
            entry = json.loads(str(body, "utf-8", "surrogatepass"))
            replay = Replay(str(entry["run"]), int(entry["exit"]), tuple(str(p) for p in entry["protected"]),
                            tuple(str(line) for line in entry["notes"]))
            inputs = [(str(kind), str(path), str(state)) for kind, path, state in entry["inputs"]]
        except (ValueError, TypeError, KeyError):
            return None
        for kind, path, state in inputs:
            if kind not in ("where", "folder", "file", "source names") or _state(kind, path) != state:
                return None
        return replay

    def put(self, key: str, inputs: list[list[str]], replay: Replay) -> None:
        body = json.dumps({"run": replay.run_key, "exit": replay.exit_code, "protected": list(replay.protected),
                           "notes": list(replay.notes), "inputs": inputs},
                          ensure_ascii=False).encode("utf-8", "surrogatepass")
        write_checked(self._path(key), body, self.root)
