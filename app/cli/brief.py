"""``leselupe brief``: a briefing of one article."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from app.cli.common import CliError, read_input, refuse_offline_urls
from app.core.gcpolicy import collection_paused


def cmd_brief(args: argparse.Namespace) -> int:
    """``leselupe brief FILE|URL``: people, who said what, organisations and places."""
    from app.analysis import analyze  # deferred like every analysis import here
    from app.reading.brief import make_briefing, render

    refuse_offline_urls([args.path], args.online)
    doc = read_input(args.path, args.online)
    for notice in doc.notices:
        print(f"leselupe: note: {notice}", file=sys.stderr)
    with collection_paused():
        analysis = analyze(doc.text, credits=doc.meta.credits)
    why = (
        "the translation service did not answer"
        if args.online
        else "not in the translation cache; --online asks the translation service"
    )
    briefing = make_briefing(
        doc,
        analysis,
        brief_translator(args.online),
        with_sentences=args.translation,
        why_missing=why,
    )
    text = render(briefing, args.format)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise CliError(f"{args.output}: cannot be written ({exc.strerror or exc})") from exc
    else:
        sys.stdout.write(text)
    return 0


def brief_translator(online: bool) -> Callable[[Sequence[str]], list[str | None]]:
    """English translations from the cache, and from the online service only when ``online``."""
    from app.translate import (  # deferred: only briefings translate on the command line
        TranslationCache,
        TranslationService,
        TranslationSettings,
        default_cache_path,
    )

    def translate(texts: Sequence[str]) -> list[str | None]:
        cache = TranslationCache(default_cache_path())
        service = TranslationService(TranslationSettings(online=online), cache)
        try:
            if not online:
                return service.cached_many(texts)
            return [result.translation for result in service.translate(texts)]
        finally:
            service.close()
            cache.close()

    return translate
