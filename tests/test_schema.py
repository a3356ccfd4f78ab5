"""The committed JSON Schema for claim files: generated from the models, and true to the claim files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.cli import main
from checker.cli.schema import SCHEMA_PATH, schema_text
from checker.inputs.yamlsafe import parse_yaml

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]


def _validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_committed_schema_is_what_the_models_generate(capsys):
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text()
    assert main(["schema", "--check"]) == 0
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == schema_text()


def test_schema_check_fails_when_out_of_date(tmp_path, capsys):
    stale = tmp_path / "claims.schema.json"
    stale.write_text("{}\n", encoding="utf-8")
    assert main(["schema", "--check", "--output", str(stale)]) == 1
    assert "out of date" in capsys.readouterr().err


def test_schema_validates_the_committed_claim_files():
    files = sorted((ROOT / "claims").glob("*.yaml"))
    if not files:
        pytest.skip("no committed claim files")
    validator = _validator()
    for path in files:
        data = parse_yaml(path.read_text(encoding="utf-8"), path).data
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], f"{path}: {errors}"


@pytest.mark.parametrize(
    "document",
    [
        {"story": "x", "claims": [{"id": "a", "source": "s", "quote": "q", "kind": "quantity", "metric": "m",
                                   "value": "28"}]},
        {"story": "x", "claims": [{"id": "a", "source": "s", "quote": "q", "kind": "count", "metric": "m"}]},
        {"story": "x", "claims": [], "colour": "red"},
        {"story": "Not Kebab"},
        {"story": "x", "suppressions": [{"code": "FC101"}]},
    ],
)
def test_schema_rejects_what_validate_rejects(document):
    assert list(_validator().iter_errors(document))


def test_claim_files_point_editors_at_the_schema():
    for path in sorted((ROOT / "claims").glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../checker/schema/claims.schema.json", path
    assert (ROOT / "claims" / "../checker/schema/claims.schema.json").resolve() == SCHEMA_PATH


def test_extract_writes_drafts_that_validate_unchanged(tmp_path, monkeypatch, capsys):
    from checker.report.drafts import SCHEMA_COMMENT

    monkeypatch.chdir(ROOT)
    draft = tmp_path / "draft.yaml"
    assert main(["extract", "seeds", "--output", str(draft)]) == 0
    text = draft.read_text(encoding="utf-8")
    assert text.startswith(SCHEMA_COMMENT + "\n")
    assert main(["validate", str(draft), "--sources", "seeds"]) == 0, capsys.readouterr().err
    assert list(_validator().iter_errors(parse_yaml(text, draft).data)) == []
