"""Which paths are sources and which are claim files, and the folders read when none are named."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

__all__ = ["DEFAULT_PATHS", "CLAIM_SUFFIXES", "METADATA_FILE", "split_paths"]


DEFAULT_PATHS = ("seeds", "claims")


CLAIM_SUFFIXES = (".yaml", ".yml")


METADATA_FILE = "sources.yaml"


def split_paths(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Path]]:
    """Source paths and claim-file paths: YAML files (other than sources.yaml) are claim files."""
    sources, claim_files = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yaml_files = sorted(p for p in path.iterdir() if p.suffix in CLAIM_SUFFIXES and p.name != METADATA_FILE
                                and not p.name.startswith("."))
            texts = [p for p in path.iterdir() if p.suffix not in CLAIM_SUFFIXES and not p.name.startswith(".")]
            if yaml_files and not texts:
                claim_files.extend(yaml_files)
            else:
                sources.append(path)
        elif path.suffix in CLAIM_SUFFIXES and path.name != METADATA_FILE:
            claim_files.append(path)
        else:
            sources.append(path)
    return sources, claim_files
