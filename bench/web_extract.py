"""Extraction of a 500 KB saved news page: bytes to article text and metadata.

Builds a page of about 500 KB from the national-news fixture the way real pages
are heavy: the article (its paragraphs repeated to a long read of ~25,000
characters), a 180 KB inline JSON state blob, 300 reader comments, a long
navigation, related-article lists and many ad slots. Then it times
``document_from_bytes`` (decode + parse + metadata + trafilatura + recovery):
the first call in the process (includes importing lxml and trafilatura) and the
median and worst of the following runs. Target: <= 300 ms per page.

Usage: python -m bench.web_extract [--kb 500] [--runs 15] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "web" / "national_news.html"


def make_page(kb: int) -> bytes:
    """A ~``kb`` KB page: the fixture with a long body, a JSON blob, comments and ads."""
    page = FIXTURE.read_text(encoding="utf-8")
    body_start = page.index('<div class="article-body">') + len('<div class="article-body">')
    body_end = page.index('</div>\n    <div class="newsletter-box">')
    body = page[body_start:body_end]
    long_body = "\n".join(
        body.replace("<h2>", f"<h2>Teil {n}: ").replace("<p>", f"<p>({n}) ") for n in range(1, 25)
    )  # ~24 x 1,900 characters of text, every paragraph different
    blob = json.dumps(
        {"articles": [{"id": n, "teaser": "Lorem ipsum dolor sit amet " * 6} for n in range(1000)]}
    )
    nav = "".join(f'<li><a href="/r/{n}">Rubrik {n}</a></li>' for n in range(400))
    ads = "".join(
        f'<div class="ad-slot" id="ad-{n}"><span>Anzeige</span><div>Angebot {n}</div></div>'
        for n in range(60)
    )
    comments = "".join(
        f'<div class="comment"><span class="comment__author">Leser_{n}</span>'
        f"<p>Das sehe ich anders, die Reform kommt viel zu spät für die Pflegekräfte. ({n})</p>"
        "</div>"
        for n in range(300)
    )
    page = page[:body_start] + long_body + page[body_end:]
    state = f'<script id="__STATE__">window.__STATE__={blob}</script>'
    page = page.replace("</head>", state + "</head>")
    page = page.replace('<ul><li><a href="/politik/">', f'<ul>{nav}<li><a href="/politik/">')
    page = page.replace("</main>", f'{ads}<section id="comments" class="comments">{comments}'
                        "</section></main>")  # fmt: skip
    data = page.encode("utf-8")
    filler = f"<!-- {'x' * 1000} -->\n".encode()
    while len(data) < kb * 1024:
        data = data.replace(b"</body>", filler + b"</body>", 1)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=500)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true", help="also print one JSON line")
    args = parser.parse_args()
    data = make_page(args.kb)

    from app.document import document_from_bytes

    started = time.perf_counter()
    doc = document_from_bytes(data, source="bench.html", kind="html")
    first_ms = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        document_from_bytes(data, source="bench.html", kind="html")
        times.append((time.perf_counter() - started) * 1000)
    result = {
        "page_kb": round(len(data) / 1024),
        "text_chars": len(doc.text),
        "first_call_ms": round(first_ms),
        "median_ms": round(statistics.median(times)),
        "max_ms": round(max(times)),
        "title": doc.meta.title,
    }
    print(
        f"page {result['page_kb']} KB -> {result['text_chars']:,} characters of article text "
        f"({doc.meta.title!r})"
    )
    print(f"first call (imports lxml + trafilatura): {result['first_call_ms']} ms")
    print(
        f"extraction, median of {args.runs}: {result['median_ms']} ms"
        f" (max {result['max_ms']} ms; target <= 300 ms)"
    )
    if args.json:
        print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
