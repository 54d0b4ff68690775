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
- ``leselupe_entity_rules``: runs after the trained NER and fixes what news
  conventions make clear: a person's name followed by an age "(71)", photo
  credits "Foto: Name/Agentur", role nouns that slipped into a person entity
  ("Ministerpräsidentin Malu Dreyer" -> "Malu Dreyer"; "Wirtschaftsforscher
  Deutschlands" -> "Deutschlands"), parentheticals inside entities; units after
  numbers ("128 KB") and demonyms ("die Bremer") are no entities.
- ``leselupe_ner_stash`` / ``leselupe_ner_vote``: let a second NER model (another
  seed, its own tok2vec) run on the same document and keep the first model's
  organisations only where both agree.

Pipelines saved with these components need this module imported before
``spacy.load``; :mod:`app.nlp` does that. No Qt here.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Self

import simplemma
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from app.nlp.lemmas import lemmatize

_LANG = "de"
_KEEP_AS_IS_POS = frozenset({"PUNCT", "SPACE", "NUM", "SYM", "X", "PROPN"})


class _Stateless:
    """spaCy serialisation hooks of a component without weights or data."""

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Self:
        return self

    def to_disk(self, path: object, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path: object, *, exclude: Iterable[str] = ()) -> Self:
        return self


@Language.factory("leselupe_lemmatizer", default_config={"overwrite": False})
def make_lemmatizer(nlp: Language, name: str, overwrite: bool) -> SimplemmaLemmatizer:
    return SimplemmaLemmatizer(overwrite=overwrite)


class SimplemmaLemmatizer(_Stateless):
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
                lemma = lemmatize(text)
                if len(cache) < 200_000:
                    cache[text] = lemma
            token.lemma_ = lemma
        return doc


@Language.factory("leselupe_names")
def make_name_rules(nlp: Language, name: str) -> NameRules:
    return NameRules()


class NameRules(_Stateless):
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


# ---------------------------------------------------------------- word classes

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


# ---------------------------------------------------------------- entity rules

_CREDIT_WORDS = frozenset({"Foto", "Fotos", "Bild", "Bilder", "Quelle", "Grafik", "Video"})
# Nouns for offices, titles and roles that stand before a name ("Präsident Joe Biden").
# Compounds ("Handelsminister", "Ex-Präsident", "Korea-Experte") end in one of these.
_ROLE_STEMS = (
    "präsident",
    "kanzler",
    "minister",
    "sprecher",
    "chef",
    "leiter",
    "direktor",
    "vorsitzende",
    "experte",
    "trainer",
    "könig",
    "kaiser",
    "prinz",
    "fürst",
    "herzog",
    "graf",
    "papst",
    "bischof",
    "pfarrer",
    "heilige",
    "bürgermeister",
    "abgeordnete",
    "senator",
    "gouverneur",
    "botschafter",
    "general",
    "kommissar",
    "richter",
    "anwalt",
    "professor",
    "autor",
    "schauspieler",
    "sänger",
    "regisseur",
    "spieler",
    "stürmer",
    "torwart",
    "kapitän",
    "manager",
    "gründer",
    "unternehmer",
    "politiker",
    "diktator",
    "despot",
    "herrscher",
    "landesvater",
    "kandidat",
    "sekretär",
    "berater",
    "ökonom",
    "forscher",
    "wissenschaftler",
    "journalist",
    "reporter",
    "moderator",
    "künstler",
    "komponist",
    "dirigent",
    "musiker",
    "schriftsteller",
    "dichter",
    "maler",
    "architekt",
    "arzt",
    "ärztin",
    "mediziner",
    "bundestrainer",
    "coach",
    "vorstand",
    "aktivist",
    "sprecherin",
    "bruder",
    "schwester",
    "vater",
    "mutter",
    "sohn",
    "tochter",
    "witwe",
    "onkel",
    "tante",
    "frau",
    "herr",
    "kollege",
    "freund",
    "partner",
    "nachfolger",
    "vorgänger",
    "rivale",
    "gegner",
    "herausforderer",
    "amtsinhaber",
    "kardinal",
    "erzbischof",
    "rabbiner",
    "imam",
    "pastor",
    "kommandeur",
    "oberst",
    "major",
    "leutnant",
    "admiral",
    "marschall",
    "feldherr",
    "staatssekretär",
    "beauftragte",
    "intendant",
)
_ROLE_ENDINGS = ("innen", "in", "en", "n", "s", "e", "r")


def lex_flags(token: Any) -> int:
    """The lexicon flags that ``leselupe_lexclass`` stored for a token (0 if none)."""
    value = int(token.lang)
    if value <= 0 or value > _LEX_MAX_CLASS:
        return 0
    rest = (value - 1) // 4
    return (rest & 15) | (((rest // 128) & 3) << 7)


def _is_common_noun(token: Any) -> bool:
    flags = lex_flags(token)
    return bool(flags & LEX_COMMON) and not flags & (
        LEX_PROPER | LEX_FIRST | LEX_GAZ_LOC | LEX_GAZ_ORG
    )


def is_role_word(text: str) -> bool:
    """Is this (capitalised) word a role noun or a compound ending in one?"""
    if not text[:1].isupper():
        return False
    low = text.lower()
    if low.endswith(_ROLE_STEMS):
        return True
    return any(
        low.endswith(ending) and low[: -len(ending)].endswith(_ROLE_STEMS)
        for ending in _ROLE_ENDINGS
    )


def _is_name_word(token: Any) -> bool:
    """Capitalised, alphabetic (hyphens allowed), not a known common noun."""
    text = token.text
    if len(text) < 2 or not text[0].isupper() or not text.replace("-", "").isalpha():
        return False
    if text.isupper():
        return False
    return not _is_common_noun(token)


def _is_unit(ent: Span) -> bool:
    """A short all-caps word right after a number is a unit ("128 KB", "300 PS")."""
    if len(ent) != 1 or ent.start == 0:
        return False
    text = ent.text
    return len(text) <= 3 and text.isupper() and text.isalpha() and ent.doc[ent.start - 1].is_digit


def _is_place_genitive(text: str, codes: dict[str, int]) -> bool:
    """'Deutschlands', 'Böhmens': a known place (gazetteer) with the genitive -s."""
    low = text.lower()
    if not text[:1].isupper() or not low.endswith("s") or len(low) < 4 or not low.isalpha():
        return False
    return bool((codes.get(low[:-1], 0) | codes.get(low, 0)) & LEX_GAZ_LOC)


def _is_demonym(text: str, codes: dict[str, int]) -> bool:
    """'Bremer', 'Brünner', 'Galler', 'Münchner': -er from a place the lexicon knows.

    The place must be known only as a place (not also a common noun or another word:
    "Fischer" is no demonym of "fischen"), and the word not as a name of its own
    ("Hannover") or a person's name ("Werner", "Becker")."""
    low = text.lower()
    if not text[:1].isupper() or not low.endswith("er") or len(low) < 6 or not low.isalpha():
        return False
    if codes.get(low, 0) & (LEX_PROPER | LEX_GAZ_PER):
        return False
    stem = low[:-2]
    candidates = [stem, stem + "en", stem + "n", stem + "e"]
    if stem.endswith("n"):  # "Münchner" -> "München"
        candidates.append(stem[:-1] + "en")
    return any(
        len(c) > 3 and codes.get(c, 0) & LEX_GAZ_LOC and not codes.get(c, 0) & _NOT_PLACE
        for c in candidates
    )


_NOT_PLACE = LEX_COMMON | LEX_OTHER


@Language.factory("leselupe_entity_rules", default_config={"age": True, "credit": True})
def make_entity_rules(nlp: Language, name: str, age: bool, credit: bool) -> EntityRules:
    return EntityRules(age=age, credit=credit, nlp=nlp)


class EntityRules(_Stateless):
    """News conventions applied after the statistical NER (see module docstring)."""

    labels = ("PER", "LOC", "ORG")

    def __init__(self, age: bool = True, credit: bool = True, nlp: Language | None = None) -> None:
        self.age = age
        self.credit = credit
        self._nlp = nlp
        self._lexclass: LexClass | None = None

    def _codes(self) -> dict[str, int]:
        """The word-class lexicon of the pipeline's ``leselupe_lexclass`` (empty if none)."""
        if self._lexclass is None and self._nlp is not None:
            for _name, pipe in self._nlp.pipeline:
                if isinstance(pipe, LexClass):
                    self._lexclass = pipe
                    break
        return self._lexclass.codes if self._lexclass is not None else {}

    def __call__(self, doc: Doc) -> Doc:
        codes = self._codes()
        ents = [self._after_role(t) for e in doc.ents for t in self._trim(e, codes)]
        ents = [e for e in ents if not _is_unit(e) and not self._is_demonym(e, codes)]
        if self.age:
            ents = self._ages(doc, ents)
        if self.credit:
            ents = self._credits(doc, ents)
        ents = self._propagate_persons(doc, spacy.util.filter_spans(ents))
        doc.set_ents(spacy.util.filter_spans(ents))
        return doc

    @staticmethod
    def _propagate_persons(doc: Doc, ents: list[Span]) -> list[Span]:
        """A surname of a full person name in the same text is a person elsewhere too
        ("Frederic Spohr ... glaube Spohr nicht"), also in the genitive ("Putins")."""
        full = [e for e in ents if e.label_ == "PER" and len(e) >= 2]
        surnames = {e[-1].text for e in full if len(e[-1]) > 2}
        # the first part only fills gaps ("Kim Jong-un" ... "Kims"), it never relabels
        first_parts = {e[0].text for e in full if len(e[0]) > 2 and e[0].text[0].isupper()}
        if not surnames and not first_parts:
            return ents
        by_start = {e.start: e for e in ents}
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = list(ents)
        for token in doc:
            text = token.text
            base = text[:-1] if text.endswith("s") and len(text) > 3 else text
            if text in surnames or base in surnames:
                ent = by_start.get(token.i)
                if ent is not None and len(ent) == 1 and ent.label_ != "PER":
                    out.remove(ent)
                    out.append(Span(doc, token.i, token.i + 1, label="PER"))
                    continue
            if (text in first_parts or base in first_parts) and token.i not in taken:
                nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if nxt is None or nxt.i not in taken:
                    out.append(Span(doc, token.i, token.i + 1, label="PER"))
            elif (text in surnames or base in surnames) and token.i not in taken:
                out.append(Span(doc, token.i, token.i + 1, label="PER"))
        return out

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    @staticmethod
    def _trim(ent: Span, codes: dict[str, int]) -> list[Span]:
        """Cut parentheticals and leading role nouns out of entities.

        An abbreviation in the cut parenthesis ("Front ... (FLCS)") keeps the label.
        A role noun before a place in the genitive is cut from any entity.
        """
        doc = ent.doc
        start, end = ent.start, ent.end
        out: list[Span] = []
        for k in range(start + 1, end):
            if doc[k].text == "(":
                inner = doc[k + 1] if k + 2 < len(doc) and doc[k + 2].text == ")" else None
                if inner is not None and inner.is_upper and inner.is_alpha and len(inner) > 1:
                    out.append(Span(doc, k + 1, k + 2, label=ent.label_))
                end = k
                break
        if ent.label_ == "PER":
            while (
                end - start > 1 and is_role_word(doc[start].text) and _is_name_word(doc[start + 1])
            ):
                start += 1
        elif (
            end - start == 2
            and is_role_word(doc[start].text)
            and _is_place_genitive(doc[start + 1].text, codes)
        ):
            start += 1  # "Wirtschaftsforscher Deutschlands": only the place is a name
        if end > start:
            same = (start, end) == (ent.start, ent.end)
            out.append(ent if same else Span(doc, start, end, label=ent.label_))
        return out

    @staticmethod
    def _is_demonym(ent: Span, codes: dict[str, int]) -> bool:
        """A place's inhabitant noun or adjective alone is no place ("die Bremer", "St. Galler")."""
        return ent.label_ == "LOC" and _is_demonym(ent[-1].text, codes)

    @staticmethod
    def _after_role(ent: Span) -> Span:
        """'Die Ökonomin Wiebke Quastenberg': unknown name words after a role noun are a person."""
        doc = ent.doc
        if ent.label_ == "PER" or ent.start == 0 or len(ent) > 3:
            return ent
        if not is_role_word(doc[ent.start - 1].text):
            return ent
        known = LEX_PROPER | LEX_GAZ_LOC | LEX_GAZ_ORG
        if all(_is_name_word(t) and not lex_flags(t) & known for t in ent):
            return Span(doc, ent.start, ent.end, label="PER")
        return ent

    @staticmethod
    def _ages(doc: Doc, ents: list[Span]) -> list[Span]:
        """'Vorname Name (71)': a run of name words before an age in parentheses is a person."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = list(ents)
        for i in range(2, len(doc) - 2):
            if doc[i].text != "(" or doc[i + 2].text != ")" or not doc[i + 1].is_digit:
                continue
            if not 0 < int(doc[i + 1].text) < 120:
                continue
            j = i
            while (
                j > 0 and _is_name_word(doc[j - 1]) and i - j < 4 and not doc[j - 1].is_sent_start
            ):
                j -= 1
            if i - j < 2 or any(k in taken for k in range(j, i)):
                continue
            out.append(Span(doc, j, i, label="PER"))
        return out

    @staticmethod
    def _credits(doc: Doc, ents: list[Span]) -> list[Span]:
        """'Foto: Vorname Name/Agentur': the name is a person, the agency an organisation."""
        out = list(ents)
        for i in range(len(doc) - 2):
            if doc[i].text not in _CREDIT_WORDS or doc[i + 1].text != ":":
                continue
            j = i + 2
            k = j
            while k < len(doc) and k - j < 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
            slash = k < len(doc) and doc[k].text == "/"
            if slash and k - j >= 2 and all(_is_name_word(t) for t in doc[j:k]):
                out = [e for e in out if e.end <= j or e.start >= k]
                out.append(Span(doc, j, k, label="PER"))
            if k < len(doc) and doc[k].text == "/" and k + 1 < len(doc):
                agency = doc[k + 1]
                if agency.text[:1].isupper() and agency.is_alpha and not _is_common_noun(agency):
                    out = [e for e in out if e.end <= k + 1 or e.start >= k + 2]
                    out.append(Span(doc, k + 1, k + 2, label="ORG"))
        return out


# ---------------------------------------------------------------- two NER models

_STASH_KEY = "leselupe_ner_a"


@Language.factory("leselupe_ner_stash", default_config={"key": _STASH_KEY})
def make_ner_stash(nlp: Language, name: str, key: str) -> NerStash:
    return NerStash(key)


@Language.factory("leselupe_ner_vote", default_config={"key": _STASH_KEY, "agree": ["ORG"]})
def make_ner_vote(nlp: Language, name: str, key: str, agree: list[str]) -> NerVote:
    return NerVote(key, agree)


class _StatelessPipe(_Stateless):
    """A stateless component whose ``pipe`` runs ``__call__`` per document."""

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)


class NerStash(_StatelessPipe):
    """Moves the first NER model's entities into ``doc.spans[key]`` so that a second,
    independently trained NER model sees an empty document."""

    def __init__(self, key: str = _STASH_KEY) -> None:
        self.key = key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.key] = list(doc.ents)
        doc.set_ents([], default="missing")
        return doc


class NerVote(_StatelessPipe):
    """Combines two NER models: the first model's entities are kept, except that an
    entity whose label is in ``agree`` (the weak label ORG) is kept only if the
    second model found the same span with the same label."""

    def __init__(self, key: str = _STASH_KEY, agree: Iterable[str] = ("ORG",)) -> None:
        self.key = key
        self.agree = frozenset(agree)

    def __call__(self, doc: Doc) -> Doc:
        if self.key not in doc.spans:
            return doc
        second = {(e.start, e.end, e.label_) for e in doc.ents}
        first = doc.spans[self.key]
        kept = [
            Span(doc, e.start, e.end, label=e.label_)
            for e in first
            if e.label_ not in self.agree or (e.start, e.end, e.label_) in second
        ]
        del doc.spans[self.key]
        doc.ents = kept
        return doc


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
