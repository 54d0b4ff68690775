"""Build the compact lexicons behind :mod:`app.people` into ``resources/lexicon/``.

Run from the repository root (takes a few seconds)::

    python -m training.build_people_lexicon [--data DIR]

Sources (see ``resources/lexicon/README.md`` for licenses):

- ``roles.tsv``: person/role nouns from the Ding German-English dictionary
  (GPL-2.0-or-later). A masculine noun with a feminine "-in" form ("Direktor {m};
  Direktorin {f}", "Kollege"/"Kollegin", "Arzt"/"Ärztin") is a person noun;
  adjectival person nouns come from "-er {m}; -e {f}" and "{m,f}" entries
  ("Angeklagter", "Vorsitzende"). Nouns whose English gloss is capitalised
  (demonyms, religions: "Bayer" -> "Bavarian") are left out. A short handwritten
  list (``roles_manual.tsv``) adds roles Ding has no feminine for ("Diktator").
- ``nouns.txt.gz``: capitalised common nouns of Ding (with their plural forms),
  used to tell ordinary nouns from names. Only nouns that occur in written
  German at all (wordfreq Zipf >= 1.5, checked at build time only) are kept.
- ``places.txt``: single-word geographic names of Ding (entries marked
  [geogr.] with a capitalised English gloss), so that "Pjöngjang" is no person.
- ``given_names.tsv``: first names with their usual gender, from Jörg Michael's
  ``nam_dict.txt`` (GNU FDL 1.2+, shipped in the PyPI package ``gender-guesser``,
  needed at build time only) plus the first words of multi-word person names in
  the German NER corpora under ``data/ner`` (see :mod:`training.data`) (WikiANN, GermEval 2014 dev,
  MobIE); ordinary words ("Rose", "Will") are left out unless the name is common
  in German-speaking countries.

This script is not imported by the app; it only writes the files.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import re
import zipfile
from collections import Counter
from pathlib import Path

from app.dictionary.english import NOTES
from training.data import DEFAULT_DATA


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "lexicon"

_ENTRY = re.compile(r"^([A-ZÄÖÜ][\wäöüßÄÖÜ-]*) \{([a-z,]+)\}")
_UMLAUT = (("au", "äu"), ("a", "ä"), ("o", "ö"), ("u", "ü"))


def _umlauted(word: str) -> str:
    for plain, uml in _UMLAUT:
        i = word.rfind(plain)
        if i >= 0:
            return word[:i] + uml + word[i + len(plain) :]
    return word


def _feminine_candidates(masc: str) -> list[str]:
    out = [masc + "in", _umlauted(masc) + "in"]
    if masc.endswith("e"):
        out += [masc[:-1] + "in", _umlauted(masc[:-1]) + "in"]
    return out


def read_ding(
    path: Path,
) -> tuple[dict[str, set[str]], dict[str, str], set[tuple[str, str]], dict[str, list[str]]]:
    """(word -> gender tags, word -> English gloss of its first entry, same-sub-entry
    (word {m}, word {f}) pairs, word -> English glosses of its later entries: "Keiler" is
    first a door-to-door seller, then the wild boar)."""
    tags: dict[str, set[str]] = {}
    gloss: dict[str, str] = {}
    pairs: set[tuple[str, str]] = set()
    later: dict[str, list[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or " :: " not in line:
                continue
            german, english = line.rstrip("\n").split(" :: ", 1)
            de_subs = german.split(" | ")
            en_subs = english.split(" | ")
            for k, sub in enumerate(de_subs):
                found: list[tuple[str, str]] = []
                for alt in sub.split("; "):
                    m = _ENTRY.match(alt.strip())
                    if not m:
                        continue
                    word, tag = m.group(1), m.group(2)
                    found.append((word, tag))
                    tags.setdefault(word, set()).update(tag.split(","))
                    if k >= len(en_subs):
                        continue
                    if word not in gloss:
                        gloss[word] = en_subs[k].strip()
                    elif en_subs[k].strip() not in (gloss[word], *later.get(word, ())):
                        later.setdefault(word, []).append(en_subs[k].strip())
                for (w1, t1), (w2, t2) in itertools.pairwise(found):
                    if "m" in t1.split(",") and "f" in t2.split(","):
                        pairs.add((w1, w2))
    return tags, gloss, pairs, later


def _has_role_head(word: str, heads: set[str]) -> bool:
    """Is ``word`` a compound whose head is an ordinary role noun ("Bundespräsident")?"""
    for i in range(3, len(word) - 3):
        head = word[i:]
        if len(head) >= 4 and head[0].upper() + head[1:] in heads:
            return True
    return False


#: English agent-noun endings: a German noun glossed "scorer", "messenger" names a person.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eer")
#: Heads of weak-looking masculine nouns that are no persons.
_NOT_PERSON_HEADS = (
    "buchstabe", "name", "gedanke", "glaube", "wille", "friede", "funke", "same", "haufe",
    "käse", "kaffee", "tee", "see", "klee", "schnee", "summe", "bulle", "drache",
)  # fmt: skip


def _derivation_rank(masc: str, fem: str) -> int:
    """How directly ``fem`` derives from ``masc``: 0 "Pole" -> "Polin" (weak noun minus -e),
    1 "Bürger" -> "Bürgerin" (plain -in), 2 with an added umlaut ("Koch" -> "Köchin")."""
    if masc.endswith("e") and masc[:-1] + "in" == fem:
        return 0
    return 1 if masc + "in" == fem else 2


def _senses(gloss: str) -> set[str]:
    """The English senses of a Ding gloss without labels ("cowman [Am.]" -> "cowman")."""
    return {NOTES.sub("", g).strip() for g in gloss.split(";")}


def _feminine_owners(masc: set[str], fem: set[str], gloss: dict[str, str]) -> dict[str, set[str]]:
    """Each feminine "-in" noun with the masculines it most directly derives from.

    "Polin" belongs to "Pole", not to "Pol" (a pole); "Bürgerin" to "Bürger", not to
    "Burger"; "Wäscherin" to "Wäscher", not to "Wascher" (a washer). A spelling variant
    with the same English sense stays ("Asiat" and "Asiate" -> "Asian")."""
    claims: dict[str, list[tuple[int, str]]] = {}
    for m in sorted(masc):
        for f in _feminine_candidates(m):
            if f in fem:
                claims.setdefault(f, []).append((_derivation_rank(m, f), m))
                break
    owners: dict[str, set[str]] = {}
    for f, ranked in claims.items():
        best = min(ranked)[1]
        senses = _senses(gloss.get(best, "")) - {""}
        owners[f] = {m for _r, m in ranked if m == best or senses & _senses(gloss.get(m, ""))}
    return owners


#: English nouns that name a person and nothing else in Ding's glosses: the last word of
#: one English sense of a German noun ("Metzger" -> "butcher", "Imam" -> "imam"). Offices,
#: ranks, trades, arts, sport and church; words that also name a thing, a bird or a firm
#: ("player", "driver", "conductor", "governor", "editor", "trainer", "pilot", "miner",
#: "bishop", "vendor", "breeder", "head", "member", "guard", "agent", "coach", "major") are
#: left out.
_EN_PERSON_NOUNS = _words(
    """
    officer official worker chief priest monk nun soldier sailor artist judge clerk cook
    knight lord apprentice assistant deputy councillor councilor counsellor counselor
    minister secretary director manager president chairperson mayor commissioner inspector
    captain colonel lieutenant sergeant corporal admiral marshal vicar curate deacon pastor
    chaplain rabbi imam cantor organist professor lecturer student graduate doctor physician
    surgeon nurse midwife teacher tutor farmer butcher baker smith carpenter mason plumber
    tailor hunter forester shepherd singer musician drummer guitarist violinist pianist
    cellist composer dancer actor actress painter sculptor photographer writer author poet
    journalist reporter athlete swimmer rower skier goalkeeper defender midfielder winger
    cyclist referee champion winner rider employee entrepreneur consultant adviser advisor
    lawyer attorney notary accountant banker owner founder heir widower citizen resident
    neighbour neighbor tenant landlord passenger witness prisoner inmate refugee volunteer
    veteran pensioner retiree climber hiker pilgrim diver skipper warden steward butler
    servant herder vintner winemaker brewer innkeeper shopkeeper gardener sexton verger
    sacristan muezzin quarterback"""
)
#: English nouns of animals, plants, things and bodies: a German noun with such a sense, in
#: any of its Ding entries, names no person though another sense does ("Blaufisch ::
#: bluefish; tailor", "Jagdpanzer :: anti-tank vehicle; tank hunter", "Stenograph ::
#: shorthand machine; ... stenographer", "Keiler :: door-to-door seller" and "(male) wild
#: boar", "Wahlvorstand :: polling officer" and "election board", "Oberanrainer ::
#: upstream resident; upstream state").
_EN_THING_NOUNS = _words(
    """
    fish bluefish bird starling plant tree flower vehicle machine computer device tool
    instrument knot loop keyboard ship boat car tank insect spider dog horse boar pig cat
    animal board committee state"""
)
#: Gloss person rows whose common meaning is no person, though Ding's only masculine
#: entry is one: "das Militär" (the armed forces; Ding lacks the neuter), "Sanitär"
#: (plumbing; the plumber is Swiss), "Streuner" (mostly stray animals), "Stromer" (also an
#: electric car), "Popanz" (a bogey, a figure of speech), "Grenzposten" (also the border
#: post, a place: "Die Grenzposten Nord und Süd"), "Zellschaber" (a lab tool, "rubber
#: policeman").
_NOT_PERSON_GLOSS_ROWS = _words("Militär Sanitär Streuner Stromer Popanz Grenzposten Zellschaber")
#: English words in "-man" that name no man ("ottoman", "caiman", "snowman", the spider
#: "harvestman", the merman of tales; "woman" is feminine).
_NOT_MEN = (
    *("woman", "ottoman", "talisman", "doberman", "german", "roman", "caiman", "harvestman"),
    *("snowman", "sandman", "merman", "superman"),
)
#: Stems of superlatives and ordinals used as nouns ("Nächster", "Oberster", "Letzter"):
#: adjectival nouns, never a plain masculine noun in "-er".
_SUPERLATIVE_STEMS = ("nächst", "oberst", "letzt", "erst", "höchst", "jüngst", "ältest", "best")
#: Endings of adjectival nouns: participles ("Reisender", "Geschworener", "Bediensteter",
#: "Pensionierter") and adjectives in "-ig" ("Erstsemestriger").
_ADJECTIVAL_ENDINGS = ("nder", "ener", "eter", "ierter", "iger")
#: Words of an English phrase that describes rather than names ("title of professor").
_PHRASE_WORDS = _words("of to by for with in at from on as the a an")


def _senses_in_order(gloss: str) -> list[list[str]]:
    """The words of each English sense of a Ding gloss, in order, without labels."""
    clean = (re.sub(NOTES.pattern + r"|/[^/]*/", "", s) for s in gloss.split(";"))
    return [words for words in (c.split() for c in clean) if words]


def _names_a_person(words: list[str]) -> bool:
    """Is an English sense a person noun: at most three words, no preposition, the last an
    English person noun in "-man" or one of :data:`_EN_PERSON_NOUNS`?"""
    if len(words) > 3 or _PHRASE_WORDS & set(words):
        return False
    last = words[-1]
    if not re.fullmatch(r"[a-z]+", last):
        return False
    return last in _EN_PERSON_NOUNS or (
        len(last) > 4 and last.endswith("man") and not last.endswith(_NOT_MEN)
    )


def gloss_person_rows(
    tags: dict[str, set[str]],
    gloss: dict[str, str],
    known: set[str],
    later: dict[str, list[str]] | None = None,
) -> dict[str, tuple[str, str, str]]:
    """Masculine person nouns that Ding lists without a feminine, read from their English
    gloss: a military rank ("Major", "Fähnrich": Ding labels the gloss "(rank)"), or one of
    its senses, of at most three words and no preposition, ends in an English
    person noun in "-man" ("Fischer" -> "fisherman", "Mittelsmann" -> "middleman") or in one of
    :data:`_EN_PERSON_NOUNS` ("Metzger" -> "butcher", "Zimmerer" -> "carpenter"). Only nouns
    that are masculine and nothing else in Ding ("Nickel" is also the metal), of six letters
    or more ("Major" is also a surname), no "-mann" without a linking "s", with no sense
    that names an animal, a plant, a thing or a body (:data:`_EN_THING_NOUNS`; the senses
    of ``later`` entries too: "Keiler" is also the wild boar), not one of
    :data:`_NOT_PERSON_GLOSS_ROWS`, not adjectival
    ("Einheimischer": Ding lists the plural "Einheimische"; "Nächster"), not ``known`` and no
    compound of a ``known`` head ("Ministerpräsident" is read by "Präsident")."""
    rows: dict[str, tuple[str, str, str]] = {}
    for word, tag in tags.items():
        if word in known or word in _NOT_PERSON_GLOSS_ROWS:
            continue
        if "m" not in tag or not tag <= {"m", "pl"} or len(word) < 6:
            continue  # short words: "Hauer" (a miner, a tusk) would head "Warschauer"
        if _has_role_head(word, known):
            continue  # "Ministerpräsident": read by its head, whose feminine it shares
        if word.endswith("mann") and not word[:-4].endswith("s"):
            continue  # "Bergmann", "Zimmermann": surnames more often (as app.lexicon.roles)
        text = gloss.get(word, "")
        rank = "(rank)" in text  # "Fähnrich :: Officer Cadet [Br.] (rank)": a military rank
        senses = _senses_in_order(text)
        if not senses or (not senses[0][0][:1].islower() and not rank):
            continue  # a capitalised gloss: a demonym, a title or a name
        low = word.lower()
        if low.endswith(_ADJECTIVAL_ENDINGS) or low[:-2].endswith(_SUPERLATIVE_STEMS):
            continue  # participles, adjectives and superlatives as nouns
        if low.endswith("er") and "pl" in tags.get(word[:-1], ()) and word[:-2] not in tags:
            continue  # "Einheimischer" beside "Einheimische {pl}" (not "Fischer": "Fisch")
        every = senses + [w for g in (later or {}).get(word, ()) for w in _senses_in_order(g)]
        if any(words[-1] in _EN_THING_NOUNS for words in every):
            continue  # "Blaufisch :: bluefish; tailor", "Ranker :: ... plant; climber"
        if rank or any(_names_a_person(words) for words in senses):
            rows[word] = ("noun", word, "")
    return rows


def build_roles(
    tags: dict[str, set[str]],
    gloss: dict[str, str],
    pairs: set[tuple[str, str]],
    later: dict[str, list[str]] | None = None,
) -> list[tuple[str, str, str]]:
    masc = {w for w, t in tags.items() if "m" in t}
    fem = {w for w, t in tags.items() if "f" in t}
    owners = _feminine_owners(masc, fem, gloss)
    rows: dict[str, tuple[str, str, str]] = {}
    capitalised: dict[str, str] = {}
    for m in sorted(masc):
        for f in _feminine_candidates(m):
            if f in fem:
                if m not in owners[f]:
                    break  # "Pol" is no person: "Polin" is the feminine of "Pole"
                if gloss.get(m, "")[:1].isupper():
                    capitalised[m] = f  # a demonym ("Bayer" -> "Bavarian") or a title
                else:
                    rows[m] = ("noun", m, f)
                break
    # adjectival person nouns: "Angeklagter {m}; Angeklagte {f}" or "Vorsitzende {m,f}"
    for w, t in tags.items():
        if w.endswith("er") and (w, w[:-1]) in pairs and w[:-1] not in rows:
            if not gloss.get(w, "")[:1].isupper():
                rows[w] = ("adj", w, w[:-1])
        elif w.endswith("e") and "m" in t and "f" in t and len(w) > 5:
            if w + "r" in rows or gloss.get(w, "")[:1].isupper():
                continue
            if re.search(r"(end|t|ig|en|isch|lich|ll)e$", w):  # participles, adjectives
                rows[w + "r"] = ("adj", w + "r", w)
    # weak masculine person nouns Ding lists without a feminine: "Torschütze" ("goal scorer")
    for m in sorted(masc):
        if m in rows or not m.endswith("e") or len(m) < 5 or m in capitalised:
            continue
        if "f" in tags[m] or m.lower().endswith(_NOT_PERSON_HEADS):
            continue  # adjectival nouns are handled above; "Buchstabe", "Kaffee" are things
        first = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", gloss.get(m, "").split(";")[0]).strip()
        last = first.split(" ")[-1] if first else ""
        if last.islower() and last.endswith(_AGENT_ENDINGS):
            rows[m] = ("noun", m, "")
    heads = {m for kind, m, _f in rows.values() if kind == "noun"}
    for m, f in capitalised.items():
        if _has_role_head(m, heads):
            rows[m] = ("noun", m, f)  # "Bundespräsident" -> "Federal President"
        else:
            rows[m] = ("demonym", m, f)
    # after the heads above, so that no gloss row makes a demonym a compound ("Warschauer")
    rows.update(gloss_person_rows(tags, gloss, set(rows), later))
    manual = OUT / "roles_manual.tsv"
    for line in manual.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, m, f = [*line.split("\t"), "", "", ""][:3]
        rows[m or f] = (kind, m, f)
    return sorted(rows.values(), key=lambda r: (r[1] or r[2]).lower())


_PLACE = re.compile(r"^([A-ZÄÖÜ][\wäöüß-]+)(?:\s*\{[a-z,]+\})?(?:\s*[(\[/]|$)")


def build_places(path: Path) -> list[str]:
    """Single-word geographic names of Ding ("Russland", "Berlin", "Pjöngjang")."""
    out: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if "[geogr.]" not in line or " :: " not in line:
                continue
            german, english = line.split(" :: ", 1)
            if not english[:1].isupper():
                continue  # an ordinary geographic term ("Abhang" -> "slope")
            for alt in german.split(" | ")[0].split("; "):
                m = _PLACE.match(alt.strip())
                if m:
                    out.add(m.group(1))
    return sorted(out)


def build_nouns(tags: dict[str, set[str]], min_zipf: float) -> list[str]:
    from wordfreq import zipf_frequency  # build-time only

    out = []
    for word in tags:
        if len(word) < 3 or not word[0].isupper() or word.isupper():
            continue
        if zipf_frequency(word, "de") >= min_zipf:
            out.append(word)
    return sorted(set(out))


def _per_spans(rows: list[tuple[str, str]]) -> list[list[str]]:
    spans: list[list[str]] = []
    cur: list[str] = []
    for tok, tag in rows:
        if tag in ("B-PER", "B-person"):
            if cur:
                spans.append(cur)
            cur = [tok]
        elif tag in ("I-PER", "I-person") and cur:
            cur.append(tok)
        else:
            if cur:
                spans.append(cur)
            cur = []
    if cur:
        spans.append(cur)
    return spans


def read_ner_corpora(shared: Path) -> list[list[str]]:
    spans: list[list[str]] = []
    ner = shared / "ner"
    for name in ("train", "dev", "test"):
        rows = []
        for line in (ner / "wikiann_de" / name).read_text(encoding="utf-8").splitlines():
            if "\t" not in line:
                rows.append(("", "O"))
                continue
            tok, tag = line.split("\t")
            rows.append((tok.removeprefix("de:"), tag))
        spans += _per_spans(rows)
    rows = []
    for line in (ner / "germeval2014" / "NER-de-dev.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 3 or line.startswith("#"):
            rows.append(("", "O"))
            continue
        rows.append((cols[1], cols[2]))
    spans += _per_spans(rows)
    with zipfile.ZipFile(ner / "mobie" / "ner_conll03_formatted.zip") as zf:
        for member in zf.namelist():
            rows = []
            for line in zf.read(member).decode("utf-8").splitlines():
                cols = line.split("\t")
                if len(cols) < 4:
                    rows.append(("", "O"))
                    continue
                rows.append((cols[0], cols[3]))
            spans += _per_spans(rows)
    return spans


#: English words that head band, film and company names in WikiANN ("The", "Big").
_ENGLISH_WORDS = _words(
    """the new big black blue little old united international windows pro point classic comic
    country crazy ladies left large small true screen shooting publishing professional
    embedded device head heavy iron ice red slam sugar sun master champion chief doctor
    count sister sergeant king prince royal catch chill chic juice magnum superman hulk
    vader peanuts butterfly bugs lol line lie blind flip fab stone hill west north good bad
    star lucky mister miss young dirty"""
)

#: Corpus noise among "first tokens of person names" (WikiANN titles and list pages).
_NOT_GIVEN_NAMES = _words(
    """Liste Herzogtum Heiligen Heilige Lord Lady Madame Monsieur Meister Haus Reich Ding Joint
    Park Punch Kid Brett Dame Kiefer Art Roman Rabbi Marschall Sir Saint Sankt Don Mister
    Miss"""
)


def read_nam_dict(path: Path) -> dict[str, tuple[str | None, int, int]]:
    """name -> (gender "m"/"f"/None, highest frequency in German-speaking countries 0-13,
    highest frequency in any country).

    ``nam_dict.txt`` is Jörg Michael's list of first names (GNU FDL 1.2 or later), as
    shipped by the ``gender-guesser`` package. Columns 41-44 are East Frisia, Germany,
    Austria and Switzerland.
    """
    genders: dict[str, set[str | None]] = {}
    freq: dict[str, int] = {}
    anywhere: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or len(line) < 31 or line.startswith("="):
            continue
        code = line[:2].strip()
        raw = line[3:29].strip()
        de = max(
            (int(ch, 16) for ch in line[41:45] if ch.strip() and ch in "0123456789ABCD"), default=0
        )
        top = max((int(ch, 16) for ch in line[30:85] if ch in "0123456789ABCD"), default=0)
        gender = "m" if code.endswith("M") else "f" if code.endswith("F") else None
        forms = {raw.replace("+", "-"), raw.replace("+", "")} if "+" in raw else {raw}
        for form in forms:
            if " " in form:
                continue
            genders.setdefault(form, set()).add(gender)
            freq[form] = max(freq.get(form, 0), de)
            anywhere[form] = max(anywhere.get(form, 0), top)
    out: dict[str, tuple[str | None, int, int]] = {}
    for name, gs in genders.items():
        gender = gs.pop() if len(gs) == 1 else None
        out[name] = (gender, freq[name], anywhere[name])
    return out


def build_given_names(
    spans: list[list[str]],
    nam_dict: dict[str, tuple[str | None, int, int]],
    nouns: set[str],
    role_words: set[str],
    places: set[str],
) -> list[tuple[str, str]]:
    """(name, gender) rows: "m", "f" or "" when unknown or either."""
    import simplemma  # build-time only here

    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    for span in spans:
        if len(span) >= 2:
            first[span[0]] += 1
            last[span[-1]] += 1
    candidates: dict[str, str] = {}
    for word, count in first.items():
        if last[word] > count:
            continue  # a surname ("Putin Wladimir" in a list)
        if word.endswith("s") and first[word[:-1]] > count:
            continue  # "Karls", "Ottos": genitives
        if word in _NOT_GIVEN_NAMES or word.lower() in _ENGLISH_WORDS:
            continue
        if word in nouns and count < 3:
            continue
        candidates[word] = ""
    for word, (gender, _freq, _top) in nam_dict.items():
        candidates[word] = gender or ""
    out = []
    for word in sorted(candidates):
        if not re.fullmatch(r"[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?", word) or word.isupper():
            continue
        _g, german_freq, top_freq = nam_dict.get(word, (None, 0, 0))
        common = (
            word in nouns
            or (word[-1] in "ns" and word[:-1] in nouns)
            or (word[-2:] in {"en", "es"} and word[:-2] in nouns)
            or word in places
            or word in role_words
            or word[:-1] in role_words
            or simplemma.lemmatize(word, lang="de")[:1].islower()
        )
        if common and german_freq < 5 and top_freq < 8:
            continue  # "Rose", "Will", "Paris", "Bauer": words first, names second
        gender = candidates[word]
        if not gender and word in nam_dict:
            gender = nam_dict[word][0] or ""
        out.append((word, gender))
    return out


def build_word_given_names(
    nam_dict: dict[str, tuple[str | None, int, int]], given: set[str]
) -> list[tuple[str, str]]:
    """(name, gender) of German first names left out of the given names as words first.

    "Wolfram", "Till", "Hagen": nam_dict knows them as German first names of one gender
    (frequency >= 2 in Germany, Austria or Switzerland), but they are also ordinary
    words, so the people rules accept them only before a surname or after a role noun.
    """
    out = []
    for word, (gender, german_freq, _top) in sorted(nam_dict.items()):
        if word in given or not gender or german_freq < 2:
            continue
        if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", word):
            out.append((word, gender))
    return out


def write_word_given_names(rows: list[tuple[str, str]]) -> None:
    (OUT / "given_name_words.tsv").write_text(
        "# name<TAB>gender: German first names that are also ordinary words. Built by\n"
        "# training/build_people_lexicon.py from nam_dict.txt by Jörg Michael (c) 2007-2008,\n"
        "# GNU Free Documentation License 1.2 or later; this list is under the GNU FDL too.\n"
        + "".join(f"{name}\t{gender}\n" for name, gender in rows),
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", "--shared", dest="shared", type=Path, default=DEFAULT_DATA,
        help="the data folder with ding/ and ner/ (see training/data.py)",
    )  # fmt: skip
    parser.add_argument("--min-zipf", type=float, default=1.5)
    parser.add_argument(
        "--nam-dict",
        type=Path,
        default=None,
        help="nam_dict.txt (default: the copy in the installed gender-guesser package)",
    )
    parser.add_argument(
        "--word-names-only",
        action="store_true",
        help="only rebuild given_name_words.tsv (needs nam_dict and given_names.tsv)",
    )
    args = parser.parse_args()
    if args.nam_dict is None:
        import gender_guesser  # build-time only: pip install gender-guesser==0.4.0

        args.nam_dict = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    if args.word_names_only:
        lines = (OUT / "given_names.tsv").read_text(encoding="utf-8").splitlines()
        known = {line.split("\t")[0] for line in lines if line and not line.startswith("#")}
        rows = build_word_given_names(read_nam_dict(args.nam_dict), known)
        write_word_given_names(rows)
        print(f"given name words: {len(rows)}")
        return
    shared: Path = args.shared
    if not (shared / "ding").is_dir():
        parser.error(f"{shared / 'ding'} not found: pass --data DIR (see training/data.py)")
    tags, gloss, pairs, later = read_ding(shared / "ding" / "de-en.txt.gz")
    roles = build_roles(tags, gloss, pairs, later)
    nouns = build_nouns(tags, args.min_zipf)
    role_words = {w for k, m, f in roles for w in (m, f) if w and k != "demonym"}
    places = build_places(shared / "ding" / "de-en.txt.gz")
    nam_dict = read_nam_dict(args.nam_dict)
    demonyms = {w for k, m, f in roles for w in (m, f) if k == "demonym"}
    given = build_given_names(
        read_ner_corpora(shared), nam_dict, set(nouns) - demonyms, role_words, set(places)
    )
    OUT.mkdir(parents=True, exist_ok=True)
    header = "# kind\tmasculine\tfeminine (built by training/build_people_lexicon.py from Ding)\n"
    (OUT / "roles.tsv").write_text(
        header + "".join(f"{k}\t{m}\t{f}\n" for k, m, f in roles), encoding="utf-8"
    )
    with gzip.open(OUT / "nouns.txt.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# common nouns of Ding (built by training/build_people_lexicon.py)\n")
        fh.write("\n".join(nouns) + "\n")
    (OUT / "given_names.tsv").write_text(
        "# name<TAB>gender (m, f or ? for unknown or either). Built by\n"
        "# training/build_people_lexicon.py from\n"
        "# nam_dict.txt by Jörg Michael (c) 2007-2008, GNU Free Documentation License 1.2 or\n"
        "# later, and from the German NER corpora WikiANN, GermEval 2014, MobIE. This derived\n"
        "# list is released under the GNU FDL 1.2 or later as well.\n"
        + "".join(f"{name}\t{gender or '?'}\n" for name, gender in given),
        encoding="utf-8",
    )
    write_word_given_names(build_word_given_names(nam_dict, {name for name, _g in given}))
    (OUT / "places.txt").write_text(
        "# geographic names of Ding (built by training/build_people_lexicon.py)\n"
        + "\n".join(places)
        + "\n",
        encoding="utf-8",
    )
    counts = f"roles: {len(roles)}  nouns: {len(nouns)}  given names: {len(given)}"
    print(f"{counts}  places: {len(places)}")


if __name__ == "__main__":
    main()
