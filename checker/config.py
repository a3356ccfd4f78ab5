"""Settings from `[tool.checker]` in pyproject.toml, checked key by key."""

from __future__ import annotations

import math
import os
from dataclasses import fields
from pathlib import Path
from typing import Any

from checker.compare import Tolerances
from checker.errors import InputError, did_you_mean
from checker.model import SEVERITY_RANK

__all__ = ["Config", "load_config", "find_pyproject", "KEYS"]

KEYS = ("select", "ignore", "severity", "tolerances", "fail-on", "vocabulary", "names", "vague", "bands", "baseline")
_TOLERANCE_KEYS = tuple(f.name for f in fields(Tolerances))
_BAND_KEYS = ("about", "nearly", "just_over")


class Config:
    """The checked settings; defaults where pyproject.toml says nothing."""

    def __init__(self) -> None:
        self.select: tuple[str, ...] = ()
        self.ignore: tuple[str, ...] = ()
        self.severity: dict[str, str] = {}
        self.tolerances = Tolerances()
        self.fail_on = "error"
        self.vocabulary: Path | None = None
        self.names: Path | None = None
        self.vague: dict[str, tuple[float, float, float]] = {}
        self.bands: dict[str, float] = {}
        self.baseline: Path | None = None
        self.path: Path | None = None

    def number_policy(self):
        """The NumberPolicy these settings describe (bands and vague magnitudes)."""
        from checker.extract.numbers import DEFAULT_POLICY, NumberPolicy

        if not self.vague and not self.bands:
            return DEFAULT_POLICY
        return NumberPolicy(
            about_band=self.bands.get("about", DEFAULT_POLICY.about_band),
            nearly_band=self.bands.get("nearly", DEFAULT_POLICY.nearly_band),
            just_over_band=self.bands.get("just_over", DEFAULT_POLICY.just_over_band),
            vague={**DEFAULT_POLICY.vague, **self.vague},
        )


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml at or above the working folder."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def _error(path: Path, message: str) -> InputError:
    return InputError(path, f"[tool.checker] {message}")


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _error(path, f"'{key}' must be a list of rule codes or prefixes")
    return tuple(value)


def _number(path: Path, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise _error(path, f"'{key}' must be a finite number of at least 0, not {value!r}")
    return float(value)


def load_config(path: Path | None = None) -> Config:
    """Read [tool.checker] from a pyproject.toml (the nearest one when path is None)."""
    import tomllib

    config = Config()
    path = path or find_pyproject()
    if path is None:
        return config
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise InputError(path, f"not valid TOML: {e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(path, f"cannot read: {e}") from None
    section = data.get("tool", {}).get("checker", {})
    if not isinstance(section, dict):
        raise _error(path, "must be a table")
    config.path = path
    for key, value in section.items():
        if key not in KEYS:
            raise _error(path, f"unknown key '{key}'{did_you_mean(key, KEYS)}")
        if key in ("select", "ignore"):
            setattr(config, key, _strings(path, key, value))
        elif key == "severity":
            if not isinstance(value, dict):
                raise _error(path, "'severity' must map rule codes to error, warning or info")
            for code, sev in value.items():
                if sev not in SEVERITY_RANK:
                    raise _error(path, f"severity of {code} must be error, warning or info, not {sev!r}")
            config.severity = dict(value)
        elif key == "tolerances":
            if not isinstance(value, dict):
                raise _error(path, "'tolerances' must be a table")
            for name in value:
                if name not in _TOLERANCE_KEYS:
                    raise _error(path, f"unknown tolerance '{name}'{did_you_mean(name, _TOLERANCE_KEYS)}")
            config.tolerances = Tolerances(**{k: _number(path, f"tolerances.{k}", v) for k, v in value.items()})
        elif key == "fail-on":
            if value not in SEVERITY_RANK:
                raise _error(path, f"'fail-on' must be error, warning or info, not {value!r}")
            config.fail_on = value
        elif key in ("vocabulary", "names", "baseline"):
            if not isinstance(value, str):
                raise _error(path, f"'{key}' must be a path")
            setattr(config, key, (path.parent / os.path.expanduser(value)).resolve())
        elif key == "vague":
            if not isinstance(value, dict):
                raise _error(path, "'vague' must map words such as dozens to [low, best, high]")
            for word, bounds in value.items():
                if not isinstance(bounds, list) or len(bounds) != 3:
                    raise _error(path, f"vague.{word} must be [low, best, high]")
                low, best, high = (_number(path, f"vague.{word}", b) for b in bounds)
                if not low <= best <= high:
                    raise _error(path, f"vague.{word} must satisfy low <= best <= high")
                config.vague[word] = (low, best, high)
        elif key == "bands":
            if not isinstance(value, dict):
                raise _error(path, "'bands' must map about, nearly and just_over to fractions")
            for name in value:
                if name not in _BAND_KEYS:
                    raise _error(path, f"unknown band '{name}'{did_you_mean(name, _BAND_KEYS)}")
            config.bands = {k: _number(path, f"bands.{k}", v) for k, v in value.items()}
    return config
