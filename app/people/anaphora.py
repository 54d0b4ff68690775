"""Who a role phrase or a possessive pronoun without a name refers to.

"Die Tennisspielerin Angelique Kerber hat ... Die dreimalige Grand-Slam-Siegerin
verlor ...": the role goes to the one person of the previous sentence whose gender
agrees; "sein Sprecher": the last other person of that gender.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from app.lexicon import words as lex
from app.lexicon.lemmas import cached_lemma
from app.lexicon.roles import (
    RoleNoun,
    adjective_stem,
    analyze_plural_role,
    analyze_role,
    council_member,
    masculine_role,
    qualifier_stem,
)
from app.people import names as nm
from app.people.ages import (
    AGE_STATEMENTS,
    DEATH,
    FRONT_ADVERBS,
    acted_upon,
    counterpart_role,
    dateline_end,
    kin_between,
    not_exact_age,
    unnamed_person_between,
)
from app.people.attributes import (
    RoleFind,
    appointment_after,
    as_role_after_verb,
    as_role_at,
    for_person,
    fronted_as_phrase,
    object_pronoun,
    phrase_party,
    predicate_after,
    relative_as_role,
    verb_before_subject,
    weak_noun_object,
)
from app.people.cluster import Cluster
from app.people.phrases import (
    AGE_ADJECTIVE,
    OPEN_QUOTES,
    complement_end,
    np_start,
    role_at,
    role_phrase,
)
from app.people.tags import read_age, skip_tags
from app.people.view import TokenView


@dataclasses.dataclass(frozen=True, slots=True)
class SentenceMentions:
    """Every person's mentions by sentence, indexed once per text (the clusters' mentions
    no longer change when the roles are read): the one index of :func:`anaphoric_roles`,
    :func:`pronoun_predicates` and :func:`pair_predicates`, whose quotes, mention starts and
    sorted mentions (``spans``) :func:`newcomer_roles` and :func:`closing_appositions` read
    too. People named inside a direct quote ("„... wie die frühe A“, sagte B") are talked
    about, not actors: ``actors`` and ``people`` leave them out."""

    quoted: list[bool]  # which tokens stand inside a direct quote
    starts: set[int]  # the first token of every mention
    every: dict[int, list[tuple[int, int, int]]]  # sentence -> (first, stop, person), all
    actors: dict[int, list[tuple[int, int, int]]]  # the same, without quoted mentions
    people: dict[int, set[int]]  # sentence -> the persons of its actors
    spans: list[tuple[int, int, int]]  # every (first, stop, person), sorted: _mention_spans

    def last_stop(self, sent: int, idx: int) -> int:
        """The stop of person ``idx``'s last mention outside a quote in sentence ``sent``."""
        return max((s for _f, s, i in self.actors.get(sent, []) if i == idx), default=0)


def index_mentions(doc: TokenView, clusters: list[Cluster]) -> SentenceMentions:
    """The clusters' mentions by sentence (:class:`SentenceMentions`), read once."""
    quoted = _quoted_tokens(doc)
    index = SentenceMentions(quoted, set(), {}, {}, {}, _mention_spans(clusters))
    for idx, c in enumerate(clusters):
        for m in c.mentions:
            sent = doc.sent[m.first]
            index.starts.add(m.first)
            index.every.setdefault(sent, []).append((m.first, m.stop, idx))
            if not quoted[m.first]:
                index.actors.setdefault(sent, []).append((m.first, m.stop, idx))
                index.people.setdefault(sent, set()).add(idx)
    return index


def anaphoric_roles(
    doc: TokenView, clusters: list[Cluster], mentions: SentenceMentions | None = None
) -> None:
    """Roles stated about the person just mentioned without repeating the name.

    "Die Tennisspielerin Angelique Kerber hat ... Die dreimalige Grand-Slam-Siegerin
    verlor ..." and "..., sagte der Professor am Geomar-Zentrum in Kiel." The role goes
    to the one person of the previous sentence whose gender is known and agrees; when that
    sentence names only people of the other gender (or nobody), to the one of the sentence
    before it (a role, never an age). People named inside a direct quote ("„... wie die
    frühe A“, sagte B") are talked about, not actors, and are never the antecedent.
    ``mentions``: the text's :func:`index_mentions` (read here when not given).
    """
    if mentions is None:
        mentions = index_mentions(doc, clusters)
    sentence_people = mentions.people
    mention_starts = mentions.starts
    spans = [sorted((m.first, m.stop) for m in c.mentions) for c in clusters]
    offices = _Offices(clusters)  # who holds which office, indexed once, kept up to date
    for lo, hi in doc.sentences():
        if doc.blocked[lo]:
            continue
        sent = doc.sent[lo]
        for p in _phrase_starts(doc, lo, hi, named=sent in sentence_people):
            found = _unnamed_role(doc, p, lo, hi, mention_starts)
            if found is None:
                continue
            gender, phrase, age, end = found
            if phrase is None and age is None and sent not in sentence_people:
                age = _stated_age(doc, lo, hi)  # "Der gebürtige Nigerianer ist 51 Jahre alt"
            stated = None
            if phrase is not None and age is None and p == lo and sent not in sentence_people:
                # "Der Chemiker starb am Sonntag im Alter von 92 Jahren.": the subject's age,
                # stated in its main clause (before any comma)
                stated = _stated_age(doc, lo, _clause_stop(doc, end, hi), adverbial=True)
            before = sentence_people.get(sent - 1, set())
            people = [i for i in before if clusters[i].gender == gender]
            holder = _sole_office_holder(phrase, gender, people, clusters, offices)
            if holder is not None and any(
                holder in sentence_people.get(sent - b, set()) for b in (1, 2, 3)
            ):
                # "Bundesjustizminister A … Verbandspräsident B warnte. Der 54 Jahre alte
                # Minister …": the one person who holds the office, not B, who holds none
                people = [holder]
            far = not people
            back = 1
            reach = 3 if age is not None and phrase is not None else 2
            while (
                not people and back < reach and all(clusters[i].gender is not None for i in before)
            ):
                # "Die Lyrikerin A ... . „...“, sagte B. Die Preisträgerin ...": B is a man;
                # with an age ("Der 79-jährige Künstler"), which refers back to somebody
                # known, up to three sentences back past sentences that name nobody or only
                # people of the other gender (not a bare "Der Verteidiger kündigte ...")
                back += 1
                before = sentence_people.get(sent - back, set())
                people = [i for i in before if clusters[i].gender == gender]
            if len(people) != 1:
                continue
            c = clusters[people[0]]
            if phrase is not None and _named_in(spans[people[0]], lo, hi, p, end):
                continue  # "Der Bäcker habe geschlossen, sagte Seidl": Seidl is named here
            if phrase is not None and gender is not None and acted_upon(doc, p, gender):
                continue  # "A wurde angefahren. Die Notärztin kam", "Die Rivalin dankte ihr"
            age_ok = True
            if far and phrase is not None and _other_trade(phrase, c):
                # "… den Radfahrer A. Polizistin B sagte … . Der 45-jährige Autofahrer …":
                # past another sentence, an age only with the person's own trade or its
                # class noun ("des Malers A. … Der 79-jährige Künstler"); three sentences
                # back, which only the age allowed, nothing
                if back == 3:
                    continue
                age_ok = False
            last = _last_stop(spans[people[0]], p)
            if far and (
                not c.roles
                or _role_noun_between(doc, last, p, gender, mention_starts)
                or kin_between(doc, last, p, gender)
            ):
                # "Fotos von A. … Die 34-jährige Polizistin": past a sentence an age only
                # for a person whose own trade the phrase repeats, and only when no role
                # or kin noun of that gender came in between ("Ein junger Maler aus Kiel
                # zeigt auch Bilder. … Der 24-jährige Maler", "Sein Sohn hilft."); three
                # sentences back, nothing at all
                if back == 3:
                    continue
                age_ok = False
            if far and phrase is not None and not c.roles and age is not None:
                continue  # "A eröffnete die Schau. Kuratorin B sprach. Der 45-jährige Autofahrer"
            if phrase is not None and _counterpart_head(phrase):
                continue  # "A hat gewonnen. Die Verliererin ...", "Der Inhaber des Hofs ..."
            if phrase is not None and any(
                clusters[i] is not c and clusters[i].gender == gender
                for i in offices.holders(phrase)
            ):
                # "Verkehrsminister A … Fraktionschef B sprach. Der 58 Jahre alte Minister":
                # the bare office shortens another person's compound office; so too when
                # the one named last holds one as well ("Innenminister A … Justizminister
                # B …", "Der frühere Minister B …": either may be meant)
                continue
            if (
                phrase is not None
                and c.roles
                and not _holds_office(phrase, c.roles)
                and any(
                    clusters[i] is not c and clusters[i].gender != gender
                    for i in offices.holders(phrase, masculine=True)
                )
            ):
                # "Innenministerin A … Fraktionschef B … Für den 61 Jahre alten Minister":
                # the office is held by somebody else, B holds another one
                continue
            if (
                age is not None
                and phrase is not None
                and any(prio == 0 and a != age for prio, _pos, a in c.ages)
            ):
                continue  # "Innenminister A (58) … Der 61 Jahre alte Minister": not A
            if phrase in _ACCUSED and _unnamed_accused(doc, p, gender):
                continue  # "der Prozess gegen einen 45-jährigen Pfleger … Der Angeklagte"
            if stated is not None and not far and _known_before(doc, c, p, end, sent - 1):
                age = stated  # "A ist tot. Der Chemiker starb im Alter von 92 Jahren."
            if (
                age is not None
                and phrase is not None
                and not far
                and _other_trade(phrase, c)
                and _reports(doc, spans[people[0]], lo)
            ):
                # "Kreisbrandmeister A sagte, das Feuer sei ausgebrochen. Der 73 Jahre alte
                # Landwirt konnte sich retten": the one named before only reported; an age
                # with a role noun they do not hold introduces somebody new of the report
                # (a bare "der 73-Jährige" refers back)
                continue
            if phrase is not None and not far and _other_office(phrase, c, clusters, people[0]):
                # "Ministerpräsident A bot seinen Rücktritt an. Staatspräsident B lehnte ab.
                # Der 66-jährige Regierungschef ...": B holds another office; A may be meant
                others = sentence_people.get(sent - 2, set()) - {people[0]}
                if any(clusters[i].gender == gender for i in others):
                    continue
            if (
                phrase is not None
                and not far
                and p == lo
                and _other_trade(phrase, c)
                and unnamed_person_between(
                    doc, _last_stop(spans[people[0]], p), p, gender, mention_starts
                )
            ):
                # "Ein Segler, A, zog den Mann aus dem Wasser. Der Verletzte wurde ...": the
                # man without a name may be meant (not so for A's own office: "Minister A
                # lobte seinen Vorgänger. Der Minister ...")
                continue
            if p > lo and age is not None and doc.words[p] in _AGE_ARTICLES:
                # "Ein Radfahrer stürzte. Die Polizei fand den 45 Jahre alten Mann ...": an
                # object with an age attribute only for the person of the sentence before,
                # when nobody else came in between
                if far:
                    continue
                last = max((m.stop for m in c.mentions if m.stop <= p), default=p)
                if unnamed_person_between(doc, last, p, gender, mention_starts):
                    continue
            if phrase is not None and phrase not in c.roles:
                c.roles.append(phrase)
                offices.add(people[0], phrase)
            if phrase is not None and c.party is None and c.role_party is None:
                c.role_party = phrase_party(phrase)  # "Der SPD-Politiker hatte ..."
            if phrase is not None and p == lo:
                # "Der Firmengründer bleibt Vorsitzender des Beirats": the predicate too
                for find in predicate_after(doc, lo, end):
                    if find.gender in {None, gender} and find.role not in c.roles:
                        c.roles.append(find.role)
                        offices.add(people[0], find.role)
            if (
                phrase is None
                and p == lo
                and not far
                and sent not in sentence_people
                and not unnamed_person_between(doc, last, p, gender, mention_starts)
            ):
                # "Die 48 Jahre alte Südafrikanerin war bisher Leiterin des Kraftwerks": a
                # demonym that refers back is no role, but its predicate is one; so is the
                # "als" role of a verb of work ("Die gebürtige Kölnerin arbeitet als Ärztin")
                for find in [*predicate_after(doc, lo, end), *_work_as_role(doc, lo, end, gender)]:
                    if find.gender in {None, gender} and find.role not in c.roles:
                        c.roles.append(find.role)
                        offices.add(people[0], find.role)  # (a later bare office sees it)
            if (
                age is not None
                # an age only for the person just named, or with a role noun for the one
                # person of that gender the walk back found ("Der 79-jährige Künstler")
                and (
                    not far
                    or (phrase is not None and age_ok)
                    or (phrase is None and back == 2 and _pronoun_bridge(doc, sent - 1, gender))
                )
                and all(a == age for prio, _pos, a in c.ages if prio == 0)
            ):
                c.ages.append((2, doc.starts[p], age))  # "Der 31 Jahre alte Informatiker"
    _semicolon_roles(doc, clusters, mentions)
    _possessed_known(doc, clusters, mention_starts)
    _compound_head_objects(doc, clusters, mention_starts)
    _object_backrefs(doc, clusters, mentions)
    _plaintiff_of_the_lede(doc, clusters, sentence_people)


def _sole_office_holder(
    phrase: str | None,
    gender: str | None,
    people: list[int],
    clusters: list[Cluster],
    offices: _Offices,
) -> int | None:
    """The one person of ``gender`` whose roles hold the office the bare role noun
    ``phrase`` names ("Minister" for "Bundesjustizminister"), when the people of that
    gender named in the sentence before (``people``) are known by other roles (one known
    by none may hold it unsaid): nobody else holds it, in either gender ("Innenministerin
    A … der Minister" may speak of her too)."""
    if phrase is None or gender is None or not people:
        return None
    if any(not clusters[i].roles or _holds_office(phrase, clusters[i].roles) for i in people):
        return None  # "Eva Kohl lobte den Plan. Die Ministerin …": she may be one too
    holders = {*offices.holders(phrase), *offices.holders(phrase, masculine=True)}
    if len(holders) != 1:
        return None
    (holder,) = holders
    return holder if clusters[holder].gender == gender and holder not in people else None


def _named_in(spans: list[tuple[int, int]], lo: int, hi: int, p: int, end: int) -> bool:
    """Does one of ``spans`` (a person's sorted mentions) lie in the sentence ``lo``-``hi``
    outside the phrase ``p``-``end``? A bare role noun beside the person's name in the same
    sentence is somebody else ("Der Bäcker habe geschlossen, sagte Seidl")."""
    k = bisect.bisect_left(spans, (lo, lo))
    while k < len(spans) and spans[k][0] < hi:
        if not p <= spans[k][0] < end:
            return True
        k += 1
    return False


