"""Reported speech: what someone said or thinks, in the words of the text.

German news marks reported speech by an attribution and often by the Konjunktiv I:

- a source phrase: "Laut Polizei wurden …", "Nach Angaben des Ministeriums …",
  "Einem Bericht der „Financial Times“ zufolge …", "Wie das Bundesamt mitteilte, …";
- a final attribution: "Die Lage sei ernst, sagte er." / "…, so der Minister.";
- a verb of saying or thinking before a clause: "Die Polizei teilte mit, zwei Männer
  seien festgenommen worden." / "Kritiker bemängeln, dass …" / "Er sagte: Die …";
- a sentence in Konjunktiv I with no attribution of its own ("Man prüfe den Vorgang."):
  the speaker of the quote before goes on. A Konjunktiv II standing in for it ("Sie
  stünden im Verdacht …") counts only right after reported speech.

The reported words are the clause without its attribution; an attribution in the
middle of a sentence leaves the whole sentence. Quotations inside are part of it.
No spaCy, no Qt.
"""

from __future__ import annotations

from app.quotes.candidate import Candidate
from app.quotes.lexicon import (
    DOCUMENT_NOUNS,
    KONJUNKTIV_TWO,
    SOURCE_NOUNS,
    STANCE_ADJECTIVES,
    first_person_near,
    is_report_verb,
    is_say_verb,
    konjunktiv_one,
    konjunktiv_two,
    sei_formula,
)
from app.quotes.phrases import (
    Phrase,
    clause_subject,
    noun_phrase,
    owner,
    said_after,
    source_after,
    subject_after,
)
from app.quotes.text import QuoteText

_LEADING = frozenset({"dass", "ob", "und", "aber", "►", "•", "-", "–", "—", ",", ":"})
_TRAILING = frozenset({".", ",", ";", ":", "!", "?", "…", "–", "—", "-"})
_CREDIT_WORDS = frozenset({"Foto", "Fotos", "Bild", "Bilder", "Grafik", "Video"})
_MAX_FRAME = 12  # tokens between a verb of saying and the comma of its clause


def reported_speech(qt: QuoteText, quoted_units: frozenset[int] = frozenset()) -> list[Candidate]:
    """Reported speech of ``qt``, at most one per unit, in text order. ``quoted_units``
    are the units holding direct quotes (a Konjunktiv II after them reports too)."""
    out: list[Candidate] = []
    last_unit = last_konjunktiv = -10
    for u in _units_with_cues(qt):
        lo, hi = qt.units[u]
        after_report = u - last_unit <= 1 or u - 1 in quoted_units
        found = (
            _source(qt, lo, hi)
            or _final(qt, lo, hi)
            or _initial(qt, lo, hi)
            or _konjunktiv(qt, lo, hi, after_report, u - last_konjunktiv <= 1)
        )
        if found is not None and found.first < found.stop:
            out.append(found)
            last_unit = u
            if any(_is_konjunktiv_one(qt, k) for k in range(lo, hi) if qt.outside(k)):
                last_konjunktiv = u
    return out


_SOURCE_WORDS = frozenset({"laut", "Laut", "nach", "Nach", "zufolge", "wie", "Wie"})


def _units_with_cues(qt: QuoteText) -> list[int]:
    """The units that may hold reported speech, in order: those with a source word, a
    verb of saying or thinking, or a form that may be a Konjunktiv. One cheap pass over
    the tokens spares the finer tests for most sentences of a long text."""
    words, lemmas = qt.words, qt.lemmas
    # decided once per distinct word and lemma
    cues = {pair for pair in set(zip(words, lemmas, strict=True)) if _cue(*pair)}
    moods = {m for m in set(qt.morphs) if "Mood=Sub" in m}
    unit = qt.unit
    found = {unit[k] for k, pair in enumerate(zip(words, lemmas, strict=True)) if pair in cues}
    if moods:
        found.update(unit[k] for k, morph in enumerate(qt.morphs) if morph in moods)
    return sorted(found)


def _cue(word: str, lemma: str) -> bool:
    return (
        word in _SOURCE_WORDS
        or (word[-1:] == "e" and lemma[-1:] == "n" and word.islower())  # "gebe"
        or word[:3] == "sei"
        or word in KONJUNKTIV_TWO
        or is_report_verb(lemma)
        or word in STANCE_ADJECTIVES
    )


