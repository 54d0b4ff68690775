"""``leselupe_lexclass``: a word class per token for the tok2vec of the bundled pipeline.

Writes a word class (capitalisation x "known common noun / proper name / first name /
other word" x frequency) into each token's lexeme ``LANG`` attribute (unused in a
one-language pipeline; spaCy 3.8 has no ``CLUSTER`` attribute id any more), which the
bundled pipeline's tok2vec embeds through ``MultiHashEmbed`` like NORM or SHAPE. In
German every noun is capitalised, so "is this capitalised word a known common noun?"
is the strongest signal that it is not a name. The lexicon is built by
``training/lexicon.py`` and saved with the pipeline (``leselupe_lexclass/lexicon.txt.gz``).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

_LANG = "de"


# Lexicon code bits: dictionary knowledge (bits 0-3), frequency bucket 0-4 (bits 4-6),
# gazetteer types seen in NER corpora kept apart from training (bits 7-8; bit 2 = person).
LEX_COMMON, LEX_PROPER, LEX_FIRST, LEX_OTHER = 1, 2, 4, 8
LEX_GAZ_PER = LEX_FIRST
LEX_GAZ_LOC, LEX_GAZ_ORG = 128, 256
_LEX_MAX_CLASS = 4 * 128 * 4
_LEX_FILE = "lexicon.txt.gz"
_INFLECTION_ENDINGS = ("s", "es", "n", "en", "e", "ns", "ern", "er")


# Endings typical of surnames and place names ("Quastenberg", "Steinmann", "Hildesheim"):
# a word that ends in one of them is not taken as a compound common noun on that ground.
_NAME_ENDINGS = (
    "berg",
    "burg",
    "mann",
    "stein",
    "feld",
    "bach",
    "dorf",
    "hausen",
    "heim",
    "hof",
    "thal",
    "tal",
    "brück",
    "brunn",
    "haus",
    "wald",
    "horst",
    "meier",
    "mayer",
    "müller",
    "schmidt",
    "huber",
    "bauer",
    "wagner",
    "becker",
    "hoff",
    "kamp",
    "rath",
    "roth",
    "bruch",
    "busch",
    "dahl",
    "grund",
    "hagen",
    "kirchen",
    "kirch",
    "mühle",
    "ried",
    "rode",
    "see",
    "stadt",
    "weiler",
    "werth",
    "wiese",
    "winkel",
    "zell",
)


@Language.factory("leselupe_lexclass", default_config={"name_endings": False})
def make_lexclass(nlp: Language, name: str, name_endings: bool) -> LexClass:
    return LexClass(nlp.vocab, name_endings=name_endings)


def parse_lexicon(text: str) -> dict[str, int]:
    """Lexicon text (one ``<code>\\t<word> <word> ...`` line per code) -> word: code."""
    codes: dict[str, int] = {}
    for line in text.splitlines():
        code_text, _, words = line.partition("\t")
        if words:
            codes.update(dict.fromkeys(words.split(" "), int(code_text)))
    codes.pop("", None)
    return codes


def format_lexicon(codes: dict[str, int]) -> str:
    """The inverse of :func:`parse_lexicon` (deterministic)."""
    by_code: dict[int, list[str]] = {}
    for word, code in codes.items():
        by_code.setdefault(code, []).append(word)
    return "".join(f"{c}\t{' '.join(sorted(ws))}\n" for c, ws in sorted(by_code.items()))


class LexClass:
    """Writes a word class into ``Lexeme.lang`` (``token.lang``) for the tok2vec.

    The class combines the word's capitalisation (other / lower / Capitalised /
    UPPER), what the lexicon knows about its lowercase form (a bit set of common
    noun, proper name, first name, other word; unknown inflected forms and
    compounds such as "Korea-Experte" inherit the flags of their known ending)
    and a frequency bucket (0-4, from wordfreq). Classes are small integers
    stored + 1; a lexeme whose ``lang`` is still 0 or the hash of the language
    code has not been classified yet. The lexicon is read in :meth:`initialize`
    (training) or from the saved pipeline (:meth:`from_disk`).
    """

    def __init__(self, vocab: Vocab, name_endings: bool = False) -> None:
        self.vocab = vocab
        self.name_endings = name_endings
        self.codes: dict[str, int] = {}
        self._unset = frozenset({0, vocab.strings.add(vocab.lang or _LANG)})

    def code_for(self, text: str) -> int:
        """The word class of ``text`` (before the +1 offset)."""
        first = text[:1]
        if not first.isalpha():
            return 0
        case = 1
        if first.isupper():
            case = 3 if len(text) > 1 and text.isupper() else 2
        low = text.lower()
        code = self.codes.get(low)
        if code is None:
            code = self.guess(low)
        # (numbering kept compatible with lexicons that have no gazetteer bits)
        return case + 4 * ((code & 15) + 16 * ((code >> 4) & 7) + 128 * ((code >> 7) & 3))

    def guess(self, low: str) -> int:
        """Flags for a word not in the lexicon: inflected or compound forms of known words."""
        codes = self.codes
        for ending in _INFLECTION_ENDINGS:
            if len(low) > len(ending) + 2 and low.endswith(ending):
                stem = codes.get(low[: -len(ending)])
                if stem is not None and stem & (LEX_COMMON | LEX_PROPER):
                    return stem & (LEX_COMMON | LEX_PROPER)
        if len(low) == 3 and low.endswith("s"):
            # the genitive of a two-letter noun: "des Öls", "des Eis"; no name's
            stem = codes.get(low[:2], 0)
            if stem & LEX_COMMON and not stem & LEX_PROPER:
                return LEX_COMMON
        if "-" in low:
            last = low.rsplit("-", 1)[1]
            if len(last) > 2 and (codes.get(last, 0) & LEX_COMMON or self.guess(last) & LEX_COMMON):
                return LEX_COMMON
            return 0
        if self.name_endings and low.endswith(_NAME_ENDINGS):
            return 0
        for k in range(3, len(low) - 3):
            if codes.get(low[k:], 0) & LEX_COMMON:
                return LEX_COMMON
        return 0

    def __call__(self, doc: Doc) -> Doc:
        unset = self._unset
        for token in doc:
            if token.lang in unset:
                token.lex.lang = self.code_for(token.text) + 1
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        path: str | None = None,
    ) -> None:
        """Read the lexicon built by ``training/lexicon.py`` (``lexicon.txt[.gz]``)."""
        if path is None:
            raise ValueError("leselupe_lexclass needs the lexicon path in [initialize.components]")
        self.codes = self._read(Path(path))

    @staticmethod
    def _read(path: Path) -> dict[str, int]:
        raw = path.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        return parse_lexicon(raw.decode("utf-8"))

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return gzip.compress(format_lexicon(self.codes).encode("utf-8"), mtime=0)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> LexClass:
        self.codes = parse_lexicon(gzip.decompress(data).decode("utf-8"))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        directory = Path(path)
        directory.mkdir(parents=True, exist_ok=True)
        (directory / _LEX_FILE).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LexClass:
        self.codes = self._read(Path(path) / _LEX_FILE)
        return self


def lex_flags(token: Any) -> int:
    """The lexicon flags that ``leselupe_lexclass`` stored for a token (0 if none)."""
    value = int(token.lang)
    if value <= 0 or value > _LEX_MAX_CLASS:
        return 0
    rest = (value - 1) // 4
    return (rest & 15) | (((rest // 128) & 3) << 7)