def _pronoun_bridge(doc: TokenView, sent: int, gender: str | None) -> bool:
    """Does sentence ``sent`` (which names nobody) open with a personal pronoun of
    ``gender`` before a verb in the singular? "A ist tot. Sie starb in … . Die gebürtige
    Wienerin wurde 87": the pronoun carries the person on, so the demonym after it refers
    back as it would right after the name (not "Sie starben", a plural)."""
    lo = next((t for t in range(doc.n) if doc.sent[t] == sent), None)
    if lo is None or gender not in {"f", "m"}:
        return False
    verb = doc.word(lo + 1)
    return (
        doc.words[lo] == ("Sie" if gender == "f" else "Er")
        and verb.isalpha()
        and verb.islower()
        and not verb.endswith("n")
    )


#: The accused of a trial, as an anaphoric role.
_ACCUSED = frozenset({"Angeklagter", "Angeklagte"})
_INDEFINITE_ACCUSATIVE = {"einen": "m", "eine": "f"}


def _unnamed_accused(doc: TokenView, p: int, gender: str | None) -> bool:
    """Did the text before token ``p`` bring a trial "gegen einen/eine <person noun>"
    ("der Prozess gegen einen 45-jährigen Pfleger", "Anklage gegen eine 30-Jährige", "gegen
    einen 38 Jahre alten Mann")?
    Then "der Angeklagte" is that person without a name, not the last one named."""
    for t in range(p - 2):
        if doc.words[t] != "gegen":
            continue
        article = doc.word(t + 1)
        if _INDEFINITE_ACCUSATIVE.get(article) not in {gender, None} or article not in (
            _INDEFINITE_ACCUSATIVE
        ):
            continue
        for h in range(t + 2, min(t + 6, p)):
            w = doc.words[h]
            if w.endswith(("-Jährigen", "-Jährige")):
                return True  # "gegen eine 30-Jährige"
            if w in {"Jahre", "Jahren"} and doc.word(h - 1).isdigit():
                continue  # "gegen einen 38 Jahre alten Mann"
            if w in lex.GENERIC_PERSONS:
                return True  # "gegen einen 38-jährigen Mann", "gegen eine Frau"
            if w[:1].isupper():
                return role_at(doc, h, article) is not None  # "gegen einen … Pfleger"
    return False


#: The party who went to court, as a later sentence names them.
_PLAINTIFFS = frozenset({"Kläger", "Klägerin"})

#: Indefinite articles of a dative or genitive: "hat einer Mieterin recht gegeben", "die
#: Klage eines Landwirts".
_OBLIQUE_INDEFINITE = frozenset({"einer", "einem", "eines"})


def _plaintiff_of_the_lede(
    doc: TokenView, clusters: list[Cluster], sentence_people: dict[int, set[int]]
) -> None:
    """ "Das Gericht hat einer Paketzustellerin recht gegeben. Die Klägerin, A, ...": a
    court story's lede names the party it ruled for or against by an indefinite role in
    the dative or genitive ("einer Landwirtin", "die Klage eines Mieters") and no name; the
    one plaintiff ("Kläger"/"Klägerin") of that gender named later is that person. Only
    when the lede holds exactly one such role of the plaintiff's gender."""
    first = next(((lo, hi) for lo, hi in doc.sentences() if not doc.blocked[lo]), None)
    if first is None or doc.sent[first[0]] in sentence_people:
        return
    lo, hi = first
    found: dict[str, list[str]] = {}
    dative: set[str] = set()
    for t in range(lo, hi - 1):
        if doc.words[t] not in _OBLIQUE_INDEFINITE:
            continue
        h = t + 1
        while h < hi and doc.words[h].islower() and adjective_stem(doc.words[h]) is not None:
            h += 1
        role = role_at(doc, h, doc.words[t])
        if role is None or role.kind not in {"noun", "adj"} or role.gender not in {"m", "f"}:
            continue
        if role.base in _PLAINTIFFS:
            continue
        before = doc.word(t - 1)
        if before[:1].isupper():
            if not before.lower().endswith(_CLAIMS):
                continue  # "das Urteil eines Amtsrichters", "nach dem Tod eines Radfahrers"
        elif not _ruled_for(doc, lo, hi):
            continue  # "hat auf Antrag eines Anwalts …", "hat einem Zeugen geglaubt"
        else:
            dative.add(role.gender)  # "hat einem Vermieter recht gegeben"
        found.setdefault(role.gender, []).append(role.base)
    for gender, roles in found.items():
        plaintiffs = [
            c for c in clusters if c.gender == gender and any(r in _PLAINTIFFS for r in c.roles)
        ]
        if len(roles) != 1 or len(plaintiffs) != 1 or roles[0] in plaintiffs[0].roles:
            continue
        if gender in dative and _defendant_may_be_meant(doc, plaintiffs[0], gender):
            continue
        plaintiffs[0].roles.insert(0, roles[0])


#: A claim whose genitive names who went to court ("die Klage eines Mieters", "die
#: Verfassungsbeschwerde einer Lehrerin", "der Eilantrag eines Wirts").
_CLAIMS = ("klage", "beschwerde", "eilantrag")


def _ruled_for(doc: TokenView, lo: int, hi: int) -> bool:
    """Does the sentence [lo, hi) say a court ruled for someone in the dative ("hat
    einer Imkerin recht gegeben", "hat einem Wirt 5000 Euro zugesprochen")?"""
    words = doc.words[lo:hi]
    return "zugesprochen" in words or (
        any(w in {"recht", "Recht"} for w in words)
        and any(w in {"gegeben", "gibt", "gab", "geben"} for w in words)
    )


#: Nouns of the party sued.
_DEFENDANTS = frozenset({"Beklagte", "Beklagter", "Beklagten"})
#: The accusative pronoun after "gegen" for the party sued ("klagte gegen ihn").
_SUED_PRONOUN = {"m": "ihn", "f": "sie"}


def _defendant_may_be_meant(doc: TokenView, plaintiff: Cluster, gender: str) -> bool:
    """ "Das Gericht hat einem Arbeitgeber recht gegeben. Der Kläger, ein Busfahrer, …":
    the party a court ruled for may be the one sued. Unclear when the text names a
    defendant, says the plaintiff went to court "gegen ihn"/"gegen sie" (that gender), or
    the plaintiff holds a role of their own besides "Kläger(in)"."""
    if any(w in _DEFENDANTS for w in doc.words):
        return True
    pronoun = _SUED_PRONOUN[gender]
    if any(doc.words[t] == "gegen" and doc.word(t + 1) == pronoun for t in range(doc.n - 1)):
        return True
    return any(r not in _PLAINTIFFS for r in plaintiff.roles)


#: Definite articles of an object ("lobte die Präsidentin", "dankte dem Bischof").
_OBJECT_ARTICLES = frozenset({"die", "den", "dem", "der"})


def _compound_head_objects(
    doc: TokenView, clusters: list[Cluster], mention_starts: set[int]
) -> None:
    """ "Die Landtagspräsidentin A tritt ab. … B lobte die Präsidentin als …": a role noun
    with a definite article and no name, inside a sentence, whose word is the head of a
    compound role that one person of its gender holds ("Landtagspräsidentin" ->
    "Präsidentin"), shortens that person's office: the role goes to them. Only when that
    person is the last one of the gender named before it, and nobody else of the gender
    holds a role with that head; no complement ("die Präsidentin des Verbands" is another
    office)."""
    firsts = sorted((m.first, idx) for idx, c in enumerate(clusters) for m in c.mentions)
    for j in range(1, doc.n - 1):
        if doc.words[j] not in _OBJECT_ARTICLES or doc.sentence_start(j) == j:
            continue
        age, k = _age_attribute(doc, j + 1)  # "Für den 61 Jahre alten Minister stimmten"
        w = doc.word(k)
        if not w[:1].isupper() or k in mention_starts or not doc.same_sentence(j, k):
            continue
        role = role_at(doc, k, doc.words[j])
        if role is None or role.kind != "noun" or role.gender not in {"m", "f"}:
            continue
        if role.gender == "m" and doc.words[j] in {"die", "der"}:
            continue  # "befassten sich die Minister", "der Minister": a plural or a genitive
        bare = complement_end(doc, k, doc.n) == k + 1 or _agent_after(doc, k + 1)
        if not bare or doc.word(k + 1)[:1].isupper():
            continue  # "die Präsidentin des Verbands", "die Präsidentin A"
        if doc.word(k + 1) == "aus" and doc.word(k + 2)[:1].isupper():
            continue  # "den Minister aus Frankreich": someone from elsewhere
        head = role.base.lower()
        if len(head) < 6:
            continue  # "dem Rat", "den Chef": too short to shorten one office only
        holders = [
            idx
            for idx, c in enumerate(clusters)
            if c.gender == role.gender and any(_compound_with_head(r, head) for r in c.roles)
        ]
        if len(holders) != 1 or role.base in clusters[holders[0]].roles:
            continue
        if any(
            _holds_office(role.base, c.roles)
            for i, c in enumerate(clusters)
            if i != holders[0] and c.gender == role.gender
        ) or (
            age is not None and any(p == 0 and a != age for p, _s, a in clusters[holders[0]].ages)
        ):
            continue  # "Der frühere Minister B …", "Innenminister A (58) … den 61 Jahre alten"
        last = bisect.bisect_left(firsts, (j, -1)) - 1
        while last >= 0 and clusters[firsts[last][1]].gender != role.gender:
            last -= 1
        if last < 0:
            continue
        if firsts[last][1] != holders[0]:
            if age is None:
                continue
            # with an age the phrase speaks of somebody known: the one holder of the office
            # may stand past another person of the gender ("Bildungsminister A … deren
            # Vorsitzender B sprach … Für den 61 Jahre alten Minister"), within two
            # sentences and with nobody of the gender without a name in between
            last = bisect.bisect_left(firsts, (j, -1)) - 1
            while last >= 0 and firsts[last][1] != holders[0]:
                last -= 1
            if last < 0 or not _within_reach(doc, doc.sent[firsts[last][0]], doc.sent[j], role):
                continue
            stop = max(m.stop for m in clusters[holders[0]].mentions if m.first <= j)
            if unnamed_person_between(doc, stop, j, role.gender, mention_starts):
                continue
        if doc.same_sentence(firsts[last][0], j) or _own_subject(doc, j, role.gender):
            continue  # "A lobte die Präsidentin", "Dort traf er den Minister": someone else
        c = clusters[holders[0]]
        c.roles.append(role.base)
        if age is not None and all(a == age for prio, _pos, a in c.ages if prio == 0):
            c.ages.append((2, doc.starts[j], age))


#: Definite articles and possessives of a singular object by the gender of its noun
#: ("lobte den Rentner", "gratulierte der Laienvertreterin", "seiner Mitarbeiterin").
_BACK_OBJECT_ARTICLES = {
    "den": "m", "dem": "m", "des": "m", "der": "f", "die": "f",
    "seinen": "m", "seinem": "m", "seines": "m", "ihren": "m", "ihrem": "m", "ihres": "m",
    "seiner": "f", "seine": "f", "ihrer": "f", "ihre": "f",
}  # fmt: skip


def _told_in_passive(doc: TokenView, lo: int | None) -> bool:
    """Is the sentence starting at token ``lo`` in the passive ("wurde angefahren", "ist
    verletzt worden": a lowercase participle closes it; not "wurde Vierte", "wurde 2019
    Bürgermeisterin", a copula, nor "wurde zum Präsidenten gewählt", an office)?"""
    if lo is None:
        return False
    words = doc.words[lo : doc.sentence_stop(lo)]
    last = next((w for w in reversed(words) if w.isalpha()), "")
    return (
        last.islower()
        and any(w in _PASSIVE_WORDS for w in words)
        and not any(w in {"zum", "zur"} for w in words)
    )


_PASSIVE_WORDS = lex.words("wurde wurden worden")

#: Between a person and an object that is theirs: no clause boundary and no coordination
#: ("zwischen Präsident A (71) und dem Diktator": the two are coordinated).
_NOT_OWN_CLAUSE = frozenset({",", ";", ":", "–", "und", "oder", "sowie"})


def _object_backrefs(doc: TokenView, clusters: list[Cluster], mentions: SentenceMentions) -> None:
    """ "Ein Nachbar, der 61 Jahre alte A, rettete eine Frau. Stadtbrandmeisterin B lobte
    den Rentner.", "Richter C hielt dem Angeklagten sein Geständnis zugute", "Filialleiter D
    will seiner Mitarbeiterin eine Prämie zahlen": a bare role noun with a definite article
    or a possessive, the object of a person named before it in the same clause (nothing
    but words between: no comma, no verb of saying, so not "B sagte, man habe den Fahrer
    gefasst"), speaks of somebody known: the one person of its gender named in the
    sentence before (or, when that sentence names nobody of the gender, in the one before
    it) and not in this sentence. Also a role noun in the genitive of the office of a
    person named in apposition ("Der Anwalt des Politikers, Dr. B, …"). Not when the role
    has a complement (another office: "den Präsidenten des Verbands"), names a counterpart
    ("den Verlierer"), is an office somebody else holds, a council ("dem Stadtrat"), or
    when a subject pronoun of its gender stands before it ("Dort traf er den Minister"),
    and only when more than the gender ties the role to that person
    (:func:`_object_role_backed`)."""
    people = mentions.people
    offices = _Offices(clusters)
    spans = [sorted((m.first, m.stop) for m in c.mentions) for c in clusters]
    sentence_firsts = {doc.sent[lo]: lo for lo, _hi in doc.sentences()}
    for j in range(1, doc.n - 1):
        w = doc.words[j]
        gender = _BACK_OBJECT_ARTICLES.get(w)
        if gender is None or doc.blocked[j] or mentions.quoted[j]:
            continue
        lo = doc.sentence_start(j)
        if lo == j or doc.sent[j] == 0 or doc.words[j - 1].lower() in lex.PREPOSITIONS:
            continue  # "haderte mit dem Schiedsrichter": a prepositional object, often new
        age, k = _age_attribute(doc, j + 1)
        while qualifier_stem(doc.word(k)) is not None and doc.same_sentence(j, k):
            k += 1
        if not doc.same_sentence(j, k) or k in mentions.starts or not doc.word(k)[:1].isupper():
            continue
        article = w if w in _OBJECT_ARTICLES or w == "des" else None
        role = role_at(doc, k, article)
        if role is None or role.kind not in {"noun", "adj"} or role.gender != gender:
            continue
        if _names_a_body(role):
            continue  # "gratulierte dem Stadtrat": the council
        nxt = doc.word(k + 1)
        if k + 1 in mentions.starts or (nxt[:1].isupper() and nxt.isalpha()):
            continue  # "den Rentner A", "die Präsidentin Frankreichs"
        if (
            w in {"den", "seinen", "ihren"}
            and doc.word(k) == role.base + "n"
            and role.base[-1] != "e"
        ):
            continue  # "dankte den Helfern": a plural dative (not "ihren Kollegen")
        hi = doc.sentence_stop(j)
        end = k + 1
        if nxt != "aus" and complement_end(doc, k, hi) > end:
            continue  # "den Präsidenten des Verbands": another office
        phrase = role_phrase(doc, k, role, end)
        counterpart = _counterpart_head(phrase)
        owner = lex.POSSESSOR_GENDER.get(w)
        if counterpart and owner is None:
            continue  # "lobte den Verlierer": somebody new; "seinen Vorgänger" is the owner's
        sent = doc.sent[j]
        here = mentions.actors.get(sent, [])
        genitive = (
            w in {"des", "der"}
            and role_at(doc, j - 1) is not None
            and nxt == ","
            and k + 2 in mentions.starts
        )  # "Der Anwalt des Politikers, Dr. B,"
        actor = None
        if genitive:
            actor = next((i for f, _s, i in here if f == k + 2), None)
        else:
            before = [(first, stop, i) for first, stop, i in here if stop <= j]
            if before:
                _first, stop, i = max(before)
                between = doc.words[stop:j]
                if not any(x in _NOT_OWN_CLAUSE or x in lex.SPEECH_VERBS for x in between):
                    actor = i  # "Stadtbrandmeisterin B lobte den Rentner"
        if actor is None or (owner is not None and clusters[actor].gender != owner):
            continue
        if _own_subject(doc, j, gender):
            continue
        named_here = {i for _f, _s, i in here}
        candidates: list[int] = []
        back = 1
        for back in (1, 2):
            prev = people.get(sent - back, set())
            candidates = [i for i in prev if clusters[i].gender == gender and i not in named_here]
            if candidates or any(clusters[i].gender == gender for i in prev):
                break
        if len(candidates) != 1 or _told_in_passive(doc, sentence_firsts.get(sent - back)):
            # "Der 45-jährige A wurde angefahren. Polizeisprecher B suchte den Fahrer": the
            # one named was acted upon; the role is somebody else's
            continue
        idx = candidates[0]
        c = clusters[idx]
        if _named_in(spans[idx], lo, hi, j, end) or phrase in c.roles:
            continue
        if any(i != idx for i in offices.holders(phrase)):
            continue  # the office somebody else holds
        head = role.base.lower()
        if any(r.split()[-1].lower().endswith(head) for r in c.roles):
            # "Die Landtagspräsidentin A … lobte die Präsidentin": a shortened office is
            # read by _compound_head_objects; "Der Vizekanzler A … lobte den Kanzler":
            # another rank of the same office, somebody else
            continue
        if genitive and (not c.roles or _other_trade(phrase, c)):
            continue  # "Der Anwalt des Klägers, B": a plaintiff without a name
        if not _object_role_backed(phrase, role.base, c, owner is not None):
            # "Der 52-jährige A leitet die Klinik. Ministerin B besuchte die Patientin",
            # "Der 23-jährige Torwart A hielt. Trainer B lobte den Stürmer": a role that
            # nothing ties to the one named before is most often a third person
            continue
        if phrase in _ACCUSED and any(
            r.split()[-1].lower().endswith(_COURT_ROLES) for r in c.roles
        ):
            continue  # "Landwirt A trat als Nebenkläger auf. … dem Angeklagten": a party of its own
        if age is not None and any(prio == 0 and a != age for prio, _pos, a in c.ages):
            continue
        c.roles.append(phrase)
        offices.add(idx, phrase)


