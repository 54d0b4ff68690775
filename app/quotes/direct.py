"""Direct quotes: which quotations are someone's words, and where the text says whose.

A quotation is a quote when the text attributes it:

- *after* it: "„…“, sagte er." / "„…“, so der Minister." / "„…?“ fragte sie" /
  "„…“, ist sich Spohr sicher" / "„…“, hieß es in einer Erklärung des Ministeriums";
- *before* it with a colon: "Der Minister sagte: „…“", "Spohr: „…“", "Und weiter: „…“";
- as the second half of a split quote: "„…“, sagte sie, „…“";
- inside a clause of saying: "sprach von einem „Tag der Ausreden“" (three words or more);
- or when it is a sentence of its own with a finite verb ("„Mehr geht nicht.“"), whose
  speaker is then the one quoted before (or named by a following "Das sagte X.").

Not quotes: titles and names after a noun like "Zeitung", "Roman", "Agentur", terms
after "sogenannte", capitalised names without a verb ("„NBC News“"), and one or two
words with no attribution. A quotation inside a clause in Konjunktiv I ("Putin habe
eine „Einladung … erhalten“, erklärte sein Sprecher") is left to reported speech.
No spaCy, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.quotes.candidate import Candidate
from app.quotes.lexicon import (
    CONTINUATION_WORDS,
    OBJECT_SAY_VERBS,
    SO_CALLED,
    STANCE_ADJECTIVES,
    TITLE_NOUNS,
    first_person_near,
    is_report_verb,
    is_say_verb,
    konjunktiv_one,
)
from app.quotes.phrases import (
    Phrase,
    clause_start,
    clause_subject,
    noun_phrase,
    said_after,
    source_after,
    subject_after,
)
from app.quotes.text import QuoteText

_STANCE_VERBS = frozenset({"sein", "zeigen", "geben"})
_ENDS = frozenset({".", "!", "?", "…", "?!", "!?"})


@dataclass(frozen=True, slots=True)
class _Frame:
    subject: Phrase | None
    continues: bool = False
    kind: str = ""


def direct_quotes(qt: QuoteText) -> list[Candidate]:
    """The quotations of ``qt`` that are quotes, in text order."""
    out: list[Candidate] = []
    for q in range(len(qt.quotations)):
        first, stop = qt.quotation_tokens(q)
        if first >= stop:
            continue
        previous = out[-1] if out and qt.unit[out[-1].first] == qt.unit[first] else None
        found = _classify(qt, q, previous)
        if found is not None:
            out.append(found)
    return out


def _classify(qt: QuoteText, q: int, previous: Candidate | None) -> Candidate | None:
    first, stop = qt.quotation_tokens(q)
    opening, closing = qt.open_mark(q), qt.close_mark(q)
    lo, _ = qt.unit_range(first)
    n_words = sum(1 for k in range(first, stop) if qt.words[k][:1].isalnum())
    finite = any(qt.is_finite(k) for k in range(first, stop))
    after = _after_frame(qt, closing) if closing >= 0 else None
    colon = _colon_frame(qt, opening) if opening >= 0 else None
    framed = after is not None or colon is not None
    if not framed and (_title_context(qt, opening) or (not finite and _name_like(qt, first, stop))):
        return None
    begin = opening if opening >= 0 else first
    at_start = not any(qt.words[k][:1].isalnum() for k in range(lo, begin))
    split = previous is not None and opening > 0 and qt.words[opening - 1] == ","
    if after is not None:
        if not at_start and colon is None and not split and _mixed(qt, lo, begin, n_words):
            return None  # reported speech with quoted words: see app.quotes.reported
        return Candidate(first, stop, "direct", after.subject, after.continues, after.kind, rank=5)
    if colon is not None:
        return Candidate(first, stop, "direct", colon.subject, colon.continues, colon.kind, rank=5)
    if split:
        return Candidate(first, stop, "direct", None, True, "split", rank=5)
    embedded = _embedded(qt, opening, lo, short=n_words <= 2)
    if n_words <= 2 and embedded is None:
        return None
    if embedded is not None:
        return Candidate(
            first, stop, "direct", embedded.subject, embedded.continues, "embedded", rank=4
        )
    ends = qt.words[stop - 1] in _ENDS
    if finite and (at_start or ends) and n_words >= 3:
        said = said_after(qt, qt.unit[first])
        if said is not None:
            return Candidate(first, stop, "direct", said, False, "said-after", rank=4)
        open_ended = qt.quotation(q).close < 0
        return Candidate(first, stop, "direct", None, True, "free", rank=4, open_ended=open_ended)
    return None


def _mixed(qt: QuoteText, lo: int, begin: int, n_words: int) -> bool:
    """Words before the quotation in its clause: a Konjunktiv I there (or a short
    quoted fragment) makes the whole clause reported speech."""
    if n_words <= 2:
        return True
    return any(
        qt.outside(k)
        and konjunktiv_one(qt.words[k], qt.lemmas[k], qt.tags[k], qt.morphs[k])
        and not first_person_near(qt.words, k)
        for k in range(lo, begin)
    )


def _name_like(qt: QuoteText, first: int, stop: int) -> bool:
    """ "„NBC News“", "„Die Blechtrommel“": a few capitalised words and no verb."""
    words = [qt.words[k] for k in range(first, stop) if qt.words[k][:1].isalnum()]
    if not words or len(words) > 6:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in ("und", "der", "des") for w in words)


def _title_context(qt: QuoteText, opening: int) -> bool:
    """A title noun or "sogenannte" before the quotation ("die Zeitung „Le Monde“")."""
    k = opening - 1
    while k >= 0 and qt.tags[k] == "ADJ" and qt.words[k][:1].islower():
        if qt.words[k] in SO_CALLED:
            return True
        k -= 1
    if k < 0:
        return False
    word = qt.words[k]
    if word in SO_CALLED:
        return True
    tail = word.rsplit("-", 1)[-1]
    if tail in TITLE_NOUNS:
        return True
    return word[:1].isupper() and any(len(t) >= 6 and word.endswith(t.lower()) for t in TITLE_NOUNS)


def _after_frame(qt: QuoteText, closing: int) -> _Frame | None:
    """ "„…“, sagte er" / "„…“, so X" / "„…?“ fragte sie" after the closing mark."""
    j = closing + 1
    if j >= qt.n or qt.unit[j] != qt.unit[closing]:
        return None
    if qt.words[j] == ",":
        j += 1
    elif qt.words[closing - 1] not in ("?", "!"):
        return None  # "Wie die Agentur „KCNA“ angab": the quotation is a name
    _, hi = qt.unit_range(closing)
    if j >= hi:
        return None
    if qt.words[j] == "so" and not qt.is_finite(j):
        phrase = noun_phrase(qt, j + 1, hi)
        return _Frame(phrase, kind="so") if phrase is not None else None
    if not qt.is_finite(j):
        return None
    return _verb_frame(qt, j, hi)


def _verb_frame(qt: QuoteText, verb: int, hi: int) -> _Frame | None:
    """The subject of a speech verb after a quote, or None when the verb is none."""
    lemma = qt.lemmas[verb]
    end = verb + 1
    while end < hi and not qt.is_break(end):
        end += 1
    clause = [qt.words[k].lower() for k in range(verb, end)]
    if lemma == "heißen" and qt.word(verb + 1) == "es":
        source = source_after(qt, verb + 2, hi)
        return _Frame(source, continues=False, kind="heisst-es")
    if lemma == "werden" and "zitiert" in clause:
        pass
    elif lemma in _STANCE_VERBS and "sich" in clause:
        if not any(w in STANCE_ADJECTIVES for w in clause):
            return None
    elif not is_report_verb(lemma):
        return None
    phrase = subject_after(qt, verb, hi)
    if phrase is None:
        return None
    return _Frame(phrase, kind="after")


def _colon_frame(qt: QuoteText, opening: int) -> _Frame | None:
    """ "Der Minister sagte: „…“", "Spohr: „…“", "Und weiter: „…“"."""
    if opening < 1 or qt.words[opening - 1] != ":":
        return None
    colon = opening - 1
    lo = clause_start(qt, colon)
    words = [qt.words[k] for k in range(lo, colon) if qt.words[k][:1].isalnum()]
    if not words:
        return None
    if all(w.lower() in CONTINUATION_WORDS for w in words):
        return _Frame(None, continues=True, kind="colon-continued")
    verbs = [k for k in range(lo, colon) if qt.outside(k) and qt.is_finite(k)]
    if verbs:
        # the verb of saying if there is one ("Auf die Frage, ob er gehe, antwortete er:")
        said = [k for k in verbs if is_report_verb(qt.lemmas[k])]
        verb = said[-1] if said else verbs[0]
        phrase = clause_subject(qt, verb, lo, colon)
        return _Frame(phrase, continues=phrase is None, kind="colon")
    phrase = noun_phrase(qt, lo, colon)
    if phrase is not None and phrase.stop == colon and not phrase.pronoun:
        return _Frame(phrase, kind="label")
    return None


def _embedded(qt: QuoteText, opening: int, lo: int, short: bool) -> _Frame | None:
    """ "sprach von einem „…“", "nannte den Plan „…“": a verb of saying in the clause.
    One or two quoted words count only as the object of a verb that takes one
    ("sprechen von", "nennen", "bezeichnen als", "warnen vor") standing close by."""
    if opening > 0 and qt.words[opening - 1].lower() in ("zu", "zum", "zur"):
        return None  # "zum „Hauptfeind“ erklärt": declared to be, not said
    _, hi = qt.unit_range(opening)
    close = opening + 1
    while close < hi and not (qt.is_mark[close] and qt.quote_of[close] < 0):
        close += 1
    window = range(max(lo, opening - 6), min(hi, close + 4)) if short else range(lo, hi)
    for k in window:
        lemma = qt.lemmas[k]
        if not qt.outside(k) or not is_say_verb(lemma) or not qt.words[k].islower():
            continue
        if qt.tags[k] not in ("VERB", "AUX") and not qt.is_finite(k):
            continue
        if short and lemma not in OBJECT_SAY_VERBS:
            continue
        verb = k if qt.is_finite(k) else _finite_in(qt, lo, hi)
        if verb < 0:
            return None
        phrase = clause_subject(qt, verb, clause_start(qt, verb), hi)
        return _Frame(phrase, continues=phrase is None)
    return None


def _finite_in(qt: QuoteText, lo: int, hi: int) -> int:
    for k in range(lo, hi):
        if qt.outside(k) and qt.is_finite(k):
            return k
    return -1
