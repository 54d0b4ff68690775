"""How Ding's own compounds translate a German head: "speicher" -> "storage".

``resources/dictionary/compound_heads.tsv`` (written by
:mod:`app.dictionary.build.compound_heads` from the database) gives, for a German
compound head, the English word most of Ding's compounds with that head end in
("Wärmespeicher: heat storage", "Energiespeicher: energy storage", "Datenspeicher:
data storage"; "wasserabweisend: water-repellent"). :func:`compound_sense` puts the
head's own gloss with that word first when the head is the last part of a compound
Ding lacks, so that "Batteriespeicher" reads "battery + storage" and not "battery +
warehouse" (the first sense of "Speicher" alone). A fourth column weights each
compound by its news frequency (wordfreq); :func:`noun_votes` reads it to rank the
noun's own glosses ("Anteile: shares" before "contents").
``compound_modifiers.tsv`` is the same for the first part: how Ding's compounds
beginning with a German word start in English ("Kreisstadt: county town",
"Zollbehörde: customs authority"); :func:`modifier_sense` puts that gloss of the
modifier first ("Kreisklinik: county + hospital", not "circle + hospital"). Read
once, lazily; no Qt.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable

from app.core.paths import resources_dir
from app.dictionary.english import NOTES

TABLE_NAME = "compound_heads.tsv"
#: The same for modifiers: how Ding's compounds beginning with a German word start in
#: English ("Kreistag: district council", "Kreisstadt: county town").
MODIFIER_TABLE_NAME = "compound_modifiers.tsv"
#: First parts no headword of Ding's is ("sonder" in "Sonderangebot") and the English
#: word Ding's compounds beginning with them start with ("special").
BOUND_TABLE_NAME = "compound_bound.tsv"
#: Ding's compounds of heads with two English words, and the heads each modifier
#: combines with (:func:`neighbour_sense`).
NEIGHBOUR_TABLE_NAME = "compound_neighbours.tsv"
_WORD = re.compile(r"^[^\W\d_]+$")
_PLACEHOLDERS = frozenset({"sth", "sb", "sb's", "one's", "oneself", "etc"})
#: Words before an English compound's modifier ("to", "a", "the").
_LEADING = frozenset({"to", "a", "an", "the"})

#: The head's own first gloss stays first when Ding's compounds use its word at least
#: this share as often as their most used word ("Verein": "association" 12, "club" 16).
KEEP_SHARE = 0.5

#: A noun's own glosses (:func:`noun_votes`): only a head with at least
#: :data:`MIN_VOTE_COMPOUNDS` compounds votes, with full weight from
#: :data:`FULL_VOTE_COMPOUNDS` on.
MIN_VOTE_COMPOUNDS = 10
FULL_VOTE_COMPOUNDS = 20

#: A modifier's gloss comes first (:func:`modifier_sense`) when it has at least this
#: share of the news weight of Ding's compounds beginning with the modifier, and at
#: least :data:`MODIFIER_MARGIN` times the share of the modifier's own first gloss.
MODIFIER_MIN_SHARE = 0.4
MODIFIER_MARGIN = 2.0
#: Only a modifier with at least this many compounds in the table votes, or this many
#: that all use one word.
MODIFIER_MIN_COMPOUNDS = 5
MODIFIER_UNANIMOUS_COMPOUNDS = 3


class _Table:
    """One table read from ``resources/dictionary``: German part -> English words."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.words: dict[str, list[tuple[str, int]]] = {}
        self.totals: dict[str, int] = {}
        self.news: dict[str, dict[str, float]] = {}  # part -> word -> share of news weight
        self.loaded = False


