"""``leselupe analyze``: the document's metadata in the JSON and the summary; bylines as credits."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.analysis import analyze, mark_credits
from app.cli import main
from app.core.results import Person
from tests.helpers import REPO

WEB = REPO / "tests" / "fixtures" / "web"
EXPECTED = json.loads((WEB / "expected.json").read_text(encoding="utf-8"))
META_KEYS = ["title", "author", "date", "site", "url"]


def analyze_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(["analyze", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", ["regional_paper.html", "jsonld.html", "no_declaration.html"])
def test_meta_of_a_web_page(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = analyze_json(capsys, str(WEB / name))
    assert list(data)[:3] == ["source", "meta", "model"]
    assert list(data["meta"]) == META_KEYS  # type: ignore[call-overload]
    assert data["meta"] == EXPECTED[name]["meta"]
    assert str(data["text"]).startswith(EXPECTED[name]["meta"]["title"])


def test_meta_of_a_plain_text_is_its_headline_or_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Stadtrat streitet über Parkgebühren\n\nDas Anwohnerparken soll teurer werden.\n"
    path = tmp_path / "artikel.txt"
    path.write_text(text, encoding="utf-8")
    data = analyze_json(capsys, str(path))
    assert data["text"] == text
    assert data["meta"] == {
        "title": "Stadtrat streitet über Parkgebühren",
        "author": None,
        "date": None,
        "site": None,
        "url": None,
    }
    path.write_text("Der Stadtrat tagt. Er streitet.\n\nÜber Parkgebühren.\n", encoding="utf-8")
    assert analyze_json(capsys, str(path))["meta"] == dict.fromkeys(META_KEYS)


def test_meta_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = (WEB / "cp1252.html").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    data = analyze_json(capsys, "-")
    assert data["meta"] == EXPECTED["cp1252.html"]["meta"]


def test_summary_shows_the_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(WEB / "magazine.html")]) == 0
    out = capsys.readouterr().out
    assert "Title: Die letzten Uhrmacher vom Schwarzwald" in out
    assert "By: Lena Hoffmann, Markus Weber" in out and "Date: 2023-11-04" in out


def person(name: str, credit: bool = False) -> Person:
    return Person(name=name, roles=(), age=None, party=None, credit=credit, mentions=((0, 1),))


def test_mark_credits() -> None:
    people = (person("Klaus Wendler"), person("Anna Berger"), person("Berger"), person("X", True))
    assert mark_credits(people, ()) is people
    marked = mark_credits(people, ("Anna Berger",))
    assert [(p.name, p.credit) for p in marked] == [
        ("Klaus Wendler", False),
        ("Anna Berger", True),
        ("Berger", True),
        ("X", True),
    ]
    assert [p.credit for p in mark_credits(people, ("anna  berger",))][:2] == [False, True]
    assert not any(p.credit for p in mark_credits(people[:1], ("Wendler Klaus",)))


def test_a_credited_journalist_in_the_text_is_not_a_story_person() -> None:
    text = (
        "Bürgermeister Klaus Wendler (54) eröffnete am Montag in Talbach die neue Brücke. "
        "Die Reporterin Anna Berger sprach danach mit Klaus Wendler über die Kosten."
    )
    story = {p.name: p.credit for p in analyze(text).people}
    credited = {p.name: p.credit for p in analyze(text, credits=("Anna Berger",)).people}
    assert story.get("Klaus Wendler") is False and credited.get("Klaus Wendler") is False
    assert story.get("Anna Berger") is False
    assert credited.get("Anna Berger") is True


def test_the_window_help_names_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    """`leselupe --help` is where a new user looks first: it lists all subcommands."""
    from app.cli import SUBCOMMANDS

    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    description = " ".join(out.split("\n\n")[1].split())
    for name in SUBCOMMANDS:
        assert name in description, name
