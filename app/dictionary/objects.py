"""Is a verb's object a thing, its subject "es"? Ding's senses for them.

Ding tells a verb's senses apart by their object: "jdn. einstellen :: to employ" (a
person), "etw. einstellen :: to cease sth." (a thing); "jdn. prüfen :: to examine sb."
(a pupil), "etw. prüfen :: to examine sth.". The lookup key carries the verb's clause
(:mod:`app.dictionary.context`); :func:`thing_object` reads the noun nearest the verb
on its object side, outside prepositional phrases, and says whether German word
formation makes it a thing: nouns in -ung, -heit, -keit, -tion, -sion, -tät, -nis,
-ismus name actions, states and qualities, never persons ("die Lieferungen
einstellen", "die Produktion", "die Möglichkeit"). Any other noun ("Lehrer",
"Quereinsteiger", "Müller") may be a person and decides nothing. Pure functions on
strings; no I/O.

The same way, a clause whose only personal pronoun is "es" ("gibt es", "Zum Auftakt
gab es …") uses the verb impersonally (:func:`impersonal`): Ding's sub-entries for
"es" ("geben | es gibt … :: there is …") fit it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from app.dictionary.context import Sentence
from app.dictionary.english import first_word
from app.dictionary.model import Gloss, WordInfo, senses_first
from app.dictionary.schema import FS, RS, word_set
from app.dictionary.senses import GlossItem
from app.grammar import PERSONAL_REFLEXIVES, is_numeral
from app.lexicon.roles import analyze_role
from app.lexicon.words import is_common_noun, is_given_name

#: Appended to a verb's frame when its object is a thing (:func:`thing_object`); no
#: German word, so it never matches a headword's frame words.
THING_OBJECT = "+etw"
#: Appended to a verb's frame when a noun of its clause part outside a prepositional
#: phrase is in the accusative ("setzt auch Drohnen ein"): the verb has an object, so
#: lines Ding marks intransitive only ("einsetzen {vi} :: to set in") are not meant.
ACCUSATIVE_OBJECT = "+obj"
#: Appended to a verb's frame when "es" is its clause's only personal pronoun.
IMPERSONAL = "+es"
#: Appended to a verb's frame when its clause has no reflexive pronoun of any person
#: (:func:`no_reflexive`): Ding's reflexive lines ("sich rechnen :: to pay off") cannot
#: be its reading ("Wir haben lange gerechnet").
NO_REFLEXIVE = "+ohnesich"
#: Appended to a reflexive verb's frame when its clause part also holds an accusative
#: object ("hat sich hohe Ziele gesetzt", "nahm sich vor, …" does not count): the "sich"
#: is a dative, so a reflexive line whose "sich" is the accusative and which has no object
#: of its own ("sich setzen :: to sit down") is no reading; "sich etw. setzen" is.
DATIVE_REFLEXIVE = "+sichdat"
#: Ding's placeholders that stand for an accusative object ("sich etw. vornehmen").
ACCUSATIVE_PLACEHOLDERS = frozenset({"etw.", "jdn.", "jdn./etw.", "etw./jdn."})


def has_accusative_slot(head: str) -> bool:
    """Whether a Ding headword names an accusative object besides its "sich": a
    placeholder ("sich etw. vornehmen") or a noun of an idiom ("sich ein Bild machen")."""
    words = head.split()
    return any(w in ACCUSATIVE_PLACEHOLDERS or w[:1].isupper() for w in words)


#: Appended to the frame of a pronominal adverb ("darum") when the clause of its verb
#: has a reflexive pronoun: "Es handelt sich darum, dass …" is Ding's "sich um etw.
#: handeln" (to be about), not "um etw. handeln" (to bargain for).
REFLEXIVE_CLAUSE = "+sich"
#: The pronouns that can be a verb's reflexive ("ich freue mich", "wir einigten uns"):
#: grammar's accusative ones of the first and second person, "sich" and the datives "mir",
#: "dir" ("ich kaufe mir"). Any of them in the clause blocks :data:`NO_REFLEXIVE`, whatever
#: its subject: the grammar's frame ("sich" only with the pronoun's own subject) decides for
#: the frame words, this list only whether reflexive lines can be ruled out.
REFLEXIVE_PRONOUNS = frozenset({"sich", *PERSONAL_REFLEXIVES, "mir", "dir"})
#: Of those, the ones that mark a pronominal adverb's verb as reflexive in its clause
#: for :data:`REFLEXIVE_CLAUSE` ("handelt sich darum", "freuen uns darauf"): not the
#: datives "mir", "dir" ("es geht mir darum" is no "sich um etw. handeln").
CLAUSE_REFLEXIVES = REFLEXIVE_PRONOUNS - {"mir", "dir"}
#: Appended to a reflexive verb's frame when an adjective is its complement ("zeigte sich
#: besorgt"): the verb links its subject to a quality (English "to appear", "to prove").
PREDICATIVE = "+adj"
#: Appended to a participle's frame when a form of "sein" is in its clause part and a
#: preposition in its frame ("seien auf Hilfe angewiesen"): Ding's "auf jdn./etw.
#: angewiesen sein" (:mod:`app.dictionary.predicatives`).
STATE = "+sein"
#: English verbs that link a subject to an adjective ("to appear", "to seem").
LINKING_VERBS = word_set("appear seem prove look become remain stay feel turn")
#: Appended to a verb's frame when its complement is a proposition: a "dass" clause follows
#: its clause ("räumte ein, dass …") or the verb is the participle of an elliptic
#: comparison ("mehr als bisher angenommen": than was assumed).
PROPOSITION = "+dass"
#: Appended to a verb's frame when it is a participle with "werden" in its clause: a
#: passive ("sollen eingesetzt werden"), so the verb has an object (Ding's {vt}).
PASSIVE = "+passiv"
#: Appended to a verb's frame, with ":" and the preposition, for each preposition (or
#: "als") of its clause whose object is no person: a number ("liegt bei rund elf
#: Millionen": "+keinperson:bei") or an adjective ("gilt als wahrscheinlich").
NOT_PERSON = "+keinperson"
#: Words (no noun) a preposition may stand before its number by ("bei gut elf", "bei
#: rund 1,4 Millionen", "bei höchstens 1,65 Euro"): at most this many.
_NUMBER_GAP = 2
#: English verbs that take a "that" clause: of saying, thinking, knowing, showing. Not
#: those whose "that" clause is another sense than Ding's line: "to claim sth." translates
#: "fordern" (demand, "claim that" asserts), "to suggest" "erinnern an" (be reminiscent
#: of), "to warn sb. of sth." "hinweisen auf" (point out), "to prove" "sich herausstellen"
#: (turn out, "prove" takes no "that" clause there).
CLAUSE_VERBS = word_set(
    """admit acknowledge concede assume presume suppose expect believe think say state
    declare announce explain report know learn realize realise conclude fear hope doubt
    deny confirm insist note show indicate mean ensure reckon guess estimate predict
    promise agree decide demand stress emphasize emphasise argue maintain suspect
    understand reveal mention anticipate foresee imagine"""
)
#: Appended to a verb's frame when an infinitive clause with "zu" follows its clause
#: ("raten den Betrieben, sich … einzustellen").
INFINITIVE = "+zu"
#: English verbs that take an object and a "to" infinitive or a "to" infinitive alone:
#: of advising, asking, allowing, trying, planning. Ding writes such a frame out too
#: ("to recommend sb. to do sth."): :func:`takes_infinitive`.
INFINITIVE_VERBS = word_set(
    """advise urge ask tell encourage allow permit force help plan try attempt decide
    refuse promise agree intend hope want manage fail seek aim threaten forbid order
    persuade enable require recommend invite begin start continue offer warn"""
)
#: Irregular English past forms of :data:`CLAUSE_VERBS` (Ding's verb-form lines).
_IRREGULAR_PAST = {
    "said": "say", "thought": "think", "knew": "know", "known": "know", "meant": "mean",
    "shown": "show", "understood": "understand", "foresaw": "foresee", "foreseen": "foresee",
}  # fmt: skip
_PERSONAL = word_set("ich du er sie wir ihr man")

#: Endings of nouns that name no person (singular and plural forms).
_THING_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "tion", "tionen", "sion",
    "sionen", "tät", "täten", "nis", "nisse", "nissen", "ismus", "ismen",
)  # fmt: skip
_PREPOSITIONS = word_set(
    """an am auf aus bei beim durch für gegen hinter in im mit nach neben ohne über um
    unter von vom vor zu zum zur zwischen seit bis wegen trotz während"""
)
#: Words that end the verb's part of a clause part: the next verb's object follows.
_CONJUNCTIONS = word_set("und oder aber sondern dass weil wenn ob als denn sowie")
#: Words a preposition may stand before its noun by ("an die Ukraine", "mit den
#: neuen Zügen"): lowercase, no verb of the clause. At most this many.
_PHRASE_GAP = 3


def is_thing(noun: str) -> bool:
    """Whether a noun's form names no person by its ending ("Lieferungen", "Zahlung",
    "US-Waffenlieferungen"); "Lehrer" or "Spion" may be persons."""
    low = noun.lower()
    return len(low) > 5 and low.endswith(_THING_ENDINGS)


def thing_object(sentence: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` of its clause part has a thing as its object:
    the first noun after the verb outside a prepositional phrase ("stellt die
    Lieferungen an die Ukraine ein"), or, when at most one word (a particle, an
    auxiliary) follows the verb in its part of the clause, the nearest before it ("die
    Lieferungen an die Ukraine einstellt"), is a thing (:func:`is_thing`). Before a
    verb that words follow stands its subject ("Die Kürzungen träfen …")."""
    if not 0 <= position < len(sentence):
        return False
    rest: list[int] = []
    for j in range(position + 1, len(sentence)):
        if sentence[j][0] in _CONJUNCTIONS:
            break
        rest.append(j)
    sides = [rest] if len(rest) > 1 else [rest, range(position - 1, -1, -1)]
    for side in sides:
        for j in side:
            form, _lemma, noun = sentence[j]
            if form in _CONJUNCTIONS:
                break
            if noun and not _in_phrase(sentence, j):
                return is_thing(form)
    return False