def _says(qt: QuoteText, unit: int) -> bool:
    """Does the unit have a finite verb of saying ("Er warnte davor, …")?"""
    if unit < 0:
        return False
    lo, hi = qt.units[unit]
    return any(
        qt.outside(k) and qt.is_finite(k) and is_say_verb(qt.lemmas[k]) for k in range(lo, hi)
    )


def _outside_words(qt: QuoteText, lo: int, hi: int) -> int:
    return sum(1 for k in range(lo, hi) if qt.outside(k) and qt.words[k][:1].isalnum())


def _trimmed(qt: QuoteText, a: int, b: int) -> tuple[int, int]:
    while a < b and (
        qt.words[a] in _LEADING or (qt.is_mark[a] and qt.quote_of[a] < 0 and _lone(qt, a, b))
    ):
        a += 1
    while b > a and (qt.words[b - 1] in _TRAILING or (qt.is_mark[b - 1] and _lone(qt, a, b))):
        b -= 1
    return a, b


def _lone(qt: QuoteText, a: int, b: int) -> bool:
    """True when the marks in ``a..b`` do not pair up (one of them belongs outside)."""
    marks = sum(1 for k in range(a, b) if qt.is_mark[k])
    return marks % 2 == 1


def _candidate(
    qt: QuoteText,
    a: int,
    b: int,
    subject: Phrase | None,
    frame: str,
    rank: int,
    continues: bool = False,
    source: tuple[int, int] | None = None,
) -> Candidate | None:
    """Reported words ``a``..``b`` (trimmed, a photo credit cut off), or None when
    fewer than two words remain."""
    for k in range(a, b - 1):
        if qt.words[k] in _CREDIT_WORDS and qt.words[k + 1] == ":" and qt.outside(k):
            b = k  # "… Raketen-Tests Foto: STR/AFP": a photo credit ends the sentence
            break
    a, b = _trimmed(qt, a, b)
    if _outside_words(qt, a, b) + sum(1 for k in range(a, b) if not qt.outside(k)) < 2:
        return None
    return Candidate(a, b, "indirect", subject, continues, frame, source, rank)


# ------------------------------------------------------------------ source phrases


def _source(qt: QuoteText, lo: int, hi: int) -> Candidate | None:
    """ "laut X", "nach Angaben des X", "X zufolge", "Wie X mitteilte, …"."""
    for j in range(lo, hi):
        if not qt.outside(j):
            continue
        low = qt.words[j].lower()
        found: tuple[int, int, Phrase | None] | None = None
        if low == "laut" and j + 1 < hi:
            phrase = noun_phrase(qt, j + 1, hi)
            if phrase is not None:
                found = (j, phrase.stop, phrase)
        elif low == "nach" and j + 1 < hi and qt.words[j + 1] in SOURCE_NOUNS:
            found = _after_source_noun(qt, j, j + 2, hi)
        elif low == "nach" and j + 2 < hi and qt.words[j + 2] in SOURCE_NOUNS:
            if qt.words[j + 1].lower() in ("eigenen", "offiziellen", "ersten", "vorläufigen"):
                found = _after_source_noun(qt, j, j + 3, hi)
        elif low == "zufolge":
            found = _zufolge(qt, j, lo)
        elif low == "wie" and (j == _first_word(qt, lo, hi) or qt.word(j - 1) == ","):
            found = _wie(qt, j, hi)
        if found is not None:
            a, b, phrase = found
            if phrase is not None:
                phrase = owner(qt, phrase)  # "laut einer Studie der Stiftung"
            if phrase is not None and _generic_source(qt, phrase):
                phrase = None  # "Berichten zufolge", "laut einer Umfrage": nobody named
            return _around(qt, lo, hi, (a, b, phrase))
    return None


def _generic_source(qt: QuoteText, phrase: Phrase) -> bool:
    head = qt.words[phrase.head]
    generic = head in SOURCE_NOUNS or head in DOCUMENT_NOUNS or head.endswith("berichten")
    return generic and phrase.genitive is None and phrase.title < 0


def _first_word(qt: QuoteText, lo: int, hi: int) -> int:
    for k in range(lo, hi):
        if qt.words[k][:1].isalnum():
            return k
    return hi


