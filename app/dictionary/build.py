"""Converter: Ding's ``de-en.txt(.gz)`` -> Leselupe's compact SQLite dictionary.

Run ``python -m app.dictionary.build --source /path/to/de-en.txt.gz`` to rebuild
``resources/dictionary/ding-de-en.sqlite.xz`` (the file the app installs into
the user data directory on first run). Development tool: the app itself only
reads the result. No Qt here; nothing is written outside the given output.

What goes in (see :mod:`app.dictionary.schema` for the tables):

- one ``entry`` per Ding line that can be reached by a single word, with the
  German headwords (gender, plural, labels) and the ranked English glosses of
  its main sub-entry;
- a ``form`` row for every single word that leads to the entry: headwords with
  "sich", "etw.", "jdn." ... stripped, plurals (``{pl}`` sub-entries, aligned to
  their singular), verb forms (participles, "er/sie/es wird", preterite),
  comparison forms ("besser", "am besten"), declined articles and pronouns
  ("der {art} (des; dem; den)"), search variants ``<...>``, and words that
  head a later sub-entry of their own;
- ``sub`` rows with the English glosses of those later sub-entries;
- ``lemma`` rows: simplemma's German form -> lemma pairs that neither Ding nor
  the suffix rules of :mod:`app.dictionary.german` already resolve, so that no
  simplemma data has to be loaded at lookup time.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import lzma
import math
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.paths import resources_dir
from app.dictionary import german
from app.dictionary.ding import (
    VERB_MARKERS,
    Line,
    Term,
    ending_variants,
    is_word,
    matching_key,
    parse_line,
    strip_english_subject,
    strip_subject,
)
from app.dictionary.ranking import FLAG_VERBAL_NOUN, TECHNICAL_FIELDS, class_mask, form_score
from app.dictionary.schema import (
    FS,
    KIND_COMPARISON,
    KIND_DECLINED,
    KIND_HEAD,
    KIND_PLURAL,
    KIND_SUBHEAD,
    KIND_VARIANT,
    KIND_VERBFORM,
    RS,
    SCHEMA,
    SCHEMA_VERSION,
    case_code,
    word_set,
)

SUPPLEMENT_NAME = "supplement.txt"
MAX_STORED_GLOSSES = 8  # per sub-entry; the hover shows at most 5
DATABASE_NAME = "ding-de-en.sqlite"
COMPRESSED_NAME = DATABASE_NAME + ".xz"

#: Register labels that make an English gloss a poor first choice when building.
MARKED_ENGLISH_BUILD = word_set(
    """obs. archaic rare dated slang vulg. poet. dialect Sc. Irl. NZ Austr. SAfr. Can.
    humor. pej. euphem. formal technical jargon becoming dated"""
)

_CONTRACTED_SUBJECT = re.compile(r"^(?:i|you|he|she|it|we|they|there)['’]", re.IGNORECASE)
_EN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_EN_STOP = word_set(
    "to a an the of sth sb one's someone something be oneself sb's in on at for with"
)


# ----------------------------------------------------------------------- records


@dataclass(slots=True)
class Head:
    """A German word of a sub-entry as stored: display text and annotations."""

    text: str
    gender: str = ""
    plural: str = ""
    labels: str = ""
    comments: str = ""

    def pack(self) -> str:
        return FS.join((self.text, self.gender, self.plural, self.labels, self.comments))


@dataclass(frozen=True, slots=True)
class FormRow:
    """A word leading to an entry, with its static score (in hundredths)."""

    key: str
    sub: int
    alt: int
    kind: int
    score: int
    classes: int
    flags: int
    lemma: str | None


@dataclass(slots=True)
class Entry:
    heads: list[Head]
    glosses: str
    classes: str
    domains: str
    weight: float
    subs: dict[int, tuple[list[Head], str]] = field(default_factory=dict)
    forms: list[FormRow] = field(default_factory=list)


# ------------------------------------------------------------------------ reading


def read_lines(path: Path) -> Iterator[str]:
    """The lines of a Ding file, gzip-compressed or plain."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as handle:
        yield from handle


