"""Leselupe's own spaCy components, registered as factories on import.

- ``leselupe_lemmatizer``: lemmas from simplemma's German data for tokens that
  have none yet (the bundled pipeline has no trained lemmatizer).
- ``leselupe_names``: a small rule-based person recogniser used only by the
  built-in rules pipeline, the last resort when no trained model loads.
- ``leselupe_lexclass``: writes a word class (capitalisation x "known common
  noun / proper name / first name / other word" x frequency) into each token's
  lexeme ``LANG`` attribute (unused in a one-language pipeline; spaCy 3.8 has no
  ``CLUSTER`` attribute id any more), which the bundled pipeline's tok2vec embeds
  through ``MultiHashEmbed`` like NORM or SHAPE. In German every noun is
  capitalised, so "is this capitalised word a known common noun?" is the
  strongest signal that it is not a name.

Pipelines saved with these components need this module imported before
``spacy.load``; :mod:`app.nlp` does that. No Qt here.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import simplemma
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

_LANG = "de"
_KEEP_AS_IS_POS = frozenset({"PUNCT", "SPACE", "NUM", "SYM", "X", "PROPN"})


@Language.factory("leselupe_lemmatizer", default_config={"overwrite": False})
def make_lemmatizer(nlp: Language, name: str, overwrite: bool) -> SimplemmaLemmatizer:
    return SimplemmaLemmatizer(overwrite=overwrite)


class SimplemmaLemmatizer:
    """Fills ``token.lemma_`` from simplemma (fast dictionary lookup, no model)."""

    def __init__(self, overwrite: bool = False) -> None:
        self.overwrite = overwrite
        self._cache: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        cache = self._cache
        for token in doc:
            if token.lemma != 0 and not self.overwrite:
                continue
            text = token.text
            if not text[:1].isalpha() or token.pos_ in _KEEP_AS_IS_POS:
                token.lemma_ = text
                continue
            lemma = cache.get(text)
            if lemma is None:
                try:
                    lemma = simplemma.lemmatize(text, lang=_LANG)
                except (ValueError, TypeError):
                    lemma = text
                if len(cache) < 200_000:
                    cache[text] = lemma
            token.lemma_ = lemma
        return doc

    # spaCy serialisation hooks: the component has no state worth saving.
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> SimplemmaLemmatizer:
        return self

    def to_disk(self, path: object, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path: object, *, exclude: Iterable[str] = ()) -> SimplemmaLemmatizer:
        return self


@Language.factory("leselupe_names")
def make_name_rules(nlp: Language, name: str) -> NameRules:
    return NameRules()


class NameRules:
    """Last-resort person recognition without a trained model.

    A run of two or more capitalised words inside a sentence, at least one of
    which simplemma does not know as a German word, is taken as a person name;
    so is a single unknown capitalised word directly followed by "(<age>)".
    """

    labels = ("PER",)

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            if not self._is_name_like(tok.text) or tok.is_sent_start:
                i += 1
                continue
            j = i
            while (
                j < n and self._is_name_like(doc[j].text) and (j == i or not doc[j].is_sent_start)
            ):
                j += 1
            words = [t.text for t in doc[i:j]]
            unknown = [w for w in words if not simplemma.is_known(w, lang=_LANG)]
            followed_by_age = (
                j + 2 < n and doc[j].text == "(" and doc[j + 1].like_num and doc[j + 2].text == ")"
            )
            if unknown and (len(words) >= 2 or followed_by_age):
                spans.append(Span(doc, i, j, label="PER"))
            i = j
        if spans:
            doc.set_ents(spacy.util.filter_spans(list(doc.ents) + spans))
        return doc

    @staticmethod
    def _is_name_like(text: str) -> bool:
        return len(text) > 1 and text[0].isupper() and text[1:2].islower()

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> NameRules:
        return self

    def to_disk(self, path: object, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path: object, *, exclude: Iterable[str] = ()) -> NameRules:
        return self


# ---------------------------------------------------------------- word classes

LEX_COMMON, LEX_PROPER, LEX_FIRST, LEX_OTHER = 1, 2, 4, 8
_LEX_FILE = "lexicon.txt.gz"
_INFLECTION_ENDINGS = ("s", "es", "n", "en", "e", "ns", "ern", "er")


@Language.factory("leselupe_lexclass", default_config={})
def make_lexclass(nlp: Language, name: str) -> LexClass:
    return LexClass(nlp.vocab)


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

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
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
        return case + 4 * ((code & 15) + 16 * ((code >> 4) & 7))

    def guess(self, low: str) -> int:
        """Flags for a word not in the lexicon: inflected or compound forms of known words."""
        codes = self.codes
        for ending in _INFLECTION_ENDINGS:
            if len(low) > len(ending) + 2 and low.endswith(ending):
                stem = codes.get(low[: -len(ending)])
                if stem is not None and stem & (LEX_COMMON | LEX_PROPER):
                    return stem & (LEX_COMMON | LEX_PROPER)
        if "-" in low:
            last = low.rsplit("-", 1)[1]
            if len(last) > 2 and (codes.get(last, 0) & LEX_COMMON or self.guess(last) & LEX_COMMON):
                return LEX_COMMON
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


def build_rules_pipeline() -> Language:
    """spaCy's blank German plus sentence splitting, lemmas and name rules."""
    nlp = spacy.blank(_LANG)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("leselupe_lemmatizer")
    nlp.add_pipe("leselupe_names")
    nlp.meta["name"] = "leselupe_rules"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "Rule-based fallback: no trained model was available."
    return nlp
