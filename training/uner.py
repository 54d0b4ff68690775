"""Universal NER German PUD (``data/uner_de_pud/de_pud-ud-test.iob2``) in GermEval's conventions.

UNER (Mayhew et al. 2024) annotates the 1,000 sentences of UD German PUD (news and
Wikipedia) with PER, LOC and ORG (no OTH in this file). Its guidelines differ from
GermEval 2014's in places; what GermEval would not tag, or tag otherwise, becomes
*missing* (``-``: neither entity nor O) or is relabelled:

- leading articles are cut ("Die Regierung" -> "Regierung"), unless the gazetteer
  has the name with it ("Den Haag");
- a span that opens lowercase ("britischen Botschaft", "republikanischen Partei": an
  adjective of a name, GermEval ``*deriv``), holds "und" or a comma ("Tim und Struppi"),
  or opens with a digit: missing;
- a one-word common noun ("Regierung", "Polizei", "Staat", "Senat": GermEval leaves
  these O) or a span opening with one ("Papst Franziskus", "Kloster Eibingen"; GermEval
  keeps titles out of names): missing;
- a compound whose part after a hyphen is a common noun ("US-Umweltschutzbehörde",
  "Curie-Institut": GermEval ``*part``, which we map to O, or a name; not decidable
  here): missing;
- ORG for a country, region, city or a building named for an institution ("Russland",
  "Peking", "Weiße Haus" as an actor: GermEval tags them LOC whatever they do, and so do
  the pipeline's rules): LOC; ORG for another known place ("Hollywood"): missing; PER
  for a known country, region, city or building: missing;
- events and awards tagged ORG ("Olympischen Spiele", "Davis Cup": GermEval OTH, which
  we map to O): missing.

Genitive names ("Obamas", "Chinas") are tagged as in GermEval and kept. The sentence
text (``# text =``) is kept so that the tokens are found in the original spacing.

A build tool only; the app never imports it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.nlp.gazetteer import Gazetteer
from training.convert import MISSING, Sentence, bio_spans, fix_bio, map_bio

UNER_FILE = Path("uner_de_pud") / "de_pud-ud-test.iob2"
UNER_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "O", "MISC": "O"}

_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
_PLACE_KINDS = frozenset({"country", "region", "city", "iso", "building"})
# heads of events, competitions and awards (GermEval OTH)
_EVENT_HEADS = frozenset(
    {
        "spiele",
        "spielen",
        "sommerspiele",
        "winterspiele",
        "open",
        "cup",
        "medal",
        "meisterschaft",
        "weltmeisterschaft",
        "europameisterschaft",
        "preis",
        "award",
        "awards",
        "festival",
    }
)


def read_uner(path: Path) -> list[Sentence]:
    """Sentences of a UNER ``.iob2`` file (``idx TAB token TAB tag TAB - TAB annotator``)."""
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    meta: dict[str, str] = {}
    group = ""

    def flush() -> None:
        nonlocal words, tags, meta
        if words:
            sents.append(Sentence(words, fix_bio(tags), "uner", group, meta))
        words, tags, meta = [], [], {}

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if line.startswith("# newdoc id = "):
                group = line[len("# newdoc id = ") :].strip()
            elif line.startswith("# text = "):
                if words:
                    flush()
                meta["text"] = line[len("# text = ") :]
            continue
        if not line.strip():
            flush()
            continue
        cols = line.split("\t")
        if len(cols) < 3 or not cols[0].isdigit():
            continue  # multiword-token ranges, broken lines
        words.append(cols[1])
        tags.append(map_bio(cols[2], UNER_MAP))
    flush()
    return sents


def clean_uner(
    sent: Sentence, is_common: Callable[..., bool] | None, gazetteer: Gazetteer | None
) -> Sentence:
    """UNER's spans in GermEval's conventions (see the module docstring)."""
    words = sent.words
    tags = list(sent.tags)

    def set_all(start: int, end: int, tag: str) -> None:
        for k in range(start, end):
            tags[k] = tag

    for start, end, label in bio_spans(tags):
        while (
            end - start > 1
            and words[start].lower() in _ARTICLES
            and (gazetteer is None or gazetteer.get(words[start:end]) is None)  # "Den Haag"
        ):
            tags[start] = "O"
            start += 1
        tags[start] = "B-" + label
        span = words[start:end]
        place = gazetteer.get(span) if gazetteer is not None else None
        place_kind = place.kind if place is not None and place.label == "LOC" else ""
        if (
            span[0][:1].islower()
            or span[0][:1].isdigit()
            or any(w in {"und", ",", "&"} for w in span)
            or _common_part(span, label, is_common, place is not None)
            or (label == "ORG" and span[-1].lower() in _EVENT_HEADS)
            or (label == "ORG" and place_kind and place_kind not in _PLACE_KINDS)
            or (label == "PER" and place_kind in _PLACE_KINDS)
        ):
            set_all(start, end, MISSING)
        elif label == "ORG" and place_kind in _PLACE_KINDS:
            set_all(start, end, "I-LOC")
            tags[start] = "B-LOC"
    return Sentence(words, fix_bio(tags), sent.source, sent.group, sent.meta)


def _common_part(
    span: list[str], label: str, is_common: Callable[..., bool] | None, known: bool
) -> bool:
    """A common noun as an ORG/LOC alone, at the start of a name, or after a hyphen.

    ``known``: the gazetteer has the span ("Los Angeles", "Schwarzen Meer"). One-word
    persons stay ("Zimmer", "Springer": GermEval tags such surnames PER), and so do
    all-caps words ("ZEIT") and English names ("House of Commons").
    """
    if is_common is None or known or "of" in span:
        return False
    if len(span) == 1:
        word = span[0]
        if label == "PER" or word.isupper():
            return False
        return bool(is_common(word, exact=True) or (len(word) >= 9 and is_common(word)))
    if is_common(span[0], exact=True):
        return True
    for k, w in enumerate(span):
        after_hyphen = k > 0 and span[k - 1] == "-"
        tail = w.rsplit("-", 1)[1] if "-" in w.strip("-") else ""
        if (after_hyphen and is_common(w, exact=True)) or (tail and is_common(tail, exact=True)):
            return True
    return False


def only_labels(sent: Sentence, labels: frozenset[str]) -> Sentence:
    """Entities of other labels become missing (their conventions are left unlearnt)."""
    tags = [t if t[2:] in labels or t in ("O", MISSING) else MISSING for t in sent.tags]
    return Sentence(sent.words, tags, sent.source, sent.group, sent.meta)


def uner_sentences(
    data: Path,
    is_common: Callable[..., bool] | None,
    gazetteer: Gazetteer | None,
    labels: frozenset[str] = frozenset({"PER", "LOC", "ORG"}),
) -> list[Sentence]:
    """The cleaned UNER German PUD sentences; a clear error if the file is missing."""
    path = data / UNER_FILE
    if not path.exists():
        raise SystemExit(
            f"{path} is missing: get de_pud-ud-test.iob2 from UniversalNER/UNER_German-PUD "
            "(see training/README.md) or convert with --uner-repeat 0"
        )
    return [only_labels(clean_uner(s, is_common, gazetteer), labels) for s in read_uner(path)]
