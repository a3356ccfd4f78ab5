"""Shared test fixtures: where the outside evaluation data lives, when it is there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def eval_dir() -> Path | None:
    """../shared/eval beside the repository, or $CHECKER_EVAL_DIR; None when absent."""
    candidate = Path(os.environ.get("CHECKER_EVAL_DIR") or ROOT.parent / "shared" / "eval")
    return candidate if candidate.is_dir() else None


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    found = eval_dir()
    if found is None:
        pytest.skip("../shared/eval is absent")
    return found
