"""The report never lands on an input, whichever way the target is spelled, even an input not yet there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.output import write_atomic


def test_a_missing_input_is_still_protected_by_its_resolved_path(tmp_path: Path, monkeypatch):
    (tmp_path / "seeds").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="input file"):
        write_atomic(Path("seeds/./later.txt"), "report", protected={"seeds/later.txt"})
    assert not (tmp_path / "seeds" / "later.txt").exists()


def test_a_link_to_an_input_folders_file_is_refused(tmp_path: Path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("the article", encoding="utf-8")
    (tmp_path / "alias").symlink_to(folder)
    with pytest.raises(InputError, match="input file"):
        write_atomic(tmp_path / "alias" / "a.txt", "report", protected={str(folder / "a.txt")})
    assert (folder / "a.txt").read_text(encoding="utf-8") == "the article"


def test_an_input_folder_is_refused_as_an_input(tmp_path: Path):
    with pytest.raises(InputError, match="input file"):
        write_atomic(tmp_path, "report", protected={str(tmp_path)})


def test_other_targets_are_written_among_many_inputs(tmp_path: Path):
    inputs = []
    for i in range(50):
        path = tmp_path / f"{i}.txt"
        path.write_text(str(i), encoding="utf-8")
        inputs.append(str(path))
    write_atomic(tmp_path / "report.json", b'{"bytes": true}', protected=[*inputs, str(tmp_path / "gone.txt")])
    assert (tmp_path / "report.json").read_bytes() == b'{"bytes": true}'
    assert sorted(os.listdir(tmp_path))[-1] == "report.json"
