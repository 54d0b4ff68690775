"""Build the morphology tables of word cards (``resources/lexicon/*_forms.tsv.gz``).

Usage (from the repository root, with the build-only packages installed)::

    pip install --no-deps german-nouns==1.2.5   # the CSV only; its own dependencies are not needed
    pip install ablaut==0.11.0
    python -m training.build_morph_lexicon --ding PATH/TO/de-en.txt.gz

Writes three gzip files that :mod:`app.morphology.lexicon` reads; the app never
needs the packages above:

- ``noun_forms.tsv.gz`` from german-nouns (Wiktionary, CC BY-SA 4.0): per noun
  its gender(s), flags and the forms of its eight case/number cells, written
  as edits of the lemma (:mod:`app.morphology.codec`); adjectival nouns
  ("Beamte", "Abgeordnete") only as stem + flag, since their endings follow
  the article like an adjective's; and the forms whose lemma the regular
  ending rules do not find ("Fachleute" -> Fachmann, "Museen" -> Museum).
- ``verb_forms.tsv.gz``: every one-word verb of Ding, conjugated by ablaut
  (MIT/Apache-2.0, a rule engine with exception tables), stored as paradigm
  classes (the 28 forms as edits of the verb without its separable particle)
  plus the verbs with their class and particle length.
- ``adjectives.tsv.gz``: the one-word adjectives of Ding, with the
  comparative and superlative where Ding gives one that the regular rule does
  not make ("gut | besser | am besten").
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.morphology.codec import encode
from app.morphology.forms import (
    CELLS,
    VERB_SLOTS,
    de_umlaut,
    noun_lemma_candidates,
    regular_comparative,
    regular_superlative,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "lexicon"

_CASE_NAMES = {"Nom": "nominativ", "Gen": "genitiv", "Dat": "dativ", "Acc": "akkusativ"}
_NUMBER_NAMES = {"Sing": "singular", "Plur": "plural"}
_NAME_KINDS = ("Vorname", "Nachname", "Eigenname")
_WORD = re.compile(r"^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß-]*$")


# ----------------------------------------------------------------------------- nouns


def _cell_forms(row: dict[str, str], case: str, number: str, suffix: str = "") -> list[str]:
    """The forms of one cell of a german-nouns row, first variant first."""
    key = f"{_CASE_NAMES[case]} {_NUMBER_NAMES[number]}"
    columns = [key + suffix] if suffix else [key, *(f"{key} {k}" for k in range(1, 5))]
    # "*" marks a second spelling; in the dative and accusative singular it is the old
    # "-e" dative ("dem Manne") or a doubtful form, which would only add false readings
    if not suffix and (case == "Gen" or number == "Plur"):
        columns.append(key + "*")
    out: list[str] = []
    for column in columns:
        form = (row.get(column) or "").strip()
        if form and _WORD.match(form) and form not in out:
            out.append(form)
    return out


def _genders(row: dict[str, str]) -> str:
    found = [row.get(k, "").strip() for k in ("genus", "genus 1", "genus 2", "genus 3", "genus 4")]
    return "".join(sorted({g for g in found if g in ("m", "f", "n")}, key="mfn".index))


def noun_rows(path: Path) -> Iterator[tuple[str, str, str, list[list[str]]]]:
    """(lemma, genders, flags, forms per cell) for the usable rows of nouns.csv.

    Flags: ``T`` a place name, ``A`` an abbreviation, ``J`` an adjectival noun
    (then the lemma is its form after "der"/"die" and no cells are given).
    """
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lemma = row["lemma"].strip()
            kinds = row["pos"].split(",")
            if not _WORD.match(lemma) or "Substantiv" not in kinds or lemma.startswith("-"):
                continue
            genders = _genders(row)
            if "adjektivische Deklination" in kinds:
                weak = (row.get("nominativ singular schwach") or "").strip()
                if weak.endswith("e") and _WORD.match(weak):
                    yield weak, genders, "J", []
                continue
            cells = [_cell_forms(row, case, number) for case, number in CELLS]
            if not any(cells):
                continue
            if any(kind in kinds for kind in _NAME_KINDS) and not genders:
                continue
            if not genders and any(cells[:4]):
                continue  # a singular without a gender ("Paris" as a bare form): unusable
            archaic = [
                f for f in _cell_forms(row, "Dat", "Sing", "*") if f in (lemma + "e", lemma + "se")
            ]
            flags = ("T" if "Toponym" in kinds else "") + ("A" if "Abkürzung" in kinds else "")
            if "T" in flags and any(cells[:4]):
                cells[4:] = [[], [], [], []]  # "Deutschländer", "Schweizen": not plurals in use
            for forms in cells[4:]:
                # "Staat" listed as an old plural of Staat: it would make every "Staat" plural
                if lemma in forms and len(forms) > 1:
                    forms.remove(lemma)
            if archaic:  # the old dative "-e" ("im Sinne", "zu Hause"): a ninth cell
                cells.append(archaic)
            yield lemma, genders, flags, cells


def write_nouns(source: Path, out: Path) -> dict[str, int]:
    records: dict[str, list[str]] = defaultdict(list)
    adjectival: dict[str, str] = {}
    exceptions: dict[str, set[str]] = defaultdict(set)
    for lemma, genders, flags, cells in noun_rows(source):
        if flags == "J":
            adjectival[lemma] = "".join(
                sorted(set(adjectival.get(lemma, "")) | set(genders), key="mfn".index)
            )
            continue
        codes = "|".join(",".join(encode(lemma, f) for f in forms) if forms else "-"
                         for forms in cells)  # fmt: skip
        record = f"{genders}\t{flags}\t{codes}"
        if record not in records[lemma]:
            records[lemma].append(record)
        for forms in cells:
            for form in forms:
                if lemma not in noun_lemma_candidates(form):
                    exceptions[form].add(lemma)
    for lemma, genders in adjectival.items():
        records[lemma].append(f"{genders}\tJ\t")
    with _open_out(out) as fh:
        fh.write("# noun forms from german-nouns 1.2.5 (Wiktionary), CC BY-SA 4.0\n")
        fh.write("# lemma<TAB>genders<TAB>flags<TAB>8 cells (see app/morphology/lexicon.py)\n")
        for lemma in sorted(records):
            for record in records[lemma]:
                fh.write(f"{lemma}\t{record}\n")
        for form in sorted(exceptions):
            fh.write(f"@{form}\t{','.join(sorted(exceptions[form]))}\n")
    return {"lemmas": len(records), "adjectival": len(adjectival), "exceptions": len(exceptions)}


# ----------------------------------------------------------------------------- Ding


_PLACEHOLDERS = frozenset({"sich", "jdn.", "jdm.", "jds.", "etw.", "jdn./etw.", "jdm./etw."})
_TAG = re.compile(r"\{[^}]*\}")
_NOISE = re.compile(r"\s*(\([^)]*\)|\[[^]]*\]|/[^/ ]+/)")


def ding_heads(path: Path) -> Iterator[tuple[list[tuple[int, str, str]], list[str]]]:
    """For each Ding line: the one-word heads of its first sub-entry as (position
    among the alternatives, word, tags of the sub-entry) ("machen; zubereiten
    {vt}": both are verbs), and its German sub-entries without comments. A head
    may follow object placeholders ("jdm. etw. sagen")."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or " :: " not in line:
                continue
            german = line.split(" :: ", 1)[0]
            subs = [_NOISE.sub("", sub).strip() for sub in german.split(" | ")]
            tags = " ".join(_TAG.findall(subs[0]))
            heads = []
            for k, alt in enumerate(_TAG.sub("", subs[0]).split("; ")):
                words = alt.split()
                if words and all(w in _PLACEHOLDERS for w in words[:-1]):
                    heads.append((k, words[-1], tags))
            yield heads, subs


#: Adjectives compared with another stem.
_SUPPLETIVE = {"gut": "besser", "viel": "mehr", "wenig": "weniger", "gern": "lieber"}


def _comparison(word: str, k: int, subs: list[str]) -> tuple[str, str]:
    """The comparative and superlative stem Ding gives for the head at position ``k``."""
    if len(subs) < 3 or not subs[2].startswith("am "):
        return "", ""
    comps = [c.strip() for c in subs[1].split("; ")]
    sups = [s.strip() for s in subs[2].split("; ")]
    if len(comps) == 1 and len(sups) == 1:
        k = 0
    if k >= len(comps) or k >= len(sups) or not sups[k].startswith("am "):
        return "", ""
    comparative, superlative = comps[k], sups[k][3:]
    if not (_WORD.match(comparative) and _WORD.match(superlative)):
        return "", ""
    if not (comparative.endswith("er") and superlative.endswith("en")):
        return "", ""
    plain = de_umlaut(comparative)
    common = 0
    while common < min(len(plain), len(word)) and plain[common] == word[common]:
        common += 1
    if _SUPPLETIVE.get(word) != comparative and common < len(word) - 2:
        return "", ""  # the comparative of another alternative ("auffallend | auffälliger")
    return comparative, superlative[:-2]


def ding_verbs_and_adjectives(path: Path) -> tuple[set[str], dict[str, tuple[str, str]]]:
    """One-word verbs, and adjectives with the comparison Ding gives (or "")."""
    verbs: set[str] = set()
    adjectives: dict[str, tuple[str, str]] = {}
    for heads, subs in ding_heads(path):
        for k, word, tags in heads:
            if re.search(r"\{v[tir]?\}", tags) and re.fullmatch(
                r"[a-zäöüß]{2,}(en|ern|eln|n)", word
            ):
                verbs.add(word)
            if "{adj}" not in tags or not re.fullmatch(r"[a-zäöüß]{2,}", word):
                continue
            comparison = _comparison(word, k, subs)
            old = adjectives.get(word)
            if old is None or (not old[0] and comparison[0]):
                adjectives[word] = comparison
    return verbs, adjectives


# ----------------------------------------------------------------------------- verbs


def _finite(forms: Iterable[str | None]) -> tuple[list[str | None], str]:
    """Forms without the separated particle ("kündige an" -> "kündige"), and the particle."""
    out: list[str | None] = []
    particle = ""
    for form in forms:
        if form is None:
            out.append(None)
            continue
        head, _, tail = form.partition(" ")
        out.append(head)
        particle = particle or tail
    return out, particle


def conjugate(verb: str) -> tuple[str, list[str | None]] | None:
    """(particle, forms in :data:`VERB_SLOTS` order, without the particle), by ablaut."""
    import ablaut  # build-time only

    try:
        c = ablaut.conjugate(verb)
    except Exception:
        return None
    finite, particle = _finite(
        [*c.present, *c.preterite, *c.konjunktiv1, *c.konjunktiv2, *c.imperative]
    )
    participle: str | None = c.past_participle
    present_participle: str | None = c.present_participle
    if particle:
        if not verb.startswith(particle):
            return None
        participle = participle[len(particle) :] if participle else None
        present_participle = present_participle[len(particle) :] if present_participle else None
    forms = [*finite[:24], participle, finite[24], finite[25], present_participle]
    if len(forms) != len(VERB_SLOTS) or not forms[0]:
        return None
    return particle, forms


def write_verbs(verbs: set[str], out: Path) -> dict[str, int]:
    classes: dict[str, int] = {}
    rows: list[str] = []
    for verb in sorted(verbs):
        result = conjugate(verb)
        if result is None:
            continue
        particle, forms = result
        base = verb[len(particle) :]
        code = "|".join("-" if f is None else encode(base, f) for f in forms)
        number = classes.setdefault(code, len(classes))
        rows.append(f"{verb}\t{number}\t{len(particle) or ''}")
    with _open_out(out) as fh:
        fh.write("# verb paradigms: Ding 1.9 verbs (GPL-2.0-or-later) conjugated by ablaut 0.11\n")
        fh.write(
            "# =class<TAB>28 forms as edits of the base verb; verb<TAB>class<TAB>particle length\n"
        )
        for code, number in sorted(classes.items(), key=lambda item: item[1]):
            fh.write(f"={number}\t{code}\n")
        fh.write("\n".join(rows) + "\n")
    return {"verbs": len(rows), "classes": len(classes)}


# ----------------------------------------------------------------------------- adjectives


def write_adjectives(adjectives: dict[str, tuple[str, str]], out: Path) -> dict[str, int]:
    irregular = 0
    with _open_out(out) as fh:
        fh.write("# adjectives of Ding 1.9 (GPL-2.0-or-later); comparison where not regular\n")
        for word in sorted(adjectives):
            comparative, superlative = adjectives[word]
            regular = (regular_comparative(word), regular_superlative(word))
            if comparative and (comparative, superlative) != regular:
                irregular += 1
                fh.write(f"{word}\t{comparative}\t{superlative}\n")
            else:
                fh.write(f"{word}\n")
    return {"adjectives": len(adjectives), "irregular": irregular}


def _open_out(path: Path) -> io.TextIOWrapper:
    """A gzip file that is the same bytes for the same content (no time stamp, no name)."""
    raw = gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=path.open("wb"), mtime=0)
    return io.TextIOWrapper(raw, encoding="utf-8", newline="\n")


def _german_nouns_csv() -> Path:
    try:
        from importlib.resources import files

        return Path(str(files("german_nouns") / "nouns.csv"))
    except (ImportError, ModuleNotFoundError):
        sys.exit("german-nouns is not installed: pip install --no-deps german-nouns==1.2.5")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ding", type=Path, required=True, help="Ding de-en.txt.gz")
    parser.add_argument(
        "--nouns-csv", type=Path, help="german-nouns nouns.csv (default: installed)"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    nouns_csv = args.nouns_csv or _german_nouns_csv()
    print("nouns:", write_nouns(nouns_csv, args.out / "noun_forms.tsv.gz"))
    verbs, adjectives = ding_verbs_and_adjectives(args.ding)
    print("verbs:", write_verbs(verbs, args.out / "verb_forms.tsv.gz"))
    print("adjectives:", write_adjectives(adjectives, args.out / "adjectives.tsv.gz"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