#: :func:`neighbour_sense`: the modifiers like the compound's give a word at least this
#: mean similarity and this many times the mean of the word the head shows otherwise,
#: from at least :data:`NEIGHBOUR_MIN_SUM` summed similarity.
NEIGHBOUR_MARGIN = 2.0
#: ... or this many times, when the word's compounds are at least :data:`NEIGHBOUR_BALANCE`
#: times as many as those of the word shown (a head Ding's compounds read two ways).
NEIGHBOUR_BALANCED_MARGIN = 1.5
NEIGHBOUR_BALANCE = 0.5
NEIGHBOUR_MIN_SUM = 0.2
#: Only a word at least this many of the head's compounds use can win.
NEIGHBOUR_MIN_COMPOUNDS = 5
#: Added to each word's number of compounds before taking the mean.
NEIGHBOUR_SMOOTHING = 2

_heads = _Table(TABLE_NAME)
_modifiers = _Table(MODIFIER_TABLE_NAME)
_bound = _Table(BOUND_TABLE_NAME)
_lock = threading.Lock()


def english_head(gloss: str) -> str | None:
    """The last English word of a gloss, lower case ("heat storage" -> "storage")."""
    words = _english_words(gloss)
    if not words or not _WORD.match(words[-1]):
        return None
    return words[-1]


def english_modifiers(gloss: str) -> set[str]:
    """The words that may translate a compound's modifier in its English gloss: the
    first word ("district council" -> "district"; "water-repellent" -> "water") and
    the word after the last "of" ("start of trial" -> "trial"), lower case."""
    words = [w for w in _english_words(gloss) if w not in _LEADING]
    out = {words[0]} if len(words) > 1 else set()
    if "of" in words[1:-1]:
        after = len(words) - words[::-1].index("of")
        out.update(words[after : after + 1])
    return {w for w in out if _WORD.match(w) and w != "of"}


def _english_words(gloss: str) -> list[str]:
    words = [w.strip(".,;:!?'\"’").lower() for w in re.split(r"[\s\-/]+", NOTES.sub(" ", gloss))]
    return [w for w in words if w and w not in _PLACEHOLDERS]


def _load(table: _Table | None = None) -> dict[str, list[tuple[str, int]]]:
    table = table or _heads
    if not table.loaded:
        with _lock:
            if not table.loaded:
                try:
                    text = (resources_dir() / "dictionary" / table.name).read_text("utf-8")
                except OSError:
                    text = ""  # no table: parts keep their own first sense
                for line in text.splitlines():
                    fields = line.split("\t")
                    if len(fields) < 3 or line.startswith("#"):
                        continue
                    pairs = [item.rpartition(":") for item in fields[2].split()]
                    table.words[fields[0]] = [(w, int(n)) for w, _, n in pairs if n.isdigit()]
                    table.totals[fields[0]] = int(fields[1]) if fields[1].isdigit() else 0
                    shares = (
                        [item.rpartition(":") for item in fields[3].split()]
                        if len(fields) > 3
                        else []
                    )
                    table.news[fields[0]] = {w: float(v) for w, _, v in shares if v}
                table.loaded = True
    return table.words


def head_words(head: str) -> list[tuple[str, int]]:
    """The English words Ding's compounds use for the German head (any case), with how
    many compounds use each, most used first; [] when the table has no such head."""
    return _load().get(head.lower(), [])


def noun_votes(noun: str) -> dict[str, float]:
    """English word -> the weight (0 to 1) Ding's compounds with ``noun`` as their head
    give it as a sense of the noun itself: the share of the compounds' news frequency
    that uses the word, scaled down for a head with fewer than
    :data:`FULL_VOTE_COMPOUNDS` compounds; {} below :data:`MIN_VOTE_COMPOUNDS`
    ("anteil": share 0.80; "verein": club 0.82, association 0.38). How Ding
    translates a noun as the head of many compounds is its usual sense
    ("Marktanteil": market share; "Sportverein": sports club)."""
    key = noun.lower()
    _load()
    total = _heads.totals.get(key, 0)
    if total < MIN_VOTE_COMPOUNDS:
        return {}
    scale = min(1.0, total / FULL_VOTE_COMPOUNDS)
    return {word: scale * share for word, share in _heads.news.get(key, {}).items()}


