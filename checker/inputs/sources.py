"""Reading source articles (files or folders of them) and their metadata in sources.yaml."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from checker.errors import InputError, InputErrors, did_you_mean, note
from checker.extract.datelines import dateline_day
from checker.inputs.paths import METADATA_FILE
from checker.inputs.textio import read_claim_text, read_source_text, special_kind
from checker.inputs.yamlsafe import YamlDocument, parse_yaml
from checker.model import Source

__all__ = [
    "LoadedSource",
    "SourceReader",
    "READERS",
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
    "METADATA_FILE",
    "METADATA_FIELDS",
    "collect_sources",
    "load_sources",
    "detect_wire",
    "canonical_wire",
    "metadata_cache",
    "page_outlet",
]

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
METADATA_FIELDS = ("outlet", "title", "published", "url", "wire")
_MAX_FIELD_CHARS = 500


class LoadedSource(NamedTuple):
    """A source record and its full text; unpacks as (source, text)."""

    source: Source
    text: str


# A reader turns one file into (text, metadata defaults); sources.yaml overrides those defaults.
SourceReader = Callable[[Path], tuple[str, dict[str, Any]]]
# Pages with more elements than this are not articles; trafilatura refuses them instead of crawling.
_MAX_HTML_ELEMENTS = 200_000


def _read_plain(path: Path) -> tuple[str, dict[str, Any]]:
    return read_source_text(path), {}


def _trafilatura_config():
    """trafilatura's settings, once: bounded tree size, and dates only from metadata, never searched in the text."""
    global _TRAFILATURA_CONFIG
    if _TRAFILATURA_CONFIG is None:
        from trafilatura.settings import use_config

        config = use_config()
        config.set("DEFAULT", "MAX_TREE_SIZE", str(_MAX_HTML_ELEMENTS))
        config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
        _TRAFILATURA_CONFIG = config
    return _TRAFILATURA_CONFIG


_TRAFILATURA_CONFIG = None


def _read_html(path: Path) -> tuple[str, dict[str, Any]]:
    """An HTML page's main text through trafilatura (no navigation, comments or tables), and its metadata.

    Claim offsets are offsets into this extracted text; `original` records the HTML file. The page
    must be UTF-8 (like every source); its title, date and canonical URL become defaults that
    sources.yaml may override. The date is taken only from the page's metadata, never guessed from
    its text.
    """
    html = read_source_text(path)
    try:
        import trafilatura
        from trafilatura.utils import load_html
    except ImportError as error:
        raise InputError(
            path, f"HTML sources need trafilatura and lxml_html_clean ({error}): pip install trafilatura lxml_html_clean"
        ) from None
    try:
        # Parsed once: the outlet is read from the page's tree before trafilatura prunes it.
        tree = load_html(html)
        outlet = page_outlet(tree) if tree is not None else None
        document = trafilatura.bare_extraction(
            tree if tree is not None else html,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            config=_trafilatura_config(),
        )
    except (ValueError, RecursionError, MemoryError) as error:
        raise InputError(path, f"cannot read the HTML page: {type(error).__name__}") from None
    data = document.as_dict() if document is not None and hasattr(document, "as_dict") else (document or {})
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(path, "no article text extracted from the HTML page")
    metadata: dict[str, Any] = {"original": str(path)}
    if outlet:
        metadata["outlet"] = outlet
    for name in ("title", "url"):
        try:
            metadata[name] = _parse_text_field(name, data.get(name))
        except ValueError:
            pass
    try:
        metadata["published"] = dt.date.fromisoformat(str(data.get("date") or "")[:10])
    except ValueError:
        pass
    return text + "\n", metadata


# JSON-LD blocks longer than this are not an article's metadata; they are not read.
_MAX_JSON_LD_CHARS = 200_000


