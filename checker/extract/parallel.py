"""Extraction spread over processes (--jobs N) or a Dask cluster (--engine dask), same claims as one process."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from checker.extract.pipeline import read_source
from checker.model import Source
from checker.store.extractions import dump_extraction
from checker.vocabulary import load_vocabulary

__all__ = ["extract_batch", "extract_parallel", "extract_dask", "batches", "DaskUnavailable"]

# Sources per task: big enough that scheduling costs little, small enough to balance the workers.
BATCH_CHARS = 2_000_000
BATCH_MAX = 500


class DaskUnavailable(RuntimeError):
    """--engine dask was asked for but dask.distributed is not installed or the scheduler is unreachable."""


def batches(items: list[tuple[Source, str]], parts: int = 1) -> list[list[tuple[Source, str]]]:
    """Consecutive runs of sources, bounded in characters and count, at least `parts` runs when possible."""
    total = sum(len(t) for _, t in items) or 1
    limit = min(BATCH_CHARS, max(1, total // max(1, parts * 4)))
    out, current, size = [], [], 0
    for item in items:
        current.append(item)
        size += len(item[1])
        if size >= limit or len(current) >= BATCH_MAX:
            out.append(current)
            current, size = [], 0
    if current:
        out.append(current)
    return out


def extract_batch(batch: list[tuple[Source, str]], vocabulary: str, names: str, policy) -> list[bytes]:
    """Each source's extraction as JSON bytes (plain data crosses process and network borders cheaply)."""
    voc = load_vocabulary(Path(vocabulary), Path(names))
    return [dump_extraction(read_source(source, text, voc, policy)) for source, text in batch]


def _context():
    import multiprocessing as mp

    # fork shares the warm interpreter (imports, compiled patterns, vocabulary) with the workers.
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def extract_parallel(items: list[tuple[Source, str]], jobs: int, vocabulary: Path, names: Path,
                     policy) -> Iterator[bytes]:
    """Extraction JSON per source, in the order of items, extracted by `jobs` worker processes.

    Yielded batch by batch as the workers finish them, so the caller can turn each into claims and let
    the bytes go: held whole, 100,000 articles' claims as JSON are half a gigabyte beside the claims.
    """
    from concurrent.futures import ProcessPoolExecutor
    from itertools import repeat

    jobs = max(1, min(jobs, os.cpu_count() or 1, len(items)))
    work = batches(items, jobs)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        results = pool.map(extract_batch, work, repeat(str(vocabulary)), repeat(str(names)), repeat(policy))
        for part in results:
            yield from part


def extract_dask(items: list[tuple[Source, str]], scheduler: str, vocabulary: Path, names: Path, policy) -> list[bytes]:
    """Extraction JSON per source, in the order of items, extracted on the Dask cluster at `scheduler`."""
    try:
        from distributed import Client
    except ImportError as e:
        raise DaskUnavailable("--engine dask needs dask.distributed: pip install 'dask[distributed]'") from e
    try:
        client = Client(scheduler, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
    try:
        workers = max(1, sum(client.nthreads().values()))
        work = batches(items, workers)
        # The vocabulary files are read on the workers: they must see the same paths (a shared install).
        futures = client.map(extract_batch, work, vocabulary=str(vocabulary), names=str(names), policy=policy,
                             pure=False)
        results = client.gather(futures)
        return [data for part in results for data in part]
    finally:
        client.close()
