"""The one registry of output formats: each format's reporter module, imported only when it is used."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from checker.model import Report

__all__ = ["FORMATS", "STORED_FORMATS", "render", "stream_writer"]

# A format is its name and its module, which holds render(report, **options) -> str and, when the output
# may be large, write(report, stream, **options).
_MODULES = {
    "text": "checker.report.terminal",
    "markdown": "checker.report.markdown",
    "html": "checker.report.html",
    "json": "checker.report.json",
    "sarif": "checker.report.sarif",
    "github": "checker.report.github",
    "claimreview": "checker.report.claimreview",
}
FORMATS = tuple(_MODULES)
# Formats whose rendering an unchanged run replays from the cache (store.reports.RunCache).
STORED_FORMATS = ("json", "sarif")


def render(report: Report, fmt: str, **options) -> str:
    """The report in one format; imports only that format's module (rich only for "text")."""
    try:
        module_name = _MODULES[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}") from None
    module = importlib.import_module(module_name)
    return module.render(report, **options)


def stream_writer(fmt: str) -> Callable[..., None] | None:
    """The format's write(report, stream, **options), for formats written piece by piece (json); else None."""
    if fmt not in _MODULES:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return getattr(importlib.import_module(_MODULES[fmt]), "write", None)