def _after_source_noun(
    qt: QuoteText, j: int, k: int, hi: int
) -> tuple[int, int, Phrase | None] | None:
    """ "nach Angaben des Ministeriums" / "von X"; "nach eigenen Angaben" (the subject)."""
    if k < hi and qt.words[k].lower() in ("des", "der", "eines", "einer"):
        phrase = noun_phrase(qt, k, hi)
    elif k < hi and qt.words[k].lower() in ("von", "vom"):
        phrase = noun_phrase(qt, k + 1, hi)
    else:
        return j, k, _clause_subject(qt, k, hi)
    if phrase is None:
        return None
    return j, phrase.stop, phrase


def _clause_subject(qt: QuoteText, k: int, hi: int) -> Phrase | None:
    lo, _ = qt.unit_range(min(k, hi - 1))  # "... nach Angaben" may end the text: k == hi
    for v in range(lo, hi):
        if qt.outside(v) and qt.is_finite(v):
            return clause_subject(qt, v, lo, hi)
    return None


def _zufolge(qt: QuoteText, j: int, lo: int) -> tuple[int, int, Phrase | None] | None:
    """ "Einem Bericht der „Financial Times“ zufolge": the phrase before "zufolge"."""
    p = j - 1
    while p > lo and not (qt.words[p - 1] in (",", ":", ";") and qt.outside(p - 1)):
        if qt.is_finite(p - 1):
            break
        p -= 1
    for start in range(p, j):
        phrase = noun_phrase(qt, start, j)
        if phrase is not None and phrase.stop == j:
            return start, j + 1, phrase
    return None


def _wie(qt: QuoteText, j: int, hi: int) -> tuple[int, int, Phrase | None] | None:
    """ "Wie das Bundesamt am Freitag mitteilte, …" / "…, wie seine Familie mitteilte.":
    a verb-final clause of saying."""
    end = j + 1
    while end < hi and not (qt.words[end] in (",", ".", "!", "?", ";") and qt.outside(end)):
        end += 1
    if end - j > 16 or end - j < 3:
        return None
    verbs = [k for k in range(j + 1, end) if qt.outside(k) and qt.tags[k] in ("VERB", "AUX")]
    last = end - 1
    if not verbs or not is_report_verb(qt.lemmas[verbs[-1]]) or verbs[-1] < last - 1:
        return None
    phrase = noun_phrase(qt, j + 1, end)
    if phrase is None:
        return None  # "Wie berichtet, …": the paper's own earlier report
    if j > 0 and qt.words[j - 1] == ",":
        return j - 1, end, phrase  # at the end: the attribution runs from the comma
    return j, min(end + 1, hi), phrase


def _around(
    qt: QuoteText, lo: int, hi: int, found: tuple[int, int, Phrase | None]
) -> Candidate | None:
    """The unit without the attribution ``found``: cut off at the start or the end."""
    a, b, phrase = found
    head_lo = _first_word(qt, lo, hi)
    if a <= head_lo:
        start, stop = b, hi
    elif _trimmed(qt, b, hi)[0] >= _trimmed(qt, b, hi)[1]:
        start, stop = lo, a
    else:
        start, stop = _clause_around(qt, lo, hi, a)
    return _candidate(qt, start, stop, phrase, "source", 3, source=(a, b))


def _clause_around(qt: QuoteText, lo: int, hi: int, a: int) -> tuple[int, int]:
    """The sentence around a source phrase in its middle; only the relative or
    subordinate clause when the phrase stands in one ("…, der nach Angaben des
    Unternehmens genug Strom speichern kann.")."""
    for k in range(a - 1, lo, -1):
        if qt.words[k] == "," and qt.outside(k):
            if qt.words[k + 1].lower() in _RELATIVE or qt.tags[k + 1] == "SCONJ":
                end = k + 1
                while end < hi and not (qt.words[end] == "," and end > a and qt.outside(end)):
                    end += 1
                return k + 1, end
            break
    return lo, hi


# ---------------------------------------------------------- attribution at the end