def vote_of(votes: dict[str, float], gloss: str) -> float:
    """The weight of ``gloss`` in :func:`noun_votes` by its last English word, also
    for a plural gloss of a plural form ("areas" -> "area", "subsidies" -> "subsidy")."""
    word = english_head(gloss)
    if not votes or not word:
        return 0.0
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return max(votes.get(form, 0.0) for form in forms)


def compound_sense(head: str, glosses: list[str]) -> int | None:
    """The index of the gloss of ``head`` to show first in a compound, or None to keep
    the order: the head's first gloss stays when Ding's compounds use its word often
    enough (:data:`KEEP_SHARE` of the most used); otherwise the gloss that is the most
    used word itself ("storage"), else the shortest gloss ending in it, else the same
    for the next word used that often ("memory")."""
    words = head_words(head)
    if not words or not glosses:
        return None
    uses = dict(words)
    ends = [english_head(g) for g in glosses]
    if uses.get(ends[0] or "", 0) >= KEEP_SHARE * words[0][1] or _news_leader(head, ends[0]):
        # the word stays; a shorter gloss ending in it is its plain sense, the
        # first one a specialised one ("Proben": "sample", not "commercial sample")
        same = [i for i, end in enumerate(ends) if end == ends[0]]
        shortest = min(same, key=lambda i: len(glosses[i].split()))
        return shortest if len(glosses[shortest].split()) < len(glosses[0].split()) else None
    for word, used in words:
        if used < KEEP_SHARE * words[0][1]:
            break
        matching = [i for i, end in enumerate(ends) if end == word]
        if matching:
            return min(matching, key=lambda i: len(glosses[i].split()))
    return None


def _news_leader(head: str, word: str | None) -> bool:
    """Is ``word`` the word the news-weighted compounds with ``head`` use most
    (:data:`KEEP_SHARE` of them at least)? Ding's many technical compounds of a head
    outnumber the few common ones ("Wolken-, Eis-, Schaumbildung: formation"), but the
    common ones are read ("Schul-, Weiterbildung: education"): the head's own first
    gloss with that word stays."""
    shares = _heads.news.get(head.lower()) if word else None
    if not shares:
        return False
    best, share = max(shares.items(), key=lambda item: item[1])
    return best == word and share >= KEEP_SHARE


def votes_for_modifier(modifier: str) -> bool:
    """Do enough of Ding's compounds begin with ``modifier`` for
    :func:`modifier_sense` to choose its gloss?"""
    _load(_modifiers)
    key = modifier.lower()
    total = _modifiers.totals.get(key, 0)
    if total >= MODIFIER_MIN_COMPOUNDS:
        return True
    # fewer compounds that all say one word ("Fan": fan club, fan magazine, fan mile)
    words = _modifiers.words.get(key, [])
    return total >= MODIFIER_UNANIMOUS_COMPOUNDS and bool(words) and words[0][1] == total


def modifier_sense(modifier: str, glosses: list[str]) -> int | None:
    """The index of the gloss of ``modifier`` to show first in a compound Ding lacks,
    or None to keep the order: the gloss whose last word Ding's compounds beginning
    with the modifier use for it, by their news frequency, when that word clearly wins
    (:data:`MODIFIER_MIN_SHARE`, :data:`MODIFIER_MARGIN` times the share of the first
    gloss's word; :data:`MODIFIER_MIN_COMPOUNDS`): "Kreis|klinik" -> "county"
    ("Kreisstadt: county town"), not "circle"; "Zoll|streit" -> "customs", not "inch".
    The shortest such gloss, also when the first gloss ends in the word already."""
    shares = _modifiers.news.get(modifier.lower()) if votes_for_modifier(modifier) else None
    if not shares or not glosses:
        return None
    word, share = max(shares.items(), key=lambda item: item[1])
    if share < MODIFIER_MIN_SHARE or sum(v == share for v in shares.values()) > 1:
        return None  # (a tie is no winner: "Gespräch": conversation 0.4, interview 0.4)
    first = english_head(glosses[0])
    if first != word and share < MODIFIER_MARGIN * shares.get(first or "", 0.0):
        return None
    matching = [i for i, gloss in enumerate(glosses) if english_head(gloss) == word]
    # the shortest, also when the first gloss is the word already: "Info|veranstaltung"
    # reads "information", not "piece of information"
    best = min(matching, key=lambda i: len(glosses[i].split())) if matching else 0
    return best or None


