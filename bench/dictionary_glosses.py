"""Print every word of a text with its lemma and first three glosses, for judging by hand.

Usage: python -m bench.dictionary_glosses FILE [--all]
Without ``--all`` only content words are printed (a fixed list of function
words is skipped). The output is the sheet used for the precision check in
docs/dictionary.md: mark each line right or wrong in its context.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.analysis import analyze
from app.dictionary import open_dictionary
from app.dictionary.coverage import is_alphabetic
from app.dictionary.schema import word_set
from app.grammar import frame_at

FUNCTION_WORDS = word_set(
    """der die das den dem des ein eine einen einem einer eines und oder aber in im am an auf
    aus bei mit nach von vor zu zum zur für über unter um durch seit sich es er sie wir ihr
    ich du man hat haben hatte ist sind war waren wird werden wurde wurden sein seine seiner
    seinen soll sollen sollten kann könne könnte dass als wie nicht auch noch nur so dort da
    wieder weiter erst immer mehr allem ob wenn weil denn doch ja schon sehr"""
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--all", action="store_true", help="include function words")
    args = parser.parse_args()
    dictionary = open_dictionary()
    analysis = analyze(args.file.read_text(encoding="utf-8"))
    n = 0
    for i, token in enumerate(analysis.tokens):
        if not is_alphabetic(token.text):
            continue
        if not args.all and token.text.lower() in FUNCTION_WORDS:
            continue
        frame = frame_at(analysis.tokens, i)
        info = dictionary.lookup(token.text, token.lemma, token.pos, token.morph, frame)
        n += 1
        glosses = "; ".join(info.glosses[:3]) or "–"
        print(f"{n:4} {token.text:<24} {info.lemma:<22} {glosses}  [{info.match}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