def _final(qt: QuoteText, lo: int, hi: int) -> Candidate | None:
    """ "Die Lage sei ernst, sagte er." / "…, so der Minister." / "…, teilte X mit.\""""
    for k in range(hi - 2, lo, -1):
        if qt.words[k] != "," or not qt.outside(k):
            continue
        j = k + 1
        if any(qt.words[m] == ":" for m in range(j, hi)):
            continue  # "Auf die Frage, ob …, antwortete er: „Nein.“" introduces a quote
        subject: Phrase | None = None
        attribution_end = -1
        if qt.words[j] == "so" and not qt.is_finite(j):
            subject = noun_phrase(qt, j + 1, hi)
        elif qt.is_finite(j) and qt.lemmas[j] == "heißen" and qt.word(j + 1) == "es":
            subject = source_after(qt, j + 2, hi)  # "…, heißt es in der Studie."
            attribution_end = subject.stop if subject is not None else j + 2
        elif qt.is_finite(j) and is_report_verb(qt.lemmas[j]):
            subject = subject_after(qt, j, hi)
            if subject is not None and _finite_between(qt, subject.stop, hi):
                subject = None
        if attribution_end >= 0:
            if subject is None and not _has_subjunctive(qt, lo, k):
                continue
            return _candidate(qt, lo, k, subject, "heisst-es", 2)
        if subject is None:
            continue
        if not _finite_between(qt, lo, k) or _outside_words(qt, lo, k) < 1:
            continue
        if not _has_subjunctive(qt, lo, k) and not _plain_statement_frame(qt, j, subject):
            continue
        rest = _trimmed(qt, subject.stop, hi)
        stop = k if rest[0] >= rest[1] or not _finite_between(qt, rest[0], rest[1]) else hi
        return _candidate(qt, lo, stop, subject, "final", 2)
    return None


def _plain_statement_frame(qt: QuoteText, j: int, subject: Phrase) -> bool:
    """ "Die Lage ist ernst, sagte er.": an indicative clause reported only when the
    attribution is unmistakable: "so X", or a singular verb of saying with a subject
    in the nominative ("…, fordern aber weitere Maßnahmen" coordinates two verbs)."""
    if qt.words[j] == "so" or subject.pronoun:
        return True
    head_case = qt.case(subject.head)
    if head_case in ("Acc", "Dat") or qt.words[j] == qt.lemmas[j]:
        return False
    return is_say_verb(qt.lemmas[j])


def _finite_between(qt: QuoteText, a: int, b: int) -> bool:
    return any(qt.is_finite(k) for k in range(a, b))


# -------------------------------------------------------- attribution at the start


def _initial(qt: QuoteText, lo: int, hi: int) -> Candidate | None:
    """ "Die Polizei teilte mit, zwei Männer seien …" / "Kritiker bemängeln, dass …" /
    "Die Verwaltung hatte erklärt, dass …"."""
    for v in range(lo, hi):
        if not _report_verb_at(qt, v):
            continue
        anchor = v if qt.is_finite(v) else _finite_before(qt, lo, v)
        if anchor < 0 and qt.words[v] == qt.lemmas[v]:
            anchor = v  # "Kritiker bemängeln, …": the plural looks like the infinitive
        if anchor < 0:
            continue
        k = v + 1
        while k < hi and k - v <= _MAX_FRAME and qt.words[k] not in (",", ":"):
            if qt.is_finite(k) or qt.is_mark[k]:
                break
            k += 1
        if k >= hi - 1 or qt.words[k] not in (",", ":") or not qt.outside(k):
            continue
        start = k + 1
        if not _reported_clause(qt, v, k, hi):
            continue
        subject = clause_subject(qt, anchor, lo, k)
        if (
            subject is not None
            and subject.pronoun
            and qt.words[subject.first].lower()
            in (
                "es",
                "man",
            )
        ):
            continue  # "Es wird erwartet, dass …", "Man geht davon aus, dass …": nobody
        return _candidate(qt, start, hi, subject, "initial", 1, continues=subject is None)
    return None


def _report_verb_at(qt: QuoteText, v: int) -> bool:
    """A verb of saying or thinking: finite, or an infinitive or participle after a
    finite auxiliary ("hatte vorgeschlagen"); "bemängeln" is also the plural."""
    word = qt.words[v]
    if not qt.outside(v) or not word.islower():
        return False
    if word in STANCE_ADJECTIVES or qt.tags[v] == "ADJ":
        # "ist überzeugt, dass …", "zeigte sich besorgt, dass …"
        stance = word in STANCE_ADJECTIVES or is_report_verb(qt.lemmas[v])
        return stance and v > 0 and qt.lemmas[v - 1] in ("sein", "sich", "zeigen")
    if not is_report_verb(qt.lemmas[v]):
        return False
    return qt.tags[v] in ("VERB", "AUX") or qt.is_finite(v) or word == qt.lemmas[v]


