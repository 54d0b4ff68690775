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
noun's own glosses ("Anteile: shares" before "contents"). Read once, lazily; no Qt.
"""

from __future__ import annotations

import re
import threading

from app.core.paths import resources_dir

TABLE_NAME = "compound_heads.tsv"
_WORD = re.compile(r"^[^\W\d_]+$")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}")
_PLACEHOLDERS = frozenset({"sth", "sb", "sb's", "one's", "oneself", "etc"})

#: The head's own first gloss stays first when Ding's compounds use its word at least
#: this share as often as their most used word ("Verein": "association" 12, "club" 16).
KEEP_SHARE = 0.5

#: A noun's own glosses (:func:`noun_votes`): only a head with at least
#: :data:`MIN_VOTE_COMPOUNDS` compounds votes, with full weight from
#: :data:`FULL_VOTE_COMPOUNDS` on.
MIN_VOTE_COMPOUNDS = 10
FULL_VOTE_COMPOUNDS = 20

_table: dict[str, list[tuple[str, int]]] | None = None
_totals: dict[str, int] = {}
_news: dict[str, dict[str, float]] = {}  # head -> word -> share of the news weight
_lock = threading.Lock()


def english_head(gloss: str) -> str | None:
    """The last English word of a gloss, lower case ("heat storage" -> "storage")."""
    words = [w.strip(".,;:!?'\"’").lower() for w in re.split(r"[\s\-/]+", _PARENS.sub(" ", gloss))]
    words = [w for w in words if w and w not in _PLACEHOLDERS]
    if not words or not _WORD.match(words[-1]):
        return None
    return words[-1]


def _load() -> dict[str, list[tuple[str, int]]]:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                table: dict[str, list[tuple[str, int]]] = {}
                try:
                    text = (resources_dir() / "dictionary" / TABLE_NAME).read_text("utf-8")
                except OSError:
                    text = ""  # no table: heads keep their own first sense
                for line in text.splitlines():
                    fields = line.split("\t")
                    if len(fields) < 3 or line.startswith("#"):
                        continue
                    pairs = [item.rpartition(":") for item in fields[2].split()]
                    table[fields[0]] = [(w, int(n)) for w, _, n in pairs if n.isdigit()]
                    _totals[fields[0]] = int(fields[1]) if fields[1].isdigit() else 0
                    shares = (
                        [item.rpartition(":") for item in fields[3].split()]
                        if len(fields) > 3
                        else []
                    )
                    _news[fields[0]] = {w: float(v) for w, _, v in shares if v}
                _table = table
    return _table


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
    total = _totals.get(key, 0)
    if total < MIN_VOTE_COMPOUNDS:
        return {}
    scale = min(1.0, total / FULL_VOTE_COMPOUNDS)
    return {word: scale * share for word, share in _news.get(key, {}).items()}


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
    if uses.get(english_head(glosses[0]) or "", 0) >= KEEP_SHARE * words[0][1]:
        return None
    ends = [english_head(g) for g in glosses]
    for word, used in words:
        if used < KEEP_SHARE * words[0][1]:
            break
        matching = [i for i, end in enumerate(ends) if end == word]
        if matching:
            return min(matching, key=lambda i: len(glosses[i].split()))
    return None


def warm() -> None:
    """Read the table now (off the UI thread)."""
    _load()