#: Stages of life and the ages they fit: "Der 61 Jahre alte A … lobte den Rentner",
#: "Die 17-jährige A … lobte die Schülerin".
_AGED_STAGES = (("rentner", 55, 120), ("pensionär", 55, 120), ("senior", 65, 120),
                ("schüler", 5, 20))  # fmt: skip


#: Nouns of somebody's relation at work or in office to a possessor ("seiner
#: Mitarbeiterin", "ihren Kollegen", "seinen Vorgänger"), not a trade ("seinen Torwart")
#: nor the holder of a thing ("seinen Besitzer": the dog's).
_WORK_RELATIONS = (
    "mitarbeiter", "kolleg", "angestellt", "beschäftigt", "vorgänger", "nachfolger",
    "stellvertreter",
)  # fmt: skip


def _object_role_backed(phrase: str, base: str, c: Cluster, possessive: bool) -> bool:
    """Does more than the gender tie the object role ``phrase`` (its noun ``base``) to
    ``c``, the one person of its gender named before? The role is of the class ``c`` is
    already known by ("Die Malerin A … lobte die Künstlerin"); or a possessive of the
    actor relates the two and the story states ``c``'s age ("Die Verkäuferin A, 44, …
    Marktleiter B dankte seiner Mitarbeiterin", "… lobte seinen Vorgänger"); or it is a
    stage of life that ``c``'s stated age fits ("Der 61 Jahre alte A … lobte den
    Rentner"). A bare object of
    another trade, or of somebody known by no role, is most often a third person ("Der
    52-jährige A leitet die Klinik. Ministerin B besuchte die Patientin")."""
    held = set().union(*(_heads(r, adjectival=True) for r in c.roles)) if c.roles else set()
    if held and _heads(phrase, adjectival=True) and not _other_trade(phrase, c):
        return True  # not "Die 44-jährige A ist Mutter von drei Kindern. … die Lehrerin"
    if possessive and c.ages and base.lower().startswith(_WORK_RELATIONS):
        return True  # a relation to the possessor; not a trade: "… lobte seinen Torwart"
    head = base.lower().removesuffix("in")
    return any(
        head.endswith(stem) and lo <= age <= hi
        for stem, lo, hi in _AGED_STAGES
        for _prio, _pos, age in c.ages
    )


#: Articles of an agent's noun phrase after "von": "von der Indigenenvertreterin".
_AGENT_ARTICLES = lex.words("der dem einer einem")


def _agent_after(doc: TokenView, j: int) -> bool:
    """Does a "von"/"vom" phrase at ``j`` name a person by a role noun ("Unterstützung bekam
    die Ministerin von der Indigenenvertreterin B", "vom CDU-Bildungspolitiker B"), the one
    who acts on the office holder, not the body the office belongs to ("die Bürgermeisterin
    von Chicago", "die Präsidentin vom Verband")?"""
    w = doc.word(j)
    if w == "vom":
        k = j + 1
    elif w == "von" and doc.word(j + 1) in _AGENT_ARTICLES:
        k = j + 2
    else:
        return False
    while doc.word(k).islower() and doc.word(k).isalpha() and k < j + 4:
        k += 1  # "von der neuen Fraktionschefin"
    if not doc.same_sentence(j, k):
        return False
    role = role_at(doc, k)
    return role is not None and role.kind in {"noun", "adj"}


def _within_reach(doc: TokenView, named: int, sent: int, role: RoleNoun) -> bool:
    """Is the sentence ``sent`` of "den 61 Jahre alten Minister" within two sentences of
    the holder's name in sentence ``named``, or within three when the sentence right after
    the name carries the holder on by a pronoun ("A hat … beigelegt. Sie einigte sich … .
    B sprach. … der 47 Jahre alten Ministerin")?"""
    distance = sent - named
    return distance <= 2 or (distance == 3 and _pronoun_bridge(doc, named + 1, role.gender))


#: Subject pronouns of a man and a woman ("Dort traf er den Minister").
_SUBJECT_PRONOUN = {"m": "er", "f": "sie"}


def _own_subject(doc: TokenView, j: int, gender: str) -> bool:
    """Does a subject pronoun of ``gender`` stand in the sentence before the object at
    ``j``? The one it refers to is then the subject, and the object someone else."""
    pronoun = _SUBJECT_PRONOUN[gender]
    return any(w.lower() == pronoun for w in doc.words[doc.sentence_start(j) : j])


#: First parts of a compound that make its holder a rank of their own, not one of the head
#: ("Vizekanzler", "Oberbürgermeister", "Weihbischof", "Generalsekretär" is no "Kanzler",
#: "Bürgermeister", "Bischof", "Sekretär").
_RANK_PREFIXES = (
    "vize",
    "ober",
    "unter",
    "ex",
    "alt",
    "co",
    "ko",
    "mit",
    "gegen",
    "ehren",
    "erz",
    "weih",
    "vor",
    "stell",
    "neben",
    "hilfs",
    "ersatz",
    "general",
    "haupt",
    "chef",
    "interims",
)


def _compound_with_head(role: str, head: str) -> bool:
    """Is the first word of ``role`` a longer compound ending in ``head`` whose first part
    names a place or a body ("Landtagspräsidentin von X" with "präsidentin"), not a rank
    ("Vizeaußenminister") or another office ("Ministerpräsidentin")?"""
    noun = role.split()[0].lower() if role else ""
    if not noun.endswith(head) or len(noun) <= len(head) + 2:
        return False
    modifier = noun[: len(noun) - len(head)].strip("-")
    if modifier.startswith(_RANK_PREFIXES):
        return False
    return analyze_role(modifier.capitalize()) is None


def _semicolon_roles(doc: TokenView, clusters: list[Cluster], mentions: SentenceMentions) -> None:
    """ "Mitangeklagt war seine Nichte A; die frühere Finanzchefin des Konzerns erhielt
    zwölf Jahre Haft": a clause after a semicolon whose subject is a definite role phrase
    without a name that states a former office ("die frühere", "der ehemalige") speaks of
    the one person of that gender named before the semicolon in the same sentence, when
    nobody without a name came in between. A bare "der Richter" or "die Staatsanwältin"
    there is mostly somebody else ("Angeklagt ist A; der Richter vertagte ..."), unless it
    shortens that person's compound office ("EU-Kommissarin A will prüfen; die Kommissarin
    hatte ...")."""
    by_sentence = mentions.actors
    mention_starts = mentions.starts
    for j in range(1, doc.n - 2):
        if doc.words[j] != ";" or doc.words[j + 1] not in {"der", "die"}:
            continue
        former = qualifier_stem(doc.words[j + 2]) in _FORMER
        lo, hi = doc.sentence_start(j), doc.sentence_stop(j)
        if j + 2 >= hi:
            continue
        found = _unnamed_role(doc, j + 1, j + 1, hi, mention_starts)
        if found is None or found[1] is None:
            continue
        gender, phrase = found[0], found[1]
        if doc.sent[j] not in by_sentence:
            _contrasted_pair(doc, clusters, by_sentence, j, found)
            continue
        people: dict[int, int] = {}
        for first, stop, idx in by_sentence.get(doc.sent[j], []):
            if lo <= first < j and clusters[idx].gender == gender:
                people[idx] = max(people.get(idx, stop), stop)
        if len(people) == 1:
            idx, last = next(iter(people.items()))
            if not former and not _shortened_office(phrase, clusters[idx].roles):
                continue  # "; der Richter vertagte": another person, not the one named before
            if phrase not in clusters[idx].roles and not unnamed_person_between(
                doc, last, j, gender, mention_starts
            ):
                clusters[idx].roles.append(phrase)


def _contrasted_pair(
    doc: TokenView,
    clusters: list[Cluster],
    by_sentence: dict[int, list[tuple[int, int, int]]],
    j: int,
    found: tuple[str, str | None, int | None, int],
) -> None:
    """ "… treten A (SPD) und B (CDU) gegeneinander an. Die 45-jährige Sozialpädagogin lag
    vorn; der Unternehmer aus Laxten ist 61 Jahre alt.": the sentence before names one
    woman and one man, this one names nobody and opens with a role phrase of one gender;
    the role phrase after its semicolon (``j``; ``found`` by :func:`_unnamed_role`) of the
    other gender speaks of the other one when its clause states an age, which goes with it."""
    gender, phrase, age, end = found
    lo = doc.sentence_start(j)
    opening = _unnamed_role(doc, lo, lo, j, set()) if doc.words[lo] in {"Der", "Die"} else None
    before = {idx for _f, _s, idx in by_sentence.get(doc.sent[lo] - 1, [])}
    genders = sorted(clusters[i].gender or "" for i in before)
    if opening is None or opening[0] == gender or genders != ["f", "m"] or phrase is None:
        return
    stop = _clause_stop(doc, end, doc.sentence_stop(j))
    stated = age if age is not None else _stated_age(doc, end, stop, adverbial=True)
    if stated is None:
        return  # "…; der Richter vertagte": maybe somebody else; an age describes the other
    c = next(clusters[i] for i in before if clusters[i].gender == gender)
    if phrase not in c.roles:
        c.roles.append(phrase)
    if all(a == stated for prio, _pos, a in c.ages if prio == 0):
        c.ages.append((1, doc.starts[j + 1], stated))


_POSSESSOR = {"ihr": "f", "sein": "m"}
#: First parts of a role shared with the possessor ("ihr Mitgründer", "sein Co-Trainer").
_CO_PREFIXES = ("mit", "co-", "ko-")


def _strong_age_attribute(doc: TokenView, k: int) -> tuple[int | None, int]:
    """(age, token after it) of "33 Jahre alter" or "33-jähriger" after "ihr"/"sein"."""
    w = doc.word(k)
    if doc.word(k + 1) == "Jahre" and doc.word(k + 2) in {"alter", "altes"}:
        age = read_age(w)
        return (age, k + 3) if age is not None else (None, k)
    return _age_attribute(doc, k)  # "33-jähriger" is read there


def _joined_pair(doc: TokenView, spans: list[tuple[int, int]]) -> bool:
    """Are the two people of a sentence, whose mentions are ``spans`` ((first, stop)),
    named as "A und B" (nothing but tags between; not "A, B und C", where a third one may
    have no name the reader found)?"""
    spans = sorted(spans)
    if len(spans) != 2:
        return False
    (_first, stop), (second, _stop) = spans
    after = skip_tags(doc, stop)
    return doc.word(after) == "und" and after + 1 == second and doc.word(stop - 1) != ","


def _possessed_known(doc: TokenView, clusters: list[Cluster], mention_starts: set[int]) -> None:
    """ "Gegründet wurde es von A und B. A, 31, ist Vorstandschefin; ihr 33 Jahre alter
    Mitgründer kümmert sich um die Technik.": a clause after a semicolon that opens with
    "ihr"/"sein", an age and a role noun the possessor shares ("Mit-", "Co-", "-partner")
    speaks of somebody known (the age says so): the other one of the two people named in
    the sentence before (of the role's gender or of none known yet), when the clause
    before the semicolon names the possessor (of the possessive's gender), one of the two,
    and nobody else."""
    people_of: dict[int, set[int]] = {}
    spans_of: dict[int, list[tuple[int, int]]] = {}  # indexed once, not per semicolon
    for idx, c in enumerate(clusters):
        for m in c.mentions:
            people_of.setdefault(doc.sent[m.first], set()).add(idx)
            spans_of.setdefault(doc.sent[m.first], []).append((m.first, m.stop))
    for j in range(1, doc.n - 4):
        owner_gender = _POSSESSOR.get(doc.word(j + 1))
        if doc.words[j] != ";" or owner_gender is None:
            continue
        age, k = _strong_age_attribute(doc, j + 2)
        if age is None or not doc.same_sentence(j, k):
            continue
        role = role_at(doc, k)
        if role is None or role.kind != "noun" or role.gender not in {"m", "f"}:
            continue
        if not role.base.lower().startswith(_CO_PREFIXES) and "partner" not in role.base.lower():
            continue  # "ihr 45 Jahre alter Anwalt": maybe a third person; a co-role is shared
        if k + 1 in mention_starts or not doc.word(k + 1).islower():
            continue  # "ihr 33 Jahre alter Mitgründer B": named here
        sent = doc.sent[j]
        here = people_of.get(sent, set())
        if len(here) != 1:
            continue
        owner = next(iter(here))
        before = people_of.get(sent - 1, set())
        if clusters[owner].gender != owner_gender or owner not in before:
            continue  # the possessor must be one of the people named just before
        fitting = [i for i in before - {owner} if clusters[i].gender in {role.gender, None}]
        if (
            len(fitting) != 1
            or len(before) != 2
            or not _joined_pair(doc, spans_of.get(sent - 1, []))
        ):
            continue
        c = clusters[fitting[0]]
        if role.base not in c.roles:
            c.roles.append(role.base)
        if all(a == age for prio, _pos, a in c.ages if prio == 0):
            c.ages.append((2, doc.starts[j + 1], age))


