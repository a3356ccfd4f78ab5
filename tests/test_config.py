"""[tool.checker]: every bad value named by file, line and column; TOML errors located; sizes read."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.inputs.config import load_config, locate_key
from checker.errors import InputError

TEXT = '''[project]
name = "x"
description = """
[tool.checker]
select = 1
"""
tool.other = { checker = 1 }

[tool.checker]
"fail-on" = "error"   # quoted key
tolerances = { count = 0, 'percent' = 0.5 }
bands.about = 0.2

[tool.checker.severity]
FC101 = "warning"

[[tool.checker.list]]
x = 1
'''


@pytest.mark.parametrize("where, position", [
    ((), (9, 2)),
    (("fail-on",), (10, 1)),
    (("tolerances",), (11, 1)),
    (("tolerances", "percent"), (11, 27)),
    (("tolerances", "nothing"), (11, 1)),
    (("bands", "about"), (12, 1)),
    (("severity",), (14, 2)),
    (("severity", "FC101"), (15, 1)),
    (("select",), (9, 2)),  # the one in the multi-line string does not count
    (("list", "x"), (18, 1)),
])
def test_keys_are_located_where_the_text_defines_them(where, position):
    assert locate_key(TEXT, ("tool", "checker", *where)) == position


def test_nothing_defined_has_no_position():
    assert locate_key("[project]\nname = 'x'\n", ("tool", "checker")) == (None, None)


@pytest.mark.parametrize("text, fragment, position", [
    ('[tool.checker]\nselect = "FC1"\nfail-on = 2\n', "'fail-on' must be", (3, 1)),
    ('tool.checker.ignore = [1]\n', "'ignore' must be a list", (1, 1)),
    ('[tool.checker]\nvague = { dozens = [3, 2, 1] }\n', "vague.dozens must satisfy low <= best <= high", (2, 11)),
    ('[tool.checker]\ncache-size = "2 GiB"\nselect = [\n  "FC1",\n]\nx = 1\n', "unknown key 'x'", (6, 1)),
    ('[tool.checker]\nselect = ["FC1",\n', "not valid TOML", (3, 1)),
])
def test_errors_name_the_file_and_the_line(tmp_path: Path, text, fragment, position):
    path = tmp_path / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_config(path)
    assert fragment in caught.value.message and (caught.value.line, caught.value.column) == position
    assert str(caught.value).startswith(f"{path}:{position[0]}:{position[1]}: ")


@pytest.mark.parametrize("value, size", [('"500 MB"', 500_000_000), ('"2 GiB"', 2 * 1024 ** 3), ("4096", 4096),
                                         ('"1.5kb"', 1500)])
def test_cache_size_is_read_in_bytes(tmp_path: Path, value, size):
    path = tmp_path / "pyproject.toml"
    path.write_text(f"[tool.checker]\ncache-size = {value}\n", encoding="utf-8")
    assert load_config(path).cache_size == size
