"""The rule registry: every rule is one function with one code, a kebab-case name and a docstring.

Rules live in the modules of this package, one family each (codes by hundreds: FC1xx values, FC2xx time,
...); every module here is imported when the rules are first asked for, so a new module needs no registry.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from typing import Callable, Iterable

from checker.model import Severity

__all__ = ["Rule", "Hit", "rule", "all_rules", "get_rule", "select", "rule_modules", "CATEGORIES"]

# The taxonomy of findings, and what each means to an editor.
CATEGORIES = {
    "contradiction": "the figures cannot all be true",
    "probable-mislabel": "a figure matches another figure's total or part: one source likely mislabelled it",
    "qualifier-loss": "a bound such as 'at least' was dropped between tellings",
    "update": "the figures hold for different times: a revision, not a conflict",
    "scope-mismatch": "the figures measure different wholes and cannot be compared",
    "attribution-conflict": "the same statement is credited to different speakers",
    "not-comparable": "the figures are too vague or too different in kind to compare",
    "internal-inconsistency": "a source disagrees with itself",
    "probable-misprint": "two figures differ only by the order of their digits: one source likely mistyped it",
    "corroboration": "independent sources agree",
    "single-source": "only one source gives the figure",
    "workflow": "a suppression or baseline entry that no longer matches any finding",
}


@dataclass(frozen=True)
class Rule:
    """A registered rule: its identity, default severity, category and documentation."""

    code: str
    name: str
    severity: Severity
    category: str
    func: Callable
    # "group": called once per group of comparable claims; "source": once per source's claims;
    # "corpus": once with every claim; "workflow": never by the rule pass, but by the engine's
    # acceptance step, with the suppressions and baseline entries nothing matched.
    scope: str
    # Codes whose findings this rule's findings replace when they cover the same claims.
    supersedes: tuple[str, ...] = ()

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.func.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0].strip()


_REGISTRY: dict[str, Rule] = {}


def rule(code: str, name: str, *, severity: Severity, category: str, scope: str = "group",
         supersedes: tuple[str, ...] = ()):
    """Register a rule function under a code and a kebab-case name."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r} for {code}")

    def register(func: Callable) -> Callable:
        if code in _REGISTRY and _REGISTRY[code].func is not func:
            raise ValueError(f"rule code {code} registered twice")
        _REGISTRY[code] = Rule(code, name, severity, category, func, scope, supersedes)
        return func

    return register


def rule_modules() -> list[str]:
    """The modules of this package, which hold the rules, by name."""
    return sorted(info.name for info in pkgutil.iter_modules(__path__, f"{__name__}."))


def _load() -> None:
    for name in rule_modules():
        importlib.import_module(name)


def all_rules() -> list[Rule]:
    """Every rule, sorted by code."""
    _load()
    return [_REGISTRY[c] for c in sorted(_REGISTRY)]


def get_rule(code_or_name: str) -> Rule | None:
    """A rule by its code (FC101) or its name (quantity-mismatch)."""
    for r in all_rules():
        if code_or_name in (r.code, r.name):
            return r
    return None


def select(rules: Iterable[Rule], select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules whose code starts with a selected prefix (all when none), minus ignored prefixes."""
    sel, ign = tuple(select), tuple(ignore)
    return [
        r
        for r in rules
        if (not sel or r.code.startswith(sel) or r.name in sel)
        and not (ign and (r.code.startswith(ign) or r.name in ign))
    ]


@dataclass(frozen=True)
class Hit:
    """What a rule reports; the rule pass turns it into a Finding with code, severity and fingerprint.

    `template` is a str.format template over `params`, so JSON and SARIF keep the raw values.
    """

    claims: tuple
    template: str
    params: dict
    explanation: str
    metric: str | None = None
    subject: str | None = None
    # The claims split into groups that agree among themselves, when the rule knows better than their values
    # do (a part and its whole, a figure and the dates it contradicts); else the rule pass groups them by value.
    groups: tuple = ()
    # The claim the finding is placed at (FC302's mismatched date, not the sources that agree with it);
    # None places it at its first claim in source order.
    at: object | None = None