def english_counts(lines: Iterable[str]) -> Counter[str]:
    """How often each English word occurs on the English side (glosses and examples)."""
    counts: Counter[str] = Counter()
    for raw in lines:
        if raw.startswith("#") or " :: " not in raw:
            continue
        counts.update(_EN_WORD.findall(raw.split(" :: ", 1)[1].lower()))
    return counts


# ------------------------------------------------------------------------ ranking


def gloss_commonness(text: str, counts: Counter[str]) -> float:
    """log10 of the rarest content word's count on the English side (0 .. ~5)."""
    words = [w for w in _EN_WORD.findall(text.lower()) if w not in _EN_STOP]
    if not words:
        return 3.0
    return min(math.log10(counts.get(w, 0) + 1) for w in words)


def gloss_penalty(term: Term, index: int, counts: Counter[str]) -> float:
    """Lower is better: position, marked register, length and rarity of a gloss."""
    penalty = index * 0.35
    if any(label in MARKED_ENGLISH_BUILD for label in term.labels):
        penalty += 2.0
    words = term.text.split()
    content = [w for w in words if w.lower() not in {"to", "a", "an", "the"}]
    if len(content) > 3:
        penalty += 0.6 * (len(content) - 3)
    if term.text.endswith(("!", "?", ".")) and len(words) > 2:
        penalty += 2.0
    penalty += max(0.0, 2.0 - gloss_commonness(term.text, counts)) * 0.6
    return penalty


def pack_glosses(
    terms: Iterable[Term], counts: Counter[str], strip_subject_pronoun: bool = False
) -> tuple[str, float]:
    """Glosses of a sub-entry, best first, packed; and the commonness of the best."""
    ranked: list[tuple[float, int, str, str, str]] = []
    seen: set[str] = set()
    for index, term in enumerate(terms):
        text = term.text
        if strip_subject_pronoun:
            text = strip_english_subject(text)
            if _CONTRACTED_SUBJECT.match(text):  # "he’s", "I’ll": no use without the subject
                continue
        text = text.strip(" ,;")
        if not text or text.casefold() in seen or text.startswith(("'", "’")):
            continue
        seen.add(text.casefold())
        notes = list(term.comments) + [m for m in term.markers if not m.startswith("+")]
        ranked.append(
            (gloss_penalty(term, index, counts), index, text, ", ".join(term.labels),
             "; ".join(notes))
        )  # fmt: skip
    ranked.sort(key=lambda r: (r[0], r[1]))
    ranked = ranked[:MAX_STORED_GLOSSES]
    packed = RS.join(FS.join((text, labels, notes)) for _p, _i, text, labels, notes in ranked)
    best = gloss_commonness(ranked[0][2], counts) if ranked else 0.0
    return packed, best


def entry_weight(line: Line, best_commonness: float, supplement: bool) -> float:
    """Static relevance of a Ding line (higher is better), refined at lookup time."""
    main = line.german[0]
    weight = min(math.log2(len(line.german)), 3.0) * 0.25
    if len(main) == 1:
        weight += 0.3
    if any("art" in term.word_classes for term in main):
        weight += 0.8  # "der" is an article far more often than a pronoun
    if any(term.comments for term in main):
        weight -= 0.3
    weight += min(best_commonness, 3.0) * 0.5
    english = line.english[0] if line.english else ()
    if english and any(label in MARKED_ENGLISH_BUILD for label in english[0].labels):
        weight -= 0.5
    if supplement:
        weight += 2.0
    return round(weight, 3)


# ---------------------------------------------------------------------- alignment


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.lower(), b.lower(), strict=False):
        if x != y:
            break
        n += 1
    return n