def _in_masculine(role: str) -> str:
    """``role`` with its feminine role nouns in the masculine ("Innenministerin" ->
    "Innenminister", "Stadträtin von X" -> "Stadtrat von X", "Kauffrau" -> "Kaufmann"):
    the lexicon's pairs (:func:`masculine_role`), else a capitalised word's "-in" cut off."""
    return " ".join(
        masculine_role(w) or (w.removesuffix("in") if w[:1].isupper() else w)
        for w in role.split(" ")
    )


class _Offices:
    """Which clusters hold the office a bare role noun names (:func:`_holds_office`),
    indexed by the lower-case noun once per text instead of reading every person's roles
    for each phrase. ``masculine``: the roles in the masculine (:func:`_in_masculine`), for
    a masculine noun that may speak of a woman's office ("der Minister" for
    "Innenministerin A"). Kept up to date with :meth:`add` as roles are found; each role's
    masculine is worked out once (:meth:`_masculine_of`), not at every phrase."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self._clusters = clusters
        self._keys: tuple[dict[str, set[int]], dict[str, set[int]]] = ({}, {})
        self._masculine: dict[str, str] = {}  # role -> _in_masculine(role)
        for idx, c in enumerate(clusters):
            for role in c.roles:
                self.add(idx, role)

    def _masculine_of(self, role: str) -> str:
        masculine = self._masculine.get(role)
        if masculine is None:
            masculine = self._masculine[role] = _in_masculine(role)
        return masculine

    def add(self, idx: int, role: str) -> None:
        """Index the role ``role`` of cluster ``idx`` (as written and in the masculine)."""
        for index, text in zip(self._keys, (role, self._masculine_of(role)), strict=True):
            for key in _office_keys(text):
                index.setdefault(key, set()).add(idx)

    def holders(self, phrase: str, masculine: bool = False) -> list[int]:
        """The clusters whose roles (in the masculine with ``masculine``) hold the office
        ``phrase`` names, in cluster order."""
        found = self._keys[masculine].get(phrase.lower(), set())
        return [
            i
            for i in sorted(found)
            if _holds_office(
                phrase,
                [self._masculine_of(r) for r in self._clusters[i].roles]
                if masculine
                else self._clusters[i].roles,
            )
        ]


def _office_keys(role: str) -> set[str]:
    """The lower-case bare nouns ``role`` may hold as an office (:func:`_holds_office`):
    its last word, and the heads of its first word's compound ("justizminister" ->
    "minister")."""
    words = role.split()
    if not words:  # (no role is blank; "" or " " holds no office)
        return set()
    first = words[0].lower()
    keys = {words[-1].lower()}
    keys.update(first[k:] for k in range(3, len(first) - 5))
    return keys


def _holds_office(phrase: str, roles: list[str]) -> bool:
    """Does a person with ``roles`` hold the office a bare role noun ``phrase`` names: a
    compound it shortens ("Justizminister" for "Minister") or the noun itself after
    qualifiers ("früherer Minister")?"""
    if " " in phrase or len(phrase) < 6:
        return False
    return _shortened_office(phrase, roles) or any(
        r.split()[-1].lower() == phrase.lower() for r in roles
    )


def _shortened_office(phrase: str, roles: list[str]) -> bool:
    """Is ``phrase`` a bare role noun ("Kommissarin") that shortens a compound office of
    ``roles`` ("EU-Kommissarin") whose first part names a place or a body, not a rank?
    "A …; die Kommissarin hatte …" then speaks of A again."""
    if " " in phrase or len(phrase) < 6:
        return False  # "die Kommissarin des Bundes", "der Chef": another office or too short
    return any(_compound_with_head(r, phrase.lower()) for r in roles)


#: Qualifiers of a role phrase that say what a person named before was ("die frühere
#: Finanzchefin des Konzerns"), not a new office holder ("der bisherige", "der neue").
_FORMER = frozenset({"ehemalig", "früher", "einstig", "damalig"})


def _heads(role: str, adjectival: bool = False) -> set[str]:
    """The base forms of the role nouns in a role phrase ("libanesischer Ministerpräsident"
    -> {"Ministerpräsident"}); ``adjectival``: also of nouns made from adjectives
    ("Verletzter")."""
    kinds = {"noun", "adj"} if adjectival else {"noun"}
    return {
        r.base.lower()
        for w in role.split()
        if w[:1].isupper() and (r := analyze_role(w)) and r.kind in kinds
    }


def _counterpart_head(phrase: str) -> bool:
    """Is the first role noun of ``phrase`` one that names somebody new (a counterpart,
    the holder of a thing: :func:`ages.counterpart_role`)?"""
    for w in phrase.split():
        r = analyze_role(w)
        if r is not None and r.kind == "noun":
            return counterpart_role(w)
    return False


#: Scientists by subject, members of the classes "Wissenschaftler" and "Forscher".
_SCIENCES = (
    "professor", "physiker", "chemiker", "biologe", "mathematiker", "historiker", "soziologe",
    "ökonom", "archäologe",
)  # fmt: skip
#: Nouns of a class of people that a story uses for a member named before: "Der
#: 79-jährige Künstler" for a painter, "der 50 Jahre alte Politiker" for a minister. The
#: value: stems of the roles (lowercase, anywhere in the held role's noun) of that class.
_CLASS_NOUNS: dict[str, tuple[str, ...]] = {
    "künstler": (
        "maler",
        "bildhauer",
        "fotograf",
        "zeichner",
        "grafiker",
        "musiker",
        "komponist",
        "sänger",
        "pianist",
        "geiger",
        "dirigent",
        "schauspieler",
        "tänzer",
        "regisseur",
        "schriftsteller",
        "autor",
        "dichter",
        "lyriker",
        "illustrator",
        "choreograf",
    ),
    "musiker": (
        "pianist",
        "geiger",
        "cellist",
        "gitarrist",
        "schlagzeuger",
        "sänger",
        "dirigent",
        "organist",
        "trompeter",
        "bassist",
        "komponist",
    ),
    "politiker": (
        "minister",
        "abgeordnete",
        "bürgermeister",
        "kanzler",
        "landrat",
        "senator",
        "parteichef",
        "vorsitzende",
        "stadtrat",
        "fraktionschef",
    ),
    "sportler": (
        "spieler",
        "läufer",
        "fahrer",
        "schwimmer",
        "springer",
        "boxer",
        "ringer",
        "turner",
        "athlet",
        "weltmeister",
        "olympiasieger",
    ),
    "athlet": ("läufer", "springer", "werfer", "schwimmer", "turner", "olympiasieger"),
    "wissenschaftler": ("forscher", *_SCIENCES),
    "forscher": ("wissenschaftler", *_SCIENCES),
    "mediziner": ("arzt", "ärztin", "chirurg", "professor", "virologe", "kardiologe"),
    "unternehmer": (
        "gründer",
        "firmenchef",
        "inhaber",
        "geschäftsführer",
        "fabrikant",
        "verleger",
        "reeder",
        "gastronom",
        "hotelier",
    ),
    # officials by the service they belong to ("Polizeiobermeisterin A … die Beamtin")
    **dict.fromkeys(
        ("beamter", "beamte", "beamtin"),
        ("polizei", "polizist", "kommissar", "zöllner", "inspektor"),
    ),
}


def _reports(doc: TokenView, spans: list[tuple[int, int]], lo: int) -> bool:
    """Is the person of the sorted mention ``spans`` named in the sentence before the one
    starting at ``lo`` as the speaker of reported speech ("A sagte, ...", "..., sagte A")?"""
    if lo < 1:
        return False
    k = bisect.bisect_left(spans, (doc.sentence_start(lo - 1), -1))
    while k < len(spans) and spans[k][0] < lo:
        first, stop = spans[k]
        after = skip_tags(doc, stop)
        if doc.word(after) in lex.SPEECH_VERBS and doc.word(after + 1) == ",":
            return True
        before = np_start(doc, first) - 1
        if doc.word(before) in lex.SPEECH_VERBS and doc.word(before - 1) in {",", "“", "”"}:
            return True
        k += 1
    return False


def _last_stop(spans: list[tuple[int, int]], p: int) -> int:
    """The end of the last of the sorted mention ``spans`` before token ``p`` (else ``p``)."""
    k = bisect.bisect_left(spans, (p, -1)) - 1
    return spans[k][1] if k >= 0 and spans[k][1] <= p else p


def _other_trade(phrase: str, c: Cluster) -> bool:
    """Does ``c`` hold roles, none of which has the noun of ``phrase`` (or a compound of
    it), and is that noun no class the held roles belong to (:data:`_CLASS_NOUNS`)?"""
    new = _heads(phrase, adjectival=True)
    held = set().union(*(_heads(r, adjectival=True) for r in c.roles)) if c.roles else set()
    if not new or not held:
        return False
    if any(a.endswith(b) or b.endswith(a) for a in new for b in held):
        return False
    for a in new:
        stems = _CLASS_NOUNS.get(a.removesuffix("in") if a.endswith("lerin") else a, ())
        if stems and any(s in b for s in stems for b in held):
            return False
    return True


def _role_noun_between(
    doc: TokenView, start: int, stop: int, gender: str | None, mention_starts: set[int]
) -> bool:
    """Does a role noun or a person noun of ``gender`` ("ein junger Maler", "Ein
    Besucher", "der Mann") stand in [start, stop)? Someone without a name who may be the
    one a later role phrase speaks of; not the title of a name right after it in the
    sentence of ``stop`` ("Die Politikerin B fordert den Rücktritt der 47 Jahre alten
    Ministerin": B is the subject, the minister somebody named before)."""
    for t in range(start, stop):
        w = doc.words[t]
        if not w[:1].isupper():
            continue
        if t + 1 in mention_starts and doc.same_sentence(t, stop) and t + 1 < stop:
            continue
        if w in lex.GENERIC_PERSONS:
            noun_gender = lex.GENERIC_PERSONS[w]
        else:
            role = role_at(doc, t)
            if role is None or role.kind not in {"noun", "adj"}:
                continue
            noun_gender = role.gender if role.gender in {"m", "f"} else None
        if gender is None or noun_gender is None or noun_gender == gender:
            return True
    return False


def _other_office(phrase: str, c: Cluster, clusters: list[Cluster], idx: int) -> bool:
    """Does ``c`` already hold a role whose noun is neither the noun of ``phrase`` nor a
    compound of it ("Staatspräsident" for "Regierungschef"; not for "Präsident")?"""
    new = _heads(phrase)
    held = set().union(*(_heads(r) for r in c.roles)) if c.roles else set()
    if not new or not held:
        return False
    return not any(a.endswith(b) or b.endswith(a) for a in new for b in held)


def backref_appositions(doc: TokenView, clusters: list[Cluster]) -> None:
    """ "Der 58-Jährige, Sohn eines sizilianischen Gastarbeiters, lebt ...": a role phrase
    between commas right after an age back-reference goes to the person the age went to
    (role of the same gender, a finite verb after the second comma)."""
    for c in clusters:
        for priority, position, _age in list(c.ages):
            if priority != 2:
                continue
            tok = doc.token_at(position)
            if doc.word(tok + 1).endswith(("-Jährige", "-Jähriger")) and doc.word(tok + 2) == ",":
                k = tok + 3
            else:
                continue
            if doc.word(k).lower() in {"ein", "eine", "einst", "selbst"}:
                k += 1  # "Der 58-Jährige, selbst Sohn eines ..."
            role = role_at(doc, k)
            if role is None or role.kind == "demonym" or role.gender not in {None, c.gender}:
                continue
            end = complement_end(doc, k, doc.n)
            if doc.word(end) != "," or not doc.same_sentence(tok, end + 1):
                continue
            if not doc.word(end + 1).islower():
                continue
            phrase = role_phrase(doc, k, role, end)
            if phrase not in c.roles:
                c.roles.append(phrase)


def age_subject_predicates(doc: TokenView, clusters: list[Cluster]) -> None:
    """ "Die 63-Jährige war bisher Vizepräsidentin des Kirchenamts", "Die 52-Jährige wurde
    ... zur Spitzenkandidatin gewählt": the predicative or appointed role goes to the person
    the age back-reference at the start of the sentence refers to."""
    for c in clusters:
        for priority, position, _age in list(c.ages):
            if priority != 2:
                continue
            tok = doc.token_at(position)
            noun = tok + 1
            while noun < tok + 3 and "-Jährige" not in doc.word(noun):
                noun += 1  # "Die erst 19-Jährige"
            if doc.words[tok] in {"der", "die"} and verb_before_subject(doc, tok):
                # "Im Januar wechselt die 51-Jährige als Staatssekretärin ins Ministerium"
                inverted = as_role_at(doc, tok, noun + 1, c.gender)
                if inverted is not None and inverted.role not in c.roles:
                    c.roles.append(inverted.role)
                continue
            after_semicolon = doc.words[tok] in {"der", "die"} and doc.word(tok - 1) == ";"
            if (doc.words[tok] not in {"Der", "Die"} and not after_semicolon) or (
                tok != doc.sentence_start(tok) and doc.word(tok - 1) not in {":", ";"}
            ):
                continue  # (after a colon: "zeigt das Beispiel von A: Die 54-Jährige …";
                # a clause after a semicolon: "hatte A eingebracht; die 48-Jährige war …")
            finds = predicate_after(doc, tok, noun + 1)
            # "Die 57-Jährige, früher Biologin am Institut X, reagierte …"
            apposed = _adverb_apposition(doc, noun + 1, c.gender)
            if apposed is not None:
                finds.append(apposed)
            # "Die 54-Jährige arbeitet als Richterin"
            as_role = as_role_after_verb(doc, tok, noun + 1, c.gender)
            if as_role is not None:
                finds.append(as_role)
            # "Die 47-Jährige, die derzeit als Chefdramaturgin am Theater arbeitet, …"
            relative = relative_as_role(doc, tok, noun + 1, c.gender)
            if relative is not None:
                finds.append(relative)
            # "Der 53-Jährige stammt aus Aschaffenburg und war zwölf Jahre Pfarrer"
            also = _coordinated_copula(doc, noun + 1, doc.sentence_stop(tok))
            if also is not None and not finds:
                finds = predicate_after(doc, tok, also)
            # "Die 52-Jährige wurde ... zur Spitzenkandidatin gewählt"
            appointed = appointment_after(doc, tok, noun + 1)
            if appointed is not None:
                finds.append(appointed)
            for find in finds:
                if find.role not in c.roles:
                    c.roles.append(find.role)


def _adverb_apposition(doc: TokenView, j: int, gender: str | None) -> RoleFind | None:
    """ "Die 57-Jährige, früher Biologin beim Institut X, reagierte": an apposition between
    commas at ``j`` that opens with an adverb of time ("früher", "bisher", "zuvor",
    "derzeit"), then a role noun without an article and its complement, closed by a comma.
    Without the adverb a comma after the age may begin a list or a relative clause ("Die
    57-Jährige, die Lehrerin …"), so nothing is read then."""
    if doc.word(j) != "," or doc.word(j + 1) not in _TIME_APPOSITION_ADVERBS:
        return None
    k = j + 2
    while qualifier_stem(doc.word(k)) is not None and k < j + 4:
        k += 1  # "früher langjährige Leiterin"
    if not doc.same_sentence(j, k):
        return None
    role = role_at(doc, k)
    if role is None or role.kind != "noun" or role.gender not in {None, gender}:
        return None
    end = complement_end(doc, k, doc.sentence_stop(k))
    if doc.word(end) != "," or not doc.same_sentence(k, end):
        return None  # "Die 57-Jährige, früher Biologin und Lehrerin": unclear where it ends
    return RoleFind(role_phrase(doc, k, role, end), role.gender, None, None)


#: Adverbs of time that open an apposition about an earlier or the current post.
_TIME_APPOSITION_ADVERBS = lex.words("früher einst ehemals bisher bislang zuvor zuletzt derzeit")


#: A subject pronoun and its gender; the copulas in the indicative singular.
_PRONOUNS = {"Er": "m", "Sie": "f"}
_SINGULAR_COPULAS = lex.words("ist war wird wurde bleibt blieb")


def _pronoun_antecedent(
    doc: TokenView, clusters: list[Cluster], mentions: SentenceMentions, lo: int, gender: str
) -> int | None:
    """The one person of ``gender`` named in the sentence before the one starting at ``lo``,
    which a subject pronoun of that gender there refers to; None when that sentence names
    nobody of that gender, more than one, or somebody of unknown gender ("A traf Minister B.
    Er ist Lehrer.": either one), or when somebody of that gender without a name or a kin
    came in between (after A's last mention there: "... Später sprach A.")."""
    before = mentions.people.get(doc.sent[lo] - 1, set())
    people = {i for i in before if clusters[i].gender == gender}
    if len(people) != 1 or any(clusters[i].gender is None for i in before):
        return None
    idx = people.pop()
    stop = mentions.last_stop(doc.sent[lo] - 1, idx)
    if unnamed_person_between(doc, stop, lo, gender, mentions.starts) or kin_between(
        doc, stop, lo, gender
    ):
        return None
    return idx


def pronoun_predicates(doc: TokenView, clusters: list[Cluster], mentions: SentenceMentions) -> None:
    """ "Der Trainer Jan Rau hört auf. Er war zuletzt Co-Trainer in Kiel.": the
    predicative role after a sentence-initial "Er"/"Sie" and a singular copula (or the "als"
    role after a verb of work: "Er arbeitet seit 2010 als Hausmeister") goes to the
    one person of that gender named in the sentence before, when nobody of that gender
    without a name came in between ("A traf ihre Mutter. Sie ist Lehrerin." gives nothing)."""
    by_sentence, quoted = mentions.people, mentions.quoted
    for lo, _hi in doc.sentences():
        gender = _PRONOUNS.get(doc.words[lo])
        copula = doc.word(lo + 1) in _SINGULAR_COPULAS
        verb = doc.word(lo + 1)
        working = not copula and _singular_work_verb(verb)  # not "Sie arbeiten als Lehrer"
        if gender is None or not (copula or working) or quoted[lo]:
            continue
        if doc.blocked[lo] or doc.sent[lo] in by_sentence:
            continue  # "Sie ist Lehrerin, sagt A": the sentence names somebody
        idx = _pronoun_antecedent(doc, clusters, mentions, lo, gender)
        if idx is None:
            continue
        c = clusters[idx]
        if working:  # "Er arbeitet seit 2010 als Hausmeister."
            found = as_role_after_verb(doc, lo, lo + 1, gender)
            finds = [found] if found is not None else []
        else:
            finds = predicate_after(doc, lo, lo + 1)
            also = _coordinated_work_verb(doc, lo, _hi)
            if also is not None:
                finds = [*finds, *_work_as_role(doc, lo, also, gender)]
        for find in finds:
            if find.gender in {None, gender} and find.role not in c.roles:
                c.roles.append(find.role)


#: Adverbs of time that open a sentence before the copula and its subject pronoun:
#: "Zuvor war er Bürgermeister von Olpe", "Seitdem ist sie Chefin der Stiftung".
_INVERTING_ADVERBS = lex.words(
    "Zuvor Zuletzt Davor Früher Bisher Bislang Seitdem Seither Inzwischen Mittlerweile Heute"
)
_LOWER_PRONOUNS = {"er": "m", "sie": "f"}


def _inverted_pronoun(doc: TokenView, lo: int) -> tuple[str, int, int] | None:
    """(gender, copula, pronoun) of a sentence opening "Zuvor war er …" or "Seit 2015 ist
    sie …" (an adverb of time, or "Seit" and one word, then a singular copula and "er"/"sie");
    None else."""
    k = lo + 1 if doc.words[lo] in _INVERTING_ADVERBS else lo + 2 if doc.words[lo] == "Seit" else lo
    if k == lo or doc.word(k) not in _SINGULAR_COPULAS or not doc.same_sentence(lo, k + 2):
        return None
    gender = _LOWER_PRONOUNS.get(doc.word(k + 1))
    return (gender, k, k + 1) if gender is not None else None


def _fronted_as_pronoun(doc: TokenView, lo: int, hi: int) -> tuple[str, RoleFind] | None:
    """(gender, role) of a sentence [lo, hi) opening "Als Landrat sei er …", "Als Chefin der
    Stiftung verantwortet sie …": "Als", a role phrase, a finite verb, then "er"/"sie"
    (:func:`app.people.attributes.fronted_as_phrase`); None else."""
    if doc.words[lo] != "Als":
        return None
    for verb in range(lo + 2, min(hi - 1, lo + 10)):
        gender = _LOWER_PRONOUNS.get(doc.words[verb + 1])
        if gender is None or not doc.words[verb].islower():
            continue
        found = fronted_as_phrase(doc, lo, verb, gender)
        return (gender, found) if found is not None else None
    return None


def inverted_pronoun_predicates(
    doc: TokenView, clusters: list[Cluster], mentions: SentenceMentions
) -> None:
    """ "Hans Weber lehnte ab. Zuvor war er Bürgermeister von Olpe.": the predicate after an
    adverb of time, a singular copula and "er"/"sie" goes to the one person of that gender
    named in the sentence before, as after a sentence-initial "Er ist …"
    (:func:`pronoun_predicates`), with the same conditions: the sentence names nobody, the
    one before names nobody of unknown gender, and nobody of that gender without a name
    came in between."""
    by_sentence, quoted = mentions.people, mentions.quoted
    for lo, hi in doc.sentences():
        if quoted[lo] or doc.blocked[lo] or doc.sent[lo] in by_sentence:
            continue
        found = _inverted_pronoun(doc, lo)
        fronted = _fronted_as_pronoun(doc, lo, hi) if found is None else None
        if found is not None:
            gender = found[0]
        elif fronted is not None:
            gender = fronted[0]
        else:
            continue
        idx = _pronoun_antecedent(doc, clusters, mentions, lo, gender)
        if idx is None:
            continue
        c = clusters[idx]
        if found is not None:
            _gender, copula, pronoun = found
            finds = predicate_after(doc, pronoun, pronoun + 1, copula=copula)
        else:
            finds = [fronted[1]] if fronted is not None else []
        for find in finds:
            if find.gender in {None, gender} and find.role not in c.roles:
                c.roles.append(find.role)


def _town_of_work(doc: TokenView, verb: int, found: RoleFind) -> RoleFind:
    """ "arbeitet als Tierärztin in Landshut.": after "arbeiten als <role>" a town that
    ends the sentence is where the work is done, part of the role."""
    als = verb + 1
    if cached_lemma(doc.word(verb)) != "arbeiten" or doc.word(als) != "als":
        return found
    town = doc.word(als + 3)
    if doc.word(als + 2) != "in" or not lex.is_place(town) or doc.word(als + 4) != ".":
        return found
    if found.role != doc.word(als + 1):
        return found  # an adjective or a complement came with the role
    return dataclasses.replace(found, role=f"{found.role} in {town}")


def _coordinated_copula(doc: TokenView, lo: int, hi: int) -> int | None:
    """ "Der 53-Jährige stammt aus Aschaffenburg und war zwölf Jahre Pfarrer": a singular
    copula right after "und" in the clause from ``lo`` (the token after the subject) shares
    its subject when no comma, quote or other "und" comes before it ("…, und sein Bruder war
    Pfarrer" has its own subject; "stammt aus A und B und war" is a list)."""
    for k in range(lo + 1, hi - 1):
        w = doc.words[k]
        if w in {",", ";", ":", "(", "–"} or w in OPEN_QUOTES:
            return None
        if w == "und":
            return k + 1 if doc.words[k + 1] in _SINGULAR_COPULAS else None
    return None


def _coordinated_work_verb(doc: TokenView, lo: int, hi: int) -> int | None:
    """ "Sie ist 38 Jahre alt und arbeitet als Tierärztin": a singular verb of work right
    after "und" in the copula sentence at ``lo`` shares its pronoun subject (no comma
    before it: "..., und ihr Mann arbeitet als Arzt" has its own)."""
    for k in range(lo + 2, hi - 1):
        w = doc.words[k]
        if w in {",", ";", ":"} or w in OPEN_QUOTES:
            return None
        if w == "und":
            verb = doc.words[k + 1]
            if _singular_work_verb(verb):
                return k + 1
            return None
    return None


def pair_predicates(doc: TokenView, clusters: list[Cluster], mentions: SentenceMentions) -> None:
    """ "A und ihr Mann B übernehmen die Gemeinde. Die beiden waren bisher Pastoren am
    Dom.": a plural role noun after "Die beiden"/"Beide" and a plural copula at the start of
    a sentence that names nobody goes, in the singular of each one's gender, to the two
    people the sentence before names (exactly two, both of known gender)."""
    by_sentence, quoted = mentions.people, mentions.quoted
    for lo, hi in doc.sentences():
        if doc.blocked[lo] or quoted[lo]:
            continue
        if doc.sent[lo] in by_sentence:
            _named_pair_predicate(doc, clusters, lo, hi, mentions.every.get(doc.sent[lo], []))
            continue
        k = lo + 2 if doc.words[lo] == "Die" and doc.word(lo + 1) == "beiden" else lo + 1
        if not (k == lo + 2 or doc.words[lo] == "Beide") or doc.word(k) not in _PAIR_COPULAS:
            continue
        j = k + 1
        while j < hi and doc.words[j] in lex.PREDICATE_ADVERBS:
            j += 1  # "waren bisher", "sind zuvor"
        plural = analyze_plural_role(doc.word(j)) if j < hi else None
        if plural is None or plural.kind != "noun":
            continue
        pair = by_sentence.get(doc.sent[lo] - 1, set())
        if len(pair) != 2 or any(clusters[i].gender is None for i in pair):
            continue  # "A, B und C …", a sentence of one person, a gender unknown
        if plural.gender == "f" and any(clusters[i].gender != "f" for i in pair):
            continue  # "A und B (two men) … Die beiden sind Ärztinnen": somebody else
        end = complement_end(doc, j, hi)
        for i in sorted(pair):
            c = clusters[i]
            phrase = role_phrase(doc, j, for_person(plural, c.gender), end)
            if phrase not in c.roles:
                c.roles.append(phrase)


def _named_pair_predicate(
    doc: TokenView,
    clusters: list[Cluster],
    lo: int,
    hi: int,
    mentions: list[tuple[int, int, int]],
) -> None:
    """ "Die Theologinnen A (44) und B (38) waren bisher Pastorinnen in Wismar.": two names
    joined by "und" open the sentence [lo, hi) (after an article and a plural role noun at
    most) before a plural copula and a plural role noun; each gets it in the singular of
    their gender. Nothing when a third person is named there or a gender is unknown.
    ``mentions``: (first, stop, cluster) of the mentions in this sentence."""
    named = sorted(m for m in mentions if lo <= m[0] < hi)
    if len(named) != 2 or named[0][2] == named[1][2]:
        return
    (first, stop, a), (second, end, b) = named
    if any(clusters[i].gender is None for i in (a, b)):
        return
    opening = doc.words[dateline_end(doc, lo, first) : first]
    if opening and not (
        len(opening) == 2 and opening[0] == "Die" and analyze_plural_role(opening[1]) is not None
    ):
        return  # "Mit A und B waren …", "Laut A und B sind …": not the subject
    if doc.word(skip_tags(doc, stop)) != "und" or skip_tags(doc, stop) + 1 != second:
        return
    k = skip_tags(doc, end)
    if doc.word(k) not in _PAIR_COPULAS:
        return
    j = k + 1
    while j < hi and doc.words[j] in lex.PREDICATE_ADVERBS:
        j += 1  # "waren bisher"
    plural = analyze_plural_role(doc.word(j)) if j < hi else None
    if plural is None or plural.kind != "noun" or analyze_role(doc.word(j)) is not None:
        return  # not a plural role noun ("sind Ärztin und Pfleger": each their own)
    if plural.gender == "f" and any(clusters[i].gender != "f" for i in (a, b)):
        return
    phrase_end = complement_end(doc, j, hi)
    for i in (a, b):
        c = clusters[i]
        phrase = role_phrase(doc, j, for_person(plural, c.gender), phrase_end)
        if phrase not in c.roles:
            c.roles.append(phrase)


def identified_newcomers(doc: TokenView, clusters: list[Cluster]) -> None:
    """ "Ein vermisster Bergsteiger ist tot geborgen worden. Es handelt sich um den 34 Jahre
    alten A": "Es handelt sich um" + one name identifies the person the sentence before
    introduced by an indefinite role noun as its subject ("Ein/Eine [attributes] <role>");
    the role goes to that name when its gender fits. Adjectival nouns ("Ein Verletzter")
    and nouns after a comma or a verb give nothing."""
    firsts: dict[int, list[int]] = {}
    for idx, c in enumerate(clusters):
        for m in c.mentions:
            firsts.setdefault(m.first, []).append(idx)
    for lo, hi in doc.sentences():
        if tuple(doc.words[lo : lo + 4]) != ("Es", "handelt", "sich", "um") or lo == 0:
            continue
        named = [(k, i) for k in range(lo + 4, hi) for i in firsts.get(k, [])]
        if len({i for _k, i in named}) != 1:
            continue  # nobody or two people: "Es handelt sich um A und B"
        if any(w in _OF_ANOTHER for w in doc.words[lo + 4 : named[0][0]]):
            continue  # "Es handelt sich um den Sohn von A": somebody else
        plo = doc.sentence_start(lo - 1)
        plo = dateline_end(doc, plo, lo - 1)  # "Bad Tölz - Ein vermisster Bergsteiger …"
        if doc.words[plo] not in {"Ein", "Eine"}:
            continue
        if any(w in _NOT_PLAIN or w in OPEN_QUOTES for w in doc.words[plo:lo]):
            continue  # "Ein Sprecher sagte, ein Wanderer sei gestürzt": a report
        role = None
        for h in range(plo + 1, min(plo + 7, lo - 1)):
            w = doc.words[h]
            if w in lex.WEEKDAYS | lex.MONTHS or w.islower() or w.isdigit():
                continue  # "Ein seit Freitag vermisster Bergsteiger"
            found = role_at(doc, h, doc.words[plo].lower())
            if found is not None and found.kind == "noun" and found.gender is not None:
                role = found
            break
        c = clusters[named[0][1]]
        if role is None or (c.gender is not None and c.gender != role.gender):
            continue
        if _another_indefinite(doc, h + 1, lo - 1):
            continue  # "Ein Spaziergänger hat eine Leiche entdeckt. Es handelt sich um A"
        if role.base not in c.roles:
            c.roles.append(role.base)


def _another_indefinite(doc: TokenView, lo: int, hi: int) -> bool:
    """Does [lo, hi) bring somebody or something else new with an indefinite article that
    is no preposition's ("hat einen Radfahrer angefahren", "hat eine Leiche entdeckt"; not
    "bei einem Unfall")? "Es handelt sich um A" may then be about that one."""
    return any(
        doc.words[t] in {"ein", "eine", "einen"}
        and doc.word(t - 1).lower() not in lex.PREPOSITIONS
        and doc.word(t + 1)[:1].isalnum()  # not a particle: "Ein Feuerwehrmann griff ein."
        for t in range(lo, hi)
    )


#: Words before a name that make it the owner of the phrase, not the person it names.
_OF_ANOTHER = lex.words("von vom des der eines einer seines ihres")
#: Marks of a sentence that is more than one plain clause: a report, a list, a quote.
_NOT_PLAIN = frozenset({",", ":", ";", "(", "–"})


#: Plural copulas after "Die beiden": "waren bisher Pastoren am Dom".
_PAIR_COPULAS = lex.words("sind waren bleiben blieben")


#: Verbs of a job done "als <role>" after a pronoun: "Sie arbeitet seit 2010 als Hebamme",
#: "Er sitzt im Landtag als Abgeordneter".
_WORK_AS_LEMMAS = frozenset(
    {"arbeiten", "sitzen", "dienen", "wirken", "lehren", "unterrichten", "praktizieren"}
)


def _singular_work_verb(word: str) -> bool:
    """A verb of :data:`_WORK_AS_LEMMAS` in a singular form ("arbeitet", not "arbeiten")."""
    return not word.endswith("en") and cached_lemma(word) in _WORK_AS_LEMMAS


def _work_as_role(doc: TokenView, lo: int, verb: int, gender: str) -> list[RoleFind]:
    """The "als" role after a singular verb of work at ``verb`` (:data:`_WORK_AS_LEMMAS`),
    said of the subject opening at ``lo`` ("… arbeitet seit 2010 als Ärztin in Bonn")."""
    if not _singular_work_verb(doc.word(verb)):
        return []  # "Sie arbeiten als …": a plural
    found = as_role_after_verb(doc, lo, verb, gender)
    return [_town_of_work(doc, verb, found)] if found is not None else []


#: Quotation marks: opening mark -> closing mark ("„...“", "»...«", "«...»", '"..."').
_QUOTES = {"„": "“", "»": "«", "«": "»", '"': '"'}


def _quoted_tokens(doc: TokenView) -> list[bool]:
    """Which tokens stand inside a direct quote; a quote ends at the end of its paragraph."""
    inside = [False] * doc.n
    close: str | None = None
    for i, w in enumerate(doc.words):
        if close is not None and i > 0 and "\n" in doc.text[doc.ends[i - 1] : doc.starts[i]]:
            close = None
        if close is not None:
            if w == close:
                close = None
            else:
                inside[i] = True
        elif w in _QUOTES:
            close = _QUOTES[w]
    return inside


#: Articles that open a sentence about somebody just named, as the article they stand for:
#: "Der Minister ...", "Derselbe Minister ...", "Diese Ministerin ...".
_OPENING_ARTICLES = {
    "Der": "der",
    "Die": "die",
    "Derselbe": "der",
    "Dieselbe": "die",
    "Dieser": "der",
    "Diese": "die",
}


def _phrase_starts(doc: TokenView, lo: int, hi: int, named: bool) -> list[int]:
    """Where a role phrase about somebody else may start in the sentence [lo, hi):
    at its start ("Die ..."), or after a verb of saying when it names nobody
    ("..., sagte der Professor am ...")."""
    starts = [lo] if doc.words[lo] in _OPENING_ARTICLES else []
    if doc.words[lo] in {"Dem", "Den"} and _age_attribute(doc, lo + 1)[0] is not None:
        starts.append(lo)  # "Dem 45-jährigen Familienvater wird Betrug vorgeworfen"
    if (
        not named
        and doc.words[lo] in FRONT_ADVERBS
        and doc.word(lo + 1).isalpha()
        and doc.word(lo + 1).islower()
        and doc.word(lo + 2) in {"der", "die"}
        and lo + 2 < hi
    ):
        starts.append(lo + 2)  # "Jetzt hört die Bäckermeisterin auf": the subject after the verb
    if not named:
        starts += [
            j + 1
            for j in range(lo, hi - 2)
            if doc.words[j] in lex.SPEECH_VERBS and doc.words[j + 1] in {"der", "die"}
        ]
        # "hatte die 29 Jahre alte Unternehmerin verurteilt": an age attribute after a
        # definite article marks somebody known, anywhere in the sentence
        starts += [
            j
            for j in range(lo + 1, hi - 2)
            if doc.words[j] in _AGE_ARTICLES and _age_attribute(doc, j + 1)[0] is not None
        ]
    return starts


#: Definite articles before an age attribute that refers back ("die 29 Jahre alte ...").
_AGE_ARTICLES = frozenset({"der", "die", "den", "dem"})


def _age_attribute(doc: TokenView, k: int) -> tuple[int | None, int]:
    """(age, token after it) of "29 Jahre alte" or "29-jährige" at ``k``; (None, k) else."""
    w = doc.word(k)
    if doc.word(k + 1) == "Jahre" and doc.word(k + 2) in {"alte", "alten"}:
        age = read_age(w)
        return (age, k + 3) if age is not None else (None, k)
    if AGE_ADJECTIVE.fullmatch(w):
        return read_age(w.split("-")[0]), k + 1
    return None, k


def _stated_age(doc: TokenView, lo: int, hi: int, adverbial: bool = False) -> int | None:
    """The age that the sentence [lo, hi) states ("im Alter von 91 Jahren", "ist 51 Jahre
    alt"), when it states exactly one. ``adverbial``: none when a statement stands inside
    a noun phrase ("beerdigte den im Alter von 90 Jahren gestorbenen Bauern": an article
    before it or an adjective and a noun after it), where it is another person's age, and
    none but "N Jahre alt" without a death in the clause (:data:`app.people.ages.DEATH`)."""
    if hi <= lo:
        return None
    base = doc.starts[lo]
    text = doc.text[base : doc.ends[hi - 1]]
    ages: set[int] = set()
    for pattern in AGE_STATEMENTS:
        for match in pattern.finditer(text):
            age = read_age(match.group("age"))
            if age is None or not_exact_age(doc, doc.token_at(base + match.start("age"))):
                continue  # "ist knapp 90 Jahre alt": no exact age (one rule, as in ages)
            first = doc.token_at(base + match.start())
            last = doc.token_at(base + match.end() - 1)
            if adverbial and (
                doc.word(first - 1).lower() in _ATTRIBUTE_ARTICLES
                or (adjective_stem(doc.word(last + 1)) is not None and doc.word(last + 2).istitle())
            ):
                return None
            if adverbial and " alt" not in match.group(0) and not DEATH.search(text):
                return None  # "Der Architekt hatte im Alter von 30 Jahren geheiratet"
            ages.add(age)
    return ages.pop() if len(ages) == 1 else None


#: Articles before an age statement that is part of a noun phrase ("den im Alter von ...").
_ATTRIBUTE_ARTICLES = lex.DEFINITE | frozenset({"ein", "eine", "einen", "einem", "einer"})


#: Words that announce a death after "ist"/"war": "Altbürgermeister A ist tot."
_DEAD = frozenset({"tot", "gestorben", "verstorben"})


def _known_before(doc: TokenView, c: Cluster, p: int, end: int, sent: int) -> bool:
    """May an age stated about the role phrase [p, end) be given to ``c``, named in
    sentence ``sent``? Only when the phrase speaks of somebody known: a former office
    ("Der frühere Verwaltungschef starb im Alter von 91 Jahren"), or right after the
    news of ``c``'s death ("A ist tot.", "trauert um ihren Ehrenbürger A"): a bare role
    after other news is often somebody new ("Minister A besuchte die Unfallstelle. Der
    Fahrer starb im Alter von 45 Jahren")."""
    if any(qualifier_stem(doc.words[j]) in _FORMER for j in range(p, end)):
        return True
    for m in c.mentions:
        if doc.sent[m.first] != sent:
            continue
        if doc.word(np_start(doc, m.first) - 1) == "um":
            return True  # "Die Stadt trauert um ihren Ehrenbürger A."
        j = skip_tags(doc, m.stop)
        if doc.word(j) in {"ist", "war"} and doc.word(j + 1) in _DEAD:
            return True  # "A ist tot."
    return False


def _clause_stop(doc: TokenView, j: int, hi: int) -> int:
    """The first comma, semicolon, colon or dash at or after token ``j`` before ``hi``."""
    return next((k for k in range(j, hi) if doc.words[k] in {",", ";", ":", "–", "-"}), hi)


#: Councils whose member bears the council's name ("der Stadtrat" is the council or one
#: councillor); without a name the body is meant (lower-case endings).
_COUNCIL_BODIES = tuple(
    sorted(
        lex.words(
            """stadtrat gemeinderat kreisrat bundesrat nationalrat ständerat betriebsrat
            aufsichtsrat personalrat ortsrat ortsbeirat verwaltungsrat stiftungsrat rundfunkrat
            regierungsrat"""
        )
    )
)


#: Bodies whose word also names a member, matched whole ("Der Rat stimmte zu", not
#: "Landrat"; "Der Landesvorstand tagte", "Der Hochschulrat wählte").
_BARE_BODIES = lex.words(
    """rat hochschulrat universitätsrat kirchenvorstand landesvorstand bundesvorstand
    parteivorstand kreisvorstand ortsvorstand gemeindevorstand vorstand präsidium"""
)


def _names_a_body(role: RoleNoun) -> bool:
    """Is ``role`` a masculine noun that names a council or body as well as a member
    (:data:`_COUNCIL_BODIES`, :data:`_BARE_BODIES`: "Stadtrat", "Rat", "Vorstand")?"""
    low = role.base.lower()
    return role.gender == "m" and (low.endswith(_COUNCIL_BODIES) or low in _BARE_BODIES)


def _unnamed_role(
    doc: TokenView, p: int, lo: int, hi: int, mention_starts: set[int]
) -> tuple[str, str | None, int | None, int] | None:
    """(gender, role phrase, stated age, token after the phrase) of a noun phrase at ``p``
    that names a person by a role alone: the subject of the sentence [lo, hi) or its last
    words. A demonym that opens the sentence ("Die 20 Jahre alte Serbin besiegte ...", "Der
    gebürtige Nigerianer ist 51 Jahre alt") refers back in the same way but is no role: its
    phrase is None."""
    article = _OPENING_ARTICLES.get(doc.words[p], doc.words[p].lower())
    k = p + 1
    age, after_age = _age_attribute(doc, k)  # "Der 31 Jahre alte Informatiker"
    if age is not None and after_age < hi:
        k = after_age
    else:
        age = None
    if (
        doc.word(k) in {"in", "aus", "bei", "an"}
        and doc.word(k + 1)[:1].isupper()
        and doc.word(k + 2).islower()
        and adjective_stem(doc.word(k + 2)) is not None
        and k + 3 < hi
    ):
        k += 3  # "Die in Göteborg geborene Autorin": a participle phrase before the noun
    elif age is None:
        end_attr, stated = _participle_attribute(doc, k, hi)
        if end_attr > k:  # "Die 2020 im Alter von 89 Jahren gestorbene Künstlerin"
            k, age = end_attr, stated
    q = k
    while k < hi and qualifier_stem(doc.words[k]) is not None:
        k += 1
    role = role_at(doc, k, article) if k < hi else None
    if role is None and age is not None and k < hi and article == "der":
        role = council_member(doc.words[k])  # "Der 52-jährige Landesrat": a body has no age
    if role is None and p == lo:
        d = q  # "Der gebürtige Nigerianer": any plain adjective before a demonym
        while d < hi and doc.words[d].islower() and adjective_stem(doc.words[d]) is not None:
            d += 1
        demonym = role_at(doc, d, article) if d < hi else None
        if demonym is not None and demonym.kind == "demonym":
            role, k = demonym, d
    if role is None or role.gender is None:
        return None
    if age is None and _names_a_body(role):
        return None  # "Der Stadtrat stimmte zu": the council, not one of its members (an age
        # says a member: "Der 61-jährige Stadtrat")
    if role.kind == "demonym":
        if p != lo or not doc.word(k + 1)[:1].islower() or k + 1 in mention_starts:
            return None  # "Der Österreicher Dominic Thiem" names somebody
        if article == "die" and role.gender == "m":
            return None  # "Die Serben ...": a plural
        return role.gender, None, age, k + 1
    if role.kind == "family" and _described_by_parents(doc, p, lo, k, hi):
        # "Der Sohn polnischer Bergleute starb": the kin noun and its genitive
        end = k + 1 + (doc.word(k + 1) in {"eines", "einer"})
        while doc.word(end).islower() and adjective_stem(doc.word(end)) is not None:
            end += 1
        if end < hi and doc.words[end][:1].isupper():
            return role.gender, role_phrase(doc, k, role, end + 1), age, end + 1
        return None
    if role.kind not in {"noun", "adj"}:
        return None
    if article == "die" and role.gender == "m" and role.kind == "noun":
        return None  # "Die Richter gaben ... statt": a plural
    end = complement_end(doc, k, hi)
    if any(j in mention_starts for j in range(p, end + 1)):
        return None  # the phrase belongs to a name: "Der Trainer Jürgen Klopp ..."
    follow = doc.word(end) if end < hi else "."
    inverted = p == lo + 2 and doc.words[lo] in FRONT_ADVERBS
    inverted = inverted and doc.words[lo + 1] not in lex.SPEECH_VERBS  # not "Dann sagte der"
    if inverted and doc.word(k + 1).lower() not in {"des", "der"}:
        end = k + 1  # "Jetzt geht die Ärztin in Rente": "in Rente" belongs to the verb
        follow = doc.word(end)
    if follow == "," and _names_in_apposition(doc, end + 1, hi, mention_starts):
        return None  # "Die Landtagspräsidentin, die CDU-Politikerin A, will ...": named here
    relative = follow == "," and doc.word(end + 1) in {"der", "die"}  # "..., die seit ..."
    subject_np = (p == lo and (follow[:1].islower() or relative)) or (
        inverted and (follow[:1].islower() or follow == ":")
    )
    final_np = p > lo and not inverted and follow in {".", "!", "?", "…"}
    attributed = p > lo and age is not None and doc.words[p] in _AGE_ARTICLES
    if attributed and not final_np and doc.word(k + 1) not in {"des", "der"}:
        end = k + 1  # "die 29 Jahre alte Unternehmerin wegen ...": the object noun alone
    if not (subject_np or final_np or attributed):
        return None
    if final_np and doc.word(k + 1) == "in" and end == k + 3 and lex.is_place(doc.word(k + 2)):
        end = k + 1  # "sagte der Manager in Ludwigshafen": where he said it
    return role.gender, role_phrase(doc, k, role, end), age, end


def _described_by_parents(doc: TokenView, p: int, lo: int, k: int, hi: int) -> bool:
    """Is the kin noun at ``k``, opening the sentence [lo, hi) at ``p``, a description of the
    person's origin told with their death ("Der Sohn polnischer Bergleute starb im Alter von
    81 Jahren", "Die Tochter eines Pfarrers ist gestorben")? Its genitive is indefinite (no
    "des Verstorbenen": somebody known, whose child is another person), no "auch" or
    "ebenfalls" makes it a second death, and the sentence tells of a death."""
    if p != lo:
        return False
    nxt = doc.word(k + 1)
    plain_plural = (
        nxt.islower() and nxt.endswith("er") and adjective_stem(nxt) is not None
    ) and doc.word(k + 2)[:1].isupper()
    if nxt not in {"eines", "einer"} and not plain_plural:
        return False
    words = doc.words[lo:hi]
    if any(w in {"auch", "ebenfalls", "Auch"} for w in words):
        return False
    if lo == 0 or not _TOLD_DEATH.search(doc.span_text(doc.sentence_start(lo - 1), lo - 1)):
        return False  # "A trauert. Der Sohn eines Freundes starb …": somebody else died
    return DEATH.search(doc.span_text(lo, hi - 1)) is not None


#: The sentence before a kin noun's description tells of the death of the person named
#: there: "A ist tot", "A ist gestorben".
_TOLD_DEATH = re.compile(rf"\btot\b|{DEATH.pattern}")


def _participle_adjective(w: str) -> bool:
    """ "gestorbene", "verstorbenen", "gewählte", "ausgezeichneten": a participle with an
    adjective ending (a weak one needs its "ge-")."""
    if not w.islower() or adjective_stem(w) is None:
        return False
    return w.endswith(("ene", "enen", "ener")) or (
        w.endswith(("te", "ten", "ter")) and "ge" in w[:6]
    )


def _participle_attribute(doc: TokenView, k: int, hi: int) -> tuple[int, int | None]:
    """An extended participle attribute between the article and the noun: "Die [2020 im
    Alter von 89 Jahren gestorbene] Künstlerin", "Der [am Montag gewählte] Landrat": up to
    eight tokens without punctuation, ending in a participle with an adjective ending
    ("ge-" ... "-ene"/"-te"). The token after it and the age the phrase states ("im Alter
    von 89 Jahren"), else ``k`` and None."""
    j = k
    while j < hi and j - k < 8:
        w = doc.words[j]
        if j > k and _participle_adjective(w):
            break
        plain = w.isdigit() or w in lex.PREPOSITIONS or w in {"dem", "der", "den", "des"}
        if not plain and not (nm.is_capitalised_word(w) and analyze_role(w) is None):
            return k, None  # "Die Landrätin wurde ...": no attribute
        j += 1
    else:
        return k, None
    age = None
    for i in range(k, j - 3):
        if doc.words[i] == "Alter" and doc.words[i + 1] == "von" and doc.words[i + 3] == "Jahren":
            age = read_age(doc.words[i + 2])
    return j + 1, age


def _names_in_apposition(doc: TokenView, j: int, hi: int, mention_starts: set[int]) -> bool:
    """Does a name start between token ``j`` (after a comma) and the next comma, within
    eight tokens? Then the role phrase before the comma is the office of that person."""
    if doc.word(j) in {"der", "die", "das"} and doc.word(j + 1)[:1].islower():
        return False  # "Die Sprecherin, die gestern A kritisiert hatte,": a relative clause
    k = j
    while k < hi and k - j < 8 and doc.words[k] not in {",", ";", ":"}:
        if k in mention_starts:
            return True
        k += 1
    return False


def pronoun_antecedent(
    doc: TokenView, clusters: list[Cluster], idx: int, gender: str, position: int
) -> int | None:
    """Who "sein"/"ihr" before token ``position`` refers to: the last other person
    of that gender (or of unknown gender) mentioned in this or the two sentences before."""
    best: tuple[int, int] | None = None
    sentence = doc.sent[position]
    for j, other in enumerate(clusters):
        if j == idx or other.gender not in {None, gender}:
            continue
        k = bisect.bisect_left(other.firsts, position) - 1
        if k >= 0:
            first = other.firsts[k]
            recent = sentence - doc.sent[first] <= 2
            if recent and (best is None or first > best[0]):
                best = (first, j)
    return best[1] if best else None


#: Articles that bring in somebody new without a name: "Eine Polizistin hat …", "hat
#: seinen Innenminister entlassen" (a possessive: somebody other than its owner).
_NEWCOMER_ARTICLES = lex.words("ein eine einen sein seine seinen ihre ihren")
#: Adjectives between such an article and the role noun that keep it somebody new.
_NEWCOMER_DEFINITE_ADJECTIVES = lex.words("neue neuen")
#: Verbs of looking for somebody not yet found: "Der Verein sucht einen Trainer".
_SEARCH_LEMMAS = frozenset({"suchen", "gesucht", "vermissen", "fehlen"})


def newcomer_roles(doc: TokenView, clusters: list[Cluster], mentions: SentenceMentions) -> None:
    """ "Eine Polizistin hat einen Jungen gerettet. Polizeiobermeisterin A (29) war …",
    "hat seinen Innenminister entlassen. B, 49, soll …", "hat einen neuen Zentralbankchef
    bestätigt: C.": a news lede brings in a role without a name, and the next sentence (or
    the clause after a colon) names the person. The role goes to the one person of its
    gender named there, who must be new to the text and either be the one object of a verb
    of appointment ("Der Rat ernannte die Ingenieurin D"), or stand alone after the colon
    ("…: C."), or open the next sentence as its subject with an age, followed by a copula
    or "soll" (:func:`_introduces_newcomer`; not after a lede in the passive, and never
    with a "neue" role, whose predecessor may be the one named). Only when the lede brings
    in nobody else of that gender without a name, is no question or quote, and the
    sentence neither reports ("sagte") nor speaks of the newcomer by a pronoun or another
    noun ("lobte die Retterin").
    """
    mention_starts, quoted = mentions.starts, mentions.quoted
    first_of = [min(m.first for m in c.mentions) for c in clusters]
    spans = mentions.spans  # indexed once: a segment's names are a slice of it
    sentences = list(doc.sentences())

    def indefinite(t: int) -> bool:
        return (
            doc.word(t - 1).lower() in lex.INDEFINITE or doc.word(t - 2).lower() in lex.INDEFINITE
        )

    for number, (lo, hi) in enumerate(sentences):
        if doc.blocked[lo] or quoted[lo]:
            continue
        found = _newcomer_noun(doc, lo, hi, mention_starts)
        if found is None:
            continue
        h, role = found
        gender = role.gender or ""
        if gender == "m" and weak_noun_object(doc, lo, hi):
            continue  # "Ein Landwirt hat seinen Nachbarn verklagt": which of the two?
        colon = next((k for k in range(h + 1, hi - 1) if doc.words[k] == ":"), None)
        if colon is not None:  # "hat eine Chefin: Der Rat ernannte A" (maybe split at ":")
            seg_lo, seg_hi = colon + 1, hi
        elif number + 1 < len(sentences):
            seg_lo, seg_hi = sentences[number + 1]
        else:
            continue
        if any(cached_lemma(w) in _SEARCH_LEMMAS for w in doc.words[lo:h] + doc.words[h:hi]):
            continue  # "Der Verein sucht einen Trainer.": nobody yet
        if quoted[h] or doc.words[hi - 1] == "?" or doc.words[seg_hi - 1] == "?":
            continue  # "„Ein Arzt hat mich gerettet“, sagt …", "Hat ein Arzt …?"
        after_colon = colon is not None or doc.words[hi - 1] == ":"
        fresh = any(w in _NEWCOMER_DEFINITE_ADJECTIVES for w in doc.words[lo:h])
        if seg_lo >= seg_hi or quoted[seg_lo] or doc.blocked[seg_lo]:
            continue
        if any(w in lex.SPEECH_VERBS for w in doc.words[seg_lo:seg_hi]):
            continue  # "Polizeisprecherin A sagte, …": A reports
        named = [t for t in _spans_between(spans, seg_lo, seg_hi) if not quoted[t[0]]]
        if not named or any(clusters[i].gender is None for _f, _s, i in named):
            continue
        fitting = {i for _f, _s, i in named if clusters[i].gender == gender}
        if len(fitting) != 1:
            continue  # nobody or two people of that gender: either may be meant
        idx = fitting.pop()
        first, stop = next((f, s) for f, s, i in named if i == idx)
        if first_of[idx] < seg_lo:
            continue  # somebody named before: "Vrba hat seinen Minister entlassen. Vrba sagte"
        tail = skip_tags(doc, stop)
        verb = _appointment_verb(doc, seg_lo, first)
        if (
            verb is not None
            and all(i == idx for f, _s, i in named if f > verb)
            and not any(w in {"zu", "zum", "zur"} for w in doc.words[stop:seg_hi])
        ):
            # "…: Der Verwaltungsrat ernannte die Ingenieurin A" (not "wählten A und B",
            # "wählten A zu ihrer Vorsitzenden": the office is said there)
            pass
        elif after_colon and first == seg_lo and tail >= seg_hi - 1:
            pass  # "hat einen neuen Zentralbankchef bestätigt: A." (the name alone)
        elif after_colon and _announced_holder(doc, (seg_lo, first, stop, seg_hi), gender):
            # "Der Verein hat einen neuen Trainer: Der 52-jährige Lehrer A kommt aus B"
            pass
        elif (
            not after_colon
            and not fresh
            and _opens_as_subject(doc, seg_lo, first, gender, mention_starts)
            and (_age_apposition(doc, stop) or _opening_age(doc, seg_lo + 1)[0] is not None)
            and _introduces_newcomer(doc, (lo, hi), (seg_lo, first, stop))
            and not (_bare_age_opening(doc, seg_lo, first) and _lede_subject(doc, lo, h))
        ):
            # "Eine Polizistin hat … gerettet. Polizeiobermeisterin A (29) war …", "Der
            # 67-jährige Rentner aus X, A, war …": introduced with an age, as newcomers are
            pass
        else:
            # a reaction, a report or the predecessor of a new one ("Eine Busfahrerin hat
            # gewonnen. Bürgermeisterin A gratulierte.", "sucht einen neuen Trainer: A
            # (45) hatte hingeworfen")
            continue
        if any(_proceedings_against(doc, t) for t in range(max(lo, h - 4), h)) and not (
            _described_defendant(doc, seg_lo, first, seg_hi)
        ):
            continue  # "… den Prozess gegen einen Lehrer eröffnet. Richter A (61) war …"
        if unnamed_person_between(doc, stop, seg_hi, gender, mention_starts, indefinite):
            # "Konrektorin A lobte die Retterin": the lede's person is another one (not
            # somebody new: "B soll gegen einen Parteifreund ermittelt haben")
            continue
        if object_pronoun(doc, stop, seg_hi, gender):
            continue  # "A (44) kennt sie seit Jahren"
        phrase = role_phrase(doc, h, role, complement_end(doc, h, colon or hi))
        c = clusters[idx]
        if phrase not in c.roles:
            c.roles.append(phrase)


def _mention_spans(clusters: list[Cluster]) -> list[tuple[int, int, int]]:
    """(first, stop, cluster index) of every mention, sorted: an index of the clusters'
    mentions by position, built once per text (:func:`_spans_between` reads it)."""
    return sorted((m.first, m.stop, idx) for idx, c in enumerate(clusters) for m in c.mentions)


def _spans_between(
    spans: list[tuple[int, int, int]], lo: int, hi: int
) -> list[tuple[int, int, int]]:
    """The entries of :func:`_mention_spans` whose mention starts in [lo, hi), in order."""
    return spans[bisect.bisect_left(spans, (lo,)) : bisect.bisect_left(spans, (hi,))]


def _newcomer_noun(
    doc: TokenView, lo: int, hi: int, mention_starts: set[int]
) -> tuple[int, RoleNoun] | None:
    """The one singular role noun the sentence [lo, hi) brings in without a name ("Eine
    Polizistin", "seinen Innenminister", "die neue Weinkönigin"), with its position; None
    when there is none, or another person of that gender without a name ("Ein Polizist hat
    einen Mann erschossen"), or the noun follows a preposition ("gegen seinen Minister")."""
    found: list[tuple[int, RoleNoun]] = []
    for k in range(lo, hi - 1):
        article = doc.words[k].lower()
        definite = article in {"die", "der"}
        if article not in _NEWCOMER_ARTICLES and not definite and not _dative_object(doc, k):
            continue
        if doc.word(k - 1).lower() in lex.PREPOSITIONS and not _proceedings_against(doc, k):
            continue
        h = k + 1
        adjectives = 0
        while h < hi and doc.words[h].islower() and doc.words[h].isalpha() and adjectives < 2:
            if definite and doc.words[h] not in _NEWCOMER_DEFINITE_ADJECTIVES:
                break
            h += 1
            adjectives += 1
        if definite and adjectives == 0:
            continue  # "den Finanzminister": somebody known
        if h >= hi or not doc.words[h][:1].isupper():
            continue
        if definite and qualifier_stem(doc.words[h].lower()) is not None and h + 1 < hi:
            h += 1  # "Die neue Deutsche Weinkönigin": a title adjective
        role = role_at(doc, h, article)
        if role is None or role.gender is None:
            continue
        announced = doc.word(h - 1) in _NEWCOMER_DEFINITE_ADJECTIVES and ":" in doc.words[h:hi]
        if role.kind != "noun" and not (role.kind == "adj" and announced):
            continue  # (an office in an adjectival noun only when announced as new:
            # "hat einen neuen Vorsitzenden: …"; not "Ein Verletzter …")
        if analyze_plural_role(doc.words[h]) is not None and analyze_role(doc.words[h]) is None:
            continue
        colon = next((t for t in range(h + 1, hi) if doc.words[t] == ":"), hi)
        if any(t in mention_starts for t in range(h + 1, colon)):
            continue  # "Sein Begleiter, der Arzt A, …": named in the same clause
        if counterpart_role(doc.words[h]) and not _holder_compound(doc.words[h]):
            continue
        found.append((h, role))
    if len(found) != 1:
        return None
    h, role = found[0]
    if unnamed_person_between(doc, lo, h, role.gender, mention_starts) or unnamed_person_between(
        doc, h + 1, hi, role.gender, mention_starts
    ):
        return None
    return h, role


#: Nouns of court proceedings against somebody ("der Prozess gegen einen Pfleger", "das
#: Urteil gegen einen früheren Sparkassenvorstand"), also as the head of a compound.
_PROCEEDINGS = ("prozess", "urteil", "verfahren", "anklage", "ermittlungen", "haftbefehl")


def _proceedings_against(doc: TokenView, k: int) -> bool:
    """Is the indefinite article at ``k`` that of "gegen" after a noun of court proceedings
    ("hat das Urteil gegen einen früheren Sparkassenvorstand aufgehoben")? The one tried
    is brought in like a subject or object, and the next sentence may name them."""
    return (
        doc.word(k - 1) == "gegen"
        and doc.words[k] in {"einen", "eine"}
        and doc.word(k - 2).lower().endswith(_PROCEEDINGS)
    )


#: Heads of the roles of the people of a court, who are not the one tried.
_COURT_ROLES = (
    "richter", "richterin", "anwalt", "anwältin", "staatsanwalt", "staatsanwältin",
    "verteidiger", "verteidigerin", "zeuge", "zeugin", "gutachter", "gutachterin",
    "kläger", "klägerin", "schöffe", "schöffin", "sachverständige", "sachverständiger",
    "vorsitzende", "vorsitzender",
)  # fmt: skip


def _described_defendant(doc: TokenView, seg_lo: int, first: int, seg_hi: int) -> bool:
    """Does the sentence [seg_lo, seg_hi) open with "Der/Die" and an age before the name at
    ``first`` ("Der 66 Jahre alte Bankmanager A war … verurteilt worden"), with no role of
    the court's people ("Der 61-jährige Richter A": somebody else), and say what the one
    tried is charged with or sentenced to after the name (:func:`_tried_after`)? Only such
    a description names the one tried that the lede brought in; a bare title ("Richter A
    (61) war …") does not, nor a witness described alike ("Der 52 Jahre alte Buchhalter A
    hatte den Betrug angezeigt")."""
    if doc.words[seg_lo] not in {"Der", "Die"}:
        return False
    age, k = _opening_age(doc, seg_lo + 1)
    if age is None:
        return False
    if any(doc.words[t].lower().endswith(_COURT_ROLES) for t in range(k, first)):
        return False
    return _tried_after(doc.words[first:seg_hi])


#: Words that say somebody is the one tried: charged, sentenced, acquitted, confessing or
#: denying ("war … wegen Untreue verurteilt worden", "ist angeklagt", "bestreitet die
#: Vorwürfe", "muss sich … verantworten").
_TRIED = lex.words(
    """verurteilt angeklagt freigesprochen vorgeworfen beschuldigt gestanden gestand
    bestreitet bestritt bestritten verantworten"""
)


def _tried_after(words: Sequence[str]) -> bool:
    """Do the words of a sentence after a name say that the person is the one tried: a word
    of :data:`_TRIED`, or the alleged deed "soll … veruntreut haben" ("soll" with a perfect
    infinitive; not "soll am Freitag aussagen", a witness)?"""
    if any(w in _TRIED for w in words):
        return True
    alleged = next((i for i, w in enumerate(words) if w in {"soll", "sollen"}), None)
    return alleged is not None and any(w in {"haben", "sein"} for w in words[alleged + 1 :])


#: Holders of a thing: as the head of a compound that names the thing they are a trade.
_HOLDERS = ("inhaber", "besitzer", "eigentümer", "betreiber", "vermieter", "pächter")


def _holder_compound(word: str) -> bool:
    """Is ``word`` a compound of a holder noun that names what is held ("einen
    Pflegedienstbetreiber", "eine Restaurantbesitzerin"; not the bare "Inhaber")?"""
    low = word.lower().removesuffix("in")
    return any(low.endswith(s) and len(low) > len(s) + 2 for s in _HOLDERS)


#: Finite verbs after a newcomer's name and age that describe them rather than tell what
#: they did: "A (29) war mit ihrem Hund am Strand", "B, 49, soll … behindert haben".
_NEWCOMER_VERBS = lex.words("war ist soll sollen")
#: The pluperfect of a newcomer's backstory after "Der 53-jährige A": "hatte … abgerechnet".
_BACKSTORY = lex.words("hatte")


#: Personal pronouns of a person acting in a newcomer's lede ("Sie hat einer Freundin …").
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "ich", "wir"})