def bound_sense(part: str) -> str | None:
    """The English word of a bound first part as written ("Sonder" in "Sonderprüfung":
    "special"; "Mindest": "minimum"; the word "Haupt" in compounds: "main"), the word
    most of Ding's compounds beginning with it start with, or None."""
    words = _load(_bound).get(part.lower())
    return words[0][0].replace("_", " ") if words else None


def bound_words(part: str) -> frozenset[str]:
    """Every English word the bound-part table lists for ``part`` (lower case)."""
    return frozenset(w.replace("_", " ") for w, _ in _load(_bound).get(part.lower(), ()))


class _Neighbours:
    def __init__(self) -> None:
        self.pairs: dict[str, list[tuple[str, str]]] = {}
        self.combines: dict[str, frozenset[str]] = {}
        self.loaded = False


_neighbours = _Neighbours()


def _load_neighbours() -> _Neighbours:
    if not _neighbours.loaded:
        with _lock:
            if not _neighbours.loaded:
                try:
                    path = resources_dir() / "dictionary" / NEIGHBOUR_TABLE_NAME
                    text = path.read_text("utf-8")
                except OSError:
                    text = ""
                # one object per head word and per set of heads: the modifiers that
                # borrow their Ding lines' heads share many ("Klinik", "Spital")
                words: dict[str, str] = {}
                sets: dict[str, frozenset[str]] = {}
                for line in text.splitlines():
                    fields = line.split("\t")
                    if len(fields) != 3 or line.startswith("#"):
                        continue
                    if fields[0] == "h":
                        items = [item.rpartition(":") for item in fields[2].split()]
                        _neighbours.pairs[fields[1]] = [(m, w) for m, _, w in items]
                    elif fields[0] == "m":
                        found = sets.get(fields[2])
                        if found is None:
                            found = frozenset(words.setdefault(h, h) for h in fields[2].split())
                            sets[fields[2]] = found
                        _neighbours.combines[fields[1]] = found
                _neighbours.loaded = True
    return _neighbours


def _similarity(one: frozenset[str], other: frozenset[str]) -> float:
    """The cosine of two modifiers' sets of heads."""
    if not one or not other:
        return 0.0
    return len(one & other) / math.sqrt(len(one) * len(other))


def neighbour_word(modifier: str, head: str, shown: str | None) -> str | None:
    """The English word for ``head`` in a compound Ding lacks, chosen by Ding's
    compounds of the same head whose modifiers combine with the same heads as
    ``modifier`` (a modifier's class, read off Ding's compounds: "Schule", "Museum",
    "Partei" combine with -direktor, -verwaltung ... and their "-leitung" compounds say
    "management"; "Gas", "Abwasser" combine with -rohr, -druck ... and say "line"),
    or None to keep ``shown``: a word whose compounds' modifiers are on average
    :data:`NEIGHBOUR_MARGIN` times as similar as those of ``shown``'s word."""
    table = _load_neighbours()
    items = table.pairs.get(head.lower())
    own = table.combines.get(modifier.lower())
    if not items or not own:
        return None
    sums: dict[str, float] = {}
    counts: dict[str, int] = {}
    for other, word in items:
        if other == modifier.lower():
            continue
        sums[word] = sums.get(word, 0.0) + _similarity(own, table.combines.get(other, frozenset()))
        counts[word] = counts.get(word, 0) + 1
    if not sums:
        return None
    # smoothed: a word of one compound ("wire") is no class of its own
    means = {word: sums[word] / (counts[word] + NEIGHBOUR_SMOOTHING) for word in sums}
    candidates = [w for w in means if counts[w] >= NEIGHBOUR_MIN_COMPOUNDS]
    if not candidates:
        return None
    best = max(candidates, key=lambda w: (means[w], w))
    if best == shown or sums[best] < NEIGHBOUR_MIN_SUM:
        return None
    if shown in means:
        # a head whose compounds use both words about as often ("-leitung": line 26,
        # management 19) is ambiguous in itself, and a smaller lead decides
        balanced = counts[best] >= NEIGHBOUR_BALANCE * counts[shown]
        margin = NEIGHBOUR_BALANCED_MARGIN if balanced else NEIGHBOUR_MARGIN
        if means[best] < margin * means[shown]:
            return None
    return best


