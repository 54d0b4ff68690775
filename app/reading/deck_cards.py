"""A word's deck card from an analysed text: one core for the window and the CLI.

The window's Words ▸ Add to Deck (``app/ui/controllers/vocab_deck.py``) and
``leselupe vocab add WORD --sentence S`` both build the card here, from the word
card of the analysed token (:class:`app.reading.cards.WordDescriber`): its lemma
(the one the word's status belongs to, :class:`app.reading.wordmarks.ArticleWords`),
article, plural, grammar and glosses, read in its sentence. So a split separable
verb gets the whole verb ("kündigte … an" → "ankündigen") and an inflected noun
its base form with article ("den Häusern" → "das Haus"). No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable

from app.analysis import Analysis
from app.reading.cards import WordDescriber, grammar_line
from app.reading.lookups import InfoCache, LookupFunction
from app.reading.textmodel import ReaderIndex
from app.reading.wordmarks import ArticleWords, build_article_words
from app.vocab.deck import Card

#: How many glosses a deck card keeps.
CARD_GLOSSES = 6


def deck_card(
    describer: WordDescriber,
    token: int,
    words: ArticleWords | None,
    *,
    translation: str = "",
    source: str = "",
    date: str = "",
) -> Card:
    """The deck card of token ``token``: its lemma with article and plural, grammar,
    glosses and sentence (``words`` gives the lemma its status belongs to, when known)."""
    word = describer.card(token)
    lemma = (words.lemma_of(token) if words is not None else None) or word.lemma
    return Card(
        word=word.word,
        lemma=lemma,
        sentence=describer.index.analysis.sentence_text(word.sentence),
        article=word.article or "",
        plural=word.plural or "",
        grammar=grammar_line(word).split(" · ")[0],
        glosses=word.glosses[:CARD_GLOSSES],
        translation=translation,
        source=source,
        date=date,
    )


def find_word(analysis: Analysis, words: ArticleWords, word: str) -> int:
    """The first token of ``analysis`` written as ``word`` (case-insensitive), else the
    first whose card lemma it is ("ankündigen" for "kündigte … an"); -1 when none."""
    wanted = word.strip().casefold()
    if not wanted:
        return -1
    texts = analysis.tokens.texts
    for i, text in enumerate(texts):
        if text.casefold() == wanted:
            return i
    for i in range(len(texts)):
        lemma = words.lemma_of(i)
        if lemma is not None and lemma.casefold() == wanted:
            return i
    return -1


def sentence_card(
    word: str,
    sentence: str,
    lookup: LookupFunction,
    analyse: Callable[[str], Analysis],
) -> Card | None:
    """The deck card of ``word`` as it stands in ``sentence``, analysed by ``analyse``
    (``app.analysis.analyze``) and described as the window does; None when ``word``
    is not in ``sentence``."""
    analysis = analyse(sentence)
    index = ReaderIndex.build(analysis)
    words = build_article_words(index, lambda key: lookup(*key))
    token = find_word(analysis, words, word)
    if token < 0:
        return None
    return deck_card(WordDescriber(index, InfoCache(lookup)), token, words)