def page_outlet(tree) -> str | None:
    """The outlet a page names in its metadata: og:site_name, else the JSON-LD publisher's name; else None.

    Nothing is guessed (not from the title, not from the address): a report names a source by what
    its page says it is. A JSON-LD publisher given by reference ({"@id": ...}) is looked up in the page's graph.
    """
    for element in tree.iterfind(".//meta[@property='og:site_name']"):
        try:
            return _parse_text_field("outlet", " ".join((element.get("content") or "").split()))
        except ValueError:
            continue
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        text = script.text or ""
        if len(text) > _MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        name = _json_ld_publisher(data)
        if name:
            return name
    return None


def _json_ld_publisher(data: Any) -> str | None:
    """The first publisher name in a JSON-LD document: an object, a list of them, or an @graph."""
    items = data if isinstance(data, list) else [data]
    nodes = [n for item in items if isinstance(item, dict) for n in [item, *(item.get("@graph") or [])]
             if isinstance(n, dict)]
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    for node in nodes:
        publishers = node.get("publisher")
        for publisher in publishers if isinstance(publishers, list) else [publishers]:
            if isinstance(publisher, dict) and "name" not in publisher and publisher.get("@id") in by_id:
                publisher = by_id[publisher["@id"]]
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                try:
                    return _parse_text_field("outlet", " ".join(publisher["name"].split()))
                except ValueError:
                    continue
    return None


READERS: dict[str, SourceReader] = {
    **{suffix: _read_plain for suffix in TEXT_SUFFIXES},
    **{suffix: _read_html for suffix in HTML_SUFFIXES},
}


def _reader_for(path: Path) -> SourceReader:
    suffix = path.suffix.lower()
    if suffix in READERS:
        return READERS[suffix]
    supported = ", ".join(sorted(READERS))
    kind = special_kind(path)
    raise InputError(path, f"not a source file{f' ({kind})' if kind else ''}: expected one of {supported}")


def _is_source_name(name: str) -> bool:
    suffix = os.path.splitext(name)[1].lower()
    return not name.startswith(".") and (suffix in READERS or suffix in HTML_SUFFIXES)


# Wire services, by the spellings articles credit them with, mapped to one canonical name each.
_KNOWN_WIRES = {
    "reuters": "REUTERS",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
}
_WIRE_WORD = r"(?:REUTERS|Reuters|AFP|AP|Associated Press|Agence France-Presse)"
_CAPS_WIRE = r"(?:REUTERS|AFP|AP)"
_WIRE_PATTERNS = (
    # A line that is only a credit: "REUTERS", "AFP, REUTERS".
    re.compile(rf"^[ \t]*({_WIRE_WORD}(?:[ \t]*[,/&][ \t]*{_WIRE_WORD}){{0,3}})[ \t]*$", re.M),
    # A credit closing the last sentence of a paragraph: "... war economy. REUTERS".
    re.compile(rf"[.!?\"”’)][ \t]+({_CAPS_WIRE}(?:[ \t]*[,/][ \t]*{_CAPS_WIRE}){{0,3}})[ \t]*$", re.M),
    # A dateline: "KYIV (Reuters) - ...".
    re.compile(r"^[A-Z][A-Za-z .,'-]{0,60}\((Reuters|AP|AFP)\)[ \t]*[-–—]", re.M),
)
# "Source: commonspace.eu with The Moscow Times": partners after "with" are credited sources.
_SOURCE_LINE = re.compile(r"^[ \t]*Source:[ \t]*([^\r\n]{1,200})$", re.M)
_PARTNER = re.compile(r"[A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,6}")


def canonical_wire(name: str) -> str:
    """One name per wire service ("Reuters" and "REUTERS" are both REUTERS); others as written."""
    name = " ".join(name.split())
    return _KNOWN_WIRES.get(name.casefold(), name)


