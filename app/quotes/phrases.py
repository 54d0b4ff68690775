"""Noun phrases around a verb of saying: who is the subject of "sagte"?

The pipeline has no parser, so the subject is read from German word order: in a
main clause the finite verb stands second, and the subject is either the first
constituent ("Der Minister sagte …") or follows the verb ("…, sagte der Minister",
"Am Freitag sagte er …"). A noun phrase is read from the tags: an article or
possessive, adjectives, a run of capitalised words (role nouns and names: "Korea-
Experte Frederic Spohr"), a quoted title ("das Format „NBC News“"), a genitive
complement after a common noun ("ein Sprecher der Polizei") and an appositive name
("der Präsident des Verbands, Ulrich Fink"). No spaCy, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.lexicon.words import GENITIVE_ARTICLES
from app.quotes.lexicon import DOCUMENT_NOUNS, SKIPPABLE, SOURCE_NOUNS, is_say_verb
from app.quotes.text import QuoteText


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PERSONAL_PRONOUNS = _words("er sie es man ich wir ihr ihm")
DEMONSTRATIVES = _words("dieser diese jener jene letzterer letztere derselbe dieselbe")
ARTICLES = _words(
    """der die das des dem den ein eine einer eines einem einen sein seine seiner seines
    seinem seinen ihr ihre ihrer ihres ihrem ihren dessen deren dieser diese dieses diesem
    diesen jener jene jenes kein keine keiner mehrere einige viele zwei drei beide alle"""
)
_FUNCTION = (
    ARTICLES
    | PERSONAL_PRONOUNS
    | DEMONSTRATIVES
    | _words(
        """sie ihnen sich dies das was wer wen wem wessen jemand niemand jeder jede jedes
        alles nichts etwas welche welcher man kein keine unser unsere euer eure mein meine
        dein deine ihm ihn uns euch mich dich"""
    )
)
_DATIVE_ARTICLES = _words("dem einem diesem seinem ihrem")
_NEVER_HEAD_TAGS = frozenset({"DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "SYM"})
_MODIFIER_TAGS = frozenset({"ADJ", "NUM", "ADV"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """Tokens ``first`` up to ``stop`` of a noun phrase; ``head`` its main word."""

    first: int
    stop: int
    head: int
    pronoun: bool = False
    article: str | None = None  # lower-cased, when the phrase starts with one
    title: int = -1  # index of a quotation inside ("das Format „NBC News“")
    #: Tokens of a genitive or "von" complement ("der Polizei"), or None.
    genitive: tuple[int, int] | None = None


def noun_phrase(qt: QuoteText, i: int, limit: int) -> Phrase | None:
    """The noun phrase starting at token ``i`` (not reaching ``limit``), or None."""
    if i >= limit:
        return None
    low = qt.words[i].lower()
    if qt.tags[i] == "PRON" and (low in PERSONAL_PRONOUNS or low in DEMONSTRATIVES):
        if low in DEMONSTRATIVES and i + 1 < limit and qt.words[i + 1][:1].isupper():
            pass  # "diese Behörde": an article, read below
        else:
            return Phrase(i, i + 1, i, pronoun=True, article=None)
    j = i
    article = None
    if low in ARTICLES and qt.tags[i] in ("DET", "PRON", "NUM"):
        article = low
        j += 1
    while j < limit and _modifier(qt, j):
        j += 1
    head_start = j
    j = _head_run(qt, j, limit)
    title = -1
    if j < limit and qt.is_mark[j] and j + 1 < qt.n and qt.quote_of[j + 1] >= 0:
        q = qt.quote_of[j + 1]
        first, stop = qt.quotation_tokens(q)
        close = qt.close_mark(q)
        if stop - first <= 6 and close >= 0 and close < limit:
            title = q
            j = close + 1
    if j == head_start and title < 0:
        return None
    head = j - 1 if title < 0 else qt.quotation_tokens(title)[1] - 1
    genitive = None
    if title < 0 and qt.tags[head] == "NOUN" and j < limit:
        stop = _genitive_complement(qt, j, limit)
        if stop > j:
            genitive, j = (j, stop), stop
    j = _apposition(qt, j, limit)
    return Phrase(i, j, head, False, article, title, genitive)


def _modifier(qt: QuoteText, j: int) -> bool:
    word = qt.words[j]
    if qt.is_break(j) or not word[:1].isalnum():
        return False
    if qt.is_name[j]:
        return False
    if word[:1].isdigit():  # "die 19-jährige Studentin", "drei"
        return not word[-1:].isdigit() or qt.tags[j] == "NUM"
    if qt.tags[j] in _MODIFIER_TAGS and word[:1].islower():
        return word.lower() not in SKIPPABLE or qt.tags[j] == "ADJ"
    return qt.tags[j] == "NUM"


def _head_word(qt: QuoteText, j: int) -> bool:
    """A capitalised word of a noun or name. Inside a sentence capital letters are
    trusted more than the tagger ("Olaf" is no preposition); at the start of a
    sentence or after a colon only nouns and names count ("Ähnlich sieht es …")."""
    word = qt.words[j]
    if not word[:1].isupper() or qt.is_break(j) or not qt.outside(j):
        return False
    if qt.is_name[j]:
        return True
    tag = qt.tags[j]
    if tag in _NEVER_HEAD_TAGS and (tag not in ("DET", "PRON") or word.lower() in _FUNCTION):
        return False  # "Industrie-" of "Industrie- und Handelskammer" is no pronoun
    if _starts_sentence(qt, j):
        if tag == "ADJ":
            return j + 1 < qt.n and qt.words[j + 1][:1].isupper() and qt.tags[j + 1] != "ADJ"
        return tag in ("NOUN", "PROPN", "X", "NUM")
    return tag not in ("VERB", "AUX") or (j + 1 < qt.n and qt.words[j + 1][:1].isupper())


def _head_run(qt: QuoteText, j: int, limit: int) -> int:
    """End of a run of head words from ``j``; "Industrie- und Handelskammer" is one."""
    while j < limit and _head_word(qt, j):
        j += 1
        if (
            qt.words[j - 1].endswith("-")
            and j + 1 < limit
            and qt.words[j] in ("und", "oder")
            and _head_word(qt, j + 1)
        ):
            j += 1
    return j


def _starts_sentence(qt: QuoteText, j: int) -> bool:
    k = j - 1
    while k >= 0 and not qt.words[k][:1].isalnum():
        if qt.words[k] in (":", ".", "!", "?") or qt.is_mark[k]:
            return True
        k -= 1
    return k < 0 or qt.unit[k] != qt.unit[j]


def _genitive_complement(qt: QuoteText, j: int, limit: int) -> int:
    """End of "der Polizei" / "des Innenministeriums" / "von Amnesty International"."""
    low = qt.words[j].lower()
    if low in GENITIVE_ARTICLES and qt.case(j) in (None, "Gen"):
        k = j + 1
    elif low in ("von", "vom") and qt.tags[j] == "ADP":
        k = j + 1
        if k < limit and qt.words[k].lower() in ARTICLES:
            k += 1
    else:
        return j
    while k < limit and _modifier(qt, k):
        k += 1
    stop = _head_run(qt, k, limit)
    if stop < limit and qt.is_mark[stop] and stop + 1 < qt.n and qt.quote_of[stop + 1] >= 0:
        close = qt.close_mark(qt.quote_of[stop + 1])
        if 0 <= close < limit:
            stop = close + 1
    return stop if stop > k else j


def _apposition(qt: QuoteText, j: int, limit: int) -> int:
    """ "…, Ulrich Fink" closing the clause: a name in apposition belongs to the phrase."""
    if j + 1 >= limit or qt.words[j] != ",":
        return j
    k = j + 1
    while k < limit and k - j <= 4 and _head_word(qt, k):
        k += 1
    if k == j + 1:
        return j
    if k >= limit or qt.is_break(k) or qt.words[k] in (".", "!", "?"):
        return k
    return j


def skip_to_subject(qt: QuoteText, j: int, limit: int) -> int:
    """From token ``j`` after a verb, skip adverbs, "sich", prepositional phrases and
    dative objects to where the subject may start; ``limit`` when none can."""
    while j < limit:
        word = qt.words[j]
        low = word.lower()
        tag = qt.tags[j]
        if qt.is_break(j) and not (qt.is_mark[j] and j + 1 < qt.n and qt.quote_of[j + 1] >= 0):
            return limit
        if low in SKIPPABLE or (tag in ("ADV", "PART") and word[:1].islower()):
            j += 1
        elif tag == "ADP" and low not in ("von", "vom"):
            j = _skip_phrase(qt, j + 1, limit)
        elif low in _DATIVE_ARTICLES or (tag == "DET" and qt.case(j) == "Dat" and low != "der"):
            j = _skip_phrase(qt, j, limit)
        else:
            return j
    return limit


def _skip_phrase(qt: QuoteText, j: int, limit: int) -> int:
    phrase = noun_phrase(qt, j, limit)
    if phrase is not None:
        return phrase.stop
    return j + 1 if j < limit and not qt.is_break(j) else j


def subject_after(qt: QuoteText, verb: int, limit: int) -> Phrase | None:
    """The subject after a finite verb ("…, sagte am Freitag der Minister"); an object
    "es" or "das" before it is skipped ("Ähnlich sieht es der Ökonom …")."""
    j = skip_to_subject(qt, verb + 1, limit)
    if j >= limit:
        return None
    phrase = noun_phrase(qt, j, limit)
    if phrase is not None and phrase.pronoun and qt.words[j].lower() in ("es", "das", "dies"):
        k = skip_to_subject(qt, phrase.stop, limit)
        following = noun_phrase(qt, k, limit) if k < limit else None
        if following is not None:
            return following
    return phrase


def subject_before(qt: QuoteText, verb: int, lo: int) -> Phrase | None:
    """The first constituent before a verb in second place, when it is a noun phrase
    ("Die Polizei teilte mit …"); None when it is an adverbial ("Am Freitag sagte …")."""
    j = lo
    while j < verb and (qt.words[j] in ("Und", "Doch", "Aber", "Auch", "►", "-", "–")):
        j += 1
    if j >= verb or (qt.tags[j] in ("ADP", "SCONJ", "ADV") and not qt.is_name[j]):
        return None
    phrase = noun_phrase(qt, j, verb)
    if phrase is None or (phrase.article in _DATIVE_ARTICLES):
        return None
    for k in range(phrase.stop, verb):
        if qt.is_finite(k):
            return None
    return phrase


def clause_subject(qt: QuoteText, verb: int, lo: int, hi: int) -> Phrase | None:
    """The subject of the finite verb at ``verb`` in the clause ``lo``..``hi``: the
    first constituent or the phrase after the verb, whichever agrees with the verb in
    number ("Betriebsbedingte Kündigungen schließt der Vorstand … aus"). A verb after
    a comma that shares the subject of the verb before it ("Verbände begrüßten die
    Pläne, wiesen aber darauf hin") takes that subject."""
    before = subject_before(qt, verb, lo)
    after = subject_after(qt, verb, hi)
    if before is None and after is None and verb > lo and qt.words[verb - 1] == ",":
        for k in range(lo, verb - 1):
            if qt.outside(k) and qt.is_finite(k):
                return clause_subject(qt, k, lo, verb - 1)
        return None
    if before is None or after is None:
        return before or after
    number = qt.number(verb)
    if (
        number is not None
        and not after.pronoun
        and _agrees(qt, after, number)
        and not _agrees(qt, before, number)
    ):
        return after
    return before


def _agrees(qt: QuoteText, phrase: Phrase, number: str) -> bool:
    found = qt.number(phrase.head)
    return found is None or found == number


def clause_start(qt: QuoteText, i: int) -> int:
    """First token of the clause of token ``i``: after a colon, semicolon or quotation
    mark before it, or the unit start."""
    lo, _ = qt.unit_range(i)
    j = i - 1
    while j >= lo:
        if qt.words[j] in (":", ";") or (qt.is_mark[j] and qt.quote_of[j] < 0):
            return j + 1
        j -= 1
    return lo


_SOURCE_PREPOSITIONS = frozenset(
    {"aus", "in", "im", "von", "vom", "bei", "beim", "seitens", "auf", "laut"}
)


def source_after(qt: QuoteText, j: int, hi: int) -> Phrase | None:
    """ "in einer Erklärung des Ministeriums", "aus dem Ministerium": the source."""
    while j < hi and not qt.is_break(j):
        if qt.words[j].lower() in _SOURCE_PREPOSITIONS:
            phrase = noun_phrase(qt, j + 1, hi)
            if phrase is None:
                return None
            return owner(qt, phrase)
        j += 1
    return None


def owner(qt: QuoteText, phrase: Phrase) -> Phrase:
    """Who stands behind a document or a statement: "einer Studie *der Bertelsmann-
    Stiftung*", "in einer Erklärung *des Ministeriums*"; else the phrase itself."""
    head = qt.words[phrase.head]
    if phrase.genitive is None or (head not in DOCUMENT_NOUNS and head not in SOURCE_NOUNS):
        return phrase
    a, b = phrase.genitive
    start = a + 1 if qt.words[a] in ("von", "vom") else a
    return noun_phrase(qt, start, b) or phrase


def said_after(qt: QuoteText, unit: int) -> Phrase | None:
    """ "„…“ Das sagte Trainer Hans Lorenz.": the next sentence names the speaker."""
    if unit + 1 >= len(qt.units):
        return None
    lo, hi = qt.units[unit + 1]
    if hi - lo < 3 or qt.words[lo] not in ("Das", "Dies", "So"):
        return None
    verb = lo + 1
    if not qt.is_finite(verb) or not is_say_verb(qt.lemmas[verb]):
        return None
    return subject_after(qt, verb, hi)