def _finite_before(qt: QuoteText, lo: int, v: int) -> int:
    for k in range(v - 1, lo - 1, -1):
        if qt.outside(k) and qt.is_finite(k):
            return k
    return -1


def _reported_clause(qt: QuoteText, v: int, k: int, hi: int) -> bool:
    """Does what follows the comma (or colon) at ``k`` report what the verb at ``v``
    says: "dass …", "ob …", a clause in Konjunktiv, or (after a verb of saying)
    anything after a colon? An infinitive ("forderte, … zu prüfen") is not reported
    speech."""
    start = k + 1
    lemma = qt.lemmas[v]
    say = is_say_verb(lemma)
    if qt.words[start].lower() in ("dass", "ob"):
        return True
    if qt.words[k] == ":" and say:
        return True
    return _main_clause(qt, start, hi) and _has_subjunctive(qt, start, min(hi, start + 10))


_RELATIVE = frozenset(
    {
        "der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welcher", "welche",
        "welches", "welchem", "welchen", "wo", "woran", "worauf", "womit", "wonach", "wie",
        "weil", "wenn", "als", "da", "damit", "obwohl", "um", "während", "bis", "nachdem",
    }
)  # fmt: skip


def _main_clause(qt: QuoteText, start: int, hi: int) -> bool:
    """A clause with its verb second ("zwei Männer seien …"), not a relative or
    subordinate clause ("von der …", "die …", "weil …")."""
    if start >= hi or qt.tags[start] in ("ADP", "SCONJ"):
        return False
    low = qt.words[start].lower()
    if low in _RELATIVE:
        nxt = qt.words[start + 1] if start + 1 < hi else ""
        return low in ("der", "die", "das", "dem", "den") and (
            nxt[:1].isupper() or (bool(nxt) and qt.tags[start + 1] == "ADJ")
        )  # an article that ends the text is followed by nothing
    return True


def _has_subjunctive(qt: QuoteText, a: int, b: int) -> bool:
    for k in range(a, b):
        if qt.outside(k) and _is_konjunktiv_one(qt, k):
            return True
        if qt.outside(k) and _is_konjunktiv_two(qt, k):
            return True
    return False


def _is_konjunktiv_two(qt: QuoteText, k: int) -> bool:
    """ "würden", "hätten", "stünden" (whatever the tagger calls them)."""
    word = qt.words[k]
    if word.lower() in KONJUNKTIV_TWO:
        return True
    return qt.is_finite(k) and konjunktiv_two(word, qt.morphs[k])


def _is_konjunktiv_one(qt: QuoteText, k: int) -> bool:
    if not konjunktiv_one(qt.words[k], qt.lemmas[k], qt.tags[k], qt.morphs[k]):
        return False
    return not first_person_near(qt.words, k) and not sei_formula(qt.words, k)


# ------------------------------------------------------------ Konjunktiv on its own


def _konjunktiv(
    qt: QuoteText, lo: int, hi: int, after_report: bool, after_konjunktiv: bool
) -> Candidate | None:
    """A sentence in Konjunktiv I (or II right after reported speech) goes on reporting."""
    outside = [k for k in range(lo, hi) if qt.outside(k)]
    if not outside:
        return None
    if any(_is_konjunktiv_one(qt, k) for k in outside):
        said = said_after(qt, qt.unit[lo])  # "Die Lage sei ernst. Das sagte der Minister."
        return _candidate(qt, lo, hi, said, "konjunktiv", 0, continues=said is None)
    conditional = any(qt.words[k].lower() in _CONDITIONAL for k in outside)
    forms = [k for k in outside if _is_konjunktiv_two(qt, k)]
    if not forms or conditional:
        return None
    plain = any(qt.words[k].lower() not in _MODAL_TWO for k in forms)
    if plain and not after_report:
        after_report = _says(qt, qt.unit[lo] - 1)  # "Er warnte davor, …. Läden stünden leer."
    if (plain and after_report) or after_konjunktiv:
        return _candidate(qt, lo, hi, None, "konjunktiv-ii", 0, continues=True)
    return None


_CONDITIONAL = frozenset({"wenn", "falls", "sofern", "ob", "als"})
#: "könnte", "müsste", "dürfte" also say what may happen ("Erst am Sonntag könnten
#: Gewitter aufziehen"): they report only within a chain of Konjunktiv I.
_MODAL_TWO = frozenset(
    {"könnte", "könnten", "müsste", "müssten", "dürfte", "dürften", "sollte", "sollten"}
)