def detect_wire(text: str) -> tuple[str, ...]:
    """Wire services a text credits, found conservatively; sorted canonical names.

    Only explicit credits count: a line that is just a wire name, a wire name closing a paragraph
    after a full stop, a "CITY (Reuters) -" dateline, or a "Source: X with Y" line. A wire named
    in passing ("told Reuters") or a photo credit ("PHOTO: REUTERS") is not a credit for the text.
    """
    found: set[str] = set()
    for pattern in _WIRE_PATTERNS:
        for match in pattern.finditer(text):
            for name in re.split(r"[,/&]", match.group(1)):
                if name.strip():
                    found.add(canonical_wire(name))
    for match in _SOURCE_LINE.finditer(text):
        credit = match.group(1).strip()
        first, _, partners = credit.partition(" with ")
        if first.strip().casefold() in _KNOWN_WIRES:
            found.add(canonical_wire(first))
        for partner in re.split(r",| and ", partners):
            partner = partner.strip()
            if partner and _PARTNER.fullmatch(partner):
                found.add(canonical_wire(partner))
    return tuple(sorted(found))


def _parse_published(value: Any) -> dt.date | dt.datetime:
    if isinstance(value, bool) or not isinstance(value, str):
        raise ValueError(
            f"expected a date 'YYYY-MM-DD' or a datetime with a UTC offset, as a string; got {_show(value)}"
        )
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"not a real date: {text!r}") from None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?", text):
        raise ValueError(
            f"expected a date 'YYYY-MM-DD' or a datetime like '2026-02-04T09:30:00+04:00'; got {text!r}"
        )
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a real date and time: {text!r}") from None
    if moment.tzinfo is None:
        raise ValueError(f"datetime {text!r} needs a UTC offset, such as +00:00 or Z")
    return moment


def _show(value: Any) -> str:
    if isinstance(value, str):
        shown = repr(value[:60] + ("…" if len(value) > 60 else ""))
        return f"the string {shown}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing (null)"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    return "a list" if isinstance(value, list) else "a mapping"


def _parse_text_field(name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name}: expected a non-empty string, got {_show(value)}")
    if len(value) > _MAX_FIELD_CHARS:
        raise ValueError(f"{name}: longer than {_MAX_FIELD_CHARS} characters")
    if name == "url":
        _check_url(value.strip())
    return value.strip()


# ASCII that ends or escapes a link in markdown, HTML or a terminal: quotes, angle brackets, backslash,
# backtick, braces, pipe, caret and square brackets. Spaces and controls are refused by their category.
_URL_UNSAFE = frozenset("\"'<>\\`{}|^[]")


