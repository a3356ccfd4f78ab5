"""Loading sources: files and folders, sources.yaml metadata, wire credits, errors gathered per file."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from checker.inputs import sources as sources_module
from checker.errors import InputError, InputErrors
from checker.inputs.sources import canonical_wire, collect_sources, detect_wire, load_sources

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _folder(tmp_path, files: dict[str, str], name="src") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for file_name, text in files.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    return folder


def test_seed_sources_load_with_their_metadata():
    loaded = load_sources([SEEDS])
    ids = [source.id for source, _ in loaded]
    assert ids == sorted(ids) and len(ids) == 5
    by_id = {source.id: (source, text) for source, text in loaded}
    straits, straits_text = by_id["002_9208410fecfcb206"]
    assert straits.outlet == "The Straits Times"
    assert straits.wire == ("REUTERS",)
    assert straits_text.startswith("Ukraine, Russia wrap")
    assert by_id["003_7e214bf29fe07e15"][0].wire == ("The Moscow Times",)
    assert by_id["003_7e214bf29fe07e15"][0].outlet == "commonspace.eu"
    assert by_id["004_3de884b1b05a0215"][0].published == dt.date(2026, 2, 3)
    for source_id in ("000_a3d81becfc9faf82", "001_8f453393c0e5582e", "002_9208410fecfcb206"):
        assert by_id[source_id][0].published == dt.date(2026, 2, 4)
    # Where the text names no outlet, none is invented.
    for source_id in ("000_a3d81becfc9faf82", "001_8f453393c0e5582e", "004_3de884b1b05a0215"):
        assert by_id[source_id][0].outlet is None
        assert by_id[source_id][0].title
    assert all(source.path.endswith(".txt") for source, _ in loaded)


def test_seed_metadata_agrees_with_detection_from_the_text():
    for source, text in load_sources([SEEDS]):
        assert detect_wire(text) == source.wire, source.id


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Body text.\nREUTERS\n", ("REUTERS",)),
        ("Body text.\n  AFP, REUTERS \n", ("AFP", "REUTERS")),
        ("The war economy. REUTERS", ("REUTERS",)),
        ("He said it was over.” AFP\nNext", ("AFP",)),
        ("KYIV (Reuters) - Ukraine said on Tuesday...", ("REUTERS",)),
        ("Text\nSource: commonspace.eu with The Moscow Times \nRelated", ("The Moscow Times",)),
        ("Source: Reuters\n", ("REUTERS",)),
        ("Source: AP with Kyiv Independent, Ukrinform\n", ("AP", "Kyiv Independent", "Ukrinform")),
        ("Associated Press\n", ("AP",)),
        # Mentions in passing and photo credits are not credits for the text.
        ("Residents told Reuters on Tuesday.\n", ()),
        ("PHOTO: REUTERS\n", ()),
        ("REUTERS reported that 28 died.\n", ()),
        ("Reuters\u2019 reporters saw the damage.\n", ()),
        ("The AP style guide.\nAPPLE\n", ()),
        ("Source: the ministry said so in a long sentence that goes on and on\n", ()),
    ],
)
def test_detect_wire(text, expected):
    assert detect_wire(text) == expected


def test_canonical_wire_names():
    assert canonical_wire("Reuters") == canonical_wire("REUTERS") == "REUTERS"
    assert canonical_wire("Agence  France-Presse") == "AFP"
    assert canonical_wire("The Moscow Times") == "The Moscow Times"


def test_wire_detection_is_linear_on_a_megabyte_of_junk():
    junk = ("a. " * 50 + "(" + "A" * 70 + " REUTERS, AP, " + "Source: " + "x " * 120) * 2200
    assert len(junk) > 1_000_000
    started = time.perf_counter()
    detect_wire(junk)
    detect_wire(junk.replace(" ", "\n"))
    assert time.perf_counter() - started < 2.0


def test_explicit_wire_overrides_detection(tmp_path):
    folder = _folder(tmp_path, {"a.txt": "Text. REUTERS\n", "sources.yaml": "a:\n  wire: []\n"})
    assert load_sources([folder])[0].source.wire == ()


def test_metadata_fields_are_parsed(tmp_path):
    folder = _folder(
        tmp_path,
        {
            "a.txt": "A.\n",
            "b.md": "B.\n",
            "c.txt": "C.\n",
            "sources.yaml": (
                "a:\n  outlet: Alpha\n  published: 2026-02-04T09:30:00Z\n  url: https://example.org/a\n"
                "  wire: [Reuters, REUTERS, AFP]\n"
                "b:\n  published: '2026-02-04T09:30:00+04:00'\n"
                "c:\n"
            ),
        },
    )
    loaded = {source.id: source for source, _ in load_sources([folder])}
    assert loaded["a"].published == dt.datetime(2026, 2, 4, 9, 30, tzinfo=dt.timezone.utc)
    assert loaded["a"].wire == ("AFP", "REUTERS")
    assert loaded["a"].url == "https://example.org/a"
    assert loaded["b"].published.utcoffset() == dt.timedelta(hours=4)
    assert loaded["b"].published_date == dt.date(2026, 2, 4)
    assert loaded["c"].outlet is None and loaded["c"].published is None


@pytest.mark.parametrize(
    "yaml_text, fragment, position",
    [
        ("a:\n  outlett: X\n", "unknown field 'outlett': did you mean 'outlet'?", (2, 3)),
        ("a:\n  published: 2026-02-31\n", "not a real date", (2, 14)),
        ("a:\n  published: 2026-02-04T09:30\n", "needs a UTC offset", (2, 14)),
        ("a:\n  published: 4 Feb 2026\n", "expected a date 'YYYY-MM-DD'", (2, 14)),
        ("a:\n  published: 2026\n", "got the number 2026", (2, 14)),
        ("a:\n  url: ftp://example.org\n", "url: expected an http:// or https:// address", (2, 8)),
        ("a:\n  wire: REUTERS\n", "wire: expected a list", (2, 9)),
        ("a:\n  wire: [\"\"]\n", "wire: expected a non-empty string", (2, 9)),
        ("a:\n  outlet: 28\n", "outlet: expected a non-empty string, got the number 28", (2, 11)),
        ("a: [x]\n", "expected a mapping of fields", (1, 4)),
        ("- a\n", "expected a mapping from source id", (1, 1)),
        ("ab:\n  outlet: X\n", "source 'ab' has no file in this folder (expected ab.txt or ab.md)", (1, 1)),
        ("a:\n  outlet: X\na:\n  outlet: Y\n", "duplicate key 'a'", (3, 1)),
    ],
)
def test_metadata_errors_are_located(tmp_path, yaml_text, fragment, position):
    folder = _folder(tmp_path, {"a.txt": "A.\n", "sources.yaml": yaml_text})
    _, errors = collect_sources([folder])
    assert len(errors) == 1, errors
    assert fragment in errors[0].message
    assert (errors[0].line, errors[0].column) == position
    assert errors[0].path == str(folder / "sources.yaml")


def test_a_single_file_uses_its_folders_metadata(tmp_path):
    folder = _folder(tmp_path, {"a.txt": "A.\n", "b.txt": "B.\n", "sources.yaml": "a:\n  outlet: Alpha\n"})
    loaded = load_sources([folder / "a.txt"])
    assert [(s.id, s.outlet) for s, _ in loaded] == [("a", "Alpha")]
    # sources.yaml itself stands for its folder.
    assert [s.id for s, _ in load_sources([folder / "sources.yaml"])] == ["a", "b"]


def test_the_same_file_twice_loads_once_and_order_does_not_matter(tmp_path):
    folder = _folder(tmp_path, {"b.txt": "B.\n", "a.md": "A.\n"})
    first = load_sources([folder, folder / "a.md"])
    second = load_sources([folder / "a.md", folder])
    assert [s.id for s, _ in first] == ["a", "b"]
    assert [s.id for s, _ in second] == ["a", "b"]
    assert [s.path for s, _ in first] == [s.path for s, _ in second]


def test_duplicate_ids_are_errors(tmp_path):
    one = _folder(tmp_path, {"a.txt": "A.\n"}, name="one")
    two = _folder(tmp_path, {"a.md": "A again.\n"}, name="two")
    loaded, errors = collect_sources([one, two])
    assert [s.id for s, _ in loaded] == ["a"]
    assert len(errors) == 1 and "duplicate source id 'a': also" in errors[0].message


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    folder = _folder(tmp_path, {"good.txt": "Good.\n"})
    (folder / "bad.txt").write_bytes(b"caf\xe9\n")
    (folder / "empty.md").write_bytes(b"")
    loaded, errors = collect_sources([folder, tmp_path / "missing"])
    assert [s.id for s, _ in loaded] == ["good"]
    assert sorted(Path(e.path).name for e in errors) == ["bad.txt", "empty.md", "missing"]
    assert errors == sorted(errors, key=InputError.sort_key)
    with pytest.raises(InputErrors) as caught:
        load_sources([folder])
    assert len(caught.value.errors) == 2
    assert isinstance(caught.value, InputError)
    assert str(caught.value).count("\n") == 1


def test_folders_skip_hidden_files_subfolders_and_other_files(tmp_path):
    folder = _folder(tmp_path, {"a.txt": "A.\n", ".hidden.txt": "H.\n", "notes.json": "{}", "README": "r"})
    (folder / "sub").mkdir()
    (folder / "sub" / "b.txt").write_text("B.\n")
    assert [s.id for s, _ in load_sources([folder])] == ["a"]


def test_html_goes_through_the_registered_reader(tmp_path, monkeypatch):
    folder = _folder(tmp_path, {"a.txt": "A.\n", "page.html": "<p>28 died</p>"})

    def read_html(path):
        return "28 died", {"title": "From HTML", "original": str(path)}

    monkeypatch.setitem(sources_module.READERS, ".html", read_html)
    loaded = {s.id: (s, t) for s, t in load_sources([folder])}
    page, text = loaded["page"]
    assert text == "28 died" and page.title == "From HTML" and page.original.endswith("page.html")


def test_text_is_kept_exactly(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"\xef\xbb\xbfOne\r\nTwo\rThree\n")
    [(source, text)] = load_sources([folder])
    assert text == "One\r\nTwo\rThree\n"


@pytest.mark.parametrize("url", ["https://en.wikipedia.org/wiki/Kherson_(city)", "HTTP://Example.org/a?b=1&c=%22#d",
                                 "https://例え.jp/パス", "https://example.org:8443/a_(b)_(c)"])
def test_plain_addresses_are_kept(tmp_path, url):
    folder = _folder(tmp_path, {"a.txt": "A.\n", "sources.yaml": f"a:\n  url: '{url}'\n"})
    assert load_sources([folder])[0].source.url == url


@pytest.mark.parametrize("url, fragment", [
    ("https://ok.example/a)](javascript:alert(1))", "')' at position 21"),
    ("https://ok.example/a(", "'(' at position 21"),
    ("javascript:alert(1)", "expected an http:// or https:// address"),
    ("https:ok.example", "expected an http:// or https:// address"),
    ("https://ok.example:99999/", "not a valid address"),
    ("https://[::1]/", "'[' at position 9"),
    ("https://ok.example/a`b", "'`' at position 21"),
    ("https://ok.example/a\u202eb", "'\\u202e' at position 21"),
])
def test_addresses_that_could_leave_their_link_are_refused(tmp_path, url, fragment):
    folder = _folder(tmp_path, {"a.txt": "A.\n", "sources.yaml": f'a:\n  url: "{url}"\n'})
    (error,) = collect_sources([folder])[1]
    assert fragment in error.message and (error.line, error.column) == (2, 8), str(error)


def test_a_folder_notes_what_it_skips_and_a_direct_path_is_an_error(tmp_path):
    from checker.errors import noting

    folder = _folder(tmp_path, {"a.txt": "A.\n"})
    (folder / "dangling.md").symlink_to("nowhere.md")
    (folder / "dir.txt").mkdir()
    notes: list[str] = []
    with noting(notes.append):
        assert [s.id for s, _ in load_sources([folder])] == ["a"]
    assert notes == [f"{folder / 'dangling.md'}: note: skipped: a broken symbolic link, not a regular file",
                     f"{folder / 'dir.txt'}: note: skipped: a folder, not a regular file"]
    (error,) = collect_sources([folder / "dangling.md"])[1]
    assert error.message == "broken symbolic link: its target does not exist"


def test_a_folders_readme_is_its_documentation_not_an_article(tmp_path):
    folder = _folder(tmp_path, {"a.txt": "A.\n", "README.md": "Notes: 40 people were killed.\n", "license.txt": "MIT\n"})
    assert [s.id for s, _ in load_sources([folder])] == ["a"]
    # Named on its own, it is read.
    assert [s.id for s, _ in load_sources([folder / "README.md"])] == ["README"]
