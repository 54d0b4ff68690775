"""The command line as users and scripts see it: real processes, real files.

Every bad input gives a correct result or exactly one error line on stderr with
exit code 2, never a traceback.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import spacy

from tests.helpers import REPO, tiny_png

GERMAN = (
    "Der Präsident der Vereinigten Staaten, Joe Biden, hat am Montag in Berlin "
    "mit Bundeskanzler Olaf Scholz über die Lage in der Ukraine gesprochen.\n\n"
    "Beide Politiker äußerten sich anschließend vor der Presse. Größere Änderungen "
    "seien nicht zu erwarten, hieß es aus dem Kanzleramt.\n"
)


def run_cli(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        env=full_env,
        timeout=timeout,
        check=False,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def assert_one_error_line(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("leselupe: error: ")
    assert "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in lines[0]


@pytest.fixture(scope="module")
def tokenizer_only_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A tokenizer-and-sentences pipeline: lets the huge-input tests check the
    plumbing (decoding, chunking, offsets) without waiting for NER."""
    path = tmp_path_factory.mktemp("models") / "tokenizer_only"
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"] = "tokenizer_only"
    nlp.to_disk(path)
    return str(path)


def test_entry_point_is_declared() -> None:
    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["scripts"]["leselupe"] == "app.cli:main"
    from app.cli import main

    assert callable(main)


