"""How right is the grammar a word card shows? Compares shown features with gold.

Usage::

    python -m bench.card_grammar_eval --gold tests/data/grammar_gold.json
    python -m bench.card_grammar_eval --conllu PATH/de_gsd-ud-test.conllu
    ... --old            # the old card instead: the morphologizer's features + Ding gender
    ... --errors FILE    # write every wrong or missing feature there
    ... --disagreements FILE.tsv   # every wrong feature and article, one TSV row each
    ... --adjudicated JUDGED.tsv KEY.tsv   # also score the sample of bench.ud_adjudicate

The text is analysed by the app's own pipeline (``app.analysis.analyze``), one
sentence per paragraph, and each word's card is built as the window builds it
(``app.reading.cards.WordDescriber``): the features measured are the ones the card
shows (``WordCard.features``, the same as the JSON's ``morph``). Every gold token
(NOUN, PROPN, VERB, AUX, ADJ) is matched to the pipeline token with the same
character span (tokens the pipeline splits differently count as nothing shown). For each:

- shown right: of the feature values the card shows, how many agree with the
  gold features (a feature shown with two values counts as right when the gold
  value is one of them; these are counted separately; a feature the gold does
  not have counts as wrong);
- needed shown: of the gold features, how many the card shows with exactly
  the gold value;
- article right: for gold nouns with an article (grammar_gold.json) or a
  Gender (CoNLL-U), the card's der/die/das of the lemma.

Only Case, Number, Gender, Person, Tense, Mood, VerbForm and Degree count.
UD German marks some things differently from the cards (and from
grammar_gold.json): in CoNLL-U files past participles without Tense get
Tense=Past, verbs without VerbForm (PUD) get VerbForm=Fin (with Mood), Part (only
Tense=Past) or Inf (no features), and plural
adjectives lose the Gender that GSD copies from the noun. Two more conventions of
the cards apply to every gold set unless ``--ud-strict``: the Gender of a proper
noun is not counted as needed (names show no gender; grammar_gold.json has none),
and of a word UD splits at its hyphens ("US-Präsident" = US + - + Präsident) the
last part is compared with the whole word's card (the head's grammar) while the
other parts are not scored (the app has no card for them); a noun shown with two
articles ("der/das Joghurt", both standard) counts as right when the gold's article
is one of them, as two-value features do (counted separately).
Prints the numbers (and one JSON line with ``--json``).

``--disagreements FILE.tsv`` writes every wrong shown feature and every wrong
shown article (not the missing ones) with a stable key: file, sent_id, token id,
word, feature, the card's value as shown ("Acc,Dat", "der/das"), the gold's
("-" when it has none), the sentence and the word's offset in it.
``--adjudicated JUDGED.tsv KEY.tsv`` (the judged blind sheet and the key of
``bench.ud_adjudicate sheet``) also scores the key's sample of sentences twice,
against UD as it is and against UD corrected by the verdicts (see
bench/ud_adjudicate.py).
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FEATURES = ("Case", "Number", "Gender", "Person", "Tense", "Mood", "VerbForm", "Degree")
CLASSES = ("NOUN", "PROPN", "VERB", "AUX", "ADJ")
ARTICLE_OF = {"Masc": "der", "Fem": "die", "Neut": "das"}


@dataclass
class GoldToken:
    start: int  # in the joined text
    end: int
    text: str
    upos: str
    lemma: str
    feats: dict[str, str]
    article: str | None
    sentence: str
    sent_id: str = ""  # the conllu "# sent_id" (grammar_gold.json: the sentence's id)
    token_id: str = ""  # the conllu token id (grammar_gold.json: 1-based position)
    sent_start: int = 0  # where the sentence starts in the joined text


@dataclass
class Tally:
    shown: int = 0
    shown_right: int = 0
    two_valued: int = 0
    two_valued_right: int = 0
    needed: int = 0
    needed_shown: int = 0
    articles: int = 0
    articles_right: int = 0
    articles_shown: int = 0
    two_articles: int = 0  # "der/das": both are standard German; right when the gold's is one
    two_articles_right: int = 0
    tokens: int = 0
    unmatched: int = 0
    pieces: int = 0  # non-final parts of a hyphenated word: not scored (the card has none)
    by_feature: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    verdicts: Counter[str] = field(default_factory=Counter)  # adjudicated: verdicts applied
    unjudged: int = 0  # adjudicated: disagreements without a (still valid) verdict


@dataclass(frozen=True)
class Disagreement:
    """A feature or article the card shows that the gold contradicts."""

    sent_id: str
    token_id: str
    word: str
    feature: str  # one of FEATURES or "article"
    card: str  # as shown: "Acc,Dat", "der/das"
    gold: str  # "-" when the gold has none
    sentence: str
    start: int  # the word's offset in the sentence


@dataclass(frozen=True)
class Seen:
    """What the card shows for one gold token (``index`` None: no pipeline token)."""

    index: int | None
    shown: dict[str, tuple[str, ...]]
    article: str | None
    tagger: str


# (sent_id, token_id, feature) -> (card value, gold value, verdict): "card", "gold",
# "both" or "neither" (bench.ud_adjudicate)
Verdicts = dict[tuple[str, str, str], tuple[str, str, str]]


def parse_feats(feats: str) -> dict[str, str]:
    out = {}
    for part in feats.split("|"):
        key, sep, value = part.partition("=")
        if sep and key in FEATURES:
            out[key] = value
    return out


def read_gold_json(path: Path) -> tuple[str, list[GoldToken]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    texts: list[str] = []
    tokens: list[GoldToken] = []
    offset = 0
    for n, sentence in enumerate(data):
        text = sentence["text"]
        sent_id = str(sentence.get("id", n + 1))
        for k, tok in enumerate(sentence["tokens"]):
            tokens.append(
                GoldToken(
                    offset + tok["start"], offset + tok["end"], tok["text"], tok["upos"],
                    tok["lemma"], parse_feats(tok.get("feats") or ""), tok.get("article"), text,
                    sent_id, str(k + 1), offset,
                )
            )  # fmt: skip
        texts.append(text)
        offset += len(text) + 2
    return "\n\n".join(texts), tokens


def read_conllu(path: Path) -> tuple[str, list[GoldToken]]:
    texts: list[str] = []
    tokens: list[GoldToken] = []
    offset = 0
    text = ""
    sent_id = ""
    cursor = 0
    skip_until = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sent_id = line[len("# sent_id = ") :].strip()
            continue
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
            cursor = skip_until = 0
            continue
        if not line.strip():
            if text:
                texts.append(text)
                offset += len(text) + 2
                text = ""
            continue
        cols = line.split("\t")
        if len(cols) < 6 or line.startswith("#"):
            continue
        if "-" in cols[0]:  # a multiword token ("zum" = "zu dem"): find the surface form
            found = text.find(cols[1], cursor)
            if found >= 0:
                cursor = found + len(cols[1])
            skip_until = int(cols[0].split("-")[1])
            continue
        if "." in cols[0]:
            continue
        number = int(cols[0])
        if number <= skip_until:
            continue
        form = cols[1]
        found = text.find(form, cursor)
        if found < 0:
            continue
        cursor = found + len(form)
        upos = cols[3]
        if upos not in CLASSES:
            continue
        feats = parse_feats(cols[5] if cols[5] != "_" else "")
        if feats.get("VerbForm") == "Part" and "Tense" not in feats and upos in ("VERB", "AUX"):
            feats["Tense"] = "Past"  # GSD leaves Tense out of past participles; the cards say it
        if "VerbForm" not in feats and upos in ("VERB", "AUX"):
            # PUD leaves VerbForm out: finite verbs have Mood, participles only Tense=Past,
            # infinitives nothing at all
            if "Mood" in feats:
                feats["VerbForm"] = "Fin"
            elif feats == {"Tense": "Past"}:
                feats["VerbForm"] = "Part"
            elif not feats:
                feats["VerbForm"] = "Inf"
        if upos == "ADJ" and feats.get("Number") == "Plur":
            feats.pop("Gender", None)  # plural adjectives show no gender (as in grammar_gold)
        article = ARTICLE_OF.get(feats.get("Gender", "")) if upos == "NOUN" else None
        tokens.append(
            GoldToken(
                offset + found, offset + cursor, form, upos, cols[2], feats, article, text,
                sent_id, cols[0], offset,
            )
        )  # fmt: skip
    if text:
        texts.append(text)
    return "\n\n".join(texts), tokens


def card_features(
    analysis: Any, index: int, dictionary: Any, old: bool, describer: Any = None
) -> tuple[dict[str, tuple[str, ...]], str | None]:
    """(shown features, article) of the card for token ``index``: what the word card
    built by the window's :class:`~app.reading.cards.WordDescriber` states (its UD
    features, which are also the JSON's ``morph``), or with ``old`` the old card's."""
    if old:
        from app.grammar import frame_at

        t = analysis.tokens[index]
        info = dictionary.lookup(
            t.text, lemma=t.lemma, pos=t.pos, morph=t.morph, frame=frame_at(analysis.tokens, index)
        )
        shown = {k: tuple(v.split(",")) for k, v in parse_feats(t.morph).items()}
        gender = info.gender
        article = info.article or {"m": "der", "f": "die", "n": "das"}.get(gender or "")
        return shown, article if t.pos in ("NOUN", "PROPN") else None
    card = describer.card(index)
    shown = {k: tuple(v.split(",")) for k, v in parse_feats(card.features).items()}
    return shown, card.article


def needed_features(g: GoldToken, strict: bool) -> dict[str, str]:
    """The gold features a reader needs from the card. Under the card's conventions
    (not ``strict``) a name's Gender is not among them: the cards, like
    grammar_gold.json, state no gender for proper nouns (GSD's is often a guess).
    A Gender the card does show on a gold name is still checked against the gold."""
    if strict or g.upos != "PROPN":
        return g.feats
    return {k: v for k, v in g.feats.items() if k != "Gender"}


def hyphen_piece(
    text: str, g: GoldToken, tokens: Any, by_end: dict[int, int], starts: list[tuple[int, int]]
) -> int | str | None:
    """UD splits hyphenated words ("US-Präsident" = US, -, Präsident); the app reads
    them as one word, whose card gives the grammar of the head, the last part. The
    last part is scored against the whole word's card (its index), the others are
    "part" (not scored: no card of theirs exists); None when no such word."""
    k = bisect.bisect_right(starts, (g.start, 1 << 30)) - 1
    if k < 0:
        return None
    index = starts[k][1]
    t = tokens[index]
    if not (t.start <= g.start and g.end <= t.end) or "-" not in text[t.start : t.end]:
        return None
    if g.end == t.end and text[g.start - 1] == "-":
        return index
    if g.end < t.end and text[g.end] == "-":
        return "part"
    return None


def read_cards(text: str, gold: list[GoldToken], old: bool, strict: bool = False) -> list[Any]:
    """For each gold token what the card shows (:class:`Seen`), or "part" for a
    non-final part of a hyphenated word (not scored)."""
    from app.analysis import analyze
    from app.dictionary import open_dictionary

    analysis = analyze(text)
    dictionary = open_dictionary()
    describer = None
    if not old:  # the window's own cards, with the window's dictionary cache
        from app.reading.cards import WordDescriber
        from app.reading.lookups import InfoCache
        from app.reading.textmodel import ReaderIndex

        describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(dictionary.lookup))
    by_span = {(t.start, t.end): i for i, t in enumerate(analysis.tokens)}
    by_end = {t.end: i for i, t in enumerate(analysis.tokens)}
    starts = sorted((t.start, i) for i, t in enumerate(analysis.tokens))
    seen: list[Any] = []
    for g in gold:
        index = by_span.get((g.start, g.end))
        if index is None and not strict:
            piece = hyphen_piece(text, g, analysis.tokens, by_end, starts)
            if piece == "part":
                seen.append("part")
                continue
            index = piece if isinstance(piece, int) else None
        if index is None:
            seen.append(Seen(None, {}, None, ""))
            continue
        shown, article = card_features(analysis, index, dictionary, old, describer)
        seen.append(Seen(index, shown, article, analysis.tokens[index].pos))
    return seen


def evaluate(text: str, gold: list[GoldToken], old: bool, strict: bool = False) -> Tally:
    return score(gold, read_cards(text, gold, old, strict), strict)


def score(
    gold: list[GoldToken],
    seen: list[Any],
    strict: bool = False,
    only: set[str] | None = None,
    verdicts: Verdicts | None = None,
) -> Tally:
    """Tally the cards ``seen`` (from :func:`read_cards`) against ``gold``; with
    ``only`` just the sentences with these sent_ids. With ``verdicts`` a disagreement
    judged "card" or "both" counts as right (a feature UD leaves out that is judged
    "card" or "neither" becomes needed; "neither" leaves it not shown), one judged
    "gold" or "neither" as wrong; a disagreement without a verdict, or whose card
    value changed since it was judged, counts as without them (``unjudged``)."""
    tally = Tally()
    for g, s in zip(gold, seen, strict=True):
        if only is not None and g.sent_id not in only:
            continue
        if s == "part":
            tally.pieces += 1
            continue
        score_token(tally, g, s, strict, verdicts)
    return tally


def _verdict(
    tally: Tally, g: GoldToken, feature: str, card: str, gold: str, verdicts: Verdicts | None
) -> str | None:
    """The verdict on this disagreement, or None (no verdicts, or none valid for it)."""
    if verdicts is None:
        return None
    judged = verdicts.get((g.sent_id, g.token_id, feature))
    if judged is None or judged[:2] != (card, gold) or not judged[2]:
        tally.unjudged += 1
        return None
    tally.verdicts[judged[2]] += 1
    return judged[2]


def score_token(
    tally: Tally, g: GoldToken, s: Seen, strict: bool, verdicts: Verdicts | None = None
) -> None:
    tally.tokens += 1
    needed = dict(needed_features(g, strict))
    if g.upos == "NOUN" and g.article:
        tally.articles += 1
    if s.index is None:
        tally.needed += len(needed)
        tally.unmatched += 1
        tally.errors.append(f"UNMATCHED {g.text!r} in {g.sentence!r}")
        return
    shown, article = s.shown, s.article
    start = g.start - g.sent_start

    def disagree(feature: str, card: str, gold: str) -> str | None:
        tally.disagreements.append(
            Disagreement(g.sent_id, g.token_id, g.text, feature, card, gold, g.sentence, start)
        )
        return _verdict(tally, g, feature, card, gold, verdicts)

    problems = []
    judged: dict[str, str] = {}
    for feature, values in shown.items():
        if feature not in FEATURES:
            continue
        tally.shown += 1
        right = g.feats.get(feature) in values
        if not right:
            verdict = disagree(feature, ",".join(values), g.feats.get(feature, "-"))
            if verdict:
                judged[feature] = verdict
                right = verdict in ("card", "both")
                # a feature UD leaves out that the word has after all: needed (unless a
                # name's gender, which the cards never need)
                if (
                    feature not in g.feats
                    and verdict in ("card", "neither")
                    and feature in needed_features(replace_feats(g, feature), strict)
                ):
                    needed[feature] = ",".join(values)
        tally.shown_right += right
        if len(values) > 1:
            tally.two_valued += 1
            tally.two_valued_right += right
        if not right:
            tally.by_feature["wrong " + feature] += 1
            problems.append(f"{feature}={','.join(values)} (gold {g.feats.get(feature, '-')})")
    tally.needed += len(needed)
    for feature, value in needed.items():
        if feature in judged:
            ok = judged[feature] in ("card", "both") and len(shown[feature]) == 1
        else:
            ok = shown.get(feature) == (value,)
        if ok:
            tally.needed_shown += 1
        else:
            tally.by_feature["missing " + feature] += 1
            if feature not in shown:
                problems.append(f"missing {feature}={value}")
    if g.upos == "NOUN" and g.article:
        tally.articles_shown += article is not None
        choices = article.split("/") if article else []
        if len(choices) > 1:
            tally.two_articles += 1
            tally.two_articles_right += g.article in choices
        right = article == g.article or (not strict and len(choices) > 1 and g.article in choices)
        if not right and article is not None:
            verdict = disagree("article", article, g.article)
            if verdict:
                right = verdict in ("card", "both")
        if right:
            tally.articles_right += 1
        else:
            problems.append(f"article {article} (gold {g.article})")
    if problems:
        tally.errors.append(
            f"{g.text} [{g.upos}, tagger {s.tagger}] {'; '.join(problems)} | {g.sentence}"
        )


def replace_feats(g: GoldToken, feature: str) -> GoldToken:
    """``g`` as if its gold had ``feature`` (any value)."""
    from dataclasses import replace

    return replace(g, feats={**g.feats, feature: "?"})


def report(name: str, tally: Tally) -> dict[str, Any]:
    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    out = {
        "data": name,
        "tokens": tally.tokens,
        "unmatched": tally.unmatched,
        "hyphen_parts_not_scored": tally.pieces,
        "shown_right": round(ratio(tally.shown_right, tally.shown), 4),
        "shown": tally.shown,
        "two_valued": tally.two_valued,
        "two_valued_right": tally.two_valued_right,
        "needed_shown": round(ratio(tally.needed_shown, tally.needed), 4),
        "needed": tally.needed,
        "article_right": round(ratio(tally.articles_right, tally.articles), 4),
        "articles": tally.articles,
        "article_shown_right": round(ratio(tally.articles_right, tally.articles_shown), 4),
        "two_articles": tally.two_articles,
        "two_articles_right": tally.two_articles_right,
    }
    print(
        f"{name}: {tally.tokens} gold tokens ({tally.unmatched} not matched to a pipeline token;"
        f" {tally.pieces} non-final parts of hyphenated words not scored)"
    )
    print(
        f"  shown features right: {out['shown_right']:.3f} ({tally.shown_right}/{tally.shown});"
        f" two-value displays: {tally.two_valued} ({tally.two_valued_right} hold the gold value)"
    )
    print(
        f"  needed features shown: {out['needed_shown']:.3f} ({tally.needed_shown}/{tally.needed})"
    )
    print(
        f"  article right: {out['article_right']:.3f} ({tally.articles_right}/{tally.articles});"
        f" of articles shown: {out['article_shown_right']:.3f};"
        f" two-article displays: {tally.two_articles} ({tally.two_articles_right} hold the gold)"
    )
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(tally.by_feature.items())))
    return out


DISAGREEMENT_COLUMNS = (
    "file", "sent_id", "token_id", "word", "feature", "card", "ud", "sentence", "start",
)  # fmt: skip


def write_disagreements(path: Path, rows: list[tuple[str, Disagreement]]) -> None:
    """One TSV row per disagreement (header :data:`DISAGREEMENT_COLUMNS`)."""
    lines = ["\t".join(DISAGREEMENT_COLUMNS)]
    for name, d in rows:
        cells = (name, d.sent_id, d.token_id, d.word, d.feature, d.card, d.gold, d.sentence)
        lines.append("\t".join([*(c.replace("\t", " ") for c in cells), str(d.start)]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def report_sample(name: str, sentences: int, raw: Tally, judged: Tally) -> dict[str, Any]:
    """Print the sample's numbers against raw UD and the adjudicated gold."""

    def ratio(a: int, b: int) -> str:
        return f"{a / b if b else 0.0:.3f} ({a}/{b})"

    print(
        f"sample of {name}: {sentences} sentences, {raw.tokens} gold tokens"
        f" ({raw.unmatched} not matched; {raw.pieces} hyphen parts not scored):"
        " raw UD | adjudicated"
    )
    for label, a, b in (
        ("shown features right", "shown_right", "shown"),
        ("needed features shown", "needed_shown", "needed"),
        ("article right", "articles_right", "articles"),
        ("of articles shown", "articles_right", "articles_shown"),
    ):
        print(
            f"  {label}: {ratio(getattr(raw, a), getattr(raw, b))}"
            f" | {ratio(getattr(judged, a), getattr(judged, b))}"
        )
    verdicts = ", ".join(f"{k} {judged.verdicts[k]}" for k in ("card", "gold", "both", "neither"))
    print(
        f"  disagreements {len(raw.disagreements)}; verdicts applied: {verdicts};"
        f" not judged (no verdict, or the card's value changed since): {judged.unjudged}"
    )
    print("  raw: " + ", ".join(f"{k} {v}" for k, v in sorted(raw.by_feature.items())))
    print("  adjudicated: " + ", ".join(f"{k} {v}" for k, v in sorted(judged.by_feature.items())))
    out: dict[str, Any] = {"data": f"sample of {name}", "sentences": sentences}
    for kind, t in (("raw", raw), ("adjudicated", judged)):
        out[kind] = {
            "shown": t.shown, "shown_right": t.shown_right,
            "needed": t.needed, "needed_shown": t.needed_shown,
            "articles": t.articles, "articles_right": t.articles_right,
            "articles_shown": t.articles_shown,
            "two_valued": t.two_valued, "two_valued_right": t.two_valued_right,
        }  # fmt: skip
    out["verdicts"] = dict(judged.verdicts)
    out["unjudged"] = judged.unjudged
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, help="grammar_gold.json")
    parser.add_argument(
        "--conllu", type=Path, action="append", default=[], help="a UD .conllu file"
    )
    parser.add_argument("--old", action="store_true", help="measure the old card")
    parser.add_argument("--errors", type=Path, help="write the wrong and missing features here")
    parser.add_argument(
        "--ud-strict",
        action="store_true",
        help="compare with UD as it is: also the Gender of names, hyphen parts unmatched",
    )
    parser.add_argument(
        "--disagreements",
        type=Path,
        metavar="FILE.tsv",
        help="write every wrong shown feature and article (not the missing ones) here",
    )
    parser.add_argument(
        "--adjudicated",
        type=Path,
        nargs=2,
        metavar=("JUDGED.tsv", "KEY.tsv"),
        help="also score the key's sample: raw UD and UD corrected by the verdicts",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.gold and not args.conllu:
        parser.error("give --gold or --conllu")
    adjudication = None
    if args.adjudicated:
        from bench.ud_adjudicate import read_adjudication

        adjudication = read_adjudication(*args.adjudicated)
    results = []
    errors: list[str] = []
    rows: list[tuple[str, Disagreement]] = []
    samples: list[tuple[str, str, Tally, Tally]] = []
    sources = ([("gold", args.gold)] if args.gold else []) + [("conllu", p) for p in args.conllu]
    for kind, path in sources:
        text, gold = read_gold_json(path) if kind == "gold" else read_conllu(path)
        seen = read_cards(text, gold, args.old, args.ud_strict)
        tally = score(gold, seen, args.ud_strict)
        name = (
            path.name
            + (" (old card)" if args.old else "")
            + (" (UD strict)" if args.ud_strict else "")
        )
        results.append(report(name, tally))
        errors += [f"## {path.name}", *tally.errors]
        rows += [(path.name, d) for d in tally.disagreements]
        if adjudication is not None and path.name in adjudication:
            only, verdicts = adjudication[path.name]
            raw = score(gold, seen, args.ud_strict, only)
            judged = score(gold, seen, args.ud_strict, only, verdicts)
            samples.append((name, path.name, raw, judged))
    if args.errors:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")
    if args.disagreements:
        write_disagreements(args.disagreements, rows)
    if adjudication is not None:
        missing = sorted(set(adjudication) - {p.name for _, p in sources})
        if missing:
            print(f"(the key also samples {', '.join(missing)}: give it with --conllu)")
        for name, file, raw, judged in samples:
            results.append(report_sample(name, len(adjudication[file][0]), raw, judged))
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