def _in_phrase(sentence: Sentence, j: int) -> bool:
    """Whether the noun at ``j`` follows a preposition, with at most
    :data:`_PHRASE_GAP` lowercase words between ("an die Ukraine")."""
    for k in range(j - 1, max(j - _PHRASE_GAP - 2, -1), -1):
        form, _lemma, noun = sentence[k]
        if form in _PREPOSITIONS:
            return True
        if noun:
            return False
    return False


def takes_person(headword: str) -> bool:
    """Whether a Ding verb headword takes a person as its accusative object and no
    thing: "jdn. einstellen", "jdn. prüfen"; not "jdn./etw. beeinflussen", "jdm. etw.
    geben", "etw. einstellen", nor "auf jdn. stoßen" (a preposition's object)."""
    words = headword.split()
    if any("etw." in word for word in words):
        return False
    return any(
        word == "jdn." and (k == 0 or words[k - 1] not in _PREPOSITIONS)
        for k, word in enumerate(words)
    )


def impersonal(sentence: Sentence, position: int) -> bool:
    """Whether the clause of the verb at ``position`` has "es" and no other personal
    pronoun ("Im Gemeinderat gibt es Widerstand"; not "Sie gibt es ihm")."""
    if not 0 <= position < len(sentence):
        return False
    forms = {form for form, _lemma, _noun in sentence}
    return "es" in forms and not forms & _PERSONAL