def _bare_age_opening(doc: TokenView, seg_lo: int, first: int) -> bool:
    """Does the sentence from ``seg_lo`` open with "Der 49 Jahre alte" right before the
    name at ``first``, with no role noun of its own?"""
    return doc.words[seg_lo] in {"Der", "Die"} and _opening_age(doc, seg_lo + 1)[1] == first


def _lede_subject(doc: TokenView, lo: int, h: int) -> bool:
    """Does the lede's role noun at ``h`` open its sentence from ``lo`` ("Ein Sprecher der
    Polizei hat den Einsatz bestätigt"), as its subject? A bare "Der 41-jährige A" after
    it may be somebody the subject dealt with; after an object ("hat einem Landwirt …
    untersagt") it is the one brought in."""
    start = dateline_end(doc, lo, h)
    return h - start <= 2 and doc.words[start].lower() in _NEWCOMER_ARTICLES


def _dative_object(doc: TokenView, k: int) -> bool:
    """Is "einem"/"einer" at ``k`` the article of a dative object after a verb ("hat einem
    Landwirt … untersagt"), not a genitive ("die Tochter einer Ärztin"), in a sentence
    whose actor is no person named by a pronoun?"""
    before = doc.word(k - 1)
    if doc.words[k] not in {"einem", "einer"} or not (before.islower() and before.isalpha()):
        return False
    # "Sie hat einer Freundin geholfen": the pronoun's person acts, either may be named next
    return not any(w.lower() in _SUBJECT_PRONOUNS for w in doc.words[doc.sentence_start(k) : k])