def _check_url(url: str) -> None:
    """Refuse (ValueError) anything but a plain http(s) address that stays one link wherever it is shown."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # urlsplit checks a port only when it is read
    except ValueError as error:
        raise ValueError(f"url: not a valid address ({error}): {_show(url)}") from None
    web = parts.scheme.lower() in ("http", "https") and url[len(parts.scheme):].startswith("://")
    if not web or not parts.hostname:
        raise ValueError(f"url: expected an http:// or https:// address, got {_show(url)}")
    where = _unsafe_in_url(url)
    if where is not None:
        raise ValueError(f"url: {url[where]!r} at position {where + 1} could end the link where the address is "
                         f"shown (percent-encode it): {_show(url)}")


def _unsafe_in_url(url: str) -> int | None:
    """The index of the first character that could end a link (or of a parenthesis without its partner,
    where markdown would end it), else None."""
    import unicodedata

    opened: list[int] = []
    for index, char in enumerate(url):
        if char in _URL_UNSAFE or unicodedata.category(char)[0] in "CZ":
            return index
        if char == "(":
            opened.append(index)
        elif char == ")":
            if not opened:
                return index
            opened.pop()
    return opened[0] if opened else None


def _parse_wire(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError(f"wire: expected a list of names such as [REUTERS], got {_show(value)}")
    names = set()
    for item in value:
        names.add(canonical_wire(_parse_text_field("wire", item)))
    return tuple(sorted(names))


def _read_metadata(folder: Path, stems: set[str]) -> tuple[dict[str, dict[str, Any]], list[InputError]]:
    """sources.yaml in folder as {id: fields}; ids without a file and bad fields are errors.

    Inside metadata_cache(), a file read before (same text, same source names, same checker) is
    taken from the cache instead of parsed again: strict YAML parsing is the slow part of a load.
    """
    path = folder / METADATA_FILE
    try:
        text = read_claim_text(path, what=METADATA_FILE)
    except InputError as error:
        return {}, [error]
    cache = _METADATA_CACHE.get()
    entry = _metadata_entry(cache, text, stems) if cache is not None else None
    if entry is not None:
        from checker.store.files import read_checked

        found = _decode_metadata(read_checked(entry))
        if found is not None:
            return found, []
    try:
        document = parse_yaml(text, path)
    except InputError as error:
        return {}, [error]
    metadata, errors = _validate_metadata(document, stems)
    if entry is not None and not errors:
        from checker.store.files import write_checked

        write_checked(entry, _encode_metadata(metadata), cache)
    return metadata, errors


# The folder under which parsed sources.yaml files are kept, while a caller allows it (metadata_cache).
_METADATA_CACHE: contextvars.ContextVar[Path | None] = contextvars.ContextVar("metadata_cache", default=None)


@contextlib.contextmanager
def metadata_cache(folder: str | os.PathLike[str] | None) -> Iterator[None]:
    """Within the block, loads keep each folder's parsed and checked sources.yaml under folder/sources
    (None: keep nothing). Only metadata without errors is kept; a damaged entry is parsed again."""
    token = _METADATA_CACHE.set(Path(folder) if folder is not None else None)
    try:
        yield
    finally:
        _METADATA_CACHE.reset(token)


def _metadata_entry(cache: Path, text: str, stems: set[str]) -> Path:
    """Where the metadata parsed from text is kept: keyed by the text, the folder's source names
    (an id without a file is an error) and all of checker's code."""
    from checker.store.keys import package_digest

    h = hashlib.sha256(f"sources.yaml 1 {package_digest()}\0".encode())
    h.update("\0".join(sorted(stems)).encode("utf-8", "surrogatepass") + b"\0\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    key = h.hexdigest()
    return cache / "sources" / key[:2] / f"{key}.json"


def _encode_metadata(metadata: dict[str, dict[str, Any]]) -> bytes:
    def plain(name: str, value: Any) -> Any:
        if name == "published":
            return ["datetime" if isinstance(value, dt.datetime) else "date", value.isoformat()]
        return list(value) if name == "wire" else value

    data = {sid: {name: plain(name, value) for name, value in fields.items()} for sid, fields in metadata.items()}
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogatepass")


def _decode_metadata(body: bytes | None) -> dict[str, dict[str, Any]] | None:
    """Metadata from _encode_metadata's bytes, every field checked for its type; None for anything else."""
    if body is None:
        return None
    try:
        data = json.loads(str(body, "utf-8", "surrogatepass"))
        if not isinstance(data, dict):
            return None
        metadata: dict[str, dict[str, Any]] = {}
        for sid, fields in data.items():
            if not isinstance(fields, dict):
                return None
            parsed: dict[str, Any] = {}
            for name, value in fields.items():
                if name == "published":
                    kind, iso = value
                    if kind == "date" and isinstance(iso, str):
                        parsed[name] = dt.date.fromisoformat(iso)
                    elif kind == "datetime" and isinstance(iso, str):
                        parsed[name] = dt.datetime.fromisoformat(iso)
                        if parsed[name].tzinfo is None:
                            return None
                    else:
                        return None
                elif name == "wire" and isinstance(value, list) and all(isinstance(v, str) for v in value):
                    parsed[name] = tuple(value)
                elif name in METADATA_FIELDS and name not in ("published", "wire") and isinstance(value, str):
                    parsed[name] = value
                else:
                    return None
            metadata[sid] = parsed
        return metadata
    except (ValueError, TypeError):
        return None


def _validate_metadata(
    document: YamlDocument, stems: set[str]
) -> tuple[dict[str, dict[str, Any]], list[InputError]]:
    data = document.data
    if not isinstance(data, dict):
        return {}, [document.error((), f"expected a mapping from source id to its fields, got {_show(data)}")]
    metadata: dict[str, dict[str, Any]] = {}
    errors: list[InputError] = []
    for source_id, fields in data.items():
        if source_id not in stems:
            errors.append(
                document.error(
                    (source_id,),
                    f"source '{source_id}' has no file in this folder"
                    f" (expected {source_id}.txt or {source_id}.md){did_you_mean(source_id, stems)}",
                    key=True,
                )
            )
            continue
        if fields is None:
            metadata[source_id] = {}
            continue
        if not isinstance(fields, dict):
            errors.append(document.error((source_id,), f"expected a mapping of fields, got {_show(fields)}"))
            continue
        parsed: dict[str, Any] = {}
        for name, value in fields.items():
            where = (source_id, name)
            if name not in METADATA_FIELDS:
                errors.append(
                    document.error(where, f"unknown field '{name}'{did_you_mean(name, METADATA_FIELDS)}", key=True)
                )
                continue
            try:
                if name == "published":
                    parsed[name] = _parse_published(value)
                elif name == "wire":
                    parsed[name] = _parse_wire(value)
                else:
                    parsed[name] = _parse_text_field(name, value)
            except ValueError as error:
                message = str(error)
                if not message.startswith(f"{name}:"):
                    message = f"{name}: {message}"
                errors.append(document.error(where, message))
        metadata[source_id] = parsed
    return metadata, errors


class _Collector:
    """The state of one load: folders' metadata read once, files read once, errors gathered."""

    def __init__(self) -> None:
        self.loaded: dict[str, LoadedSource] = {}
        self.seen_files: set[Path] = set()
        self.folder_metadata: dict[Path, dict[str, dict[str, Any]]] = {}
        self.real_folders: dict[Path, Path] = {}
        self.errors: list[InputError] = []

    def real_folder(self, folder: Path) -> Path:
        """folder.resolve(), once per folder: a thousand files of one folder resolve it once."""
        found = self.real_folders.get(folder)
        if found is None:
            found = self.real_folders[folder] = folder.resolve()
        return found

    def real_file(self, path: Path) -> Path:
        """path.resolve(): the folder's resolution, then the name, which may itself be a link."""
        if path.name in ("", ".", ".."):
            return path.resolve()
        candidate = self.real_folder(path.parent) / path.name
        # realpath, not resolve(): a link loop is then reported by the reader, not raised as a RuntimeError.
        return Path(os.path.realpath(candidate)) if os.path.islink(candidate) else candidate

    def metadata_for(self, folder: Path) -> dict[str, dict[str, Any]]:
        key = self.real_folder(folder)
        if key not in self.folder_metadata:
            metadata: dict[str, dict[str, Any]] = {}
            if os.path.lexists(folder / METADATA_FILE):  # a broken or looping link is reported, not ignored
                stems = {os.path.splitext(name)[0] for name in _listdir(folder) if _is_source_name(name)}
                metadata, errors = _read_metadata(folder, stems)
                self.errors.extend(errors)
            self.folder_metadata[key] = metadata
        return self.folder_metadata[key]

    def add_folder(self, folder: Path) -> None:
        try:
            names = _listdir(folder)
        except OSError as error:
            self.errors.append(InputError(folder, f"cannot list folder: {error.strerror or error}"))
            return
        files = [folder / name for name in names if _is_source_name(name) and self.regular(folder / name)
                 and not self.documentation(folder / name)]
        if not files:
            readable = ", ".join(sorted(READERS))
            self.errors.append(InputError(folder, f"no source files ({readable}) in this folder"))
            return
        self.metadata_for(folder)
        for path in files:
            self.add_file(path)

    @staticmethod
    def documentation(path: Path) -> bool:
        """Whether a file of a folder is the folder's own documentation (README.md, LICENSE.txt), not an
        article: skipped with a note; named on its own, it is read."""
        if os.path.splitext(path.name)[0].upper() not in _DOCUMENTATION:
            return False
        note(path, "skipped: the folder's documentation, not an article (name it on its own to read it)")
        return True

    @staticmethod
    def regular(path: Path) -> bool:
        """Whether path is a regular file (through links); one that is not is skipped with a note (errors.note)."""
        if path.is_file():
            return True
        kind = special_kind(path)
        note(path, f"skipped: {kind + ', ' if kind else ''}not a regular file")
        return False

    def add_file(self, path: Path) -> None:
        resolved = self.real_file(path)
        if resolved in self.seen_files:
            return
        self.seen_files.add(resolved)
        try:
            reader = _reader_for(path)
            text, defaults = reader(path)
        except InputError as error:
            self.errors.append(error)
            return
        source_id = os.path.splitext(path.name)[0]
        if source_id in self.loaded:
            other = self.loaded[source_id].source.path
            self.errors.append(InputError(path, f"duplicate source id '{source_id}': also {other}"))
            return
        fields = dict(defaults)
        fields.update(self.metadata_for(path.parent).get(source_id, {}))
        if "wire" not in fields:
            fields["wire"] = detect_wire(text)
        source = Source(id=source_id, path=str(path), **fields)
        self.loaded[source_id] = LoadedSource(source, text)


# The names a folder's own documentation goes by, by convention.
_DOCUMENTATION = frozenset(("README", "LICENSE", "LICENCE", "CHANGELOG", "CHANGES", "CONTRIBUTING", "NOTICE", "AUTHORS"))


def _listdir(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def collect_sources(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[LoadedSource], list[InputError]]:
    """Every readable source under paths, sorted by id, and every problem found, sorted.

    A path is a source file (.txt, .md), a folder of them (not recursive; hidden files and the folder's
    README or LICENSE skipped), or a folder's sources.yaml (meaning that folder). A folder's sources.yaml
    maps each source id (the file name without extension) to outlet, title, published, url and wire; it
    also applies when a single file of the folder is given. A problem with one file does not stop the others.
    """
    collector = _Collector()
    for raw in paths:
        path = Path(raw)
        if path.name == METADATA_FILE and path.is_file():
            path = path.parent
        if path.is_dir():
            collector.add_folder(path)
        elif path.exists() or path.is_symlink():
            collector.add_file(path)
        else:
            collector.errors.append(InputError(path, "no such file or folder"))
    loaded = _in_story_zone([collector.loaded[key] for key in sorted(collector.loaded)])
    errors = sorted(set(collector.errors), key=InputError.sort_key)
    return loaded, errors


def story_zone(sources: Iterable[Source]) -> int | None:
    """The UTC offset, in minutes, that more than half of the sources published at a stated time share: the
    zone the story is told in, whose days date its undated figures (Source.news_day); None when the sources
    publish from zones apart, or fewer than two state a time."""
    offsets = Counter(int(s.published.utcoffset().total_seconds()) // 60 for s in sources
                      if isinstance(s.published, dt.datetime) and s.published.tzinfo is not None)
    if sum(offsets.values()) < 2:
        return None
    (offset, count), = offsets.most_common(1)
    return offset if count * 2 > sum(offsets.values()) else None


def _in_story_zone(loaded: list[LoadedSource]) -> list[LoadedSource]:
    """Each source with the zone the story is told in and the day its dateline states, which date its undated
    figures (Source.news_day)."""
    zone = story_zone(ls.source for ls in loaded)
    dated = []
    for ls in loaded:
        published = ls.source.published_date
        update = {"news_zone": zone, "filed": dateline_day(ls.text, published) if published else None}
        changed = any(value is not None for value in update.values())
        dated.append(LoadedSource(ls.source.model_copy(update=update), ls.text) if changed else ls)
    return dated


def load_sources(paths: Iterable[str | os.PathLike[str]]) -> list[LoadedSource]:
    """Every source under paths, sorted by id; raises InputErrors listing every problem, if any."""
    loaded, errors = collect_sources(paths)
    if errors:
        raise InputErrors(errors)
    return loaded
