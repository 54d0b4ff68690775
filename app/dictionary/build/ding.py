"""Parser for Ding dictionary lines (``German :: English``), used only by the converter.

A line has sub-entries separated by `` | `` on both sides that correspond one to
one; inside a sub-entry, alternatives are separated by ``; ``. Every alternative
carries markers (``{m}`` ``{pl}`` ``{vt}`` ...), register and field labels
(``[ugs.]`` ``[techn.]``), comments ``(...)``, abbreviations ``/Abk./`` and
search variants ``<...>``; :func:`parse_term` keeps those apart from the text.
:func:`matching_key` turns German text into the single word it is looked up
by ("sich befinden" -> "befinden"), or ``None`` for a phrase.

Pure functions on strings: no database, no I/O, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.dictionary.schema import word_set

GENDER_MARKERS = frozenset({"m", "f", "n", "pl"})
VERB_MARKERS = frozenset({"v", "vt", "vi", "vr"})

#: Placeholders stripped from German headwords for matching (display keeps them).
PLACEHOLDERS = frozenset(
    {
        "sich", "etw.", "etw", "jd.", "jdn.", "jdm.", "jds.", "jmd.", "jmdn.", "jmdm.",
        "jmds.", "…", "...", "-", "(sich)",
    }
)  # fmt: skip

#: Prepositions of valency frames ("von etw. profitieren", "auf jdn. warten").
PREPOSITIONS = word_set(
    """an auf aus bei durch für gegen hinter in mit nach über um unter von vor zu zwischen
    gegenüber wegen als wie"""
)

#: Articles dropped in front of a noun headword ("die Polizei {f}").
ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})

#: Subject pronouns in front of conjugated forms ("er/sie/es wird").
SUBJECT_PRONOUNS = frozenset({"ich", "du", "er", "sie", "es", "wir", "ihr", "Sie", "man"})
ENGLISH_SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they", "one"})

_OPEN = {"(": ")", "[": "]", "{": "}", "<": ">"}
_CLOSE = {v: k for k, v in _OPEN.items()}
# "/Abk./" abbreviations: a slash after start or blank, no blank right after it,
# closed by a slash before a blank, a separator or the end.
_ABBREV = re.compile(r"(?:(?<=\s)|^)/([^/\s|][^/|]*?)/(?=\s|;|$)")
_MARKER = re.compile(r"\{([^{}]*)\}")
_LABEL = re.compile(r"\[([^\[\]]*)\]")
_COMMENT = re.compile(r"\(([^()]*)\)")
_VARIANT = re.compile(r"<([^<>]*)>")
_TILDE = re.compile(r"(?:^|\s)~\S+")
_ANY_BRACKET = re.compile(r"[()\[\]{}<>]")
_SPLIT_EVENTS = {sep: re.compile(r"[()\[\]{}<>]|" + re.escape(sep)) for sep in (" | ", "; ")}
_ENDING_SLASHES = re.compile(r"(?<=\w)(?:/r/s|/r|/s|/n)$")
_ENDING_FORMS = re.compile(r"(?<=\w)/((?:r|s|n)(?:/(?:r|s|n))*)(?:\s|$)")
_SPECIAL = re.compile(r"[{\[(<~/]")
_SPACES = re.compile(r"\s+")
_WORDLIKE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[-'’](?=[^\W\d_]))*$")


@dataclass(frozen=True, slots=True)
class Term:
    """One alternative of a sub-entry, with its annotations kept apart."""

    text: str  # without markers, labels, comments, abbreviations, variants
    original: str  # exactly as in Ding
    markers: tuple[str, ...] = ()  # "m", "pl", "vt", "adj", "prp; +Dat." ...
    labels: tuple[str, ...] = ()  # "ugs.", "techn.", "Br." ...
    comments: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()

    @property
    def gender(self) -> str | None:
        """ "m", "f", "n", "pl", or a combination like "m,f"; None when not a noun."""
        for marker in self.markers:
            parts = [p.strip() for p in marker.split(",")]
            if parts and all(p in GENDER_MARKERS for p in parts):
                return ",".join(parts)
        return None

    @property
    def word_classes(self) -> frozenset[str]:
        """Word-class markers ("vt", "adj", "prp", "conj" ...), genders excluded."""
        out: set[str] = set()
        for marker in self.markers:
            for part in re.split(r"[;,]\s*", marker):
                part = part.strip()
                if part and part not in GENDER_MARKERS and not part.startswith("+"):
                    out.add(part)
        return frozenset(out)


@dataclass(frozen=True, slots=True)
class Line:
    """A parsed Ding line: German and English sub-entries, aligned by index."""

    german: tuple[tuple[Term, ...], ...]
    english: tuple[tuple[Term, ...], ...]
    raw: str


def split_top(text: str, separator: str) -> list[str]:
    """Split ``text`` on ``separator`` outside brackets and ``/abbreviations/``.

    Unbalanced brackets never lose text: a stray closer is ignored and a
    missing closer only stops further splits.
    """
    if separator not in text:
        return [text]
    protected: list[tuple[int, int]] = []
    if "/" in text:
        protected = [(m.start(), m.end()) for m in _ABBREV.finditer(text)]
    if not protected and not _ANY_BRACKET.search(text):
        return text.split(separator)
    parts: list[str] = []
    stack: list[str] = []
    start = 0
    for m in _SPLIT_EVENTS[separator].finditer(text):
        token = m.group()
        pos = m.start()
        if token in _OPEN:
            stack.append(_OPEN[token])
        elif token in _CLOSE:
            if stack and stack[-1] == token:
                stack.pop()
            elif token in stack:  # a missing closer inside: recover
                while stack and stack.pop() != token:
                    pass
        elif not stack and pos >= start and not any(a <= pos < b for a, b in protected):
            parts.append(text[start:pos])
            start = m.end()
    parts.append(text[start:])
    return parts


def parse_term(original: str) -> Term:
    """Take one alternative apart into text and annotations."""
    if not _SPECIAL.search(original):
        plain = _SPACES.sub(" ", original).strip(" ;,")
        return Term(text=plain, original=original.strip())
    text = original
    abbreviations = [m.group(1).strip() for m in _ABBREV.finditer(text)]
    text = _ABBREV.sub(" ", text)
    markers = [m.group(1).strip() for m in _MARKER.finditer(text)]
    text = _MARKER.sub(" ", text)
    labels = [m.group(1).strip() for m in _LABEL.finditer(text)]
    text = _LABEL.sub(" ", text)
    variants = [m.group(1).strip() for m in _VARIANT.finditer(text)]
    text = _VARIANT.sub(" ", text)
    comments: list[str] = []
    while True:  # innermost first, so nested parentheses come out whole
        found = _COMMENT.findall(text)
        if not found:
            break
        comments.extend(c.strip() for c in found)
        text = _COMMENT.sub(" ", text)
    text = _TILDE.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(" ;,")
    return Term(
        text=text,
        original=original.strip(),
        markers=tuple(m for m in markers if m),
        labels=tuple(label for label in labels if label),
        comments=tuple(c for c in comments if c),
        abbreviations=tuple(abbreviations),
        variants=tuple(v for v in variants if v),
    )


def parse_line(raw: str) -> Line | None:
    """Parse one line of the Ding file; ``None`` for comments and malformed lines."""
    raw = raw.strip()
    if not raw or raw.startswith("#"):
        return None
    sides = raw.split(" :: ")
    if len(sides) != 2:
        return None
    german_subs = split_top(sides[0], " | ")
    english_subs = split_top(sides[1], " | ")
    if len(german_subs) != len(english_subs):
        # misaligned sub-entries: keep only the main ones, which still correspond
        german_subs, english_subs = german_subs[:1], english_subs[:1]
    german = tuple(
        tuple(parse_term(alt) for alt in split_top(sub, "; ") if alt.strip()) for sub in german_subs
    )
    english = tuple(
        tuple(parse_term(alt) for alt in split_top(sub, "; ") if alt.strip())
        for sub in english_subs
    )
    if not german or not german[0]:
        return None
    return Line(german=german, english=english, raw=raw)


def is_placeholder(token: str) -> bool:
    """True for "sich", "etw.", "jdn./etw." and the like."""
    return token in PLACEHOLDERS or all(part in PLACEHOLDERS for part in token.split("/"))


def is_word(token: str) -> bool:
    """A single dictionary word: letters, optionally with inner hyphens or apostrophes."""
    return bool(_WORDLIKE.match(token))


def content_tokens(text: str) -> list[str]:
    """The tokens of German text with placeholders and their prepositions removed
    ("von etw. profitieren" -> ["profitieren"]); a word before "…" stands alone
    ("weder … noch" -> ["weder"])."""
    raw = [t for t in text.split(" ") if t]
    for i, token in enumerate(raw):
        if token in ("…", "...") and i == 1:
            raw = raw[:1]
            break
    out: list[str] = []
    i = 0
    while i < len(raw):
        token = raw[i]
        if token in PREPOSITIONS and i + 1 < len(raw) and is_placeholder(raw[i + 1]):
            i += 2
            continue
        if not is_placeholder(token):
            out.append(token)
        i += 1
    return out


#: Ding's written-out objects of a verb: "einer Sache angehören", "jdm./einer Sache
#: nacheilen" (the dative of a thing), "eine Sache stören", "an einen Ort gelangen" (a
#: place after a preposition). They stand for "etw." when a headword's key is sought.
_WRITTEN_OBJECTS = re.compile(r"(?<![^\s/])(?:einer|eine) Sache(?=\s)|(?<=\ban )einen Ort(?=\s)")


def matching_key(text: str) -> str | None:
    """The single word ``text`` is looked up by, or ``None`` for a phrase.

    Placeholders go ("sich befinden" -> "befinden"), so does the article of a
    noun ("die Polizei" -> "Polizei"); a lone placeholder is a word itself ("sich").
    Ding's written-out objects count as placeholders ("einer Sache angehören" ->
    "angehören", "an einen Ort gelangen" -> "gelangen").
    """
    tokens = content_tokens(_WRITTEN_OBJECTS.sub("etw.", text))
    if not tokens:
        tokens = text.split()
    elif len(tokens) == 2 and tokens[0] in ARTICLES and tokens[1][:1].isupper():
        tokens = tokens[1:]
    if len(tokens) != 1:
        return None
    token = _ENDING_SLASHES.sub("", tokens[0].strip("!?.,:;\"'„“”»«"))
    return token if is_word(token) else None


def ending_variants(text: str) -> list[str]:
    """The other endings Ding abbreviates with slashes: "sogenannte/r/s" ->
    ["sogenannter", "sogenanntes"], "Homosexuelle/r" -> ["Homosexueller"]."""
    match = _ENDING_FORMS.search(text)
    key = matching_key(text)
    if not match or not key:
        return []
    return [key + ending for ending in match.group(1).split("/") if ending]


def strip_subject(text: str) -> tuple[str, bool]:
    """Drop a leading subject pronoun ("er/sie/es wird" -> "wird")."""
    tokens = content_tokens(text)
    if len(tokens) >= 2 and all(p in SUBJECT_PRONOUNS for p in tokens[0].split("/")):
        return " ".join(tokens[1:]), True
    return text, False


def strip_english_subject(text: str) -> str:
    """Drop a leading English subject ("he/she/it will" -> "will")."""
    words = text.split(" ")
    if len(words) >= 2 and all(p.lower() in ENGLISH_SUBJECTS for p in words[0].split("/")):
        rest = " ".join(words[1:])
        return rest
    return text
