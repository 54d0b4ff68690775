"""Property tests over the whole core with the pipeline and dictionary the app ships.

Arbitrary Unicode (right-to-left text, combining marks, NUL, very long tokens)
and generated German-looking news text must never raise; every offset lies
inside the text; tokens cover the text in order; people's mentions lie on token
boundaries and inside PER entities. Arbitrary bytes given to the document
decoder give a document or a :class:`DocumentError`, nothing else.
``HYPOTHESIS_PROFILE=long`` runs 10,000 examples per property (CI runs the
short ``ci`` profile, 200)::

    HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py tests/test_analysis.py
"""

from __future__ import annotations

import bisect
import codecs

from hypothesis import given
from hypothesis import strategies as st

from app.analysis import MAX_CHUNK_CHARS, Analysis, analyze
from app.dictionary import open_dictionary
from app.document import DocumentError, document_from_bytes
from tests.test_analysis import check_invariants

UNICODE = st.lists(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(
            [
                "\u05e9\u05dc\u05d5\u05dd",  # Hebrew
                "\u0645\u0631\u062d\u0628\u0627",  # Arabic
                "\u202e", "\u200f", "\u200b", "\ufeff", "\u0301", "\u0308", "\x00", "\t",
                "\n", "\n\n", " ", "ß", "Ä", "ẞ", "(", ")", "-", "„", "“", "😀", "🇩🇪",
            ]
        ),
    ),
    max_size=300,
).map("".join)  # fmt: skip

FIRST = ["Anna", "Jörg", "Ursula", "Kim", "Ole", "Zoë", "Émile", "Mehmet", "Li"]
LAST = ["Müller", "von der Leyen", "Jong-un", "Öztürk", "Schmidt-Rüdiger", "Dröge", "Lee"]
ROLE = ["Kanzler", "Ex-Präsidentin", "Korea-Experte", "Sprecherin", "Trainer", "die Ministerin"]
FILLER = ["sagte", "am", "Montag", "in", "Berlin", ",", ".", "der", "61-Jährige", "(SPD)",
          "3:1", "2023", "Foto:", "dpa", "/", "und", "Putins", "Merz'", "(71)", "im", "Alter",
          "von", "95", "Jahren", "Direktor", "der", "Stiftung"]  # fmt: skip

GERMANISH = st.lists(
    st.one_of(
        st.sampled_from(FILLER),
        st.builds(lambda f, last: f"{f} {last}", st.sampled_from(FIRST), st.sampled_from(LAST)),
        st.builds(
            lambda r, f, last: f"{r} {f} {last}",
            st.sampled_from(ROLE),
            st.sampled_from(FIRST),
            st.sampled_from(LAST),
        ),
        st.sampled_from(LAST),
        st.just("\n\n"),
    ),
    max_size=60,
).map(" ".join)


def check_people(result: Analysis) -> None:
    starts = [t.start for t in result.tokens]
    ends = {t.end for t in result.tokens}
    per = [(e.start, e.end) for e in result.entities if e.label == "PER"]
    for person in result.people:
        assert person.name.strip()
        assert person.age is None or 0 < person.age < 130
        for start, end in person.mentions:
            k = bisect.bisect_left(starts, start)
            assert k < len(starts) and starts[k] == start, "mention does not start a token"
            assert end in ends, "mention does not end a token"
            assert (start, end) in per


@given(UNICODE)
def test_analyze_arbitrary_unicode(text: str) -> None:
    result = analyze(text)
    check_invariants(text, result)
    check_people(result)


@given(GERMANISH)
def test_analyze_germanish_news(text: str) -> None:
    result = analyze(text)
    check_invariants(text, result)
    check_people(result)


@given(
    st.one_of(
        UNICODE,
        st.text(min_size=900, max_size=1100),
        st.from_regex(r"[A-Za-zÄÖÜäöüß\-]{1,40}", fullmatch=True),
    ),
    st.one_of(st.none(), st.text(max_size=30)),
    st.sampled_from(["", "NOUN", "VERB", "ADJ", "PROPN", "X"]),
)
def test_lookup_chain_never_raises(word: str, lemma: str | None, pos: str) -> None:
    info = open_dictionary().lookup(word, lemma=lemma, pos=pos)
    assert info.word == word
    assert len(info.glosses) <= 5
    if not any(ch.isalpha() for ch in word):
        assert info.glosses == ()


# Very long tokens: runs of one character (letters, combining marks, emoji,
# right-to-left letters, punctuation) and long arbitrary strings, between words.
LONG_TOKENS = st.lists(
    st.one_of(
        st.builds(
            lambda ch, n: ch * n,
            st.sampled_from(
                ["x", "ß", "Ä", "a\u0308", "\u0301", "😀", "\u05e9", "-", ".", "\x00", "\u200b"]
            ),
            st.integers(min_value=50, max_value=4000),
        ),
        st.text(min_size=50, max_size=2000),
        st.sampled_from(FILLER),
        st.builds(lambda f, last: f"{f} {last}", st.sampled_from(FIRST), st.sampled_from(LAST)),
    ),
    min_size=1,
    max_size=6,
).map(" ".join)


@given(LONG_TOKENS)
def test_analyze_very_long_tokens(text: str) -> None:
    result = analyze(text)
    check_invariants(text, result)
    check_people(result)


def test_token_longer_than_a_chunk() -> None:
    """A run without spaces longer than one chunk is cut hard, and still covered."""
    text = "Kanzler Olaf Scholz sagte: " + "Donaudampfschiff" * (MAX_CHUNK_CHARS // 8) + " Ende."
    assert len(text) > 2 * MAX_CHUNK_CHARS
    result = analyze(text)
    check_invariants(text, result)
    check_people(result)


def _encoded(text: str, codec: str) -> bytes:
    return text.encode(codec, errors="replace")


DOCUMENT_BYTES = st.one_of(
    st.binary(max_size=3000),
    st.builds(
        _encoded,
        st.one_of(UNICODE, GERMANISH),
        st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]),
    ),
    # a byte-order mark followed by anything (e.g. odd-length UTF-16, broken UTF-32)
    st.builds(
        lambda bom, rest: bom + rest,
        st.sampled_from(
            [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]
        ),
        st.binary(max_size=500),
    ),
    # markup with random bytes inside
    st.builds(
        lambda a, b: b"<html><body><p>" + a + b"<script>" + b + b"</p>",
        st.binary(max_size=300),
        st.binary(max_size=300),
    ),
)


@given(DOCUMENT_BYTES, st.sampled_from([None, "text", "html", "markdown"]))
def test_document_from_arbitrary_bytes(data: bytes, kind: str | None) -> None:
    try:
        doc = document_from_bytes(data, source="fuzz.bin", kind=kind)
    except DocumentError as exc:
        message = str(exc)
        assert message.startswith("fuzz.bin: ") and "\n" not in message
        return
    assert isinstance(doc.text, str) and doc.text.strip()
    assert "\x00" not in doc.text
    assert "\r" not in doc.text
    assert doc.kind in {"text", "html", "markdown"}
    assert all(isinstance(n, str) and n for n in doc.notices)