_UMLAUTS = str.maketrans("äöüÄÖÜ", "aouAOU")
#: What a plural adds after the shared stem (Haus-er, Muse-en, Koreanerin-nen, Firm-en).
_PLURAL_ENDINGS = frozenset(
    ["", "e", "n", "en", "er", "ern", "s", "es", "se", "nen", "ien", "ten", "a", "i", "ta"]
)


def align(form_index: int, form: str, forms_count: int, heads: list[Term]) -> int | None:
    """Index of the headword a plural or verb form in a later sub-entry belongs to.

    Same number of alternatives: by position. Otherwise the headword the form
    extends by an inflection ending (umlauts ignored: Haus -> Häuser), or the
    only headword.
    """
    plain_form = form.translate(_UMLAUTS).lower()
    if forms_count == len(heads):
        head = heads[form_index]
        # trust the order, but not "Fotograf | Foto {pl}": a plural is not shorter
        if len(form) >= len(matching_key(head.text) or head.text) - 2:
            return form_index
        return None
    for i, head in enumerate(heads):
        key = (matching_key(head.text) or head.text).translate(_UMLAUTS).lower()
        shared = _common_prefix(key, plain_form)
        if shared >= len(key) - 2 and plain_form[shared:] in _PLURAL_ENDINGS:
            return i
    if len(heads) == 1:
        return 0
    return None


def align_verb(form_index: int, form: str, forms_count: int, heads: list[Term]) -> int:
    """Index of the verb a participle or conjugated form belongs to: by position
    when the counts match, else the verb whose stem starts the form
    ("plant" -> planen), else the first verb (Ding lists the main one first)."""
    if forms_count == len(heads):
        return form_index
    lower = form.lower()
    for i, head in enumerate(heads):
        key = (matching_key(head.text) or head.text).lower()
        stem = key[:-2] if key.endswith("en") else key[:-1]
        if len(stem) >= 3 and (lower.startswith(stem) or lower.startswith("ge" + stem)):
            return i
    return 0


def _labels(term: Term) -> str:
    return ", ".join(term.labels)


def _head(term: Term, plural: str = "") -> Head:
    gender = term.gender or ""
    return Head(term.text, gender, plural, _labels(term), "; ".join(term.comments))


# ------------------------------------------------------------------------ entries


