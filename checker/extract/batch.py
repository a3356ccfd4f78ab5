"""Every source read: from the cache where it is unchanged, else anew, in this process or by workers."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from checker.extract.dates import expect_text as expect_dates
from checker.extract.durations import expect_text as expect_durations
from checker.extract.parallel import extract_dask, extract_parallel
from checker.extract.pipeline import read_source
from checker.model import Extraction
from checker.options import Options
from checker.progress import current
from checker.store.extractions import ExtractionCache, load_extraction
from checker.store.files import default_cache_dir
from checker.store.keys import settings_digest, source_key
from checker.vocabulary import DEFAULT_NAMES, DEFAULT_VOCABULARY

__all__ = ["read_all", "cache_keys", "expect_text", "vocabulary_paths"]


def vocabulary_paths(options: Options) -> tuple[Path, Path]:
    """The vocabulary and names files the options name, else the defaults."""
    return Path(options.vocabulary or DEFAULT_VOCABULARY), Path(options.names or DEFAULT_NAMES)


def cache_keys(loaded, options: Options) -> tuple[str, list[str]]:
    """The extraction settings digest and each source's claim-cache key."""
    settings = settings_digest(*vocabulary_paths(options), options.number_policy)
    return settings, [source_key(ls.source, ls.text, settings) for ls in loaded]


def expect_text(chars: int) -> None:
    """Told how much text a run will read: word searches that will pass their build point build it first."""
    expect_dates(chars)
    expect_durations(chars)


def read_all(loaded, vocabulary, options: Options, keys: list[str] | None = None) -> list[Extraction]:
    """Every source's extraction, in source order: from the cache where the source is unchanged, else read
    here, by worker processes (options.jobs) or on a Dask cluster (options.engine). `keys` are the
    sources' cache keys when the caller has them already."""
    vocabulary_path, names_path = vocabulary_paths(options)
    items = [(ls.source, ls.text) for ls in loaded]
    found: list[Extraction | None] = [None] * len(items)
    cache = None
    if options.cache:
        cache = ExtractionCache(options.cache_dir or default_cache_dir())
        keys = keys if keys is not None else cache_keys(loaded, options)[1]
        found = [cache.get(k) for k in keys]
    todo = [i for i, reading in enumerate(found) if reading is None]
    progress = current()
    if progress is not None:
        progress.stage("extracting figures", total=len(items))
        progress.advance(len(items) - len(todo))
    for i, reading in zip(todo, _extract(
            [items[i] for i in todo], vocabulary, vocabulary_path, names_path, options)):
        found[i] = reading
        if cache is not None:
            cache.put(keys[i], reading)
        if progress is not None:
            progress.advance()
    if progress is not None:
        progress.stage("checking")
    return found


def _extract(items, vocabulary, vocabulary_path: Path, names_path: Path, options: Options) -> Iterator[Extraction]:
    """The extraction of each item, in item order, by the engine the options name, made as the workers deliver them."""
    if options.engine == "dask":
        return (load_extraction(d) for d in extract_dask(items, options.scheduler or "", vocabulary_path, names_path,
                                                     options.number_policy))
    if options.jobs > 1 and len(items) > 1:
        return (load_extraction(d) for d in extract_parallel(items, options.jobs, vocabulary_path, names_path,
                                                         options.number_policy))
    expect_text(sum(len(text) for _, text in items))
    return (read_source(source, text, vocabulary, options.number_policy) for source, text in items)