def _introduces_newcomer(
    doc: TokenView, lede: tuple[int, int], named: tuple[int, int, int]
) -> bool:
    """Does the sentence naming somebody at ``named`` (sentence start, name start, name
    stop) describe the person the sentence ``lede`` brought in? Its verb after the age is
    a copula or "soll" ("A (29) war am Strand", "B, 49, soll …"; not "A (51) besuchte die
    Verletzten", "A, 61, kritisierte den Schritt": a reaction, maybe by somebody else), and
    a name or title alone does not follow a lede in the passive ("Ein Polizist ist
    angefahren worden. A (47) war am Steuer": the one who suffered is seldom named so). A
    title of another trade is not checked ("Konrektorin A" for "Eine Lehrerin")."""
    seg_lo, _first, stop = named
    after = stop
    if doc.word(after) == "(":
        after = skip_tags(doc, after)
    elif _age_apposition(doc, after):
        after += 3
    elif doc.word(after) == "," and doc.words[seg_lo] in {"Der", "Die"}:
        after += 1  # "Der 58-jährige Schreiner aus Chur, A, war …"
    opened = doc.words[seg_lo] in {"Der", "Die"}
    if doc.word(after) not in _NEWCOMER_VERBS and not (opened and doc.word(after) in _BACKSTORY):
        return False
    if opened:
        return True  # a description of somebody new: "Der 58-jährige Schreiner, A, war …"
    return "worden" not in doc.words[lede[0] : lede[1]]