def line_to_entry(line: Line, counts: Counter[str], supplement: bool = False) -> Entry | None:
    """The stored entry of one Ding line, or None when no single word reaches it."""
    main = line.german[0]
    classes: set[str] = set()
    for term in main:
        classes |= {c.split()[0] for c in term.word_classes}
        if term.gender:
            classes.add("noun")
    is_verb = bool(classes & VERB_MARKERS)
    is_noun = "noun" in classes
    is_adjective = bool(classes & {"adj", "adv"}) and not is_verb and not is_noun
    declines = bool(classes & {"art", "pron", "ppron", "num"})

    english = line.english
    glosses, best = pack_glosses(english[0] if english else (), counts)
    if not glosses and len(english) > 1:  # "schade {adj} ... ::  | What a pity!"
        glosses, best = pack_glosses(english[1], counts)
        best -= 1.0
    plurals: dict[int, str] = {}
    forms: list[tuple[str, int, int, int]] = []
    subs: dict[int, tuple[list[Head], str]] = {}

    for alt, term in enumerate(main):
        key = matching_key(term.text)
        if key:
            forms.append((key, 0, alt, KIND_HEAD))
            for other in ending_variants(term.text):  # "sogenannte/r/s"
                forms.append((other, 0, alt, KIND_VARIANT))
        for variant in term.variants:
            vkey = matching_key(variant)
            if vkey and vkey != key:
                forms.append((vkey, 0, alt, KIND_VARIANT))
        for abbreviation in term.abbreviations:
            akey = abbreviation.rstrip(".")
            if akey != key and is_word(akey) and "." not in akey:
                forms.append((akey, 0, alt, KIND_VARIANT))
        if declines:
            for comment in term.comments:
                for piece in re.split(r"[;,]\s*", comment):
                    piece = piece.strip()
                    if piece != key and is_word(piece) and " " not in piece:
                        forms.append((piece, 0, 0, KIND_DECLINED))

    # a conjugation table follows a verb when sub-entry 1 holds present participles
    verb_table = (
        is_verb
        and len(line.german) > 1
        and all((matching_key(t.text) or "").endswith("nd") for t in line.german[1])
    )
    # "gut {adj} | besser | am besten": comparative, then "am" + superlative
    comparison = (
        is_adjective
        and len(line.german) > 2
        and all(" " not in t.text and t.text.endswith("er") for t in line.german[1])
        and all(t.text.startswith("am ") for t in line.german[2])
    )
    for sub_index in range(1, len(line.german)):
        sub = line.german[sub_index]
        sub_english = english[sub_index] if sub_index < len(english) else ()
        all_plural = bool(sub) and all(t.gender == "pl" for t in sub)
        used = False
        stripped_any = False
        sub_heads: list[Head] = []
        for alt, term in enumerate(sub):
            sub_heads.append(_head(term))
            text, stripped = (term.text, False)
            if is_verb:
                text, stripped = strip_subject(term.text)
                stripped_any = stripped_any or stripped
            if comparison and sub_index == 2:
                text = text[3:]
            key = matching_key(text)
            if not key:
                continue
            used = True
            if is_noun and all_plural:
                target = align(alt, key, len(sub), list(main))
                if target is not None and main[target].gender and main[target].gender != "pl":
                    plurals.setdefault(target, key)
                    forms.append((key, sub_index, target, KIND_PLURAL))
                    continue
                if any((matching_key(h.text) or "").startswith(key) for h in main):
                    continue  # "Fotograf … | Foto {pl}": a slip in the data, not a word
            if is_verb and (stripped or (verb_table and sub_index <= 4)) and not term.gender:
                target = align_verb(alt, key, len(sub), list(main))
                if target is not None:
                    forms.append((key, sub_index, target, KIND_VERBFORM))
                    continue
            if comparison and sub_index <= 2:
                forms.append((key, sub_index, 0, KIND_COMPARISON))
                continue
            forms.append((key, sub_index, alt, KIND_SUBHEAD))
            for variant in term.variants:
                vkey = matching_key(variant)
                if vkey and vkey != key:
                    forms.append((vkey, sub_index, alt, KIND_VARIANT))
        if used:
            sub_glosses, _ = pack_glosses(sub_english, counts, strip_subject_pronoun=stripped_any)
            subs[sub_index] = (sub_heads, sub_glosses)

    if not forms:
        return None
    heads = [_head(term, plurals.get(alt, "")) for alt, term in enumerate(main)]
    domains = sorted({label for t in main for label in t.labels if label in TECHNICAL_FIELDS})
    weight = entry_weight(line, best, supplement)
    mask = class_mask(classes)
    # a field label after the last headword usually covers the whole line
    # ("wesentlich; erheblich; grundlegend [jur.]")
    trailing = {label for label in main[-1].labels if label in TECHNICAL_FIELDS}
    trailing = trailing if len(main) > 1 else set()
    rows: list[FormRow] = []
    for key, sub_index, alt, kind in forms:
        if kind in (KIND_SUBHEAD, KIND_VARIANT) and sub_index:
            term = line.german[sub_index][alt]
            own = {c.split()[0] for c in term.word_classes} | ({"noun"} if term.gender else set())
            row_mask = class_mask(own) or mask
        else:
            term = main[0] if kind == KIND_DECLINED else main[alt]
            row_mask = mask
        lemma = matching_key(term.text) or key
        labels = set(term.labels) | (trailing if kind != KIND_SUBHEAD else set())
        score = form_score(weight, kind, alt, lemma, term.text, labels, domains)
        verbal_noun = (
            kind == KIND_HEAD
            and term.gender == "n"
            and key[:1].isupper()
            and key.endswith(("en", "ern", "eln"))
        )
        rows.append(
            FormRow(key, sub_index, alt, kind, round(score * 100), row_mask,
                    FLAG_VERBAL_NOUN if verbal_noun else 0, None if lemma == key else lemma)
        )  # fmt: skip
    return Entry(
        heads=heads,
        glosses=glosses,
        classes=" ".join(sorted(classes)),
        domains=", ".join(domains),
        weight=weight,
        subs=subs,
        forms=rows,
    )