def impersonal_head(heads: str) -> bool:
    """Whether a Ding sub-entry's headwords (packed) begin with "es": "es gibt …"."""
    return heads.startswith("es ")


def es_form_head(heads: str, word: str) -> bool:
    """Whether a Ding sub-entry's first headword (packed) is ``word`` after "es" alone:
    "es gab" for "gab" (not "es für sich behalten")."""
    if not word:
        return False
    first = heads.split(RS, 1)[0].split(FS, 1)[0]
    return first.rstrip(" …").lower() == "es " + word.lower()


#: "es heißt" / "es hieß" next to each other: the impersonal "heißen" of reported speech
#: ("…, hieß es am Dienstag", "In der Mitteilung heißt es, …"; Duden: "es heißt" = man
#: sagt, es wird gesagt). Ding has only the parenthesis "heißt es; so sagt man :: as
#: they say", a proverb's sense.
SAYING_PRESENT = (Gloss("es heißt: it is said"), Gloss("it says"))
SAYING_PAST = (Gloss("es hieß: it was said"),)
_SAYING_VERB = "heißen"
#: Question words of "Wie heißt es?" (what is it called), "Was heißt es?" (what does it mean).
_QUESTION_WORDS = word_set("wie was")


def _bare_infinitive_ends(sentence: Sentence, i: int) -> bool:
    """Whether the clause part from token ``i`` to the next punctuation ends in an
    infinitive (lower case, its own lemma, in -en): "Jetzt heißt es warten.", "Dann hieß
    es plötzlich packen.", "Nun heißt es abwarten und Tee trinken." ("es heißt" +
    infinitive: it is time to). A part that is empty ("Es heißt, …") or ends in another
    word ("hieß es am Dienstag") is none."""
    stop = i
    while stop < len(sentence) and sentence[stop][0][:1].isalnum():
        stop += 1
    if stop == i:
        return False
    form, lemma, _noun = sentence[stop - 1]
    return form.islower() and form == lemma and form.endswith("en")


