"""Ages stated in the sentence rather than next to the name.

"im Alter von 95 Jahren", "ist 42 Jahre alt", "ihren 100. Geburtstag" (a person of the
same sentence), "der 61-Jährige" (the subject of a recent sentence, gender from the
article), "die 34 Jahre alte Lehrerin Maria Schulz" (the name that follows).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from app.lexicon import words as lex
from app.lexicon.numbers import TENS, UNITS, VALUES
from app.lexicon.roles import RoleNoun, adjective_stem, analyze_role, qualifier_stem
from app.people.cluster import Cluster
from app.people.phrases import np_start, place_adjective, role_at
from app.people.scan import finditer
from app.people.tags import read_age, skip_tags
from app.people.view import TokenView

#: After "mit seinen 40 Jahren": a preposition makes the years a span ("im Amt", "in der
#: Firma", "als Trainer", "bei Siemens"), no age.
_NO_SPAN = (
    r"(?!\s+(?:im|in|als|bei|beim|am|an|auf|für|unter|nach|seit|ohne|vor|zu|zum|zur|aus|"
    r"von|vom|über|hinter|Dienst)\b)"
)

#: Stated ages. The words these allow before the number are the ones that keep it exact
#: ("erst", "gerade", "heute"); "knapp", "fast", "über", "damals" and the like are rejected in
#: one place, :func:`not_exact_age`, which also sees the words that "(?:\w+\s+){0,2}" let in.
AGE_STATEMENTS = (
    re.compile(r"\b[Ii]m Alter von (?:(?:nur|erst|gerade|bereits) )?(?P<age>\d{1,3}) Jahren\b"),
    # at a death only: "ist mit 27 Jahren gestorben", "starb 2019 mit 81 Jahren" (not
    # "gründete mit 23 Jahren die Firma": the age at some earlier event; see _died_in_clause)
    re.compile(r"\b(?P<died>[Mm]it) (?P<age>\d{1,3}) Jahren\b"),
    # retiring now: "geht mit 70 Jahren in den Ruhestand", "geht mit 62 in Pension" (not
    # "ging": the age at some earlier time)
    re.compile(
        r"\b(?:geht|gehen|tritt|treten)\s+(?:\w+\s+){0,2}mit (?P<age>\d{1,3})(?: Jahren)? "
        r"(?:in den Ruhestand|in Rente|in Pension|in den Vorruhestand)\b"
    ),
    # fronted: "Mit 67 geht Bürgermeister A in Rente" (the subject after the verb)
    re.compile(
        r"\bMit (?P<age>\d{1,3})(?: Jahren)?(?= (?:geht|tritt) [^.;:,]*?\bin "
        r"(?:den Ruhestand|Rente|Pension|den Vorruhestand)\b)"
    ),
    # "ist am Mittwoch 80 geworden" (a rank is "Dritter geworden", "ist 12. geworden")
    re.compile(
        r"\b(?:ist|sind)\s+(?:am \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+\s+|(?:\w+\s+){0,2})"
        r"(?P<age>\d{1,3}|[a-zäöü]{3,})\s+(?:Jahre\s+alt\s+)?geworden\b"
    ),
    re.compile(
        r"\b(?:ist|war|wird|wurde|sei|wäre|werde)\s+(?:am \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+\s+|"
        r"(?:\w+\s+){0,2})(?P<age>\d{1,3}|[a-zäöü]{3,})\s+Jahre\s+alt\b"
    ),
    re.compile(r"\b(?P<poss>[Ss]einen|[Ii]hren)\s+(?P<age>\d{1,3})\.\s+Geburtstag\b"),
    # verb last, in a relative clause: "Anna Berg, die 45 Jahre alt ist,"
    re.compile(
        r"(?<=, )(?:der|die) (?:(?:heute|inzwischen|mittlerweile|nun|jetzt|erst|gerade|bereits|"
        r"schon|bald|noch|am \w+) ){0,2}(?P<age>\d{1,3}) Jahre alt "
        r"(?:ist|war|wird|wurde)\b"
    ),
    # a bare number at the clause's end right after the subject: "A ist 45.", "A wird am
    # Sonntag 80." (only adverbs or a day between; see _bare_subject); "wurde 96." only
    # near a death (else a rank: "wurde 12."); not "war 17" (an age at some past time)
    re.compile(
        r"\b(?P<bare>ist|wird|wurde)\s+(?:(?:am|im)\s+[A-ZÄÖÜ][a-zäöü]+\s+|(?P<adv>[a-zäöü]+)\s+)?"
        r"(?P<age>\d{1,3})(?=\s*[.,;](?!\d)|\s+und\s)"
    ),
    # "Mit ihren 82 Jahren fährt A noch Rad": the age now (or at the time told of)
    # (not "Mit seinen 40 Jahren Erfahrung": a noun after it)
    # (nor "Mit seinen 40 Jahren im Amt": a span of time)
    re.compile(
        r"\b[Mm]it (?P<poss>seinen|ihren) (?P<age>\d{1,3}) Jahren\b(?!\s+[A-ZÄÖÜ])" + _NO_SPAN
    ),
    # "Trotz ihrer 90 Jahre fährt A noch Rad" (not "trotz seiner 40 Jahre Erfahrung",
    # "Trotz ihrer 30 Jahre im Amt")
    re.compile(
        r"\b[Tt]rotz (?P<poss>seiner|ihrer) (?P<age>\d{1,3}) Jahre\b(?!\s+[A-ZÄÖÜ])" + _NO_SPAN
    ),
    # "A ist mit 31 Jahren der jüngste Landrat": not "ist mit 17 Jahren ausgewandert"
    re.compile(
        r"\b(?:ist|wird)\s+(?:\w+\s+){0,2}mit (?P<age>\d{1,3}) Jahren (?:der|die|das) "
        r"(?:[Jj]üngst|[Ää]ltest)"
    ),
    # fronted: "Mit 21 Jahren ist A die jüngste Ortsvorsteherin" (the subject after the
    # verb, _fronted_subject; not "Mit 17 Jahren ist A ausgewandert", nor "war")
    re.compile(
        r"\bMit (?P<age>\d{1,3}) Jahren(?= (?:ist|wird) [^.;:,]*?\b(?:der|die) "
        r"(?:[Jj]üngst|[Ää]ltest))"
    ),
    # "starb 87-jährig", "ist 87-jährig": the uninflected adjective is said of the subject
    # (only after "ist"/"war" or at a death: _death_or_copula); before an inflected
    # adjective or participle it says how long ("60-jährig verheiratete"), except "gestorben"
    re.compile(
        r"(?<![\w-])(?P<age>\d{1,3})-jährig(?![\w-])"
        r"(?!\s+(?!(?:ge|ver)storben\b)[a-zäöüß]+(?:e|en|er|es|em|t)\b)"
    ),
)
#: Adverbs that open a sentence before the verb and its subject ("Jetzt hört die ... auf").
FRONT_ADVERBS = lex.words(
    "Jetzt Nun Dann Danach Inzwischen Heute Damit Zuletzt Seitdem Trotzdem Dennoch Außerdem "
    "Bislang Bisher Später Zudem Morgen Gestern Seither Mittlerweile"
)

#: A death in the clause: "im Alter von 92 Jahren" or "87-jährig" is then the age at death,
#: not the age at some earlier event ("hatte im Alter von 30 Jahren geheiratet", "kam
#: 1960 20-jährig nach Berlin").
DEATH = re.compile(r"\b(?:starb|verstarb|gestorben|verstorben|erlag|erlegen|ums Leben)\b")
#: "der 61-Jährige", "die 48-Jährige": a noun that refers back to the person just mentioned.
#: Also spelled out, "die Hundertjährige", "der Achtzigjährige" (group 4; see spelled_age).
#: An approximation or a past time before the number ("der knapp 50-Jährige", "der damals
#: 19-Jährige") is :func:`not_exact_age`'s to reject, not listed here.
AGE_BACKREF = re.compile(
    r"\b([Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es)\s+(?:(?:erst|gerade|inzwischen|mittlerweile|heute|"
    r"nun|jetzt|bald)\s+)?(?:(\d{1,3})-Jährige|([A-ZÄÖÜ][a-zäöüß]+)jährige)(n|r)?\b"
)
_UNITS = {w: VALUES[w] for w in UNITS}
_TENS = {w: VALUES[w] for w in TENS}


def spelled_age(word: str) -> int | None:
    """The number of a spelled-out age stem: "Hundert" 100, "Achtzig" 80, "Einundneunzig"
    91, "Hundertzwei" 102, "Sieben" 7; None for anything else ("Vor", "Null")."""
    w = word.lower()
    base = 0
    for head in ("einhundert", "hundert"):
        if w.startswith(head):
            base, w = 100, w[len(head) :]
            break
    if not w:
        return base or None
    if w in _UNITS or w in _TENS:
        n = _UNITS.get(w, _TENS.get(w, 0))
    elif "und" in w:
        unit, _, tens = w.partition("und")
        if unit not in _UNITS or _UNITS[unit] == 0 or _UNITS[unit] > 9 or tens not in _TENS:
            return None
        n = _UNITS[unit] + _TENS[tens]
    else:
        return None
    return base + n if n else None


#: "die 34 Jahre alte Lehrerin Maria Schulz", "der 34-jährige Max Müller": age before a name.
#: "Die 54-Jährige Karin Wegmann" (the noun spelled as the adjective): only a name right after
#: (see _attribute_ages); "der 68-Jährige Anleger um ... betrogen" is an object noun.
AGE_ATTRIBUTE = re.compile(r"\b(\d{1,3})(?:-jährige|-(?P<noun>Jährige)|\s+Jahre\s+alte)[nrms]?\s+")
#: "die neunjährige Mia A", "der achtzigjährige A": a spelled-out age (news spells out
#: one to twelve) before a name; the stem must be a number ("langjährige", "volljährige",
#: "diesjährige" are none, see spelled_age).
SPELLED_ATTRIBUTE = re.compile(r"\b(?P<spelled>[a-zäöüß]{3,})jährige[nrms]?\s+")

#: Words right before a number that make it no exact age ("knapp 50", "über 80", "rund
#: 30", "mehr als 90", "um die 40"), the age at a time gone by ("der damals 19-jährige")
#: or an age denied ("keine 30 Jahre alt", "nicht 40, sondern"; "nicht einmal 20-jährige"
#: below, not "gerade einmal 14").
_APPROXIMATE = lex.words(
    "knapp fast über rund etwa circa ca. gut beinahe nahezu annähernd ungefähr mindestens "
    "höchstens unter nicht keine kaum"
)
#: Adverbs of a time gone by ("der damals 19-jährige", "Damals war A 30"). The one list of
#: them: :func:`not_exact_age` rejects them before the number, :data:`_PAST_TIME` (what
#: places "war 25 Jahre alt" in the past) is built on them.
_PAST_ADVERBS = lex.words("damals einst seinerzeit ehemals früher")
#: Prepositions of a time point right before the age ("der zur Tatzeit 17-jährige A", "der
#: zum Unfallzeitpunkt 19-Jährige", "der bei Amtsantritt 42-jährige", "der zu Saisonbeginn
#: 18-jährige"): the age then, not now.
_AT_THAT_TIME = lex.words("zur zum zu bei beim")
#: Words of the time phrase between the preposition and the number besides nouns ("zum
#: Zeitpunkt der Wahl", "zum Zeitpunkt ihres Rücktritts").
_TIME_PHRASE_WORDS = lex.words("der des ihres seines ihrer seiner")
#: Adverbs between a time phrase and the number ("der zum Zeitpunkt der Tat erst 17-jährige").
_FOCUS_ADVERBS = lex.words("erst schon bereits noch gerade eben")


def not_exact_age(doc: TokenView, number: int) -> bool:
    """Is the number at token ``number`` no exact age now: an approximation ("der knapp
    50-jährige", "ist über 80 Jahre alt", "im Alter von fast 90 Jahren", "mehr als 90",
    "um die 40"), the age at a time gone by ("der damals 19-jährige A") or at a point in
    time named before it ("der zur Tatzeit 17-jährige A"), or an age denied ("keine 30
    Jahre alt", "nicht einmal 20-jährige")? The sidebar shows an age only when the text
    states it exactly, now ("der erst 19-jährige", "die heute 74-jährige" keep theirs)."""
    before = doc.word(number - 1)
    if before.lower() in _APPROXIMATE or before.lower() in _PAST_ADVERBS:
        return True
    if _after_time_point(doc, number):
        return True  # "der zur Tatzeit 17-jährige A": the age at the time of the deed
    two = f"{doc.word(number - 2).lower()} {before}"
    if two == "um die":
        return doc.word(number).isdigit()  # "ist um die 40", not "um die 45-jährige A"
    return two in {"mehr als", "weniger als", "gut über", "knapp über", "nicht einmal"}


def _after_time_point(doc: TokenView, number: int) -> bool:
    """Does "zur"/"zum"/"zu"/"bei"/"beim" and a noun phrase of time stand right before the
    number ("der zur Tatzeit 17-jährige", "der zum Zeitpunkt der Wahl 42-jährige", "der bei
    Amtsantritt 42-jährige")? Only nouns, articles and possessives between: not "Zur
    Eröffnung kam der 42-jährige A" (a verb between), "zum Tod der 91-jährigen A" (an
    article before the number), "der zur Halbzeit eingewechselte 19-Jährige" (an attribute
    before it) or "der zur Zeit 34-jährige" ("zurzeit": now)."""
    last = number - 1 - (doc.word(number - 1) in _FOCUS_ADVERBS)  # "zur Tatzeit erst 17-"
    if doc.word(last) in lex.DETERMINERS or not doc.word(last)[:1].isupper():
        return False  # "zum Tod der 91-jährigen A", "der zur Halbzeit eingewechselte 19-"
    for k in range(last - 1, max(last - 6, -1), -1):
        if not doc.same_sentence(k, number):
            return False
        w = doc.word(k)
        if w.lower() in _AT_THAT_TIME:
            # "der zur Zeit 34-jährige": "zur Zeit" is "zurzeit", now
            return (w.lower(), doc.word(k + 1)) != ("zur", "Zeit")
        if not (w[:1].isupper() or w in _TIME_PHRASE_WORDS):
            return False
    return False


def _dateline(doc: TokenView, lo: int, dash: int) -> bool:
    """Is the dash at ``dash`` the end of a dateline that opens the text or a line (after
    a byline "Von A" or "Interview: A"): "Frankfurt -", "Frankfurt (epd) -", "Bad Homburg
    (dpa/lhe) -"?"""
    head = doc.words[lo:dash]
    if not head or not head[0][:1].isupper():
        return False
    if lo != 0 and "\n" not in doc.text[doc.ends[lo - 1] : doc.starts[lo]]:
        return False
    if "(" in head:
        k = head.index("(")
        return head[-1] == ")" and 1 <= k <= 3
    return len(head) <= 3 and all(w[:1].isupper() for w in head)


def dateline_end(doc: TokenView, lo: int, k: int) -> int:
    """The token after the dash of a dateline that opens the sentence at ``lo`` before
    token ``k`` ("Köln (Reuters) - Neue Chefin ..."), else ``lo``."""
    for i in range(lo, min(k, lo + 8)):
        if doc.words[i] in {"-", "–"}:
            return i + 1 if _dateline(doc, lo, i) else lo
    return lo


def _is_subject_like(doc: TokenView, first: int) -> bool:
    """Does the mention at ``first`` open its sentence (after articles, roles, adverbs)?"""
    i = first - 1
    lo = doc.sentence_start(first)
    while i >= lo:
        w = doc.words[i]
        lw = w.lower()
        nxt = doc.words[i + 1]
        if w in {"-", "–"} and _dateline(doc, lo, i):
            return True  # "Frankfurt (epd) - Die Schriftstellerin A ...": the dateline ends
        attributive = (
            w.islower()
            and adjective_stem(w) is not None
            and (nxt[:1].isupper() or adjective_stem(nxt) is not None)
        )
        if (
            lw in lex.DETERMINERS
            or (w.endswith("s") and lex.is_place(w) and analyze_role(nxt) is not None)
            or lw in lex.SUBJECT_LEAD
            or w in lex.TITLES
            or w in {",", "„", '"', "»", "–"}
            or attributive
            or analyze_role(w) is not None
        ):
            i -= 1
            continue
        return False
    return True


#: Verbs of "Für A ist es der letzte Titel", "Für A war das ein Schock", "Für A bedeutet
#: dies den Abschied": with "es"/"das"/"dies" as their grammatical subject.
_TOPIC_VERBS = lex.words("ist war wird wäre bedeutet bedeutete")


def _fronted_for_topic(doc: TokenView, first: int) -> bool:
    """Is the mention at ``first`` the topic of its sentence in "Für (Manager) A ist es
    der letzte Titel": "für" opens the sentence, the finite verb and "es"/"das"/"dies"
    follow the name? The person is then who the sentence is about, like a subject (not
    "Für A stimmten 40 Abgeordnete", nor "Für A ist der Trainer zuständig": another
    subject)."""
    lo = doc.sentence_start(first)
    start = np_start(doc, first)
    while start > lo and (doc.words[start - 1] in lex.TITLES or role_at(doc, start - 1)):
        start -= 1
    if start - 1 != lo or doc.words[lo] != "Für":
        return False
    stop = first
    while stop < doc.n and doc.same_sentence(first, stop) and doc.words[stop][:1].isupper():
        stop += 1
    stop = skip_tags(doc, stop)
    return doc.word(stop) in _TOPIC_VERBS and doc.word(stop + 1) in {"es", "das", "dies"}


def _subject_or_topic(doc: TokenView, first: int) -> bool:
    """Is the mention at ``first`` the apposition of the role phrase that opens its
    sentence ("Der Präsident des Verbands, A, kündigte Widerstand an") or its topic ("Für
    Manager A ist es der letzte Titel")? When it is the nearest candidate, "der
    67-Jährige" after it means this person, not the subject of an earlier sentence (read
    only for the nearest: "Der Bischof von X, A, hat B zum Generalvikar ernannt. Der
    52-Jährige" keeps meaning B, the nearer one)."""
    lo = doc.sentence_start(first)
    return _apposition_of_opening_role(doc, first, lo) or _fronted_for_topic(doc, first)


def _apposition_of_opening_role(doc: TokenView, first: int, lo: int) -> bool:
    """Is the mention at ``first`` the apposition of a role phrase that opens its
    sentence ("Der Chef der Kieler Verkehrsbetriebe, Sir A, tritt zurück")? Then it is
    the subject too. The
    phrase: articles, adjectives, a role noun, then only its genitive or "von" complement
    (capitalised words, articles, "von"), no verb."""
    comma = first - 1
    while comma > lo and doc.words[comma] in lex.TITLES:
        comma -= 1
    if doc.words[comma] != "," or comma <= lo:
        return False
    h = dateline_end(doc, lo, comma)
    while h < comma and (
        doc.words[h].lower() in lex.DETERMINERS
        or (doc.words[h].islower() and adjective_stem(doc.words[h]) is not None)
    ):
        h += 1
    if h >= comma or analyze_role(doc.words[h]) is None:
        return False
    return all(
        w[:1].isupper() or w in lex.DETERMINERS or w in {"von", "vom"}
        for w in doc.words[h + 1 : comma]
    )


#: An age found in a sentence: (cluster index, priority, character position, age).
_Found = tuple[int, int, int, int]


def sentence_ages(doc: TokenView, clusters: list[Cluster]) -> None:
    """Ages stated in the sentence rather than next to the name.

    Each is added to its person's ``ages`` as (priority, position, age); the person's age
    is the one with the lowest priority, then position: 0 right at the name ("Anna Berg
    (42)", "die 34 Jahre alte Lehrerin Maria Schulz"), 1 a statement in the sentence,
    2 a back-reference ("der 61-Jährige").
    """
    if not clusters:
        return
    mentions = _Mentions(doc, clusters)
    statements = list(_statement_ages(doc, mentions))
    mentions.stated = {(idx, age) for idx, _prio, _pos, age in statements}
    for idx, priority, position, age in (
        *statements,
        *_backref_ages(doc, mentions),
        *_attribute_ages(doc, mentions),
        *_shared_ages(doc, mentions),
        *_gapped_ages(doc, mentions),
        *_inverted_ages(doc, mentions),
        *_paired_bracket_ages(doc, mentions),
    ):
        clusters[idx].ages.append((priority, position, age))


#: The end of a clause right after a group's age: a comma or semicolon, a full stop that
#: ends the sentence, "und" and no number ("… sind beide 33 Jahre alt und kommen"); not
#: "sind jeweils 50.000 Euro schuldig", "jeweils 3. geworden", "beide 3 und 4 Punkte".
_CLAUSE_END = r"\s*[,;](?!\d)|\s*\.(?!\d)(?!\s+[a-zäöüß])|\s+und\s(?!\d)"
#: "die beiden Frauen sind jeweils 31", "Die beiden sind 31 und 29 Jahre alt", "beide
#: Männer sind 40 Jahre alt": an age statement about two people at once.
_SHARED_AGES = re.compile(
    r"\b(?:[Dd]ie beiden|[Bb]eide)(?: (?P<noun>Frauen|Männer))? (?:sind|waren) "
    r"(?:(?:jeweils|beide) )?(?P<age>\d{1,3})(?: und (?P<second>\d{1,3}))?"
    r"(?: Jahre alt)?(?=" + _CLAUSE_END + ")"
)
#: "A und B, beide 45, kamen", "..., beide 17." at the end of the clause, "A und B (beide
#: 45)", ", beide 45 Jahre alt,": the shared age in apposition.
_BOTH_APPOSITION = re.compile(r"(?:, |\()beide (?P<age>\d{1,3})(?: Jahre alt)?(?:[,)]|(?=[.;]))")
#: "A und B sind beide 26 Jahre alt", "A und B sind jeweils 40", "A und B sind 26 Jahre
#: alt": one age stated of two names joined by "und" right before the verb (not "waren
#: jeweils 18, als …": an age gone by).
_BOTH_PREDICATE = re.compile(
    r" sind (?:(?:beide|jeweils) (?P<age>\d{1,3})(?: Jahre alt)?|(?P<alt>\d{1,3}) Jahre alt)"
    r"(?=" + _CLAUSE_END + ")"
)


def _shared_ages(doc: TokenView, mentions: _Mentions) -> Iterator[_Found]:
    """Ages stated about two people at once: the two people (of the noun's gender) named
    before the statement in its sentence and the sentence before, exactly two; "31 und
    29" in the order they were named. Without a noun ("Die beiden sind 8 und 6"), no
    common noun may stand between the later name and the statement: "A und B haben zwei
    Söhne. Die beiden sind 8 und 6." speaks of the sons. "A und B, beide 45,": both names
    before."""
    for match in finditer(_SHARED_AGES, doc.text):
        tok = doc.token_at(match.start())
        age = read_age(match.group("age"))
        if age is None or doc.blocked[tok]:
            continue
        noun = match.group("noun")
        gender = None if noun is None else ("f" if noun == "Frauen" else "m")
        sent = doc.sent[tok]
        k = bisect.bisect_left(mentions.firsts, tok)
        window: list[tuple[int, int, int]] = []  # the mentions in reverse text order
        while k > 0 and sent - doc.sent[mentions.order[k - 1][0]] <= 1:
            k -= 1
            window.append(mentions.order[k])
        order: list[int] = []
        for _first, _stop, idx in reversed(window):
            if idx not in order and (gender is None or mentions.clusters[idx].gender == gender):
                order.append(idx)
        if len(order) != 2:
            continue
        last_stop = max(stop for _first, stop, idx in window if idx in order)
        if noun is None and _noun_between(doc, last_stop, tok):
            continue
        second = read_age(match.group("second")) if match.group("second") else age
        if second is None:
            continue
        yield order[0], 1, match.start(), age
        yield order[1], 1, match.start(), second
    for match in [*finditer(_BOTH_APPOSITION, doc.text), *finditer(_BOTH_PREDICATE, doc.text)]:
        tok = doc.token_at(match.start() + (match.group(0)[0] == " "))  # right after B
        age = read_age(match.group("age") or match.groupdict().get("alt") or "")
        b = mentions.starting_at(mentions.first_by_stop.get(tok, -1))
        if age is None or b is None or doc.blocked[tok]:
            continue
        k = bisect.bisect_left(mentions.firsts, tok) - 1
        while k >= 0 and mentions.order[k][2] == b:
            k -= 1
        if k < 0:
            continue
        a_first, a_stop, a = mentions.order[k]
        if doc.word(a_stop) != "und" or not _role_of_b_only(
            doc, a_stop + 1, mentions.order[k + 1][0]
        ):
            continue  # only "A und B, beide 45," or "A und dem Informatiker B, beide 45,"
        if match.re is _BOTH_PREDICATE and not _opens_clause(doc, a_first):
            continue  # "Die Kinder von A und B sind 8 Jahre alt": not theirs
        yield a, 1, match.start(), age
        yield b, 1, match.start(), age


def _role_of_b_only(doc: TokenView, start: int, b_first: int) -> bool:
    """Do the tokens between "und" and B (``start`` .. ``b_first``) hold nothing but B's
    own article and role: "A und B", "der Physikerin A und dem Informatiker B, beide 34".
    An article must come first and the role be one capitalised word or two (after a
    title such as "Dr."): "A und der Vater von B", "A und Freunde B" and "A und dem
    Sohn des B" are no pair of two named people."""
    if b_first == start:
        return True
    if b_first - start > 3 or doc.word(start).lower() not in lex.DETERMINERS:
        return False
    return (
        all(
            doc.word(t)[:1].isupper() and doc.word(t).replace(".", "").isalpha()
            for t in range(start + 1, b_first)
        )
        and b_first > start + 1
    )


def _opens_clause(doc: TokenView, first: int) -> bool:
    """Does the name at token ``first`` open its sentence, after nothing but articles and
    capitalised words that are no preposition ("Die Gründerinnen A und B sind …"; not
    "Die Kinder von A und B sind …", "Laut A und B sind …")?"""
    t = first - 1
    while t >= 0 and doc.same_sentence(t, first):
        w = doc.word(t)
        low = w.lower()
        if low in lex.PREPOSITIONS | _MORE_PREPOSITIONS or not (
            low in lex.DETERMINERS or w[:1].isupper()
        ):
            return False
        t -= 1
    return True


#: "A und B (61 und 58)": two ages in one bracket right after two coordinated names.
_PAIRED_BRACKET = re.compile(r"\((?P<first>\d{1,3}) und (?P<second>\d{1,3})\)")


def _paired_bracket_ages(doc: TokenView, mentions: _Mentions) -> Iterator[_Found]:
    """Ages in a bracket after two names joined by "und", in the order the names stand:
    "die Brüder Carsten und Frank Detmering (61 und 58)". Only when the bracket follows the
    second name at once and "und" alone stands between the two names."""
    for match in finditer(_PAIRED_BRACKET, doc.text):
        tok = doc.token_at(match.start())  # the opening bracket
        if doc.blocked[tok]:
            continue
        first, second = read_age(match.group("first")), read_age(match.group("second"))
        b_first = mentions.first_by_stop.get(tok, -1)
        b = mentions.starting_at(b_first)
        if first is None or second is None or b is None or doc.word(b_first - 1) != "und":
            continue
        a_first = mentions.first_by_stop.get(b_first - 1, -1)
        a = mentions.starting_at(a_first)
        if a is None or a == b or not doc.same_sentence(a_first, tok):
            continue
        yield a, 0, match.start(), first
        yield b, 0, match.start(), second


#: Nouns of time that say nothing about who "die beiden" are ("29 Jahre alt", "am Montag").
_TIME_WORDS = lex.WEEKDAYS | lex.MONTHS | lex.words("Jahr Jahre Jahren")


def _noun_between(doc: TokenView, start: int, stop: int) -> bool:
    """Does a common noun (no place, no word of time) stand in [start, stop)? "die beiden"
    may then mean the things or people it names."""
    return any(
        doc.words[t][:1].isupper()
        and doc.words[t] not in _TIME_WORDS
        and not doc.other_entity[t]
        and not lex.is_place(doc.words[t])
        and lex.is_common_noun(doc.words[t])
        for t in range(start, stop)
    )


class _Mentions:
    """Every mention of every person in text order, and who an age may belong to."""

    def __init__(self, doc: TokenView, clusters: list[Cluster]) -> None:
        self.doc = doc
        self.clusters = clusters
        #: (first token, stop token, cluster index) of every mention, sorted
        self.order = sorted(
            (m.first, m.stop, idx) for idx, c in enumerate(clusters) for m in c.mentions
        )
        self.firsts = [o[0] for o in self.order]
        self.starts = set(self.firsts)
        #: stop token -> first token of a mention ending there
        self.first_by_stop = {stop: first for first, stop, _idx in self.order}
        #: (cluster index, age) of the ages stated in a sentence ("ihren 100. Geburtstag")
        self.stated: set[tuple[int, int]] = set()

    def starting_at(self, tok: int) -> int | None:
        """The person with a mention that starts at token ``tok``."""
        k = bisect.bisect_left(self.firsts, tok)
        if k < len(self.order) and self.order[k][0] == tok:
            return self.order[k][2]
        return None

    def stop_at(self, tok: int) -> int:
        """The stop token of the (first) mention that starts at token ``tok``, which must be a
        mention's first token (:meth:`starting_at` is not None)."""
        return self.order[bisect.bisect_left(self.firsts, tok)][1]

    def compatible(self, idx: int, gender: str | None, age: int | None = None) -> bool:
        """Same gender, and for ``age``: no other age stated at the name ("(63)")."""
        g = self.clusters[idx].gender
        if age is not None and any(p == 0 and a != age for p, _pos, a in self.clusters[idx].ages):
            return False  # "Anna Berg (63) ... Die 38-Jährige": somebody else
        return gender is None or g is None or g == gender

    def before(self, tok: int, gender: str | None, sentences_back: int) -> int | None:
        """The most recent compatible person within ``sentences_back`` sentences."""
        sent = self.doc.sent[tok]
        k = bisect.bisect_left(self.firsts, tok) - 1
        while k >= 0:
            first, _stop, idx = self.order[k]
            if sent - self.doc.sent[first] > sentences_back:
                return None
            if self.compatible(idx, gender):
                return idx
            k -= 1
        return None

    def same_sentence_person(self, tok: int, gender: str | None) -> int | None:
        """Whose age a statement at ``tok`` gives: a compatible person of its sentence,
        or the referent of its subject pronoun ("Er starb im Alter von 96 Jahren.")."""
        doc = self.doc
        idx = self.before(tok, gender, 0)
        if idx is not None:
            return idx
        lo = doc.sentence_start(tok)
        words = {w.lower() for w in doc.words[lo:tok]}
        if words & lex.SUBJECT_PRONOUNS:
            # "Sie starb im Alter von 93 Jahren, wie ihr Sohn Jan mitteilte": the pronoun's
            # person, not one named later in the sentence
            pronoun = None if words >= lex.SUBJECT_PRONOUNS else "m" if "er" in words else "f"
            # "Anna B … Er ist 80 Jahre alt": the pronoun that opens the sentence gives
            # its gender (not one inside a clause: "Seine Frau, mit der er lebte, starb")
            opener = pronoun if doc.words[lo].lower() in {"er", "sie"} else None
            idx = self.referent(tok, gender or opener)
            k = bisect.bisect_left(self.firsts, tok) - 1
            if idx is not None and k >= 0 and kin_between(doc, self.order[k][1], tok, pronoun):
                return None  # "A traf seinen Vater. Er ist 80.": A or the father?
            if idx is not None and opener and self.clusters[idx].gender is None:
                hi = tok
                while hi + 1 < doc.n and doc.same_sentence(tok, hi + 1):
                    hi += 1
                other = "sie" if opener == "m" else "er"
                if any(w.lower() == other for w in doc.words[tok : hi + 1]):
                    return None  # "Er ist 89 Jahre alt, sie 86": a man and a woman, and
                    # the person's gender unknown
            return idx
        sent = doc.sent[tok]
        k = bisect.bisect_left(self.firsts, tok)
        while k < len(self.order) and doc.sent[self.order[k][0]] == sent:
            if self.compatible(self.order[k][2], gender):
                return self.order[k][2]
            k += 1
        return None

    def referent(
        self, tok: int, gender: str | None, oblique: bool = False, age: int | None = None
    ) -> int | None:
        """Who "der 61-Jährige" means: the subject of a recent sentence, else the last one.

        ``oblique`` ("dankte dem 41-Jährigen"): not the subject of the same sentence.
        Nobody, when a person without a name was mentioned after the candidates.
        """
        doc = self.doc
        sent = doc.sent[tok]
        k = bisect.bisect_left(self.firsts, tok) - 1
        if age is not None:
            same = self._same_age_back(k, sent, gender, age)
            if same is not None:
                return same  # "A feiert ihren 100. Geburtstag. B gratuliert. Die 100-Jährige"
        if k >= 0 and unnamed_person_between(
            doc, self.order[k][1], tok, gender, self.starts, self._subject_backref
        ):
            return None
        fallback: int | None = None
        plain: int | None = None  # the last one not after a preposition or "wie"
        while k >= 0:
            first, stop, idx = self.order[k]
            if sent - doc.sent[first] > 2:
                break
            if doc.sent[first] == sent and (oblique or _clausemate_name(doc, stop, tok)):
                k -= 1
                continue
            if self.compatible(idx, gender, age):
                nearest = fallback is None
                if nearest:
                    fallback = idx
                if _is_subject_like(doc, first) or (nearest and _subject_or_topic(doc, first)):
                    if self._reported_other(idx, first, gender, age):
                        return None  # "A sagte, B genieße ... Der 41-Jährige": A or B?
                    if self._object_other(idx, first, gender, age):
                        return None  # "Trainer A lobte B. Der 21-Jährige ...": A or B?
                    if nearest and self._kin_of_earlier(k, sent, idx, first, gender, age):
                        return None  # "A stellte ihren Film vor. Ihre Tochter B spielt
                        # mit. Die 60-Jährige": A or B?
                    return idx
                if plain is None and not _governed(doc, first):
                    plain = idx
            k -= 1
        chosen = plain if plain is not None else fallback
        if chosen is None and not oblique:
            return self._lone_subject_back(k, sent, gender, age, tok)
        if chosen is not None and self._subject_further_back(k, sent, chosen, gender, age):
            return None  # "Die Autorin A ... unter Vorsitz der Kritikerin B ... die 39-Jährige"
        return chosen

    def _kin_of_earlier(
        self, k: int, sent: int, idx: int, first: int, gender: str | None, age: int | None
    ) -> bool:
        """Is the mention at ``first`` a kin noun after a possessive of ``gender`` ("Ihre
        Tochter B", "Sein Sohn B") whose owner may be a compatible person named before it
        within the window of :meth:`referent`? A back-reference may then mean either (not
        "Sein Nachfolger B": an office, a new person the story turns to)."""
        doc = self.doc
        start = np_start(doc, first)
        owner = lex.POSSESSOR_GENDER.get(doc.word(start).lower())  # "Ihre Tochter B"
        role = role_at(doc, start + 1)
        if owner is None or owner != gender or role is None or role.kind != "family":
            return False
        while k > 0:
            k -= 1
            o_first, _stop, other = self.order[k]
            if sent - doc.sent[o_first] > 2:
                return False
            if other != idx and self.compatible(other, gender, age):
                return True
        return False

    def _same_age_back(self, k: int, sent: int, gender: str | None, age: int) -> int | None:
        """The one compatible person named up to :data:`_BACKREF_REACH` sentences back
        whose age the text already stated as ``age``: "die 100-Jährige" is then that
        person, not the subject named since ("Oberbürgermeisterin B gratulierte")."""
        found: set[int] = set()
        while k >= 0:
            first, _stop, idx = self.order[k]
            if sent - self.doc.sent[first] > _BACKREF_REACH:
                break
            has = (idx, age) in self.stated or any(
                a == age for _p, _pos, a in self.clusters[idx].ages
            )
            if has and self.compatible(idx, gender, age):
                found.add(idx)
            k -= 1
        return found.pop() if len(found) == 1 else None

    def only_one(self, tok: int, gender: str | None, idx: int) -> bool:
        """Is ``idx`` the only compatible person named up to :data:`_BACKREF_REACH`
        sentences before ``tok``?"""
        sent = self.doc.sent[tok]
        k = bisect.bisect_left(self.firsts, tok) - 1
        while k >= 0:
            first, _stop, other = self.order[k]
            if sent - self.doc.sent[first] > _BACKREF_REACH:
                break
            if other != idx and self.compatible(other, gender):
                return False
            k -= 1
        return True

    def _lone_subject_back(
        self, k: int, sent: int, gender: str | None, age: int | None, tok: int
    ) -> int | None:
        """ "Die Lyrikerin A erhält den Preis. [two sentences about the prize] Im Gespräch
        erzählt die 44-Jährige, ...": with nobody compatible in the window of
        :meth:`referent`, the one compatible person named as a subject within
        :data:`_BACKREF_REACH` sentences, when nobody else compatible is named there."""
        found: int | None = None
        last = tok
        subject = False
        while k >= 0:
            first, stop, idx = self.order[k]
            if sent - self.doc.sent[first] > _BACKREF_REACH:
                break
            if self.compatible(idx, gender, age):
                if found not in {None, idx}:
                    return None
                if found is None:
                    last = stop
                found = idx
                subject = (
                    subject
                    or _is_subject_like(self.doc, first)
                    or _apposition_of_opening_role(self.doc, first, self.doc.sentence_start(first))
                )  # "Der Chef der X, A, tritt zurück": the apposition of the subject
            k -= 1
        if found is not None and unnamed_person_between(
            self.doc, last, tok, gender, self.starts, self._subject_backref
        ):
            return None  # "Maler A … Ein Besucher beschwerte sich. … Der 31-jährige Mann"
        return found if subject else None

    def _subject_further_back(
        self, k: int, sent: int, chosen: int, gender: str | None, age: int | None
    ) -> bool:
        """Is another compatible person, the subject of an earlier sentence, named before
        the mention at ``order[k]`` (beyond the window of :meth:`referent`, within
        :data:`_TOPIC_SENTENCES` of sentence ``sent``)? Then a "die 39-Jährige" whose
        nearest candidate is no subject may mean either: a story's main person stays its
        topic over several sentences (not over a whole document: a long text of many
        stories would always have one, and the walk would cost a pass over all names)."""
        while k >= 0:
            first, _stop, idx = self.order[k]
            if sent - self.doc.sent[first] > _TOPIC_SENTENCES:
                return False
            if (
                idx != chosen
                and self.compatible(idx, gender, age)
                and _is_subject_like(self.doc, first)
            ):
                return True
            k -= 1
        return False

    def _subject_backref(self, t: int) -> bool:
        """Is the role noun at ``t`` the subject of a sentence that names nobody and opens
        with it ("Die Bundesbauministerin begründete ...", "Jetzt hört die Ärztin auf")
        while the sentence before names exactly one person of its gender? Such a role
        speaks of that person (as in ``anaphora.anaphoric_roles``), so a later "die
        49-Jährige" still means them: no unnamed person stands in between."""
        doc = self.doc
        lo = doc.sentence_start(t)
        article = doc.words[t - 1] if t >= 1 else ""
        opening = t - 1 == lo and article in {"Der", "Die"}
        inverted = (
            t - 3 == lo
            and doc.words[lo] in FRONT_ADVERBS
            and doc.words[lo + 1].islower()
            and article in {"der", "die"}
        )
        if not (opening or inverted) or doc.word(t + 1)[:1].isupper():
            return False  # "Die Ministerin Anna Berg": a name follows
        role = role_at(doc, t, article.lower())
        if role is None or role.gender not in {"m", "f"}:
            return False
        sent = doc.sent[t]
        named: set[int] = set()
        k = bisect.bisect_left(self.firsts, lo) - 1
        while k >= 0 and doc.sent[self.order[k][0]] == sent - 1:
            named.add(self.order[k][2])
            k -= 1
        k = bisect.bisect_left(self.firsts, lo)
        if k < len(self.order) and doc.sent[self.order[k][0]] == sent:
            return False  # somebody is named in this sentence
        same = [i for i in named if self.clusters[i].gender == role.gender]
        return len(same) == 1 and not acted_upon(doc, t, role.gender)

    def _object_other(self, idx: int, first: int, gender: str | None, age: int | None) -> bool:
        """Is another compatible person, who has no stated age, named later in the
        sentence of the subject at ``first`` ("Trainer A lobte vor allem B")? Then a
        following "der 21-Jährige" may mean either."""
        doc = self.doc
        k = bisect.bisect_right(self.firsts, first)
        while k < len(self.order) and doc.same_sentence(first, self.order[k][0]):
            o_first, o_stop, other = self.order[k]
            before = doc.word(np_start(doc, o_first) - 1).lower()
            if (
                other != idx
                and before not in lex.SPEECH_VERBS  # not "„A ist ...“, sagte Trainer B"
                and before not in {"des", "der"}  # not "Chefdirigent der [Bamberger ...]"
                and not _governed(doc, o_first)  # not "studierte bei A"
                and not self._genitive_in_apposition(first, o_first, o_stop)
                and self.compatible(other, gender, age)
                and not self.clusters[other].ages
            ):
                return True
            k += 1
        return False

    def _genitive_in_apposition(self, first: int, o_first: int, o_stop: int) -> bool:
        """Is the mention [o_first, o_stop) a genitive attribute inside the apposition
        that follows the subject at ``first`` ("A, Enkel des Gründers B, bleibt"; also
        in a firm's name, "A, Gründer des Herstellers B Küchen, ist tot")? It
        describes the subject; it is no object the verb acts on."""
        doc = self.doc
        k = bisect.bisect_left(self.firsts, first)
        comma = skip_tags(doc, self.order[k][1] if k < len(self.order) else first + 1)
        end = o_stop
        while end < o_stop + 3 and doc.word(end)[:1].isupper() and doc.same_sentence(o_stop, end):
            end += 1  # "Gründer des Küchenherstellers A Küchen,": a firm named after A
        return (
            doc.word(comma) == ","
            and comma < o_first
            and "," not in doc.words[comma + 1 : o_first]
            and doc.word(end) == ","
            and noun_attribute(doc, o_first)
            and not _governed(doc, o_first)
        )

    def _reported_other(self, idx: int, first: int, gender: str | None, age: int | None) -> bool:
        """Is another compatible person the subject of the reported clause after the
        speaker at ``first`` ("A sagte, B genieße das Vertrauen")? Then a following "der
        41-Jährige" may mean either."""
        doc = self.doc
        j = first
        while j < doc.n and doc.same_sentence(first, j) and doc.words[j] != ",":
            j += 1
        if doc.word(j - 1).lower() not in lex.SPEECH_VERBS or not doc.same_sentence(first, j + 1):
            return False
        other = self.starting_at(j + 1)
        return other is not None and other != idx and self.compatible(other, gender, age)


#: Object pronouns of a person of that gender: "gratulierte ihr", "lobte ihn".
_OBJECT_PRONOUNS = {"m": frozenset({"ihn", "ihm"}), "f": frozenset({"ihr"})}
#: Auxiliaries of the passive: "A wurde angefahren", "ist festgenommen worden".
_PASSIVE = lex.words("wurde wurden worden")
#: Role nouns that name somebody's counterpart or the holder of a thing just mentioned
#: ("A hat gewonnen. Die Verliererin ...", "Ein Sägewerk brannte. Kommandant A sagte ...
#: Der Inhaber des Sägewerks ..."): without a name they introduce somebody new, so they
#: are no back-reference to the person named before (stems, also ends of compounds).
_COUNTERPART_STEMS = (
    "verlierer",
    "gegner",
    "rivale",
    "rivalin",
    "konkurrent",
    "herausforderer",
    "herausforderin",
    "kontrahent",
    "gegenkandidat",
    "vorgänger",
    "nachfolger",
    "stellvertreter",
    "inhaber",
    "besitzer",
    "eigentümer",
    "betreiber",
    "vermieter",
    "pächter",
)


def counterpart_role(word: str) -> bool:
    """Is ``word`` a role noun of :data:`_COUNTERPART_STEMS` ("Verliererin", "Inhaber",
    "Finalgegnerin"; not "Amtsinhaber", the holder of the office talked about)?"""
    low = word.lower()
    low = (
        low[:-2] if low.endswith("in") and not low.endswith(("rivalin", "herausforderin")) else low
    )
    return not low.startswith("amts") and any(low.endswith(s) for s in _COUNTERPART_STEMS)


def acted_upon(doc: TokenView, t: int, gender: str) -> bool:
    """Is the role noun at ``t``, the subject of a sentence that names nobody, likely
    somebody dealing with the person named in the sentence before, not that person?
    The sentence before is in the passive ("A wurde angefahren. Die Notärztin kam"), or
    the role's sentence holds an object pronoun of ``gender`` ("Die Gegenkandidatin
    gratulierte ihr", "Der Trainer lobte ihn"; "ihr" before a noun or an adjective is a
    possessive, "ihr neues Buch", and says nothing)."""
    lo = doc.sentence_start(t)
    if counterpart_role(doc.words[t]) or counterpart_role(doc.word(t + 1)):
        return True  # "A hat gewonnen. Die Verliererin ...": at the role noun or its article
    if lo > 0:
        before = doc.words[doc.sentence_start(lo - 1) : lo]
        if any(w in _PASSIVE for w in before) and not any(w in {"zum", "zur"} for w in before):
            return True
    for k in range(lo, doc.sentence_stop(t)):
        w = doc.words[k]
        if w not in _OBJECT_PRONOUNS.get(gender, frozenset()):
            continue
        nxt = doc.word(k + 1)
        if w == "ihr" and (nxt[:1].isupper() or adjective_stem(nxt) is not None):
            continue
        return True
    return False


def _governed(doc: TokenView, first: int) -> bool:
    """Does a preposition or "wie" stand before the noun phrase of the mention at
    ``first`` ("gegen Amtsinhaber A", "wie Ministerpräsidentin A mitteilte")? Such a
    person is rarely the one a following "Der 38-Jährige" means; the subject after the
    verb ("hat sich A ... durchgesetzt") is."""
    k = np_start(doc, first) - 1
    while k >= 0 and doc.words[k].lower() in lex.DETERMINERS and doc.same_sentence(k, first):
        k -= 1
    if k < 0 or not doc.same_sentence(k, first):
        return False
    w = doc.words[k].lower()
    return w in lex.PREPOSITIONS or w == "wie"


#: How many sentences back a story's subject may be the one a "die 39-Jährige" means.
_TOPIC_SENTENCES = 12
#: How far back a "die 44-Jährige" may reach for the one person it can mean (beyond the
#: two sentences before it that :meth:`_Mentions.referent` reads first).
_BACKREF_REACH = 4
#: Prepositions of a source or a company that :data:`lex.PREPOSITIONS` lacks.
_MORE_PREPOSITIONS = lex.words("laut neben dank trotz wegen samt")


def noun_attribute(doc: TokenView, first: int) -> bool:
    """Is the mention at ``first`` part of another noun's phrase, not a subject of its own:
    after a preposition or "wie" ("Der Vater von A ist ...", "Laut A ist ..."), or a
    genitive after a noun ("Die Tochter des Bürgermeisters A ist ...")?"""
    start = np_start(doc, first)
    if _governed(doc, first) or doc.word(start - 1).lower() in _MORE_PREPOSITIONS:
        return True
    article = doc.words[start].lower()
    return (
        start > doc.sentence_start(first)
        and article in {"des", "der"}
        and doc.words[start - 1][:1].isupper()
        and doc.words[start - 1].isalpha()
    )


def unnamed_person_between(
    doc: TokenView,
    start: int,
    tok: int,
    gender: str | None,
    mention_starts: set[int],
    backref: Callable[[int], bool] | None = None,
) -> bool:
    """ "übersah ein Autofahrer den Mann. Der 45-Jährige ...": someone without a name
    was mentioned after the named person, so the age may be theirs. ``backref``: role
    nouns that speak of a named person and so are nobody new."""
    for t in range(start, tok):
        w = doc.words[t]
        if doc.word(t - 1).lower() not in lex.DETERMINERS or t + 1 in mention_starts:
            continue
        if backref is not None and backref(t):
            continue
        if _names_a_thing(doc, t):
            continue  # "Gründer des Küchenherstellers Tiemeyer Küchen": a firm, nobody new
        if doc.word(t - 2) == "zu":
            continue  # "hat A zu seiner Präsidentin gewählt": what A became, nobody new
        if _clausemate_object(doc, t, tok):
            continue  # "Einen Nachfolger hat der 73-Jährige nicht gefunden": another one
        if w in lex.GENERIC_PERSONS:
            noun_gender = lex.GENERIC_PERSONS[w]
        else:
            role = role_at(doc, t)  # "des Düsseldorfer Schauspielhauses": a place adjective
            if role is None or role.kind not in {"noun", "adj"} or _dative_plural(w, role.base):
                continue
            if _plural_after_die(doc, t, role):
                continue  # "Die Beamten nahmen den 51-Jährigen fest": a group
            noun_gender = role.gender if role.gender in {"m", "f"} else None
        if gender is None or noun_gender is None or noun_gender == gender:
            return True
    return False


def _names_a_thing(doc: TokenView, t: int) -> bool:
    """Is the genitive role noun at ``t`` the label of a firm named right after it ("des
    Küchenherstellers Tiemeyer Küchen", "des Autobauers BMW")? The next word is another
    entity's, an acronym, or a capitalised word that is no common noun, given name or
    role (not "des Schülers Tim", "der Trainerin Anna": a person)."""
    nxt = t + 1
    if doc.word(t - 1) not in {"des", "der"} or nxt >= doc.n or not doc.same_sentence(t, nxt):
        return False
    w = doc.words[nxt]
    if doc.other_entity[nxt] or (len(w) >= 2 and w.isupper() and w.isalpha()):
        return True
    return (
        w[:1].isupper()
        and w.isalpha()
        and not lex.is_given_name(w)
        and not lex.is_common_noun(w)
        and analyze_role(w) is None
    )


def _clausemate_object(doc: TokenView, t: int, tok: int) -> bool:
    """Is the noun at ``t`` an accusative object with "einen"/"keinen" in the clause of the
    back-reference at ``tok`` (same sentence, no comma, conjunction or quote between)? The
    subject "der 73-Jährige" of that clause is then somebody else than the object."""
    if doc.word(t - 1).lower() not in {"einen", "keinen"} or not doc.same_sentence(t, tok):
        return False
    if doc.word(tok).lower() not in {"der", "die"}:
        return False
    return not any(doc.words[k] in CLAUSE_BREAKS for k in range(t + 1, tok))


def _clausemate_name(doc: TokenView, stop: int, tok: int) -> bool:
    """Does a name ending at ``stop`` stand in the clause of the back-reference "der/die
    N-Jährige" at ``tok`` (no comma, conjunction, quote or copula between)? "Seinen Anwalt
    A rief der 33-Jährige an": a co-argument of its clause, so somebody else ("A ist der
    33-Jährige, der …" is A)."""
    return doc.same_sentence(stop - 1, tok) and not any(
        doc.words[k] in CLAUSE_BREAKS or doc.words[k] in lex.COPULAS for k in range(stop, tok)
    )


#: Tokens that end a clause part or open another: punctuation, "und"/"oder", quotation
#: marks and brackets.
CLAUSE_BREAKS = frozenset({",", ";", ":", "und", "oder", "„", "“", "»", "«", "(", ")"})


def kin_between(doc: TokenView, start: int, stop: int, gender: str | None) -> bool:
    """Is a relative of that gender without a name ("ihre Mutter", "seinen Sohn") mentioned
    between ``start`` and ``stop``? (``gender`` None: of either gender.)"""
    for t in range(start, stop):
        if doc.word(t - 1).lower() not in lex.DETERMINERS:
            continue
        role = role_at(doc, t)
        if role is None or role.kind != "family":
            continue
        if gender is None or role.gender in {None, gender}:
            return True
    return False


def _plural_after_die(doc: TokenView, t: int, role: RoleNoun) -> bool:
    """ "die Beamten", "die Polizisten": a plural role noun after "die"."""
    if doc.word(t - 1).lower() != "die":
        return False
    w = doc.words[t]
    return (role.kind == "adj" and w.endswith("en")) or (role.kind == "noun" and role.gender == "m")


def _dative_plural(word: str, base: str) -> bool:
    """ "den Partnern", "den Mitarbeitern": a plural, not one more person."""
    return base.endswith(("er", "el")) and word == base + "n"


def _statement_ages(doc: TokenView, mentions: _Mentions) -> Iterator[_Found]:
    """ "im Alter von 95 Jahren", "ist 42 Jahre alt", "ihren 100. Geburtstag"."""
    for pattern in AGE_STATEMENTS:
        for match in finditer(pattern, doc.text):
            number = match.group("age")  # "ist neun Jahre alt": spelled out up to twelve
            age = read_age(number) if number[:1].isdigit() else spelled_age(number)
            tok = doc.token_at(match.start())
            if age is None or doc.blocked[tok]:
                continue
            if not_exact_age(doc, doc.token_at(match.start("age"))):
                continue  # "ist über 80 Jahre alt", "im Alter von knapp 90 Jahren"
            if doc.word(tok) in {"wird", "werde"} and _far_future(doc, tok):
                continue  # "In fünf Jahren wird A 90 Jahre alt": not the age now
            groups = match.groupdict()
            bare = groups.get("bare")
            if bare == "wurde" and not _death_told_near(doc, tok):
                continue  # "A wurde 12.": a rank; "A wurde 96. Er starb …": the age at death
            if bare and not _bare_subject(doc, mentions, tok, groups.get("adv"), match.group(0)):
                continue
            if groups.get("died") and not _died_in_clause(doc, tok):
                continue  # "Mit 23 Jahren gründete sie die Firma": not the age now
            if match.group(0)[1:9] == "m Alter " and _earlier_event_clause(doc, tok):
                continue  # "A, der im Alter von 12 Jahren zu malen begann": not the age now
            if match.group(0).endswith("-jährig") and not _death_or_copula(doc, tok):
                continue  # "wurde 25-jährig Weltmeister": the age at an earlier event
            possessive = (groups.get("poss") or "").lower()
            gender = "m" if possessive in {"seinen", "seiner"} else "f" if possessive else None
            if _in_relative_clause_of_a_thing(doc, tok, mentions):
                continue  # "widmete den Preis seinem Vater, der im Alter von 58 Jahren starb"
            if past_age(doc, tok):
                continue  # "Damals war A 30 Jahre alt", "Als A kam, war er 25 Jahre alt"
            if doc.word(tok) in _COPULAS and _unnamed_subject(doc, mentions, tok):
                continue  # "Ihre Katze ist 19 Jahre alt, sagt A", "Die Kanzlerin ist 64, sagte A"
            if doc.word(tok) in _COPULAS and _unnamed_subject_after(doc, mentions, tok):
                continue  # "Wie Sprecher A mitteilte, ist der Verletzte 64 Jahre alt"
            if doc.word(tok) == "wäre" and _counterfactual(doc, match):
                continue  # "Am Montag wäre A 100 Jahre alt geworden": she is dead
            verb = _verb_before(doc, tok)
            if (
                verb is not None
                and _unnamed_subject(doc, mentions, verb)
                and not _role_before_name(doc, mentions, _clause_start(doc, verb))
            ):
                continue  # "Der Schauspieler starb im Alter von 88 Jahren, teilte A mit"
            if _of_unnamed_noun(doc, mentions, tok):
                continue  # "Ein Mann im Alter von 45 Jahren wurde von A festgenommen"
            if possessive and match.group(0)[:1] in "MmTt" and _told_of_past(doc, tok):
                continue  # "Mit seinen 19 Jahren war A damals der jüngste Spieler"
            before = mentions.first_by_stop.get(tok, mentions.first_by_stop.get(tok - 1))
            if before is not None and noun_attribute(doc, before):
                continue  # "Die Mutter von A ist 80 Jahre alt", "Der Hund von A ist 12."
            if _possessor_before(doc, mentions, tok):
                continue  # "Jan Ohms Sohn ist zehn Jahre alt": the son's age
            opening = quote_opening(doc, tok)
            if opening is not None and not any(opening < f < tok for f in mentions.firsts):
                pronoun = doc.word(opening + 1)
                if (
                    pronoun in {"Er", "Sie"}
                    and tok == opening + 2
                    and doc.sentence_start(tok) in {opening, opening + 1}  # the mark may
                    # end the sentence before; not "sagt A: „Sie ist 90 …“" (about whom?)
                    and doc.word(opening - 1) != ":"
                ):
                    # "A ist tot. „Er war 91 Jahre alt …“, sagte B": the person before,
                    # not "A besuchte seinen Vater. „Er ist 90 …“"
                    sex = "m" if pronoun == "Er" else "f"
                    idx = mentions.referent(opening + 1, sex)
                    k = bisect.bisect_left(mentions.firsts, opening) - 1
                    if k >= 0 and kin_between(doc, mentions.order[k][1], opening, sex):
                        idx = None
                else:
                    continue  # "„Ich war 19 Jahre alt“, erzählt A", "sagt A: „Sie ist 90 …“"
            elif _clause_start(doc, tok) == tok:
                # "Im Alter von 102 Jahren ist A gestorben", "…: Mit seinen 17 Jahren darf A
                # spielen": the subject follows the verb, not a person before a colon
                verb = doc.token_at(match.end() - 1) + 1
                if match.group(0).startswith("Im Alter") and _past_event(doc, verb):
                    continue  # "Im Alter von 17 Jahren verließ A ihre Heimat": not now (not
                    # "Mit ihren 16 Jahren gewann A den Titel": the news of now)
                idx = _fronted_subject(doc, mentions, verb, gender)
            else:
                idx = mentions.same_sentence_person(tok, gender)
            if idx is not None:
                yield idx, 1, match.start(), age


def _possessor_before(doc: TokenView, mentions: _Mentions, verb: int) -> bool:
    """Is the subject right before the verb at ``verb`` a noun of a name in the genitive
    ("Jan Ohms Sohn ist", "Merkels Mann war"), the name only its possessor?"""
    noun = verb - 1
    return (
        noun > 0
        and doc.word(noun)[:1].isupper()
        and noun not in mentions.starts
        and noun in mentions.first_by_stop
        and doc.word(noun - 1).endswith(("s", "'"))
    )


#: "A ist 31, B 29 Jahre alt.", "A ist 31 und B 29.": a second subject with its age and
#: the copula left out (gapping), right after the first statement.
_GAPPED = re.compile(r"\b(?:ist|war) (?P<first>\d{1,3})(?: Jahre alt)?(?:,| und) ")


def _gapped_ages(doc: TokenView, mentions: _Mentions) -> Iterator[_Found]:
    """ "Vennekötter ist 31, Orthmann-Yilmaz 29 Jahre alt.": the name right after the
    comma (or "und"), then only its age, "Jahre alt" and the end of the sentence."""
    for match in finditer(_GAPPED, doc.text):
        tok = doc.token_at(match.end())
        if tok >= doc.n or doc.starts[tok] != match.end() or doc.blocked[tok]:
            continue
        idx = mentions.starting_at(tok)
        pronoun = idx is None
        if idx is None:
            idx = _gapped_pronoun(doc, mentions, tok, doc.token_at(match.start()))
            if idx is None:
                continue
            stop = tok + 1  # "sie": the subject of the first clause is a pronoun too
        else:
            stop = mentions.stop_at(tok)
        age, end = _number_then_end(doc, stop)
        closed = end == stop or doc.word(end) in {".", ";"}
        if age is None or not closed or not doc.same_sentence(tok, stop):
            continue
        verb = doc.token_at(match.start())
        first = mentions.first_by_stop.get(verb)
        subject = None
        if first is not None and _is_subject_like(doc, first):
            subject = mentions.starting_at(first)  # not "Die Rückennummer von A ist 31,"
        if subject is None and doc.word(end - 1) != "alt" and not pronoun:
            continue  # "Seine Startnummer war 31, B 29.": a bare number is an age only
            # after a person's own statement, or with "Jahre alt"
        yield idx, 1, doc.starts[stop], age
        if subject not in {None, idx}:
            # "A ist 31 und B 29.": the first statement is A's ("A ist 31," also alone)
            yield subject, 1, match.start(), int(match.group("first"))


def _number_then_end(doc: TokenView, stop: int) -> tuple[int | None, int]:
    """The age of the number at token ``stop`` right after a name ("B 29", "B 29 Jahre
    alt", "B 29." read as one ordinal token at the sentence's end) and the token after
    it, where the clause must end (``stop`` itself for the ordinal token)."""
    word, end = doc.word(stop), stop + 1
    if word.endswith(".") and (
        not doc.same_sentence(stop, end)
        or (doc.word(end)[:1].isupper() and doc.word(end) not in lex.MONTHS)
    ):
        word, end = word[:-1], stop
    elif doc.word(end) == "Jahre" and doc.word(end + 1) == "alt":
        end += 2
    return read_age(word), end


#: "Am Samstag wird A 90.": the subject after the verb, then only the age at the end.
_INVERTED_TURNS = re.compile(r"(?<=\S )wird (?=[A-ZÄÖÜ])")


def _inverted_ages(doc: TokenView, mentions: _Mentions) -> Iterator[_Found]:
    """ "Am Samstag wird A 90.", "Heute wird Altbürgermeister A 100 Jahre alt.": a phrase
    before "wird", then a name (a role noun may stand before it), then only the age and
    the end of the sentence (not "wird A 90 Minuten spielen")."""
    for match in finditer(_INVERTED_TURNS, doc.text):
        tok = doc.token_at(match.end())
        if tok >= doc.n or doc.starts[tok] != match.end() or doc.blocked[tok]:
            continue
        verb = tok - 1
        lo = _clause_start(doc, verb)
        if verb == lo:
            continue  # "Wird A 90?"
        if not any(w in _SOON for w in doc.words[lo:verb]) or _far_future(doc, verb):
            continue  # "Im Slalom wird A 3.": a rank; "Im Jahr 2040 wird A 90."
        if mentions.starting_at(tok) is None and role_at(doc, tok) is not None:
            tok += 1  # "wird Altbürgermeister A 90."
        idx = mentions.starting_at(tok)
        if idx is None:
            continue
        stop = mentions.stop_at(tok)
        age, end = _number_then_end(doc, stop)
        closed = end == stop or doc.word(end) in {".", "!"}
        if age is None or not closed or not doc.same_sentence(tok, stop):
            continue
        if end == stop and role_at(doc, stop + 1) is not None:
            continue  # "Am Montag wird A 2. Vorsitzender": an ordinal of the role
        if not_exact_age(doc, stop) or past_age(doc, stop):
            continue
        yield idx, 1, doc.starts[stop], age


#: Words of a time soon before "wird" in "Am Samstag wird A 90." (a weekday or month
#: comes from :data:`lex.WEEKDAYS` / :data:`lex.MONTHS`).
_SOON = (
    lex.WEEKDAYS
    | lex.MONTHS
    | lex.words(
        "heute Heute morgen übermorgen Wochenende Woche Monat demnächst bald nun jetzt Jetzt Nun"
    )
)
#: Spans that put "wird 90" years ahead: "In fünf Jahren", "in zwei Jahrzehnten".
_YEARS_AHEAD = lex.words("Jahren Jahrzehnten")


def _far_future(doc: TokenView, verb: int) -> bool:
    """Does the clause of the "wird" at token ``verb`` put the age years ahead ("In fünf
    Jahren wird A 90", "Im Jahr 2040 wird A 90 Jahre alt")? Its words before ``verb``
    and the two after it are read."""
    lo = _clause_start(doc, verb)
    for k in range(lo, min(verb + 3, doc.n)):
        w = doc.words[k]
        if (w.isdigit() and len(w) == 4) or (
            w in _YEARS_AHEAD and any(x.lower() == "in" for x in doc.words[max(lo, k - 3) : k])
        ):
            return True
    return False


def _gapped_pronoun(doc: TokenView, mentions: _Mentions, tok: int, verb: int) -> int | None:
    """ "Er ist 89 Jahre alt, sie 86.": the person the second pronoun means, when the
    first clause's subject right before the verb is the pronoun of the other gender (the
    two are then a man and a woman, not "sie" in the plural); None otherwise."""
    pronoun, first = doc.word(tok), doc.word(verb - 1).lower()
    if {pronoun, first} != {"er", "sie"} or verb - 1 != _clause_start(doc, verb - 1):
        return None
    k = bisect.bisect_left(mentions.firsts, verb) - 1
    if k < 0:
        return None
    lo = max(mentions.order[k][1], doc.sentence_start(doc.sentence_start(verb) - 1))
    if any(
        role_at(doc, t) is not None or doc.words[t] in lex.GENERIC_PERSONS for t in range(lo, verb)
    ):
        return None  # "… haben einen Sohn und eine Tochter. Er ist 8, sie 6."
    gender = "m" if pronoun == "er" else "f"
    idx = mentions.referent(tok, gender)
    if idx is None or mentions.clusters[idx].gender != gender:
        return None  # "Otto und Kim Kluge …": Kim's gender is not known
    start = doc.sentence_start(doc.sentence_start(verb) - 1)
    alike = {
        j
        for _first, _stop, j in mentions.order[bisect.bisect_left(mentions.firsts, start) : k + 1]
        if mentions.clusters[j].gender in {gender, None}
    }
    if alike != {idx}:
        return None  # "A und B …, sagt Pfarrerin C. Er ist 89, sie 86.": B or C?
    return idx


_COPULAS = lex.words("ist war wird wurde sei wäre werde")
#: Words that place "war 25 Jahre alt" at a time gone by, not now: "damals", "zur Tatzeit",
#: "bei ihrem ersten Sieg", "Als A kam, ...", "nachdem" (the adverbs are :data:`_PAST_ADVERBS`).
_PAST_TIME = _PAST_ADVERBS | lex.words("tatzeit zeitpunkt zeit als bei nachdem bevor während")
#: A year of the 19th to 21st century ("1989", "2027"), matched whole.
YEAR = re.compile(r"(?:1[89]|20)\d\d")


def past_age(doc: TokenView, tok: int) -> bool:
    """Does the past copula "war" at ``tok`` state an age at some time gone by ("Damals
    war A 30 Jahre alt", "1989 war A 30", "Zur Tatzeit war A 17", "Als A 1990 kam, war er
    25", "war 25 Jahre alt, als er ...")? Not in a sentence of a death ("Als sie starb, war
    sie 88"), where it is the age at death."""
    if doc.word(tok) not in {"war", "wäre"}:
        return False
    lo, hi = doc.sentence_start(tok), doc.sentence_stop(tok)
    if DEATH.search(doc.span_text(lo, hi)):
        return False
    return any(w.lower() in _PAST_TIME or YEAR.fullmatch(w) for w in doc.words[lo:hi])


_OPEN_QUOTES = frozenset({"„", "»"})
_CLOSE_QUOTES = frozenset({"“", "«", "”"})


def quote_opening(doc: TokenView, tok: int, reach: int = 120) -> int | None:
    """The opening quotation mark of the quote that token ``tok`` stands in ("„Sie ist
    90 Jahre alt“, sagt A": the statement is the speaker's words about somebody), else
    None; German marks („…“, »…«) and straight ones ('"', by their parity on the line)."""
    straight = 0
    k = tok - 1
    while k >= 0 and tok - k <= reach:
        w = doc.words[k]
        if w in _CLOSE_QUOTES:
            return None
        if w in _OPEN_QUOTES:
            return k
        if w == '"':
            straight += 1
        if "\n" in doc.text[doc.ends[k] : doc.starts[k + 1]]:
            break  # quotes of news close within their paragraph
        k -= 1
    if straight % 2 == 1:
        j = tok - 1
        while doc.words[j] != '"':
            j -= 1
        return j
    return None


def _fronted_subject(
    doc: TokenView, mentions: _Mentions, verb: int, gender: str | None
) -> int | None:
    """Whose age a statement before the finite verb at ``verb`` gives ("Im Alter von 88
    Jahren ist der Regisseur A gestorben"): the name that the subject after the verb is,
    after articles, adjectives, titles and role nouns; the pronoun's person ("… ist sie
    gestorben"); nobody when the subject is another noun ("ist die Mutter von A gestorben",
    "ist der Sänger noch gefragt, sagt Manager A")."""
    t = verb + 1
    if doc.word(t) in lex.SUBJECT_PRONOUNS:
        if doc.word(t) == "sie" and _plural_verb(doc.word(verb)):
            return None  # "Die Eltern von A … Mit ihren 90 Jahren fahren sie Rad": the parents
        return mentions.referent(t, gender)
    while t < doc.n and doc.same_sentence(verb, t) and mentions.starting_at(t) is None:
        w = doc.words[t]
        role = role_at(doc, t)
        if not (
            w.lower() in lex.DETERMINERS
            or (w.islower() and adjective_stem(w) is not None)
            or w in lex.TITLES
            or (role is not None and role.kind != "family")  # not "die Mutter von A"
        ):
            return None
        t += 1
    idx = mentions.starting_at(t) if t < doc.n and doc.same_sentence(verb, t) else None
    return idx if idx is not None and mentions.compatible(idx, gender) else None


def _plural_verb(word: str) -> bool:
    """Is the finite verb ``word`` a plural of the third person ("sind", "fahren",
    "wanderten", "tun")? A singular ends otherwise ("ist", "fährt", "fuhr", "kann",
    "gewann")."""
    return word == "sind" or (word.endswith("n") and not word.endswith("nn"))


def _unnamed_subject_after(doc: TokenView, mentions: _Mentions, verb: int) -> bool:
    """Does an article or possessive open the words between the copula at ``verb`` and
    the age, with no name among them ("Wie Sprecher A mitteilte, ist der Verletzte 64
    Jahre alt", "Laut A ist sein Sohn 19")? That noun phrase is the subject, not the
    person named elsewhere in the sentence."""
    if doc.word(verb + 1).lower() not in lex.DETERMINERS:
        return False
    t = verb + 1
    while t < doc.n and doc.same_sentence(verb, t) and read_age(doc.words[t]) is None:
        if mentions.starting_at(t) is not None:
            return False
        t += 1
    return True


def _counterfactual(doc: TokenView, match: re.Match[str]) -> bool:
    """Is "wäre … N Jahre alt" unreal ("wäre am Montag 100 Jahre alt geworden", "wäre
    heute 90 Jahre alt"): the age somebody dead would have reached?"""
    after = doc.text[match.end() : match.end() + 12].split()[:1]
    return [w.rstrip(".,;") for w in after] == ["geworden"] or "heute" in match.group(0).split()


def _past_event(doc: TokenView, verb: int) -> bool:
    """Is the finite verb at ``verb`` after a fronted age in the past tense, with no death
    in its sentence ("Im Alter von 17 Jahren verließ A ihre Heimat")? The age is then the
    age at that event, not now ("Im Alter von 93 Jahren starb A" keeps it). Not a
    perfect ("Im Alter von nur 24 Jahren hat A den Preis gewonnen": news of now). The
    parser's full indicative past only: a bare "Tense=Past" is its guess on an unknown
    form."""
    morph = doc.morphs[verb] if verb < doc.n else ""
    if (
        "Tense=Past" not in morph
        or "Mood=Ind" not in morph
        or doc.word(verb) in {"starb", "verstarb", "erlag"}
    ):
        return False
    lo, hi = doc.sentence_start(verb), doc.sentence_stop(verb)
    return _DIED.search(doc.span_text(lo, hi)) is None


def _clause_start(doc: TokenView, tok: int) -> int:
    """Where the main clause of token ``tok`` starts: its sentence's start, after a
    dateline ("Berlin (dpa) - ") or after the last colon or semicolon before ``tok``."""
    lo = doc.sentence_start(tok)
    lo = dateline_end(doc, lo, tok)
    colon = max((i for i in range(lo, tok) if doc.words[i] in {":", ";"}), default=lo - 1)
    return colon + 1


def _told_of_past(doc: TokenView, tok: int) -> bool:
    """Does the sentence of ``tok`` tell of a time gone by ("war", "wurde", "damals")?"""
    lo, hi = doc.sentence_start(tok), doc.sentence_stop(tok)
    return any(w.lower() in _PAST_WORDS for w in doc.words[lo:hi])


_PAST_VERBS = lex.words("war waren wurde wurden hatte hatten")
#: :func:`_told_of_past` reads both sets as one (built once, not for every word).
_PAST_WORDS = _PAST_VERBS | _PAST_TIME


def _of_unnamed_noun(doc: TokenView, mentions: _Mentions, tok: int) -> bool:
    """Does the statement at ``tok`` ("im Alter von 45 Jahren") follow a person noun
    without a name after its determiner ("Ein Mann im Alter von 45 Jahren", "eine
    Radfahrerin im Alter von ...")? It describes that person."""
    k = tok - 1
    w = doc.word(k)
    if not w[:1].isupper() or mentions.first_by_stop.get(tok) is not None:
        return False
    if doc.word(k - 1).lower() not in lex.DETERMINERS:
        return False
    return _person_noun(doc, k)


def _unnamed_subject(doc: TokenView, mentions: _Mentions, verb: int) -> bool:
    """Is the subject before the copula at ``verb`` a noun phrase without a name: a thing,
    an animal or a person not named ("Ihre Katze ist 19 Jahre alt", "Der Verein, dessen
    Vorsitzender A ist, wird 75", "Der Mann, der A half, ist 45", "Die Kanzlerin ist 64,
    sagte A")? It opens with a determiner and its head is a common noun or a role noun
    with no name in the phrase. An adverbial before the verb ("Heute ist A 66") or a name
    ("Die Schülerin A ist 14") is no such subject."""
    t = _clause_start(doc, verb)
    if t >= verb or doc.words[t].lower() not in lex.DETERMINERS:
        return False
    while t < verb and (
        doc.words[t].lower() in lex.DETERMINERS
        or (doc.words[t].islower() and adjective_stem(doc.words[t]) is not None)
    ):
        t += 1
    w = doc.word(t)
    if t >= verb or not w[:1].isupper() or doc.blocked[t] or doc.other_entity[t]:
        return False
    if mentions.starting_at(t) is not None:
        return False  # "Der Vogel ..." as a person's name
    if w in lex.GENERIC_PERSONS or role_at(doc, t) is not None:
        # "Die Schülerin A ist 14", "Der Kandidat der SPD, A, ist 56": a name in apposition
        # right before the verb ("Der Mann, der A half, ist 45" is no apposition)
        k = bisect.bisect_left(mentions.firsts, t + 1)
        while k < len(mentions.order) and mentions.order[k][0] < verb:
            first, stop, _idx = mentions.order[k]
            stop = skip_tags(doc, stop)
            if stop == verb or (stop == verb - 1 and doc.word(stop) == ","):
                return False
            start = np_start(doc, first)
            if (
                doc.word(start - 1) == ","
                and doc.word(start).lower() in lex.DETERMINERS
                and role_at(doc, start + 1) is not None
                and doc.word(verb - 1) == ","
                and all(
                    w[:1].isupper() or w in lex.PREPOSITIONS or w in lex.DETERMINERS
                    for w in doc.words[stop : verb - 1]
                )
            ):
                return False  # "Der Patient, der Schreiner A aus Kiel, ist 47" (not "Der
                # Mann, der Trainer A half, ist 45": a relative clause)
            k += 1
        return True
    return lex.is_common_noun(w) and not lex.is_place(w)  # "Ihr Hund Bello", "Die Firma B"


def _death_or_copula(doc: TokenView, tok: int) -> bool:
    """Does "N-jährig" at ``tok`` follow "ist"/"war" or stand in a sentence of a death?"""
    if doc.word(tok - 1) in {"ist", "war"}:
        return True
    lo = doc.sentence_start(tok)
    return DEATH.search(doc.span_text(lo, doc.sentence_stop(tok))) is not None


#: A death told by a verb in the clause of "mit 27 Jahren": DEATH and violent deaths.
_DIED = re.compile(
    rf"{DEATH.pattern}|\b(?:hingerichtet|ermordet|getötet|erschossen|tödlich verunglückt)\b"
)


#: Finite verbs after the subject of a clause that states an age at a death.
_DEATH_VERBS = lex.words("starb verstarb erlag ist war sind waren")


def _role_before_name(doc: TokenView, mentions: _Mentions, lo: int) -> bool:
    """Does the clause at ``lo`` open with an article, adjectives and a role noun right
    before a name not in the genitive ("Der Rapper A alias B ist …", not "Der Trainer
    Annas ist …")? That name is the subject."""
    t = lo
    while t < doc.n and (
        doc.words[t].lower() in lex.DETERMINERS
        or (doc.words[t].islower() and adjective_stem(doc.words[t]) is not None)
    ):
        t += 1
    role = role_at(doc, t)
    if t == lo or role is None or role.kind == "family":
        return False
    idx = mentions.starting_at(t + 1)
    return idx is not None and any(
        m.first == t + 1 and not m.genitive for m in mentions.clusters[idx].mentions
    )


def _verb_before(doc: TokenView, tok: int) -> int | None:
    """The finite verb of a death between the start of the clause of ``tok`` and
    ``tok``, after at least one word ("Ihr Mann starb mit 79 Jahren", "Der Sänger ist im
    Alter von 80 Jahren gestorben"), else None."""
    lo = _clause_start(doc, tok)
    for k in range(lo + 1, tok):
        if doc.words[k] in CLAUSE_BREAKS:
            return None
        if doc.words[k] in _DEATH_VERBS:
            return k
    return None


def _death_told_near(doc: TokenView, tok: int) -> bool:
    """Does the sentence of ``tok``, the one before or the one after tell of a death
    ("A ist tot. Er wurde 96.", "A wurde 96. Er starb in seinem Atelier")?"""
    lo, hi = doc.sentence_start(tok), doc.sentence_stop(tok)
    lo = doc.sentence_start(lo - 1) if lo > 0 else lo
    hi = doc.sentence_stop(hi) if hi < doc.n else hi
    text = doc.span_text(lo, hi)
    return _DIED.search(text) is not None or re.search(r"\b(?:ist|sei) tot\b", text) is not None


#: Auxiliaries of a past perfect: "hatte im Alter von 30 Jahren geheiratet".
_PLUPERFECT = frozenset({"hatte", "hatten", "war", "waren"})


def _earlier_event_clause(doc: TokenView, tok: int) -> bool:
    """Does "im Alter von N Jahren" at ``tok``, inside its sentence, tell of an earlier
    event, not of a death: in a relative clause in the simple past ("A, der im Alter von 12
    Jahren zu malen begann, …", "B, die im Alter von 20 Jahren nach Berlin kam, ist tot")
    or in a past perfect ("hatte im Alter von 30 Jahren geheiratet"), with no death in that clause
    ("A, die im Alter von 71 Jahren starb, …" keeps it)? The clause ends at commas,
    semicolons, colons, "und"/"oder" and quotation marks, as in :func:`_died_in_clause`."""
    if _died_in_clause(doc, tok):
        return False
    lo = tok
    while lo > doc.sentence_start(tok) and doc.words[lo - 1] not in CLAUSE_BREAKS:
        lo -= 1
    if any(w in _PLUPERFECT for w in doc.words[lo:tok]):
        return True
    if not (doc.word(lo - 1) == "," and doc.words[lo] in {"der", "die"} and lo < tok):
        return False
    hi = tok
    while hi < doc.sentence_stop(tok) and doc.words[hi] not in CLAUSE_BREAKS:
        hi += 1
    # the relative clause's verb in the simple past ("begann", "kam"), as the parser reads
    # it; not the present ("…, der im Alter von 68 Jahren in den Ruhestand tritt")
    return any(
        "Tense=Past" in doc.morphs[k] and "Mood=Ind" in doc.morphs[k] for k in range(tok, hi)
    )


def _died_in_clause(doc: TokenView, tok: int) -> bool:
    """Does the clause of "mit" at ``tok`` tell of a death ("starb 2019 mit 81 Jahren",
    "war im März mit 79 Jahren gestorben")? Clauses end at commas, semicolons, colons,
    "und"/"oder" and quotation marks (CLAUSE_BREAKS)."""
    lo, hi = tok, tok + 2  # "mit", the number, "Jahren"
    while lo > doc.sentence_start(tok) and doc.words[lo - 1] not in CLAUSE_BREAKS:
        lo -= 1
    while (
        hi + 1 < doc.n and doc.same_sentence(tok, hi + 1) and doc.words[hi + 1] not in CLAUSE_BREAKS
    ):
        hi += 1
    return _DIED.search(doc.span_text(lo, hi + 1)) is not None


def _bare_subject(
    doc: TokenView, mentions: _Mentions, tok: int, adverb: str | None, matched: str
) -> bool:
    """May "ist 45." at the copula ``tok`` state an age? Only right after a name (or its
    tags) whose phrase opens the sentence ("Anna Berg (SPD) ist 45.") or after a
    sentence-initial "Er"/"Sie" (not "Laut A ist der Zähler bei 45.", "Der Etat von A ist
    45."), with an adverb of time or a day ("am Sonntag", "im Mai") at most between."""
    if adverb is not None and adverb not in lex.PREDICATE_ADVERBS | _AGE_ADVERBS:
        return False
    words = matched.split()
    if words[1] in {"am", "im"} and words[2] not in lex.WEEKDAYS | lex.MONTHS:
        return False
    number = tok + len(words) - 1
    if doc.word(number + 1) not in {",", "und"} and doc.same_sentence(number, number + 2):
        return False  # "ist derzeit 12. der Weltrangliste": an ordinal, a rank
    prev = tok - 1
    if doc.word(prev) in {"Er", "Sie"} and prev == doc.sentence_start(tok):
        return True
    if doc.word(prev) == ")":
        while prev > 0 and doc.words[prev] != "(" and tok - prev < 8:
            prev -= 1
        prev -= 1
    if doc.word(prev) == ",":
        return _apposition_subject(doc, mentions, prev)
    first = mentions.first_by_stop.get(prev + 1)
    if first is None:
        return False
    # the name's phrase opens the sentence: the subject ("Der Etat von A ist 45." is not A's)
    lo = doc.sentence_start(first)
    return np_start(doc, first) in {lo, dateline_end(doc, lo, first)}


_AGE_ADVERBS = lex.words("gerade erst schon bald")  # not "knapp"/"fast": no exact age


def _apposition_subject(doc: TokenView, mentions: _Mentions, comma: int) -> bool:
    """Is the name before ``comma`` an apposition between commas of a subject that opens
    the sentence with an article and a role ("Der Bischof von Limburg, Georg Hartleb, wird
    75", "Der jüngste, Mats Peters, ist 6.")? Not a relative clause ("Der Trainer, der A
    kennt, ist 45": the name after "der"), nor a subject that is no role or adjective
    ("Die Startnummer von A, B, ist 12")."""
    first = mentions.first_by_stop.get(comma)
    if first is None or doc.word(first - 1) != ",":
        return False
    lo = doc.sentence_start(first)
    lo = dateline_end(doc, lo, first)
    if doc.words[lo].lower() not in lex.DETERMINERS or first - 1 - lo > 6:
        return False
    head = False
    for k in range(lo + 1, first - 1):
        w = doc.words[k]
        role = role_at(doc, k)
        if head and (role is not None or w in lex.GENERIC_PERSONS):
            return False  # "Der Trainer der Läuferin, A, ist 45": A may be either
        if role is not None and role.kind != "family":
            head = True
        elif w.islower() and adjective_stem(w) is not None and k == lo + 1:
            head = True  # "Der jüngste, A, ist 6"
        elif not (
            w in lex.PREPOSITIONS
            or w.lower() in lex.DETERMINERS
            or (w[:1].isupper() and doc.words[k - 1] in lex.PREPOSITIONS)  # "von Limburg"
            or (head and w[:1].isupper() and doc.words[k - 1] in {"der", "des"})  # genitive
        ):
            return False  # "Die Mutter von A, B,": kin; "Die Startnummer": a thing
    return head


_RELATIVES = frozenset({"der", "die", "das", "dem", "den", "dessen", "deren", "welcher", "welche"})


def _in_relative_clause_of_a_thing(doc: TokenView, tok: int, mentions: _Mentions) -> bool:
    """Does the statement at ``tok`` stand in a relative clause ("..., der ...") whose
    noun before the comma is no named person ("seinem Vater, der ...")?"""
    lo = doc.sentence_start(tok)
    k = tok - 1
    while k > lo and doc.words[k] != ",":
        k -= 1
    if k <= lo or doc.word(k + 1).lower() not in _RELATIVES:
        return False
    before = k - 1
    if doc.words[before] == ")":  # "Anna Berg (SPD), die ..."
        while before > lo and doc.words[before] != "(":
            before -= 1
        before -= 1
    return not any(o[0] <= before < o[1] for o in mentions.order)


def _backref_ages(doc: TokenView, mentions: _Mentions) -> Iterator[_Found]:
    """ "der 61-Jährige": the person just mentioned."""
    text = doc.text
    for match in finditer(AGE_BACKREF, text):
        spelled = match.group(3)
        age = read_age(match.group(2)) if spelled is None else spelled_age(spelled)
        article = match.group(1).lower()
        ending = match.group(4) or ""
        if age is None or not_exact_age(
            doc, doc.token_at(match.start(2 if spelled is None else 3))
        ):
            continue  # "der knapp 50-Jährige", "der damals 19-Jährige"
        nxt = text[match.end() : match.end() + 2].lstrip()
        if spelled is not None and nxt[:1].isupper():
            continue  # "der Dreißigjährige Krieg", "die Hundertjährige Anna B." (not read)
        if (
            nxt[:1].isupper()
            and _person_word_after(doc, mentions, match.end())
            and not _disagreeing_role_after(doc, mentions, match.end(), article + ending)
        ):
            continue  # "der 61-Jährige Trainer" is an attribute: see _attribute_ages
        if article == "die" and ending == "n":
            continue  # "die 30-Jährigen": plural
        tok = doc.token_at(match.start())
        if doc.blocked[tok] or _opens_reported_clause(doc, tok):
            continue
        oblique = (
            article in {"dem", "den", "des"}
            or (article == "der" and ending == "n")
            or _speaker_after_report(doc, tok)
        )
        gender = _backref_gender(article, ending)
        idx = mentions.referent(tok, gender, oblique, age)
        if spelled is not None and idx is not None and not mentions.only_one(tok, gender, idx):
            continue  # a spelled age is rarer in news; only when nobody else can be meant
        if idx is not None and _speaker_of_quote(doc, mentions, tok, idx):
            continue  # "Kern sagt: „Der 23-Jährige ist bereit.“": about somebody else
        if idx is not None:
            yield idx, 2, match.start(), age


def _speaker_of_quote(doc: TokenView, mentions: _Mentions, tok: int, idx: int) -> bool:
    """Does "der 23-Jährige" at ``tok`` stand in a quote whose sentence names person
    ``idx`` outside the quote ("Kern sagt: „Der 23-Jährige ist bereit.“", "„Der
    23-Jährige ist bereit“, sagt Kern")? The speaker talks about somebody else."""
    opening = quote_opening(doc, tok)
    if opening is None:
        return False
    lo = doc.sentence_start(opening)
    close = tok
    while close < doc.n and doc.words[close] not in _CLOSE_QUOTES and close - tok < 80:
        close += 1
    hi = doc.sentence_stop(min(close, doc.n - 1)) if close < doc.n else doc.n
    if close + 1 < doc.n and not doc.same_sentence(close, close + 1):
        hi = doc.sentence_stop(close + 1)  # "… bereit.“ sagt Kern." (a mark after the stop)
    before = doc.word(opening - 1) == ":"  # "Kern sagt: „…“"
    after = doc.word(close + 1) == "," or doc.word(close + 1) in lex.SPEECH_VERBS  # "“, sagt"
    return any(
        other == idx and ((before and lo <= first < opening) or (after and close < first < hi))
        for first, _stop, other in mentions.order
    )


def _opens_reported_clause(doc: TokenView, tok: int) -> bool:
    """Does "der 45-Jährige" at ``tok`` open the clause reported by a verb of saying
    before it in its sentence ("Der Sprecher der Polizei, A, sagte, der 45-Jährige sei
    festgenommen worden")? The speaker reports on somebody else, who may be unnamed; an
    earlier sentence's subject is no safer, so nobody gets the age."""
    return (
        tok >= 2
        and doc.word(tok - 1) == ","
        and doc.word(tok - 2) in lex.SPEECH_VERBS
        and doc.same_sentence(tok - 2, tok)
    )


def _speaker_after_report(doc: TokenView, tok: int) -> bool:
    """ "A und B arbeiteten zusammen, sagte die 44-Jährige": the speaker of an inverted
    verb of saying after a comma or closing quote reports on the people named before
    it and is none of them."""
    verb = tok - 1
    return (
        verb - 1 >= doc.sentence_start(tok)
        and doc.word(verb) in lex.SPEECH_VERBS
        and doc.word(verb - 1) in {",", "“", "”", "«", '"'}
    )


def _person_word_after(doc: TokenView, mentions: _Mentions, end: int) -> bool:
    """Is the word after character ``end`` a person ("der 61-Jährige Trainer", "... Anna"),
    not an object noun ("wirft dem 57-Jährigen Betrug vor")?"""
    t = doc.token_at(end)
    if t < doc.n and doc.starts[t] < end:
        t += 1
    if t >= doc.n:
        return False
    w = doc.words[t]
    return (
        mentions.starting_at(t) is not None
        or analyze_role(w) is not None
        or lex.is_given_name(w)
        or w in lex.GENERIC_PERSONS
    )


#: "die 66-Jährige" / "der 61-Jährige" (nominative or accusative singular) and the gender a
#: role noun after it must have to be its attribute.
_ATTRIBUTE_GENDER = {"die": "f", "der": "m"}


def _disagreeing_role_after(doc: TokenView, mentions: _Mentions, end: int, form: str) -> bool:
    """Is the word after "die 66-Jährige" / "der 61-Jährige" (``form``: article and ending,
    lower case) a role noun of the other gender and no name ("dass die 66-Jährige Anleger
    betrogen hat": an object in the plural, not "die 66-Jährige Anlegerin")? The age
    then stands alone and refers back."""
    gender = _ATTRIBUTE_GENDER.get(form.lower())
    t = doc.token_at(end)
    if t < doc.n and doc.starts[t] < end:
        t += 1
    if gender is None or t >= doc.n or mentions.starting_at(t) is not None:
        return False
    w = doc.words[t]
    role = analyze_role(w)
    return (
        role is not None
        and role.gender in {"m", "f"}
        and role.gender != gender
        and not lex.is_given_name(w)
    )


def _backref_gender(article: str, ending: str) -> str:
    """The gender of "der 61-Jährige" ("m"), "der 61-Jährigen" ("f", dative), "die ..." ("f")."""
    if article == "der":
        return "m" if ending in {"", "r"} else "f"
    return "f" if article == "die" else "m"


def _attribute_ages(doc: TokenView, mentions: _Mentions) -> Iterator[_Found]:
    """ "die 34 Jahre alte Lehrerin Maria Schulz": the name that follows (titles, roles
    and qualifying adjectives in between)."""
    for match in (*finditer(AGE_ATTRIBUTE, doc.text), *finditer(SPELLED_ATTRIBUTE, doc.text)):
        spelled = match.groupdict().get("spelled")
        age = read_age(match.group(1)) if spelled is None else spelled_age(spelled)
        if age is None or not_exact_age(doc, doc.token_at(match.start())):
            continue  # "der knapp 50-jährige A", "die über 80-jährige A", "der damals 19-jährige"
        tok = doc.token_at(match.end())
        if doc.starts[tok] < match.end():
            tok += 1
        for t in range(tok, min(doc.n, tok + 4)):
            idx = mentions.starting_at(t)
            if idx is not None:
                yield idx, 0, match.start(), age
                yield from _second_of_pair(doc, mentions, match, idx, t, age)
                break
            w = doc.words[t]
            if match.groupdict().get("noun"):
                if not (w in lex.TITLES or role_at(doc, t) is not None):
                    break  # only a name after titles and roles: "Die 54-Jährige Karin Wegmann"
                continue
            if w in lex.GENERIC_PERSONS and not doc.word(t + 1)[:1].isupper():
                # "die 58 Jahre alte Frau": the person just named, like "die 58-Jährige"
                idx = _generic_referent(doc, mentions, match.start(), w, age)
                if idx is not None:
                    yield idx, 2, match.start(), age
                break
            if w == "," and t > tok and role_at(doc, t - 1) is not None:
                if _genitive_of_person(doc, doc.token_at(match.start())):
                    break  # "Der Verteidiger des 31-jährigen Angeklagten, A,": A may be either
                idx = _apposition_after_role(doc, mentions, t)
                if idx is not None:
                    yield idx, 0, match.start(), age
                break
            if not (
                w in lex.TITLES
                or role_at(doc, t) is not None
                or qualifier_stem(w)
                or _person_compound(w)
                or (t == tok and place_adjective(w) and not lex.is_given_name(w))
                or (t == tok and w in lex.NOMINAL_DEMONYMS)  # "Der 57-jährige Deutsche A"
            ):  # "Der 33-jährige Bregenzer A": where from
                comma = t + 1
                while (
                    comma < t + 4
                    and doc.word(comma)[:1].isupper()
                    and role_at(doc, comma) is None
                    and doc.word(comma) not in lex.GENERIC_PERSONS
                ):
                    comma += 1  # "Fahrer des Lkw, A,", "Stürmerin des SC Freiburg, A,"; not
                    # "Trainerin der Läuferin, A," (A may be either)
                if w in {"aus", "von"} and comma == t + 2:
                    comma = _place_name_tail(doc, comma)  # "aus Freiburg im Breisgau, A,"
                if w in {"aus", "von"} and doc.word(t + 1) in {"dem", "der"}:
                    comma = t + 2  # "Die 72-jährige Altbäuerin aus dem Mühlviertel, A,"
                    while comma < t + 5 and doc.word(comma)[:1].isupper():
                        comma += 1
                if (
                    w in {"des", "der", "aus", "von"}  # "Ex-Bürgermeister von Graz, A,"
                    and t > tok
                    and role_at(doc, t - 1) is not None
                    and comma > t + 1
                    and doc.word(comma) == ","
                    and not _genitive_of_person(doc, doc.token_at(match.start()))
                ):
                    idx = _apposition_after_role(doc, mentions, comma)
                    if idx is not None:
                        yield idx, 0, match.start(), age
                break


def _second_of_pair(
    doc: TokenView, mentions: _Mentions, match: re.Match[str], idx: int, first: int, age: int
) -> Iterator[_Found]:
    """The second name of "die beiden 26-jährigen A und B", "die zwei 19-Jährigen A und
    B": a plural age attribute (after "beiden"/"zwei") before two names joined by "und"
    gives both the age."""
    number = doc.token_at(match.start())
    if doc.word(number - 1) not in {"beiden", "zwei"} or not match.group(0).rstrip().endswith("n"):
        return
    stop = mentions.stop_at(first)
    other = mentions.starting_at(stop + 1)
    if doc.word(stop) == "und" and other is not None and other != idx:
        yield other, 0, match.start(), age


def _genitive_of_person(doc: TokenView, number: int) -> bool:
    """Does the age attribute at token ``number`` stand in a genitive after a person noun
    ("Der Verteidiger des 31-jährigen Angeklagten", "Die Tochter der 58-jährigen
    Ministerin", "Der Trainer des 19-jährigen Talents")? A name in apposition after it may
    then be the head's ("…, Jürgen Kastner, beantragte"), so it gets no age from here."""
    article = number - 1
    while doc.word(article) not in lex.GENITIVE_ARTICLES:
        # "des verstorbenen 93-jährigen Malers", "des bei dem Unfall getöteten 19-jährigen
        # Fahrers": words of the noun phrase before the age (a noun or an article only in a
        # prepositional phrase: not "… lobte die 19-jährige"; the tagger reads "getöteten"
        # there as a finite verb, so no test of one)
        w = doc.word(article)
        if (
            article <= max(number - 6, 0)
            or not doc.same_sentence(article - 1, number)
            or not w[:1].isalpha()
            or (
                (w.lower() in lex.DETERMINERS or w[:1].isupper())
                and doc.word(article - 1).lower() not in _PHRASE_OPENERS
            )
        ):
            return False
        article -= 1
    head = article - 1
    if not _person_noun(doc, head) and doc.word(head - 1) in lex.GENITIVE_ARTICLES:
        head -= 2  # "Der Anwalt der Familie des 14-jährigen Opfers, A,"
    return head >= 0 and doc.same_sentence(head, number) and _person_noun(doc, head)


#: Words that open a phrase inside a noun phrase before an age ("des seit Jahren kranken").
_PHRASE_OPENERS = lex.PREPOSITIONS | lex.DETERMINERS | lex.words("seit während binnen")


def _person_noun(doc: TokenView, k: int) -> bool:
    """Is the word at token ``k`` a role, kin or generic person noun?"""
    return role_at(doc, k) is not None or doc.word(k) in lex.GENERIC_PERSONS


def _place_name_tail(doc: TokenView, k: int) -> int:
    """Past the second part of a town's name at token ``k``: "Freiburg [im Breisgau]",
    "Frankfurt [am Main]", "Halle [an der Saale]", "Rothenburg [ob der Tauber]", when a
    comma follows; else ``k``."""
    words = (doc.word(k), doc.word(k + 1))
    if words[0] in {"im", "am"} and words[1][:1].isupper():
        end = k + 2
    elif words in {("an", "der"), ("ob", "der")} and doc.word(k + 2)[:1].isupper():
        end = k + 3
    else:
        return k
    return end if doc.word(end) == "," and doc.same_sentence(k, end) else k


def _person_compound(word: str) -> bool:
    """Is ``word`` a compound of "Frau"/"Mann" naming a person ("Ordensfrau",
    "Geschäftsmann", "Kauffrau"), which may stand between an age and the name like a role
    ("die 56-jährige Ordensfrau A")? Not "Mannschaft" nor "Frauen" (a plural)."""
    low = word.lower()
    return word[:1].isupper() and len(low) > 5 and low.endswith(("frau", "mann"))


def _apposition_after_role(doc: TokenView, mentions: _Mentions, comma: int) -> int | None:
    """The name in apposition after the role noun of an age attribute, before
    ``comma``: "Sein 34 Jahre alter Gegner, der Brite A, bleibt", "Der 45-jährige Fahrer
    des Lastwagens, A, wurde": the name (after an article and role nouns only), closed by
    a comma, a tag or the sentence's end; not "der Fahrer, den A anzeigte" (a relative
    clause: an article right before the name)."""
    t = comma + 1
    if doc.word(t).lower() in lex.DETERMINERS:
        t += 1
        if role_at(doc, t) is None:
            return None
        while t < comma + 5 and role_at(doc, t) is not None and mentions.starting_at(t) is None:
            t += 1
    idx = mentions.starting_at(t)
    if idx is None or not doc.same_sentence(comma, t):
        return None
    stop = mentions.stop_at(t)
    stop = skip_tags(doc, stop)
    if doc.word(stop) not in {",", ".", ";"} and doc.same_sentence(t, stop):
        return None
    return idx


def _generic_referent(
    doc: TokenView, mentions: _Mentions, start: int, noun: str, age: int
) -> int | None:
    """Who "die 58 Jahre alte Frau" is: only after a definite article."""
    tok = doc.token_at(start)
    if doc.word(tok - 1).lower() not in {"der", "die", "dem", "den"}:
        return None  # "eine 58 Jahre alte Frau": somebody new
    gender = lex.GENERIC_PERSONS[noun]
    return mentions.referent(tok - 1, gender, False, age)