# ------------------------------------------------------------------------- lemmas


def simplemma_pairs() -> Iterator[tuple[str, str]]:
    """simplemma's German (form, lemma) pairs (empty when simplemma is missing)."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DEFAULT_DICTIONARY_FACTORY,
        )
    except ImportError:
        return
    data = DEFAULT_DICTIONARY_FACTORY.get_dictionary("de")
    yield from data.items()


def lemma_rows(
    known_keys: set[str], exact_keys: set[str], pairs: Iterable[tuple[str, str]]
) -> Iterator[tuple[str, str]]:
    """The (form, lemma) pairs the lookup needs: Ding has the lemma but not the
    form, and the suffix rules do not already find that lemma."""
    for form, lemma in pairs:
        if form == lemma or not is_word(form) or len(form) > 40:
            continue
        if form in exact_keys and not (form[:1].isupper() and form.endswith(("en", "ern", "eln"))):
            continue  # Ding lists the form itself (keep "Opfern" -> Opfer, not only das Opfern)
        if lemma not in exact_keys and lemma.lower() not in known_keys:
            continue
        rule_lemma = next((c for c in german.inflection_candidates(form) if c in exact_keys), None)
        if rule_lemma == lemma and form not in exact_keys:
            continue
        yield form, lemma


# -------------------------------------------------------------------------- build


def build_database(
    source: Path,
    output: Path,
    supplement: Path | None = None,
    progress: Callable[[str], None] | None = None,
    lemma_pairs: Iterable[tuple[str, str]] | None = None,
) -> dict[str, int]:
    """Convert ``source`` (and the supplement) into a SQLite file at ``output``.

    ``lemma_pairs`` are German (form, lemma) pairs; default: simplemma's data.
    """
    say = progress or (lambda _message: None)
    started = time.perf_counter()
    raw_lines = list(read_lines(source))
    extra_lines = list(read_lines(supplement)) if supplement and supplement.is_file() else []
    say(f"read {len(raw_lines):,} Ding lines and {len(extra_lines)} supplement lines")
    counts = english_counts(raw_lines)
    digest = hashlib.sha256()
    for raw in raw_lines + extra_lines:
        digest.update(raw.encode("utf-8"))
    version = next(
        (r.split("::", 1)[1].strip() for r in raw_lines[:5] if r.startswith("# Version")), ""
    )

    tmp = output.with_suffix(output.suffix + ".tmp")
    if tmp.exists():
        tmp.unlink()
    db = sqlite3.connect(tmp)
    db.executescript(SCHEMA)
    stats = Counter[str]()
    entry_id = 0
    known: set[str] = set()
    exact: set[str] = set()
    batch_entries: list[tuple[object, ...]] = []
    batch_subs: list[tuple[object, ...]] = []
    batch_forms: dict[tuple[str, int, int, int], tuple[Any, ...]] = {}
    sources = [(raw, False) for raw in raw_lines] + [(raw, True) for raw in extra_lines]
    for number, (raw, is_supplement) in enumerate(sources):
        line = parse_line(raw)
        if line is None:
            continue
        stats["lines"] += 1
        entry = line_to_entry(line, counts, supplement=is_supplement)
        if entry is None:
            stats["phrase lines skipped"] += 1
            continue
        entry_id += 1
        batch_entries.append(
            (entry_id, RS.join(h.pack() for h in entry.heads), entry.glosses, entry.classes,
             entry.domains, entry.weight, 1 if is_supplement else 0)
        )  # fmt: skip
        for sub_index, (heads, glosses) in entry.subs.items():
            batch_subs.append((entry_id, sub_index, RS.join(h.pack() for h in heads), glosses))
        for form in entry.forms:
            lkey = form.key.lower()
            pk = (lkey, entry_id, form.sub, form.alt)
            cased, exact_text = case_code(form.key)
            if pk not in batch_forms:
                batch_forms[pk] = (
                    lkey, entry_id, form.sub, form.alt, form.kind, cased, exact_text,
                    form.score, form.classes, form.flags, form.lemma,
                )  # fmt: skip
            known.add(lkey)
            exact.add(form.key)
        if number % 20000 == 0:
            say(f"parsed {number:,} lines")
    db.executemany("INSERT INTO entry VALUES (?,?,?,?,?,?,?)", batch_entries)
    db.executemany("INSERT INTO sub VALUES (?,?,?,?)", batch_subs)
    form_rows = [batch_forms[pk] for pk in sorted(batch_forms)]
    db.executemany("INSERT INTO form VALUES (?,?,?,?,?,?,?,?,?,?,?)", form_rows)
    stats["entries"] = entry_id
    stats["forms"] = len(batch_forms)
    stats["sub-entries"] = len(batch_subs)
    say(f"{entry_id:,} entries, {len(batch_forms):,} forms; adding simplemma lemmas")
    pairs = simplemma_pairs() if lemma_pairs is None else lemma_pairs
    lemmas = sorted(set(lemma_rows(known, exact, pairs)))
    db.executemany("INSERT INTO lemma VALUES (?,?)", lemmas)
    stats["lemmas"] = len(lemmas)
    meta = {
        "schema": str(SCHEMA_VERSION),
        "source": "Ding German-English dictionary, TU Chemnitz (Frank Richter)",
        "source_version": version,
        "license": "GPL-2.0-or-later",
        "source_sha256": digest.hexdigest(),
        "built": time.strftime("%Y-%m-%d"),
        "entries": str(entry_id),
        "forms": str(len(batch_forms)),
    }
    db.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
    db.commit()
    db.execute("VACUUM")
    db.close()
    os.replace(tmp, output)
    stats["seconds"] = round(time.perf_counter() - started)
    return dict(stats)


def compress(database: Path, target: Path) -> int:
    """xz-compress the database for shipping; returns the compressed size."""
    with (
        tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp,
        database.open("rb") as src,
        lzma.open(tmp, "wb", preset=9 | lzma.PRESET_EXTREME) as out,
    ):
        while chunk := src.read(1 << 20):
            out.write(chunk)
    os.replace(tmp.name, target)
    target.chmod(0o644)  # a resource, readable by everyone (the temporary file was 0600)
    return target.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m app.dictionary.build", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--source", type=Path, required=True, help="Ding de-en.txt or .txt.gz")
    default_dir = resources_dir() / "dictionary"
    parser.add_argument("--output-dir", type=Path, default=default_dir)
    parser.add_argument("--no-compress", action="store_true", help="keep only the .sqlite")
    parser.add_argument(
        "--no-lemma-table", action="store_true",
        help="leave out the form -> lemma pairs taken from simplemma's data",
    )  # fmt: skip
    args = parser.parse_args(argv)
    out_dir: Path = args.output_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    database = out_dir / DATABASE_NAME
    stats = build_database(
        args.source, database, supplement=default_dir / SUPPLEMENT_NAME,
        progress=lambda m: print(m, file=sys.stderr),
        lemma_pairs=[] if args.no_lemma_table else None,
    )  # fmt: skip
    print(", ".join(f"{k}: {v:,}" for k, v in stats.items()))
    print(f"{database}: {database.stat().st_size / 1e6:.1f} MB")
    if not args.no_compress:
        size = compress(database, out_dir / COMPRESSED_NAME)
        database.unlink()
        print(f"{out_dir / COMPRESSED_NAME}: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