def neighbour_sense(modifier: str, head: str, glosses: list[str], shown: str) -> int | None:
    """The index of the shortest gloss of ``head`` ending in :func:`neighbour_word`
    for the word of ``shown`` (the gloss the compound shows now), or None to keep it."""
    word = neighbour_word(modifier, head, english_head(shown))
    matching = [i for i, gloss in enumerate(glosses) if word and english_head(gloss) == word]
    return min(matching, key=lambda i: len(glosses[i].split())) if matching else None


#: Common nouns that name a place in general ("Landkreis", "Stadtbezirk", "Stadthalle"):
#: Ding's compounds of a head with them translate the head as a place's name before it
#: does (:func:`place_word`).
PLACE_NOUNS = frozenset({"land", "stadt", "gemeinde", "ort", "region"})


def combines(modifier: str) -> frozenset[str]:
    """The heads (lower case) ``modifier`` combines with in Ding's one-word headwords
    (those of its Ding lines' other headwords too, when it has few of its own)."""
    return _load_neighbours().combines.get(modifier.lower(), frozenset())


#: A modifier Ding's one-word compounds combine with this many heads is a productive
#: common noun ("Regen": Regenjacke, Regenschirm ...; "Sieg", "Kur", "Mulde"), not a name.
COMMON_MODIFIER_HEADS = 10
#: Heads naming buildings and places (lower case) that a common noun of places combines
#: with ("Kurhaus", "Kurort", "Kurpark").
BUILDING_HEADS = frozenset(
    {"haus", "hotel", "ort", "park", "saal", "stadt", "zentrum", "anstalt", "heim", "platz"}
)


def before_places(modifier: str, kinds: frozenset[str] = frozenset()) -> bool:
    """Does ``modifier`` combine in Ding's compounds with a head naming a building or
    place (:data:`BUILDING_HEADS`, or ``kinds``, lower case: "Kurhaus", "Kurort")?"""
    return bool(combines(modifier) & (BUILDING_HEADS | kinds))


def common_modifier(modifier: str, kinds: frozenset[str] = frozenset()) -> bool:
    """Is ``modifier`` a common noun by Ding's compounds: it combines with
    :data:`COMMON_MODIFIER_HEADS` heads or more, or it is :func:`before_places`? Then an
    unlisted compound of it before a kind of named place is that noun's ("Kurhalle",
    "Regenkanal": Kurhallen, Regenkanäle), not one place's named by a river (Kura, Regen);
    a name forms few compounds ("Harz": Harzkäse, Harzklee)."""
    return len(combines(modifier)) >= COMMON_MODIFIER_HEADS or before_places(modifier, kinds)


def place_word(head: str, is_place: Callable[[str], bool]) -> str | None:
    """The English word for ``head`` after a place's name ("Harz|kreis"), from Ding's
    compounds of the head whose modifier is a place (``is_place``, given the modifier
    capitalised: "Panamakanal: Panama Canal") or a general noun of places
    (:data:`PLACE_NOUNS`: "Landkreis: district", "Stadtbezirk: district"): the word most
    of them use, when it leads by one compound at least; else None."""
    items = _load_neighbours().pairs.get(head.lower())
    if not items:
        return None
    counts: dict[str, int] = {}
    for modifier, word in items:
        if modifier in PLACE_NOUNS or is_place(modifier[:1].upper() + modifier[1:]):
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


def warm() -> None:
    """Read the tables now (off the UI thread)."""
    _load()
    _load_neighbours()
    _load(_modifiers)
    _load(_bound)