def test_analyze_json_contract(tmp_path: Path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(GERMAN, encoding="utf-8")
    proc = run_cli("analyze", str(path), "--json", "--tokens")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert {"source", "model", "text", "entities", "people", "tokens"} <= set(data)
    assert set(data["model"]) == {"name", "version"}
    text = data["text"]
    assert text == GERMAN
    for ent in data["entities"]:
        assert set(ent) == {"start", "end", "label", "text"}
        assert ent["label"] in {"PER", "LOC", "ORG", "MISC"}
        assert text[ent["start"] : ent["end"]] == ent["text"]
    for person in data["people"]:
        assert set(person) >= {"name", "roles", "age", "party", "credit", "mentions"}
        for start, end in person["mentions"]:
            assert 0 <= start < end <= len(text)
    for tok in data["tokens"]:
        # status and freq_band: the learner's vocabulary (issue 15; tests/vocab/test_cli.py)
        assert set(tok) == {"start", "end", "text", "lemma", "pos", "glosses"} | {
            "status",
            "freq_band",
        } | {"morph", "article", "plural"}
        assert text[tok["start"] : tok["end"]] == tok["text"]
        assert isinstance(tok["morph"], str)


def test_analyze_tokens_carry_the_cards_grammar(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Die Minister sprachen mit den Beamten über das Militärbündnis.\n", "utf-8")
    proc = run_cli("analyze", str(path), "--json", "--tokens")
    assert proc.returncode == 0, proc.stderr
    tokens = {t["text"]: t for t in json.loads(proc.stdout)["tokens"]}
    assert tokens["Beamten"]["morph"] == "Case=Dat|Number=Plur"  # no gender in the plural
    assert (tokens["Beamten"]["article"], tokens["Beamten"]["plural"]) == ("der", "Beamten")
    bund = tokens["Militärbündnis"]
    assert (bund["article"], bund["plural"]) == ("das", "Militärbündnisse")
    assert "Case=Acc" in bund["morph"] and "Gender=Neut" in bund["morph"]
    assert tokens["sprachen"]["morph"] == "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"
    assert tokens["mit"]["morph"] == "" and tokens["mit"]["article"] is None


def test_analyze_tokens_carry_the_cards_part_of_speech(tmp_path: Path) -> None:
    """``pos`` is the card's part of speech as a UD tag (app.reading.cards.word_class)."""
    path = tmp_path / "a.txt"
    path.write_text(
        "Der Diktator sprach am Freitag mit Peskow. Die Firma kündigte neue Stellen an.\n",
        "utf-8",
    )
    proc = run_cli("analyze", str(path), "--json", "--tokens")
    assert proc.returncode == 0, proc.stderr
    tokens = {t["text"]: t["pos"] for t in json.loads(proc.stdout)["tokens"]}
    assert (tokens["Diktator"], tokens["Freitag"], tokens["Peskow"]) == ("NOUN", "NOUN", "PROPN")
    assert (tokens["kündigte"], tokens["an"]) == ("VERB", "ADP")  # UD: a particle as ADP


def test_analyze_without_tokens_has_no_tokens(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GERMAN, encoding="utf-8")
    data = json.loads(run_cli("analyze", str(path), "--json").stdout)
    assert "tokens" not in data


def test_analyze_stdin() -> None:
    proc = run_cli("analyze", "-", "--json", stdin=GERMAN.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["source"] == "<stdin>"


def test_summary_is_readable(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GERMAN, encoding="utf-8")
    proc = run_cli("analyze", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "Entities: PER" in proc.stdout
    assert "Model:" in proc.stdout


# ------------------------------------------------------------------ bad input


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "leer.txt"
    path.write_bytes(b"")
    assert_one_error_line(run_cli("analyze", str(path)), "empty")


def test_whitespace_only(tmp_path: Path) -> None:
    path = tmp_path / "leer.txt"
    path.write_bytes(b"  \n\n\t \r\n")
    assert_one_error_line(run_cli("analyze", str(path)), "empty")


def test_png(tmp_path: Path) -> None:
    path = tmp_path / "bild.png"
    path.write_bytes(tiny_png())
    assert_one_error_line(run_cli("analyze", str(path)), "binary")


def test_png_renamed_to_txt(tmp_path: Path) -> None:
    path = tmp_path / "bild.txt"
    path.write_bytes(tiny_png())
    assert_one_error_line(run_cli("analyze", str(path)), "binary")


def test_directory(tmp_path: Path) -> None:
    assert_one_error_line(run_cli("analyze", str(tmp_path)), "directory")


def test_missing_path(tmp_path: Path) -> None:
    assert_one_error_line(run_cli("analyze", str(tmp_path / "fehlt.txt")), "no such file")


def test_missing_path_for_window_fallback(tmp_path: Path) -> None:
    proc = run_cli(str(tmp_path / "fehlt.txt"), "--quit-when-ready")
    assert_one_error_line(proc, "no such file")


def test_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.txt"
    path.write_bytes(GERMAN.encode("utf-8") + b"\xff\xfe\xc3(" + GERMAN.encode("utf-8"))
    proc = run_cli("analyze", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["text"].startswith(GERMAN)
    assert "replaced" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"))
    proc = run_cli("analyze", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == GERMAN


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_legacy_encoding(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "alt.txt"
    path.write_bytes(GERMAN.encode(codec))
    proc = run_cli("analyze", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    text = json.loads(proc.stdout)["text"]
    assert "Präsident" in text and "äußerten" in text and "Ã" not in text


def test_non_german_text_gets_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text(
        "The president of the United States met the chancellor in Berlin on Monday. "
        "They talked about trade, security and the war for more than two hours.\n",
        encoding="utf-8",
    )
    proc = run_cli("analyze", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "does not look German" in proc.stderr


def test_one_megabyte_single_line(tmp_path: Path, tokenizer_only_model: str) -> None:
    sentence = GERMAN.replace("\n", " ")
    line = (sentence * (1_000_000 // len(sentence) + 1))[:1_000_000]
    path = tmp_path / "eine-zeile.txt"
    path.write_text(line, encoding="utf-8")
    proc = run_cli("analyze", str(path), "--json", env={"LESELUPE_MODEL": tokenizer_only_model})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == line


@pytest.mark.slow
def test_twenty_megabyte_text(tmp_path: Path, tokenizer_only_model: str) -> None:
    para = GERMAN
    text = para * (20_000_000 // len(para.encode("utf-8")))
    path = tmp_path / "gross.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size <= 20 * 1024 * 1024
    proc = run_cli("analyze", str(path), env={"LESELUPE_MODEL": tokenizer_only_model})
    assert proc.returncode == 0, proc.stderr
    assert f"{len(text):,} characters" in proc.stdout


def test_unknown_subcommand_option_is_one_usage_error() -> None:
    proc = run_cli("analyze")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_summary_counts_one_sentence_in_the_singular() -> None:
    """'<stdin> — 77 characters, 1 sentences, 15 tokens' for a one-sentence text."""
    import io

    from app.cli.render import print_summary
    from tests.reading.helpers import make_analysis

    text = "Olaf Scholz sagte am Montag in Berlin, die Lage sei ernst."
    out = io.StringIO()
    print_summary(make_analysis(text), "<stdin>", out)
    first = out.getvalue().splitlines()[0]
    assert first.startswith(f"<stdin> — {len(text)} characters, 1 sentence, ")


# ------------------------------------------------------------------ lookup input (session 37)


def test_lookup_stdin_binary_is_one_error_line(tmp_path: Path) -> None:
    """Binary data on stdin was echoed to the terminal as garbage with '(no entry)'."""
    assert_one_error_line(run_cli("lookup", "--stdin", stdin=tiny_png()), "<stdin>", "binary")
    noise = bytes(range(256)) * 8
    assert_one_error_line(run_cli("lookup", "--stdin", stdin=noise), "binary")


def test_lookup_stdin_reads_windows_1252_lines() -> None:
    proc = run_cli("lookup", "--stdin", "--json", stdin="Bürger\n\nHaus\n".encode("cp1252"))
    assert proc.returncode == 0, proc.stderr
    words = [json.loads(line)["word"] for line in proc.stdout.splitlines()]
    assert words == ["Bürger", "Haus"]


def test_lookup_stdin_drops_a_byte_order_mark() -> None:
    """A UTF-8 file saved by a Windows editor starts with a BOM, which stuck to the first
    word ("\ufeffHaus": no entry)."""
    proc = run_cli("lookup", "--stdin", "--json", stdin="\ufeffHaus\nBürger\n".encode())
    assert proc.returncode == 0, proc.stderr
    words = [json.loads(line)["word"] for line in proc.stdout.splitlines()]
    assert words == ["Haus", "Bürger"]


def test_lookup_blank_arguments_are_skipped() -> None:
    assert_one_error_line(run_cli("lookup", "", " "), "lookup needs words")
    proc = run_cli("lookup", "--json", "", "Haus")
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["word"] for line in proc.stdout.splitlines()] == ["Haus"]