def _names_a_predicate(sentence: Sentence, start: int) -> bool:
    """Whether a noun that no preposition governs follows from token ``start`` in the
    clause part: the name or meaning "es heißt" states ("Es heißt doch
    Gleichberechtigung": it is called), not an adverbial ("heißt es in der Studie")."""
    for form, _lemma, noun in sentence[start:]:
        if form in _PREPOSITIONS:
            return False
        if noun:
            return True
    return False


def saying_first(
    info: WordInfo, word: str, sentence: Sentence, position: int, limit: int
) -> WordInfo:
    """``info`` of "heißen" with "it is said" (or "it was said" for "hieß") first when
    "es" stands right before or after it in its clause and no question word does, and
    the clause part leaves room for what is said; else ``info``.

    Reported "es heißt" needs its content outside its own clause part: before it (the
    verb opens the part: "Die Lage sei ernst, heißt es in der Studie") or after it (a
    comma or colon follows "es" and adverbials: "In der Mitteilung heißt es, …"). A
    noun no preposition governs after "heißt es" is the name or meaning it states
    ("Es heißt doch Gleichberechtigung": is called, means), and so is a demonstrative
    before it ("Das heißt es nicht": that is not what it means)."""
    if info.lemma != _SAYING_VERB or not 0 <= position < len(sentence):
        return info
    forms = [form.lower() for form, _lemma, _noun in sentence]
    beside = forms[position - 1 : position] + forms[position + 1 : position + 2]
    if "es" not in beside or _QUESTION_WORDS & set(forms):
        return info
    after = position + 2 if forms[position + 1 : position + 2] == ["es"] else position + 1
    if _bare_infinitive_ends(sentence, after):
        return info  # "Jetzt heißt es warten.": it is time to wait, no saying
    if position > 0 and _names_a_predicate(sentence, after):
        return info  # "Es heißt doch Gleichberechtigung": it is called, no saying
    if forms[:position] in (["das"], ["dies"]) and forms[position + 1 : position + 2] == ["es"]:
        return info  # "Das heißt es nicht": the pronoun is what it means, no saying
    past = word.lower().startswith("hieß")
    return senses_first(info, SAYING_PAST if past else SAYING_PRESENT, limit)


def takes_clause(verb: str) -> bool:
    """Whether an English verb or its past form takes a "that" clause
    (:data:`CLAUSE_VERBS`): "admit", "assumed", "admitted", "said"; not "accepted"."""
    if verb in CLAUSE_VERBS or _IRREGULAR_PAST.get(verb) in CLAUSE_VERBS:
        return True
    if not verb.endswith("ed"):
        return False
    # "assumed" -> "assume", "warned" -> "warn", "admitted" -> "admit"
    return any(verb[:-cut] in CLAUSE_VERBS for cut in (1, 2, 3))


def takes_infinitive(gloss: str) -> bool:
    """Whether an English gloss is a verb that takes a "to" infinitive
    (:data:`INFINITIVE_VERBS`: "to advise sth.", "advised") or says so ("to recommend
    sb. to do sth.")."""
    if "to do sth" in gloss:
        return True
    verb = first_word(gloss)
    if verb in INFINITIVE_VERBS:
        return True
    return verb.endswith("ed") and any(verb[:-cut] in INFINITIVE_VERBS for cut in (1, 2, 3))


def _prepositions(sentence: Sentence, position: int) -> Iterator[tuple[int, str]]:
    """(index, form) of the prepositions of a clause other than the word at ``position``."""
    for j, (form, _lemma, _noun) in enumerate(sentence):
        if j != position and form in _PREPOSITIONS:
            yield j, form


