"""Focus and time particles on word cards: the sense their place in the clause tells.

A handful of short adverbs carry most of a news text's hedging and timing ("etwa",
"erst", "gerade", "fast", "zuletzt", "inzwischen", "zugleich"). Ding lists their
senses in an order that suits none of their uses in particular ("fast: if anything;
almost", "erst: only just; only; at first", "gerade: just; just now"), and which
use a text makes is a matter of grammar, not of the word: a focus particle stands
right before the phrase it picks out, and what follows it tells the reading
(Duden-Grammatik, "Gradpartikeln"; Helbig, Lexikon deutscher Partikeln):

- "etwa" before a number or quantity is "about" ("etwa 300 Menschen"); before a
  preposition, an article or a noun it gives an example ("etwa durch kleinere
  Klassen", "etwa Zuschüsse für …"): "for example; for instance".
- "erst" before a time or a number is "only; not until" ("erst nach Beginn der
  Stunde", "erst spät", "erst seit Montag"); before "einmal"/"mal" or a verb that
  ends its clause it is "first" ("müssen erst angepasst werden").
- "gerade" before a noun phrase, a preposition or an adverb of time, and not after
  an article (the adjective "eine gerade Linie"), picks out what it stands before:
  "especially; particularly" ("gerade kleine Betriebe", "gerade im Winter") at the
  clause's start; after the finite verb it may be the time adverb ("sucht gerade nach
  dem Täter"): "just; especially". "nicht gerade": exactly.
- What lies beyond the clause's punctuation comes as marks from the lookups layer: "etwa"
  in a verb-first question is "by any chance", "erst …, wenn/als" is "only".
- "möglichst" before an adjective is "as … as possible", "insgesamt" before a number
  "in total", "immer" before a comparative "increasingly" ("immer wieder": again and
  again, "immer noch": still); a few sentence adverbs get their usual sense first
  ("lediglich": only, "sofort": immediately, "daher": therefore, "weitgehend": largely).
- "fast" is "almost; nearly" (Ding's "if anything" is the rarer "eher"), "zugleich"
  "at the same time", "inzwischen" "by now; now" (Ding's own first line), "zuletzt"
  "most recently" ("bis zuletzt": until the end, "nicht zuletzt": not least).
- "mal" away from numbers is the spoken "einmal", a modal particle ("nun mal", "erst
  mal", "Endlich tut sich mal was"): "just; once", not Ding's "times; by".

The rule is a closed list of particles (a closed class) with the grammar of what
follows them; every other word's list is left as it is. Pure functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.dictionary.model import Gloss, WordInfo, senses_first
from app.dictionary.schema import word_set
from app.grammar import is_numeral

_ABOUT = (Gloss("about"), Gloss("approximately"))
_EXAMPLE = (Gloss("for example"), Gloss("for instance"))
_ONLY = (Gloss("only"), Gloss("not until"))
_FIRST = (Gloss("first"), Gloss("at first"))
_ESPECIALLY = (Gloss("especially"), Gloss("particularly"))
_ALMOST = (Gloss("almost"), Gloss("nearly"))
_SAME_TIME = (Gloss("at the same time"), Gloss("simultaneously"))
_BY_NOW = (Gloss("by now"), Gloss("now"), Gloss("meanwhile"))
_RECENTLY = (Gloss("most recently"), Gloss("last"))
_TO_THE_END = (Gloss("until the end"), Gloss("to the last"))
_NOT_LEAST = (Gloss("not least"),)

#: Articles, determiners and quantifiers that open a noun phrase.
_DETERMINERS = word_set(
    """der die das den dem des ein eine einen einem einer eines diese dieser diesen diesem
    dieses jene jener jenen solche solcher solchen viele vielen manche manchen alle allen
    mein meine sein seine ihr ihre ihren unser unsere"""
)
#: Quantifiers among them, which "möglichst" grades ("möglichst viele").
_QUANTIFIERS = word_set("viele vielen alle allen")
#: Prepositions (and their contractions) that open the phrase a particle picks out.
_PREPOSITIONS = word_set(
    """in im ins an am ans auf aufs bei beim für durch mit nach von vom vor zu zum zur
    über unter während wegen gegen ohne um aus seit ab bis zwischen hinter neben"""
)
#: Adverbs and conjunctions of time after "erst" ("erst spät", "erst nachdem …").
_TIME_WORDS = word_set(
    """gestern heute morgen vorgestern übermorgen jetzt nun dann danach später spät
    kürzlich nachdem wenn als seit ab nach in im am um vor kurz bei beim mit ende
    anfang mitte nächste nächsten nächstes künftig allmählich zum zur"""
)
#: Adverbs of time a focus "gerade" picks out ("gerade nachts", "gerade heute").
_TIME_ADVERBS = word_set("nachts abends morgens mittags tagsüber heute damals dann")
#: Words that make "etwa" count ("etwa jeder dritte", "etwa doppelt so viele", "etwa die
#: Hälfte"); after "ein"/"die" only a measure noun counts.
_QUANTITIES = word_set(
    """jeder jede jedes jedem jeden doppelt dreimal zweimal halb gleich so genauso
    hälfte drittel viertel fünftel zehntel dutzend million millionen milliarde
    milliarden tausend hundert prozent"""
)
#: Forms of the auxiliaries and modal verbs that may follow a clause-final verb.
_VERB_TAIL = word_set(
    """werden wird wurde wurden würde würden worden sein ist sind war waren sei seien
    wäre wären haben hat hatte hatten habe hätte hätten können kann konnte könne
    könnten müssen muss musste müsse müssten sollen soll sollte sollten solle dürfen
    darf dürfe dürften wollen will wolle wollte lassen lässt"""
)
#: Sentence and degree adverbs whose usual sense in running text Ding lists after a
#: rarer one ("lediglich: just barely", "sofort: just", "daher: from there",
#: "weitgehend: much", "offenbar: manifestly", "jeweils: every").
_USUAL = {
    "lediglich": (Gloss("only"), Gloss("merely")),
    "sofort": (Gloss("immediately"), Gloss("at once")),
    "daher": (Gloss("therefore"), Gloss("hence")),
    "weitgehend": (Gloss("largely"), Gloss("to a large extent")),
    "offenbar": (Gloss("apparently"), Gloss("evidently")),
    "anschließend": (Gloss("afterwards"), Gloss("subsequently")),
    "jüngst": (Gloss("recently"), Gloss("lately")),
    "jeweils": (Gloss("each"), Gloss("in each case")),
}
_AS_POSSIBLE = (Gloss("as … as possible"), Gloss("if possible"))
_BY_ANY_CHANCE = (Gloss("by any chance"), Gloss("perhaps"))
_ONLY_JUST = (Gloss("only just"), Gloss("only"))
_ALL_THE_MORE = (Gloss("all the more"), Gloss("even more"))
_EXACTLY = (Gloss("exactly"), Gloss("particularly"))
#: "gerade" where it may be the time adverb or the focus particle ("baut gerade eine
#: Schule": just now; "trifft gerade die Ärmsten": especially): both, the adverb first
_JUST_OR_ESPECIALLY = (Gloss("just"), Gloss("especially"))
_MEANWHILE = (Gloss("meanwhile"), Gloss("by then"), Gloss("by now"))
#: Marks the lookups layer adds to the frame of "etwa" and "erst" (the clause the
#: lookup carries ends at punctuation, so it cannot see them): the sentence is a
#: question; the clause is followed by ", wenn/als/nachdem/…" ("erst …, wenn": only when).
QUESTION = "?¿"
TIME_CLAUSE_FOLLOWS = ",wenn"
#: The clause's finite verb is a past form by the card's own reading ("stiegen",
#: "kam"): strong verbs, which :func:`_past` cannot tell from their spelling.
PAST_CLAUSE = "<past"
MARKS = frozenset({QUESTION, TIME_CLAUSE_FOLLOWS, PAST_CLAUSE})
#: Subordinators of the clause that "erst …, wenn" points to (not "bevor": "Erst muss
#: der Rat zustimmen, bevor …" is "first").
TIME_SUBORDINATORS = frozenset({"wenn", "als", "nachdem", "sobald"})
#: Words that open a clause before its middle field ("dass gerade kleine Firmen …").
_CLAUSE_OPENERS = word_set(
    """dass daß weil wenn ob obwohl da damit nachdem als und aber oder denn sondern
    sowie wie"""
)
#: Forms of the past of "sein", "haben", "werden" (the lookup sends an auxiliary of a
#: participle with its own form as lemma).
_PAST_AUXILIARIES = word_set("war waren warst hatte hatten hattest wurde wurden")
#: Positions of time and measure words that make "etwa" count ("etwa Mitte Mai", "etwa
#: zur gleichen Zeit", "etwa in der Mitte", "etwa um das Doppelte").
_ROUGH_WORDS = word_set(
    """mitte anfang ende beginn gleichen gleiche selben selbe hälfte doppelte
    dreifache vierfache zehnfache"""
)
#: Words after "möglichst" that are no adjective ("möglichst keine Lkw", "möglichst noch
#: heuer"): there it is "ideally; if possible", Ding's order.
_NOT_ADJECTIVES = word_set(
    """kein keine keinen keinem keiner keines noch schon nicht auch nur zu heute
    morgen jetzt sofort und oder wenn sie er es man wir"""
)
_IN_TOTAL = (Gloss("in total"), Gloss("altogether"))
_INCREASINGLY = (Gloss("increasingly"), Gloss("more and more"))
_AGAIN_AND_AGAIN = (Gloss("again and again"), Gloss("repeatedly"))
_STILL = (Gloss("still"),)
#: Comparatives that do not end in -er ("immer mehr", "immer weniger").
_COMPARATIVES = word_set("mehr weniger besser öfter lieber eher")
_PARTICLES = word_set(
    "etwa erst gerade fast zugleich inzwischen zuletzt möglichst insgesamt immer wohl mal"
)
#: "mal" outside a multiplication or a measure ("3 mal 4 Meter": times, by) is the
#: spoken "einmal", the modal particle of "nun mal", "erst mal", "Komm mal her".
_JUST_ONCE = (Gloss("just"), Gloss("once"))
#: Words around "mal" that make it the multiplication sign ("x mal y", "drei mal drei").
_FACTORS = word_set("x zig")
#: Words of a count before "mal" written small: the noun Mal, "times" ("ein paar mal").
_COUNTS = word_set("paar etliche etlichen viele vielen manches jedes einige mehrere")
_TIMES = (Gloss("times"),)
#: "mal … mal …" in one sentence: the correlative "now … now", "sometimes … sometimes".
_SOMETIMES = (Gloss("sometimes"), Gloss("now … now"))
_PROBABLY = (Gloss("probably"), Gloss("presumably"))
#: Where "wohl" is not the news hedge "probably": "sich wohl fühlen" (well), "sehr wohl"
#: (indeed), "wohl aber" (but), "wohl oder übel" (like it or not).
_WOHL_NOT_HEDGE_BEFORE = word_set("sehr")
_WOHL_NOT_HEDGE_AFTER = word_set("aber oder")


def particle_first(
    info: WordInfo,
    sentence: Sequence[tuple[str, str, bool]],
    position: int,
    limit: int,
    marks: frozenset[str] = frozenset(),
) -> WordInfo:
    """``info`` of one of the particles above with the senses its place in the clause
    (``sentence``, the lookup's clause of (form, lemma, is a noun)) asks for first;
    else ``info`` unchanged. ``marks`` are the lookups layer's :data:`MARKS` for what
    lies outside the clause (a question, a following "wenn" clause)."""
    word = info.word.lower()
    if (word not in _PARTICLES and word not in _USUAL) or not 0 <= position < len(sentence):
        return info
    if sentence[position][0] != word:
        return info
    if word == "wohl" and (info.pos or "").upper() in ("NOUN", "PROPN"):
        return info  # "das Wohl der Kinder": the well-being
    first = _reading(word, sentence, position, marks)
    return senses_first(info, first, limit) if first else info


def split_marks(frame: str) -> tuple[str, frozenset[str]]:
    """A lookup's verb frame without the :data:`MARKS`, and the marks it had."""
    words = frame.split()
    if not any(w in MARKS for w in words):
        return frame, frozenset()
    rest = " ".join(w for w in words if w not in MARKS)
    return rest, frozenset(w for w in words if w in MARKS)


def _reading(
    word: str,
    sentence: Sequence[tuple[str, str, bool]],
    position: int,
    marks: frozenset[str] = frozenset(),
) -> tuple[Gloss, ...]:
    after = sentence[position + 1 :]
    following, next_noun = (after[0][0], after[0][2]) if after else ("", False)
    before = sentence[position - 1][0] if position > 0 else ""
    if word == "etwa":
        if before == "in":  # "in etwa": roughly
            return _ABOUT
        if _quantity(after) or any(w[0] in _ROUGH_WORDS for w in after[:3]):
            return _ABOUT
        if QUESTION in marks and before != "wie" and _finite_verb(sentence[:1]):
            # a yes/no question, its finite verb first (not "Was tun, wenn etwa …?")
            return _BY_ANY_CHANCE  # "Gibt es etwa keine Lösung?"
        if before == "nicht":  # "nicht etwa die Regierung, sondern …"
            return ()
        if following in _PREPOSITIONS or following in ("der", "die", "das", "dem", "den"):
            return _EXAMPLE if not _quantity(after[1:]) else ()
        return _EXAMPLE if next_noun else ()
    if word == "erst":
        if following == "recht":  # "jetzt erst recht"
            return _ALL_THE_MORE
        if before in ("gerade", "eben"):  # "hat gerade erst begonnen"
            return _ONLY_JUST
        if following in ("einmal", "mal"):
            return _FIRST
        if following in _TIME_WORDS or (following and is_numeral(following)):
            return _ONLY
        if TIME_CLAUSE_FOLLOWS in marks:  # "können erst beginnen, wenn …"
            return _ONLY
        if position == 0 and _finite_verb(after):  # "Erst muss der Rat zustimmen"
            return _FIRST
        if _ends_with_verb(after):
            return _FIRST
        return ()
    if word == "gerade":
        if before in _DETERMINERS or not following:
            return ()  # "eine gerade Linie": the adjective, straight
        if before == "nicht":  # "nicht gerade billig": not exactly
            return _EXACTLY
        if following in _TIME_ADVERBS:  # "gerade nachts"
            return _ESPECIALLY
        if following.startswith("ein"):
            # "gerade ein Drittel", "weil gerade ein Zug kam": just; "Gerade ein kleines
            # Land …": especially
            return _JUST_OR_ESPECIALLY
        # before the clause's middle field ("Gerade im Winter …", "dass gerade kleine
        # Firmen …") the focus particle; after the finite verb also the time adverb
        # ("sucht gerade nach dem Täter", "hat gerade Urlaub"): both, "just" first
        focus = _ESPECIALLY if position == 0 or before in _CLAUSE_OPENERS else _JUST_OR_ESPECIALLY
        if next_noun or following in _PREPOSITIONS or following in _DETERMINERS:
            return focus
        # an inflected adjective before its noun: "gerade kleine Betriebe"
        if len(after) > 1 and after[1][2] and following.endswith(("e", "en", "er", "es", "em")):
            return focus
        return ()
    if word in _USUAL:
        if position == len(sentence) - 1 and _clause_verb(word, sentence):
            return ()  # "Das kommt daher, dass …": from that; "Es wurde offenbar": evident
        return _USUAL[word]
    if word == "möglichst":  # "möglichst viele", "möglichst schnell"
        article = following in _DETERMINERS and following not in _QUANTIFIERS
        article = article or following in _NOT_ADJECTIVES or following in _PREPOSITIONS
        verb = after[0][1] != following and after[0][1].endswith(("en", "ern", "eln"))
        verb = verb and not (len(after) > 1 and after[1][2])  # "möglichst erfahrene Leute"
        return _AS_POSSIBLE if following and not (next_noun or article or verb) else ()
    if word == "insgesamt":  # "insgesamt elf Fahrzeuge"
        return _IN_TOTAL if _quantity(after) else ()
    if word == "immer":
        if following == "wieder":
            return _AGAIN_AND_AGAIN
        if following == "noch" or before == "noch":  # "immer noch", "noch immer"
            return _STILL
        if following in _COMPARATIVES or _comparative(after):
            return _INCREASINGLY  # "immer teurer", "immer mehr Menschen"
        return ()
    if word == "fast":
        return _ALMOST
    if word == "mal":  # "nun mal", "erst mal", "ist auch mal gut": just, once
        factors = (before, following)
        if any(w in _FACTORS or (w and (is_numeral(w) or w[0].isdigit())) for w in factors):
            return ()  # "2 mal 3": times
        if before.lower() in _COUNTS:
            return _TIMES  # "ein paar mal", "etliche mal": the noun Mal written small
        opens = position == 0 and after and after[0][0] != after[0][1] and _finite_verb(after)
        if opens or sum(form.lower() == "mal" for form, _lemma, _noun in sentence) > 1:
            # "Mal regnet es, mal scheint die Sonne", "mal so und mal so": a clause
            # opened by "mal" before its finite verb is one half of "mal … mal"
            return _SOMETIMES
        return _JUST_ONCE
    if word == "zugleich":
        return _SAME_TIME
    if word == "wohl":  # "von der wohl am ehesten Trump profitieren würde": probably
        if before in _WOHL_NOT_HEDGE_BEFORE or following in _WOHL_NOT_HEDGE_AFTER:
            return ()
        if position == len(sentence) - 1 or any(
            lemma == "fühlen" or form.startswith("fühl") for form, lemma, _noun in sentence
        ):
            return ()  # the clause's stressed last word, "fühlt sich wohl": well
        return _PROBABLY
    if word == "inzwischen":  # in a past narrative: meanwhile, by then
        return _MEANWHILE if PAST_CLAUSE in marks or _past(sentence) else _BY_NOW
    if word == "zuletzt":
        if before == "bis":
            return _TO_THE_END
        if before == "nicht":
            return _NOT_LEAST
        return _RECENTLY
    return ()


def _comparative(after: Sequence[tuple[str, str, bool]]) -> bool:
    """Whether the first word ``after`` is an adjective's comparative: a form in -er with
    or without an ending whose lemma is shorter ("teurer" of "teuer", "größeren" of
    "groß"); not a positive whose ending is -er before its noun ("neuer Verbote") or
    whose stem ends in -er ("leere", "sichere")."""
    if not after or after[0][2]:
        return False
    form, lemma, _noun = after[0]
    stem = form
    for ending in ("en", "em", "es", "e"):
        if stem.endswith("er" + ending):
            stem = stem[: -len(ending)]
            break
    if stem == form and len(after) > 1 and after[1][2]:
        return False  # "statt immer neuer Verbote": the positive's ending, before a noun
    # "immer leere Regale", "immer andere": the stem is the positive itself
    return stem.endswith("er") and not lemma.startswith(stem) and lemma != form and len(lemma) > 2


def _quantity(after: Sequence[tuple[str, str, bool]]) -> bool:
    """Whether the words ``after`` a particle open with a number or a quantity
    ("etwa 300", "etwa jeder dritte", "etwa die Hälfte", "etwa ein Drittel")."""
    if not after:
        return False
    first = after[0][0]
    if first in _QUANTITIES or (first != "ein" and is_numeral(first)):
        return True
    if first in ("ein", "eine", "einem", "einen", "die", "der", "den") and len(after) > 1:
        return after[1][0] in _QUANTITIES
    return False


def _ends_with_verb(after: Sequence[tuple[str, str, bool]]) -> bool:
    """Whether the words ``after`` "erst" are one verb form and then only auxiliaries
    or modal verbs up to the clause's end ("erst angepasst werden", "erst prüfen"): the
    verb is an infinitive, or a participle before "werden"/"sein" (a "noch" before it is
    passed over)."""
    words = [w for w in after if any(ch.isalnum() for ch in w[0])]
    if words and words[0][0] == "noch":  # "muss erst noch zustimmen"
        words = words[1:]
    if not words:
        return False
    form, lemma, noun = words[0]
    if noun or form in _TIME_WORDS or not lemma.endswith("n"):
        return False
    rest = words[1:]
    if rest and not all(w[0] in _VERB_TAIL for w in rest):
        return False
    if form != lemma:
        # a participle: "first" in a modal's passive ("erst angepasst werden"); in a
        # perfect it is "only just" ("hat erst begonnen"), in a past passive often "only"
        # ("wurde erst bemerkt, als …"): Ding's order
        return bool(rest) and rest[0][0] in ("werden", "sein")
    # an infinitive before an auxiliary, or one that ends the clause ("wollen erst abwarten")
    return bool(rest) or (len(form) > 4 and form.endswith(("en", "ern", "eln")))


def _finite_verb(after: Sequence[tuple[str, str, bool]]) -> bool:
    """Whether the first word ``after`` a clause-initial particle is a finite verb
    ("Erst muss …", "Erst kam …", "Zahlen die Mieter …"): no noun, its lemma an
    infinitive, or an auxiliary sent with its own form; not an article, preposition or
    inflected adjective ("Erst einen Tag später", "Erst einzelne Orte")."""
    if not after:
        return False
    form, lemma, noun = after[0]
    if form in _VERB_TAIL or form in _PAST_AUXILIARIES:
        return True  # also when the tagger reads a capitalised "Wollen" as a noun
    if noun:
        return False
    if form in _DETERMINERS or form in _PREPOSITIONS or form in _TIME_WORDS:
        return False
    if lemma != form and form.startswith(lemma):
        return False  # an inflected adjective of a lemma in -n ("Erst einzelne Orte")
    return lemma.endswith(("en", "ern", "eln")) and len(form) > 2


def _past(sentence: Sequence[tuple[str, str, bool]]) -> bool:
    """Whether the clause is told in the past: a past form of "sein", "haben",
    "werden", or a weak verb's past in -te(n) ("stellte" of "stellen")."""
    for form, lemma, noun in sentence:
        if noun:
            continue
        if form in _PAST_AUXILIARIES:
            return True
        stem = lemma[:-2] if lemma.endswith("en") else ""
        if stem and form in (stem + "te", stem + "ten", stem + "ete", stem + "eten"):
            return True
    return False


#: Verbs with which "daher" and "offenbar" at the clause's end are no sentence adverbs
#: ("Das kommt daher, dass …", "kam langsam daher"; "Es wurde offenbar, dass …").
_CLAUSE_END_VERBS = {
    "daher": ("kommen",),
    "offenbar": ("werden", "sein", "wurde", "wird", "ist", "war"),
}


def _clause_verb(word: str, sentence: Sequence[tuple[str, str, bool]]) -> bool:
    """Whether the clause of ``word``, which ends it, has one of its
    :data:`_CLAUSE_END_VERBS` (not "Die Kassen fordern daher, dass …": therefore)."""
    verbs = _CLAUSE_END_VERBS.get(word, ())
    return any(lemma.endswith(verbs) or form in verbs for form, lemma, _noun in sentence)
