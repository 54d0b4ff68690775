"""``leselupe vocab …`` and the token fields of ``analyze --json --tokens``."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.dictionary import Dictionary
from app.vocab.store import default_path
from tests.helpers import REPO
from tests.vocab.conftest import child_env


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``leselupe ARGS`` (argparse's own errors exit)."""
    try:
        code = main(args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    code, out, _ = run(["vocab", "list", "--json"], capsys)
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_mark_maps_words_to_lemmas(data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        ["vocab", "mark", "ging", "gegangen", "Häuser", "--status", "learning", "--level", "2"],
        capsys,
    )
    assert code == 0, err
    assert "ging → gehen: learning 2" in out and "Häuser → Haus: learning 2" in out
    code, _, err = run(["vocab", "mark", "ankündigen", "--status", "known"], capsys)
    assert code == 0, err
    words = listed(capsys)["words"]
    assert words == [
        {"lemma": "gehen", "status": "learning", "level": 2},
        {"lemma": "Haus", "status": "learning", "level": 2},
        {"lemma": "ankündigen", "status": "known", "level": None},
    ]
    code, _, _ = run(["vocab", "mark", "Haus", "--status", "new"], capsys)
    assert code == 0
    assert [w["lemma"] for w in listed(capsys)["words"]] == ["gehen", "ankündigen"]  # type: ignore[index, union-attr]
    code, out, _ = run(["vocab", "list"], capsys)
    assert code == 0 and "gehen" in out and "learning 2" in out and "0 cards" in out


@pytest.mark.parametrize(
    "args",
    [
        ["vocab", "mark", "Haus", "--status", "bogus"],
        ["vocab", "mark", "Haus", "--status", "learning", "--level", "5"],
        ["vocab", "mark", "Haus", "--status", "learning", "--level", "0"],
        ["vocab", "mark", "Haus", "--status", "learning", "--level", "zwei"],
        ["vocab", "mark", "Haus", "--status", "known", "--level", "2"],
        ["vocab", "mark", "Haus"],
        ["vocab", "mark", "--status", "known"],
        ["vocab", "export", "--apkg", "MISSING/deck.apkg"],
        ["vocab", "export", "--csv", "MISSING/deck.csv"],
        ["vocab", "export", "--apkg", "a.apkg", "--csv", "a.csv"],
        ["vocab", "export"],
        ["vocab", "export", "deck.txt"],
        ["vocab", "export", "a.apkg", "--csv", "a.csv"],
        ["vocab", "import", "MISSING/words.txt"],
        ["vocab", "add", "Haus", "--sentence", "   "],
    ],
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    args: list[str], data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.replace("MISSING", str(tmp_path / "missing")) for a in args]
    assert run(["vocab", "mark", "ging", "--status", "known"], capsys)[0] == 0
    assert run(["vocab", "add", "ging", "--sentence", "Er ging."], capsys)[0] == 0
    before = listed(capsys)
    code, _, err = run(args, capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("leselupe: error: "), err
    assert listed(capsys) == before
    assert not (tmp_path / "missing").exists()


def test_bad_input_in_a_child_process(data_home: Path, dictionary: Dictionary) -> None:
    """The real command: exit code 2, one line, no traceback, no file created."""
    result = subprocess.run(
        [sys.executable, "-m", "app", "vocab", "mark", "Haus", "--status", "learning",
         "--level", "9"],
        cwd=REPO, env=child_env(data_home, dictionary), capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "leselupe: error: learning level must be 1–4, not 9"
    ]
    assert not default_path().exists()


def test_add_and_export(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["vocab", "export", "--csv", str(tmp_path / "e.csv")], capsys)[0] == 2  # empty
    code, out, err = run(
        ["vocab", "add", "Häuser", "--sentence", "Die Häuser am Fluss sind alt.",
         "--source", "Testzeitung", "--date", "2024-05-03"],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("added: ") and "das Haus" in out
    again = ["vocab", "add", "Häuser", "--sentence", "Die Häuser am Fluss sind alt."]
    assert run(again, capsys)[1].startswith("updated: ")  # the same word and sentence
    card = listed(capsys)["cards"][0]  # type: ignore[index]
    assert card["lemma"] == "Haus" and card["article"] == "das" and card["plural"] == "Häuser"
    assert card["glosses"] and card["grammar"].startswith("noun")
    assert card["source"] == "Testzeitung" and card["date"] == "2024-05-03"
    apkg = tmp_path / "deck.apkg"
    assert run(["vocab", "export", "--apkg", str(apkg)], capsys)[0] == 0
    with zipfile.ZipFile(apkg) as archive:
        assert "collection.anki2" in archive.namelist()
    for flag, delimiter in (("--csv", ","), ("--tsv", "\t")):
        path = tmp_path / f"deck{flag[1:]}"
        assert run(["vocab", "export", flag, str(path)], capsys)[0] == 0
        rows = list(csv.reader(path.open(encoding="utf-8"), delimiter=delimiter))
        assert rows[0][:2] == ["word", "lemma"] and rows[1][:2] == ["Häuser", "Haus"]
    # FILE alone: the format by its name, as in the window (newuser34)
    for name in ("plain.apkg", "plain.CSV", "plain.tsv"):
        assert run(["vocab", "export", str(tmp_path / name)], capsys)[0] == 0
    with zipfile.ZipFile(tmp_path / "plain.apkg") as archive:
        assert "collection.anki2" in archive.namelist()
    assert (tmp_path / "plain.CSV").read_text(encoding="utf-8").startswith("word,lemma,")
    assert (tmp_path / "plain.tsv").read_text(encoding="utf-8").startswith("word\tlemma\t")


def test_import_marks_known(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["vocab", "mark", "Baum", "--status", "ignored"], capsys)[0] == 0
    words = tmp_path / "known.txt"
    words.write_text("# known words\nging\nHäuser\nder Baum\nEin ganzer Satz hier.\n", "utf-8")
    code, out, err = run(["vocab", "import", str(words)], capsys)
    assert code == 0, err
    assert "2 lemmas marked known (1 was already known or ignored); 1 entry skipped" in out
    statuses = {w["lemma"]: w["status"] for w in listed(capsys)["words"]}  # type: ignore[union-attr]
    assert statuses == {"gehen": "known", "Haus": "known", "Baum": "ignored"}
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", "utf-8")
    assert run(["vocab", "import", str(empty)], capsys)[0] == 2


def test_analyze_tokens_gain_status_and_band(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["vocab", "mark", "ging", "--status", "known"], capsys)[0] == 0
    assert run(["vocab", "mark", "Haus", "--status", "learning", "--level", "3"], capsys)[0] == 0
    text = tmp_path / "t.txt"
    text.write_text(
        "Bundeskanzler Olaf Scholz ging am 3. Mai in Berlin zum Haus der Regierung.", "utf-8"
    )
    code, out, err = run(["analyze", str(text), "--json", "--tokens"], capsys)
    assert code == 0, err
    tokens = {t["text"]: t for t in json.loads(out)["tokens"]}
    for token in tokens.values():
        assert {"start", "end", "text", "lemma", "pos", "glosses"} <= set(token)
        assert "status" in token and "freq_band" in token
    assert tokens["ging"]["status"] == "known" and tokens["ging"]["freq_band"] == "1k"
    assert tokens["Haus"]["status"] == "learning 3"
    assert tokens["Regierung"]["status"] == "new" and tokens["Regierung"]["freq_band"]
    for name in ("Olaf", "Scholz", "Berlin", "3.", "."):
        assert tokens[name]["status"] is None and tokens[name]["freq_band"] is None, name
    code, out, _ = run(["analyze", str(text), "--json"], capsys)
    assert code == 0 and "tokens" not in json.loads(out)


def test_one_is_singular(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'1 lemmas …; 1 cards in the deck' after a learner's first card."""
    code, _out, err = run(["vocab", "add", "ging", "--sentence", "Er ging nach Hause."], capsys)
    assert code == 0, err
    assert run(["vocab", "mark", "ging", "--status", "known"], capsys)[0] == 0
    code, out, _err = run(["vocab", "list"], capsys)
    assert "1 lemma (" in out and "; 1 card in the deck" in out
    code, out, _err = run(["vocab", "export", "--csv", str(tmp_path / "deck.csv")], capsys)
    assert code == 0 and out.startswith("exported 1 card to ")


def added(
    word: str, sentence: str, capsys: pytest.CaptureFixture[str]
) -> tuple[str, dict[str, Any]]:
    """``vocab add WORD --sentence S`` into an empty deck: its output and the card kept."""
    code, out, err = run(["vocab", "add", word, "--sentence", sentence], capsys)
    assert code == 0, err
    cards = listed(capsys)["cards"]
    assert isinstance(cards, list) and len(cards) == 1
    return out, cards[0]


def test_add_reads_the_word_in_its_sentence(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The card is the analysed token's, as the window's Add to Deck builds it (vocabadd37):
    a split separable verb is carded whole, not as the verb without its particle."""
    sentence = "Die neue Schulleiterin kündigte gestern einen langen Ausflug an."
    out, card = added("kündigte", sentence, capsys)
    assert out.startswith("added: ankündigen — ")
    assert card["word"] == "kündigte" and card["lemma"] == "ankündigen"
    assert card["grammar"] == "verb" and card["article"] == "" and card["sentence"] == sentence
    assert any("announce" in gloss for gloss in card["glosses"])
    # the whole verb finds the same token (a learner may type the lemma)
    code, out, err = run(["vocab", "add", "ankündigen", "--sentence", sentence], capsys)
    assert code == 0 and out.startswith("updated: ankündigen"), err


def test_add_finds_an_inflected_noun_case_insensitively(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A noun in the dative plural, typed in lower case: its lemma, article and plural."""
    out, card = added("häusern", "Der Bäcker schenkte den Kindern in den Häusern Brezeln.", capsys)
    assert out.startswith("added: das Haus — ")
    assert card["word"] == "Häusern" and card["lemma"] == "Haus"
    assert card["article"] == "das" and card["plural"] == "Häuser"
    assert card["grammar"].startswith("noun") and card["glosses"]


def test_add_of_a_word_not_in_its_sentence_stores_nothing(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = listed(capsys)
    code, out, err = run(
        ["vocab", "add", "Hund", "--sentence", "Die Katze schlief den ganzen Tag."], capsys
    )
    assert code == 2 and not out
    lines = err.strip().splitlines()
    assert lines == ["leselupe: error: 'Hund' does not occur in the sentence: give it as it "
                     "stands there"]  # fmt: skip
    assert listed(capsys) == before == {"words": [], "cards": []}