def _opens_as_subject(doc: TokenView, lo: int, first: int, gender: str, starts: set[int]) -> bool:
    """Does the name at ``first`` open the sentence from ``lo`` as its first constituent:
    right at its start, after titles and role nouns ("Polizeiobermeisterin A"), or after
    "Der 67-jährige Rentner aus Chur," (an article, an age, a role noun of ``gender``, its
    complement and a comma; not "Der Bademeister A", who may be somebody else)?"""
    k = lo
    if k < first and doc.words[k] in {"Der", "Die"}:
        k += 1
        age, k = _opening_age(doc, k)
        if age is None:
            return False  # "Der Bademeister A (44)": maybe somebody else; with an age the
            # phrase refers to somebody known or brought in ("Der 67-jährige Rentner, A,")
        if k == first:
            return all(t not in starts for t in range(lo, first))  # "Der 49 Jahre alte A"
        role = role_at(doc, k, doc.words[lo].lower()) if k < first else None
        if role is None or role.gender not in {None, gender}:
            return False
        return all(t not in starts for t in range(lo, first)) and (
            k + 1 == first or doc.words[first - 1] == ","
        )
    while k < first:
        w = doc.words[k]
        if not w[:1].isupper() or w in lex.PREPOSITIONS or w.lower() in lex.PREPOSITIONS:
            return False
        if role_at(doc, k) is None and not w.endswith("."):
            return False  # "Der Hubschrauber von Pilot A": not a title of the person
        k += 1
    return True


