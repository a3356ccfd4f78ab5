"""Whole runs' reports and their renderings, stored under the run's key."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Iterable

from checker.store.files import prepare, seal_for, write_atomically, write_checked

__all__ = ["RunCache", "StoredRendering"]


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
        prepare(self.root)
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
                        if seal != seal_for(path, read.digest()):
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
            stream.write(_END.encode("ascii") + b"\t" + seal_for(path, written.digest()) + b"\t"
                         + json.dumps(counts).encode() + b"\n")

        try:
            write_atomically(path, write, self.root)
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
        if newline < 0 or seal_for(path, hashlib.sha256(body).digest()) != data[:newline]:
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
            stream.write(seal_for(path, bytes.fromhex(digest)) + b"\n")
            shutil.copyfileobj(handle, stream, _COPY_CHUNK)

        write_atomically(path, write, self.root)


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
        self.whole = seal_for(self._path, h.digest()) == self._seal

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