#: Mark of a clause that says by how much something changed ("um 8,4 Prozent", "um fast
#: ein Viertel"): the verb's lines of a change in quantity come first.
AMOUNT_CHANGE = "+um-betrag"
#: English verbs of a change in quantity (the first word of a Ding gloss after "to").
CHANGE_VERBS = word_set(
    """decrease decline drop fall sink dip slump shrink diminish dwindle recede
    rise increase grow climb gain jump soar surge plunge plummet tumble slip
    raise lower cut reduce lift boost collapse contract expand"""
)
#: Fractions and multiples that measure a change ("um ein Viertel", "um das Doppelte").
_FRACTIONS = word_set(
    """hälfte drittel viertel fünftel zehntel doppelte dreifache vierfache zehnfache
    prozent prozentpunkte"""
)


#: Words that make "um" + a number a clock time ("um halb acht", "um Viertel nach
#: acht", "um zehn vor zwölf").
_CLOCK_WORDS = word_set("halb dreiviertel nach vor uhr")
#: A number written with thousands points ("um 20.000"): a count, never a clock time.
_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")


def amount_change(sentence: Sentence, position: int) -> bool:
    """Whether the clause of the verb at ``position`` has "um" with an amount, with at
    most three words between: a fraction ("um fast ein Viertel", "um mehr als ein
    Drittel"), or a number that is plainly a count: before its unit noun ("um 8,4
    Prozent", "um 300 Euro"), written with a decimal comma or thousands points ("um
    3,5", "um 20.000"), or before the level reached ("um 300 auf 5.000"). German says by
    how much a quantity changed with "um"; the verb then means that change
    ("zurückgegangen": decreased, not "gone back"). A bare number is no amount: "um
    acht", "um halb acht", "um 1900" tell a time ("Um halb acht stieg er in den Bus")."""
    for j, form in _prepositions(sentence, position):
        if form != "um":
            continue
        for k in range(j + 1, min(j + 5, len(sentence))):
            word, _lemma, noun = sentence[k]
            low = word.lower()
            after, _after_lemma, after_noun = (
                sentence[k + 1] if k + 1 < len(sentence) else ("", "", False)
            )
            if low in _FRACTIONS:
                return after.lower() not in _CLOCK_WORDS  # not "um Viertel nach acht"
            if low in _CLOCK_WORDS:
                break
            if low != "ein" and is_numeral(word):
                if after.lower() in _CLOCK_WORDS:
                    return False  # "um 10 Uhr", "um zehn vor zwölf"
                return (
                    after_noun
                    or after in ("%", "auf")
                    or "," in word
                    or _THOUSANDS.fullmatch(word) is not None
                )
            if noun:
                break
    return False


def change_line(glosses: Sequence[GlossItem]) -> bool:
    """Whether a Ding line's first two glosses (text first) say a change in quantity
    (:data:`CHANGE_VERBS`: "to decrease", "to fall away", "to slump")."""
    return any(first_word(g[0]) in CHANGE_VERBS for g in glosses[:2])


def number_objects(sentence: Sentence, position: int) -> list[str]:
    """The prepositions of the clause of the verb at ``position`` whose object is a
    number, with at most :data:`_NUMBER_GAP` lowercase words between ("liege bei gut
    elf Millionen Euro": ["bei"]); a number is no person ("bei jdm. liegen :: to be up to
    sb." is not its line). The article "ein" is no number; a noun before the number
    is the object ("bei Tag 3")."""
    found: list[str] = []
    for j, form in _prepositions(sentence, position):
        for k in range(j + 1, min(j + 2 + _NUMBER_GAP, len(sentence))):
            word, _lemma, noun = sentence[k]
            if word != "ein" and is_numeral(word):
                found.append(form)
                break
            if noun:  # "bei Tag 3": the noun is the object
                break
    return found


#: Contractions of a preposition and an article, by their preposition.
_CONTRACTED = {"zum": "zu", "zur": "zu", "am": "an", "im": "in", "beim": "bei", "vom": "von"}


