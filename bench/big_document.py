"""A big document in the window: how soon the part on screen works.

Usage: QT_QPA_PLATFORM=offscreen python -m bench.big_document [--mb 2] [--cold] [--json]

Opens --mb megabytes of copies of the sample article in a window with the real
pipeline and dictionary and measures, from the moment the text is opened:

* ``top_hover_s``: a hover card works for a word on screen at the top (the
  word under the mouse has a token and a non-empty card), coloured or not;
* ``middle_hover_s``: after a jump to the middle (once the whole text is on
  screen), the time from the jump until a word on screen there has a card;
* ``full_s``: the full analysis (people, quotes) is shown;
* ``text_loaded_s``: the whole text is on screen (the view appends it in slices).

By default the window has analysed the sample article before (the model and
the dictionary are loaded, as when a second document is opened); ``--cold``
opens the big text first, so the model's loading (some seconds) is included.
Prints the numbers; asserts nothing. ``--json`` adds them as one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable

from bench.window import shown_window

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--cold", action="store_true", help="include loading the model")
    parser.add_argument("--json", action="store_true", help="JSON object as the last line")
    args = parser.parse_args()
    app, window = shown_window()
    from PySide6.QtCore import QEventLoop  # deferred: after the window's environment is set

    from app.core.paths import sample_article_path

    if not args.cold:
        loop = QEventLoop()
        window.ready.connect(loop.quit)
        window.open_sample()
        loop.exec()
        window.ready.disconnect(loop.quit)

    def wait_until(condition: Callable[[], bool], limit_s: float = 600.0) -> float:
        started = time.perf_counter()
        while not condition():
            app.processEvents()
            time.sleep(0.002)
            if time.perf_counter() - started > limit_s:
                raise TimeoutError
        return time.perf_counter()

    reader = window.reader

    def hover_works(at_or_after: int = 0) -> bool:
        """A word on screen (at or after ``at_or_after``) has a token and a card."""
        index = window.index
        if index is None or len(index.analysis.text) != len(text):
            return False  # not yet, or still the sample article's
        words = reader.words_in_view()
        words = [w for w in words if index.token(w).start >= at_or_after]
        if not words:
            return False
        word = words[len(words) // 2]
        token = reader.token_at_point(reader.token_rect(word).center())
        return token >= 0 and bool(window.tooltip_content(token))

    sample = sample_article_path().read_text(encoding="utf-8").strip()
    copies = int(args.mb * 1_000_000) // len(sample.encode("utf-8")) + 1
    text = "\n\n".join([sample] * copies)
    full: list[float] = []
    window.analyses.analysed.connect(lambda _r: full.append(time.perf_counter()))
    opened = time.perf_counter()
    window.open_text(text, "big document")
    top = wait_until(hover_works)
    loaded = wait_until(lambda: len(reader.paragraphs.starts) > 1000 and not reader.loading)
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    jumped = time.perf_counter()
    lo, _hi = reader.visible_range()
    middle = wait_until(lambda: hover_works(lo))
    done = wait_until(lambda: bool(full))
    results = {
        "mb": round(len(text.encode("utf-8")) / 1e6, 2),
        "cold": args.cold,
        "top_hover_s": round(top - opened, 3),
        "text_loaded_s": round(loaded - opened, 3),
        "middle_hover_s": round(middle - jumped, 3),
        "full_s": round(done - opened, 3),
    }
    print(f"{results['mb']} MB, {'cold (model loading included)' if args.cold else 'model loaded'}")
    print(f"  working hover card at the top     {results['top_hover_s']:8.3f} s")
    print(f"  whole text on screen              {results['text_loaded_s']:8.3f} s")
    print(f"  working hover after a jump to the middle {results['middle_hover_s']:8.3f} s")
    print(f"  full analysis shown               {results['full_s']:8.3f} s")
    if args.json:
        print(json.dumps(results))
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
