"""The learner's marks in the window: ready time with a large vocabulary, repaint per mark.

Usage: QT_QPA_PLATFORM=offscreen python bench/ui_marks.py [--runs 3] [--marks 40]

With the real pipeline and dictionary, opens the sample article in fresh windows
(the model is loaded once beforehand, so every run pays the same) and prints:

* ready time (open → analysis shown and painted) and marks time (open → the
  article's word marks on screen), median over ``--runs`` windows, with an empty
  vocabulary and with 50,000 lemmas in it (a separate data directory each);
* for ``--marks`` words on screen, marking the word (key handler: the SQLite
  write, then the marks, summary, lists and card), then the paint of what it
  changed, and the two together — the target is one frame (16 ms); and the
  SQLite write alone (a committed WAL transaction, ``synchronous=FULL``).

Prints milliseconds (p50 / max); asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LEMMAS = 50_000


def fill(folder: Path) -> None:
    from app.vocab.status import KNOWN, learning
    from app.vocab.store import FILE_NAME, Vocabulary

    path = folder / "Leselupe" / FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    vocabulary = Vocabulary(path)
    vocabulary.set_many(
        {f"Lemma{i:05d}": (KNOWN if i % 3 else learning(1 + i % 4)) for i in range(LEMMAS)}
        | {"sein": KNOWN, "haben": KNOWN, "und": KNOWN, "der": KNOWN}
    )
    vocabulary.close()


def open_sample(app: object, window: object, timeout: float = 300.0) -> tuple[float, float]:
    """(ready ms, marks ms) from opening the sample article."""
    marked: list[float] = []
    window.vocab.marks_shown.connect(lambda: marked.append(time.perf_counter()))  # type: ignore[attr-defined]
    start = time.perf_counter()
    window.open_sample()  # type: ignore[attr-defined]
    while (not marked or window.ready_at is None) and time.perf_counter() - start < timeout:  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    if not marked or window.ready_at is None:  # type: ignore[attr-defined]
        raise SystemExit("the sample article did not get ready")
    return (window.ready_at - start) * 1000, (marked[0] - start) * 1000  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--marks", type=int, default=40)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="leselupe-bench-marks-"))
    os.environ["LESELUPE_SETTINGS_FILE"] = str(base / "settings.ini")
    from app.ui.main import make_application
    from app.ui.settings import Settings
    from app.ui.window import MainWindow
    from app.vocab.status import KNOWN, NEW, learning

    app = make_application()
    empty, big = base / "empty", base / "big"
    fill(big)

    def window_in(folder: Path) -> MainWindow:
        os.environ["XDG_DATA_HOME"] = str(folder)
        window = MainWindow(Settings())
        window.resize(1240, 820)
        window.show()
        return window

    warm = window_in(empty)
    open_sample(app, warm)  # loads the model and the dictionary once
    warm.close()
    times: dict[str, list[tuple[float, float]]] = {"empty": [], "50k": []}
    for _ in range(args.runs):
        for name, folder in (("empty", empty), ("50k", big)):
            window = window_in(folder)
            times[name].append(open_sample(app, window))
            window.close()
            app.processEvents()
    print(f"sample article, median of {args.runs} windows (model loaded beforehand):")
    med = {}
    for name, runs in times.items():
        ready = statistics.median(r for r, _ in runs)
        marks = statistics.median(m for _, m in runs)
        med[name] = (ready, marks)
        print(f"  {name:>5} vocabulary: ready {ready:7.1f} ms, marks on screen {marks:7.1f} ms")
    print(
        f"  50k - empty: ready {med['50k'][0] - med['empty'][0]:+.1f} ms,"
        f" marks {med['50k'][1] - med['empty'][1]:+.1f} ms (target: ready +<=100 ms)"
    )

    # Marking words on screen: the key handler, then the paint it asks for.
    window = window_in(big)
    open_sample(app, window)
    window.vocab.mark_new_words.setChecked(True)
    reader, vocab = window.reader, window.vocab
    words = [t for t in reader.words_in_view() if vocab.words and vocab.words.lemma_of(t)]
    painted: list[float] = []
    reader.painted.connect(lambda: painted.append(time.perf_counter()))
    handler, paint, total = [], [], []
    statuses = [learning(1), learning(3), KNOWN, NEW]
    for n, token in enumerate(words[: args.marks]):
        lemma = vocab.words.lemma_of(token) if vocab.words else None
        if lemma is None:
            continue
        app.processEvents()
        painted.clear()
        reader.set_word_cursor(token, emit=False)
        app.processEvents()
        painted.clear()
        t0 = time.perf_counter()
        vocab.mark(lemma, statuses[n % len(statuses)])
        t1 = time.perf_counter()
        deadline = t1 + 1.0
        while not painted and time.perf_counter() < deadline:
            app.processEvents()
        if painted:
            handler.append((t1 - t0) * 1000)
            paint.append((painted[0] - t1) * 1000)
            total.append((painted[0] - t0) * 1000)
    store = vocab.vocabulary
    write: list[float] = []
    if store is not None:
        for n in range(args.marks):
            t0 = time.perf_counter()
            store.set_many({f"Bench{n % 7}": statuses[n % len(statuses)]})
            write.append((time.perf_counter() - t0) * 1000)
    window.close()
    for name, values in (
        ("mark (write+update)", handler),
        ("of which SQLite write", write),
        ("paint", paint),
        ("total", total),
    ):
        if values:
            p50 = statistics.median(values)
            print(f"  {name:>20}: p50 {p50:6.2f} ms, max {max(values):6.2f} ms (n={len(values)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