def thing_phrases(sentence: Sentence, position: int) -> list[str]:
    """The prepositions of the clause of the verb at ``position`` whose phrase's noun
    names no person by its ending (:func:`is_thing`), with at most :data:`_PHRASE_GAP`
    lowercase words between: "kamen zur Versammlung" (["zu"]) is no "zu jdm. kommen ::
    to come up to sb."; nor is "zu" before a bare noun (:func:`_bare_singular`: "kamen zu
    Fuß"), nor "zur" before a noun that names no woman (:func:`_female_person`: "kamen
    zur Welt")."""
    found: list[str] = []
    for j, form in _prepositions(sentence, position):
        for k in range(j + 1, min(j + 2 + _PHRASE_GAP, len(sentence))):
            word, lemma, noun = sentence[k]
            if noun:
                if (
                    is_thing(word)
                    or (form == "zu" and k == j + 1 and _bare_singular(word, lemma))
                    or (form == "zur" and not _female_person(word))
                ):
                    found.append(_CONTRACTED.get(form, form))
                break
            if not word.islower():
                break
    return found


#: Feminine nouns that name a person and that the role lexicon (:func:`analyze_role`:
#: "Mutter", "Tochter", "Hebamme", "Krankenschwester", "Ehefrau") does not hold, also as
#: a compound's head ("Hausdame"). "zur" is "zu der", a feminine singular: a person after
#: it is a woman's noun ("zur Ärztin", "zur Mutter"); any other names a thing or place
#: ("zur Welt", "zur Schule", "zur Arbeit").
_FEMININE_PERSONS = ("frau", "person", "dame", "braut", "waise", "majestät", "mama", "polizei")
_FEMININE_ENDINGS = ("in", "innen", *_FEMININE_PERSONS)


def _female_person(word: str) -> bool:
    """Whether a noun after "zur" (lower-cased) may name a person: a feminine in -in(nen),
    a role noun of the lexicon or one of :data:`_FEMININE_PERSONS`."""
    return word.endswith(_FEMININE_ENDINGS) or analyze_role(word.capitalize()) is not None


def _bare_singular(word: str, lemma: str) -> bool:
    """Whether a noun right after "zu" is a common noun in its base form without an
    article: "zu Fuß", "zu Besuch", "zu Wort" (idioms; a person after "zu" has an
    article, a name, or the plural's -n: "zu seiner Mutter", "zu Freunden")."""
    name = word[:1].upper() + word[1:]
    return (
        word == lemma
        and not word.endswith(("n", "s"))
        and is_common_noun(name)
        and not is_given_name(name)
    )


#: Words after "als" that make its phrase a person or a thing, no quality: articles and
#: pronouns ("gilt als einer der besten", "als die größte Anlage").
_NOT_QUALITY = word_set("der die das den dem des ein eine einer eines einem einen")
_QUALITY_WORDS = 3  # words from "als" to the clause's end, at most


def quality_after_als(sentence: Sentence, position: int) -> list[str]:
    """["als"] when an "als" of the clause of the verb at ``position`` is followed by at
    most :data:`_QUALITY_WORDS` words, no noun, article or pronoun among them, up to the
    clause's end: an adjective ("gilt als wahrscheinlich", "gelten als dringend
    sanierungsbedürftig"), no person ("als jd. gelten :: to qualify as sb."); else []."""
    for j, (form, _lemma, _noun) in enumerate(sentence):
        if form != "als" or j == position:
            continue
        rest = sentence[j + 1 :]
        if (
            0 < len(rest) <= _QUALITY_WORDS
            and all(word.isalpha() and not noun for word, _l, noun in rest)
            and not _NOT_QUALITY.intersection(word for word, _l, _n in rest)
        ):
            return ["als"]
    return []


def person_only_after(headword: str, preposition: str) -> bool:
    """Whether a Ding verb headword has ``preposition`` with a person alone as its
    object: "bei jdm. liegen", "als jdm. gelten"; not "für jdn./etw. gelten", "bei etw.
    liegen"."""
    words = headword.split()
    return any(
        word == preposition and words[k + 1] in ("jd.", "jdm.", "jdn.")
        for k, word in enumerate(words[:-1])
    )


def no_reflexive(sentence: Sentence) -> bool:
    """Has the clause (lower-case forms) no pronoun that could be a verb's reflexive?"""
    return bool(sentence) and not any(form.lower() in REFLEXIVE_PRONOUNS for form, _, _ in sentence)