#: Adverbs of time between the article and a newcomer's age: "Die heute 23-jährige A".
_NOW_ADVERBS = lex.words("heute inzwischen mittlerweile jetzt")


def _opening_age(doc: TokenView, k: int) -> tuple[int | None, int]:
    """:func:`_age_attribute` at ``k``, also after an adverb of time ("heute 23-jährige")."""
    if doc.word(k) in _NOW_ADVERBS:
        age, after = _age_attribute(doc, k + 1)
        return (age, after) if age is not None else (None, k)
    return _age_attribute(doc, k)


def _age_apposition(doc: TokenView, stop: int) -> bool:
    """Does an age follow the name ending at ``stop``: "(29)" or ", 49,"?"""
    return (
        doc.word(stop) in {",", "("}
        and read_age(doc.word(stop + 1)) is not None
        and doc.word(stop + 2) == ("," if doc.word(stop) == "," else ")")
    )


#: Words that mark the one named after an announcing colon as the one leaving ("Der
#: bisherige Trainer A wurde entlassen"), not the new holder of the office.
_LEAVING_MARKS = (
    "bisherig",
    "scheidend",
    "langjährig",
    "vorgänger",
    "amtsinhaber",
)
#: Participles of leaving an office after the name: "Der 45-jährige A wurde entlassen".
_LEFT_VERBS = lex.words(
    """entlassen zurückgetreten abgewählt abgelöst abberufen hingeworfen aufgehört
    gestorben verstorben gekündigt suspendiert"""
)


def _announced_holder(doc: TokenView, named: tuple[int, int, int, int], gender: str) -> bool:
    """Is the name at ``first`` the subject the clause after an announcing colon opens with,
    described by an article, an age and a role noun of ``gender`` ("…hat einen neuen
    Intendanten: Der 52-jährige Dramaturg A kommt …", "…hat erstmals eine Gouverneurin: Die
    frühere Journalistin B, 47, gewann …")? The one named so is the new holder, as news
    announces one; not when the clause marks the one leaving ("Der bisherige Trainer A,
    45, wurde entlassen") or the description is no role noun of that gender."""
    seg_lo, first, stop, seg_hi = named
    if doc.words[seg_lo] not in {"Der", "Die"} or first - seg_lo < 2 or first - seg_lo > 6:
        return False
    if any(w in {",", "(", ";", "und", "oder"} for w in doc.words[seg_lo:first]):
        return False
    h = first - 1
    while h > seg_lo + 1 and doc.words[h] in lex.TITLES:
        h -= 1  # "Die 44 Jahre alte Kunsthistorikerin Dr. A": a title before the name
    role = role_at(doc, h, doc.words[seg_lo].lower())
    if role is None or role.kind != "noun" or role.gender not in {None, gender}:
        return False
    age, _k = _opening_age(doc, seg_lo + 1)
    if age is None and not _age_apposition(doc, stop):
        return False  # "Der Bademeister A": maybe somebody known
    before = [w.lower() for w in doc.words[seg_lo:first]]
    if any(w.startswith(_LEAVING_MARKS) for w in before):
        return False  # "Der bisherige Trainer A"
    # (a verb of leaving anywhere in the clause; a predecessor named after the one
    # announced is somebody else: "setzte sich gegen die Amtsinhaberin B durch")
    return not any(w in _LEFT_VERBS for w in doc.words[stop:seg_hi])


def _appointment_verb(doc: TokenView, lo: int, first: int) -> int | None:
    """The verb of appointment before the name at ``first`` in the same clause whose
    object the name is ("Der Verwaltungsrat ernannte die Ingenieurin A", "wählte am
    Freitag die 23-jährige Winzerin A"); who stands before the verb appoints
    ("Ministerpräsidentin B berief den Agrarökonomen A")."""
    for k in range(first - 1, lo, -1):
        w = doc.words[k]
        if w in lex.APPOINTMENT_VERBS and w.islower() and not w.startswith("ge"):
            return k
        if w in {",", ";", ":"} or w in lex.SPEECH_VERBS:
            return None
    return None


def closing_appositions(
    doc: TokenView, clusters: list[Cluster], mentions: SentenceMentions
) -> None:
    """ "Nachfolger soll der Milchbauer A aus Friesland werden, ein Parteifreund van der
    Wiels.": an apposition "ein/eine <role> …" after the verb that closes the clause, up to
    the end of the sentence, speaks of the one person of its gender named in the clause.
    Only in the nominative ("…, einen Parteifreund" may be anybody's object), only when
    the clause names exactly one person of that gender and nobody of it without a name."""
    starts, quoted, spans = mentions.starts, mentions.quoted, mentions.spans
    for lo, hi in doc.sentences():
        if doc.blocked[lo] or quoted[lo]:
            continue
        if any(quoted[lo:hi]):
            continue  # "„Gewählt wurde A, ein Landwirt.“": a quote, maybe of somebody else
        for comma in range(lo + 2, hi - 2):
            verb = doc.words[comma - 1]
            if doc.words[comma] != "," or doc.words[comma + 1] not in {"ein", "eine"}:
                continue
            if not (verb.isalpha() and verb.islower()) or verb in lex.PREPOSITIONS:
                continue
            h = comma + 2
            while h < hi and doc.words[h].islower() and adjective_stem(doc.words[h]) is not None:
                h += 1
            role = role_at(doc, h, doc.words[comma + 1]) if h < hi else None
            if role is None or role.kind != "noun" or role.gender is None:
                continue
            end = complement_end(doc, h, hi)
            rest = doc.words[end : hi - 1]  # "aus Friesland", "van der Wiels"
            if doc.words[hi - 1] not in {".", "!"} or any(
                w in {",", ";", ":"}
                or (w.islower() and w not in lex.PREPOSITIONS | lex.DEFINITE | lex.PARTICLES)
                for w in rest
            ):
                continue  # the apposition must close the sentence
            people = {
                idx
                for first, _stop, idx in _spans_between(spans, lo, comma)
                if clusters[idx].gender == role.gender and not quoted[first]
            }
            if len(people) != 1 or unnamed_person_between(doc, lo, comma, role.gender, starts):
                continue
            named_inside = any(t in starts for t in range(h + 1, hi))
            phrase = role.base if named_inside else role_phrase(doc, h, role, hi - 1)
            c = clusters[people.pop()]
            if phrase not in c.roles:
                c.roles.append(phrase)
            break