#: Prefix of the verb-frame mark that lists the clause's nouns (forms and lemmas, ","
#: between): a verb's lines whose headword names its object or context in parentheses
#: ("(Telefonnummer) wählen :: to dial") fit only a clause with that noun
#: (:func:`hint_fits`).
CLAUSE_NOUNS = "+nomen:"
#: Parenthesised words of a verb's headword that name a class, not a noun a clause would
#: repeat ("versagen (Person)", "ausgehen (Sache)"): no hint to check.
_CLASS_HINTS = word_set(
    """person personen sache sachen ding dinge mensch menschen tier tiere gegenstand
    gegenstände lebewesen objekt subjekt mann männer frau frauen kind kinder"""
)
_HINT_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?")
#: Endings a hint noun may have beyond the clause noun's lemma ("Präsidenten" for
#: "Präsident"), at most this many letters.
_HINT_ENDING = 2
#: Shortest hint or noun matched as a compound's head ("Nummer" in "Telefonnummer").
_HINT_HEAD = 4


#: Stands in :func:`clause_nouns` for a number used as a noun; it fits the hints that
#: name a number (:data:`_NUMBER_HINTS`: "(Telefonnummer) wählen" for "die 110 wählen").
NUMBER_NOUN = "#"
#: Heads of the nouns that name a number.
_NUMBER_HINTS = ("nummer", "zahl", "ziffer")
#: The definite and indefinite articles in all their forms: before a number used as a
#: noun ("die 110"), and those Ding cites a verb phrase's noun with
#: (:mod:`app.dictionary.phrases`: "eine Entscheidung treffen").
PLAIN_ARTICLES = word_set("der die das den dem des ein eine einen einem einer eines")


def clause_nouns(sentence: Sentence) -> str:
    """The :data:`CLAUSE_NOUNS` mark of a clause: its nouns' forms and lemmas, and
    :data:`NUMBER_NOUN` for a number that stands for a noun ("die 110 gewählt")."""
    nouns = {w for form, lemma, noun in sentence if noun for w in (form, lemma) if w}
    if any(_number_as_noun(sentence, j) for j in range(1, len(sentence))):
        nouns.add(NUMBER_NOUN)
    return CLAUSE_NOUNS + ",".join(n for n in sorted(nouns) if "," not in n and " " not in n)


def _number_as_noun(sentence: Sentence, j: int) -> bool:
    """Whether word ``j`` is a number after an article and before no noun: "die 110"
    (not "die 20 Stimmen", "am 21. Januar")."""
    after = sentence[j + 1] if j + 1 < len(sentence) else None
    return (
        is_numeral(sentence[j][0])
        and sentence[j - 1][0] in PLAIN_ARTICLES
        and not (after is not None and (after[2] or is_numeral(after[0])))
    )


def object_hints(comments: str) -> list[str]:
    """The nouns a verb's headword names in parentheses as its object or context
    ("Präsidenten; Parlament" of "(Präsidenten; Parlament) wählen"), lower-cased; []
    when the comment is anything else ("als zukünftige Ausrichtung", "mit") or names a
    class only ("Person")."""
    parts = [part.strip() for part in comments.split(";")]
    if not comments or not all(_HINT_NOUN.fullmatch(part) for part in parts):
        return []
    hints = [part.lower() for part in parts if part.lower() not in _CLASS_HINTS]
    return hints if len(hints) == len(parts) else []


def hint_fits(hints: Sequence[str], nouns: frozenset[str]) -> bool:
    """Whether a clause noun (form or lemma, lower-cased) is one of ``hints``, a
    compound with it as head ("Festnetznummer" for "Nummer"), its head ("Nummer" for
    "Telefonnummer") or its lemma ("Präsident" for "Präsidenten"); a hint that names a
    number fits a number used as a noun (:data:`NUMBER_NOUN`)."""
    for hint in hints:
        if NUMBER_NOUN in nouns and hint.endswith(_NUMBER_HINTS):
            return True
        for noun in nouns:
            if noun == hint or (len(hint) >= _HINT_HEAD and noun.endswith(hint)):
                return True
            if len(noun) >= _HINT_HEAD and (
                hint.endswith(noun)
                or (hint.startswith(noun) and len(hint) - len(noun) <= _HINT_ENDING)
            ):
                return True
    return False
