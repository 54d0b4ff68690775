"""Query-time relevance scores of dictionary senses, and word classes as bit masks.

The converter stores a static score per form row
(:func:`app.dictionary.build.scores.form_score`); the lookup adds what depends
on the query: exact surface form or lemma, capitalisation, part of speech, the
verb's clause frame, and the order of glosses. Word classes travel as a bit
mask (:func:`class_mask`), written by the converter and read by the lookup, which
also maps them to and from the pipeline's parts of speech (:data:`POS_CLASSES`,
:func:`pos_of`).
Pure functions and constants; no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.dictionary.schema import word_set

#: English register labels that make a gloss a poor first choice.
MARKED_ENGLISH = word_set("obs. archaic rare dated slang vulg. poet. dialect pej. humor. euphem.")

EXACT_BONUS = 0.5  # the surface form itself beats its lemma
LEMMA_BONUS = 0.15  # the pipeline's lemma beats simplemma's
PARTICLE_LEMMA_BONUS = 1.0  # a pipeline lemma with the separable particle beats the form
FRAME_BONUS = 2.0  # "rechnet … mit": the headword "mit etw. rechnen" before "rechnen"
FRAME_STEP = 0.75  # less per preposition met before this one, after the verb
#: A frame headword's line that lists it after another headword ("um etw. herumgehen;
#: um etw. gehen :: to walk around sth.") below a line Ding heads with it ("um etw.
#: gehen; sich um etw. handeln :: to be about sth."): Ding's English translates a
#: line's first headword; the first line is the phrase's own sense.
FRAME_HEADWORD_ELSEWHERE = 0.75
#: A verb's sub-entry with "es" ("geben | es gibt … :: there is …") when "es" is the
#: clause's only personal pronoun ("gibt es Widerstand"): above the form's own
#: sub-entry ("gibt :: gives"), which the converter ranks some 2.4 higher.
IMPERSONAL_BONUS = 3.0
#: A verb line whose German note names its subject, "(Sache)" or "(Person)", when "es" is
#: the clause's subject: "es geht um …" is "um etw. gehen (Sache) :: to be about sth.";
#: a line noted "(Person)" fits no "es".
SUBJECT_NOTE = 1.0
#: A line whose usage note says it is used with numbers ("gut {adv} (mit Zahlen und
#: Zeitangaben) :: a good") when a number follows the word ("gut elf Millionen"): above
#: the adjective's own lines ("gut {adj} :: good") on an adverb tagged ADJ.
NUMBER_NOTE_BONUS = 4.0
#: A verb's lines of a change in quantity when the clause says by how much ("um 8,4
#: Prozent zurückgegangen": to decrease, not "to go back"; :func:`objects.amount_change`).
CHANGE_VERB_BONUS = 1.5
#: A modal particle's lines that list it also as an adjective ("gesund; gut; wohl {adj
#: adv} :: well") below its adverb lines ("vermutlich; wohl {adv} :: presumably"): what
#: the adverb bonus gave them, and the part-of-speech match.
MODAL_PARTICLE_ADJ_PENALTY = 3.0
#: A modal particle's adverb line that lists it after another headword ("bequem; einfach
#: {adv} :: conveniently") translates that headword's sense, below its own line
#: ("einfach; anspruchslos {adv} :: simply").
LATER_HEADWORD_PARTICLE = 0.5
RULES_BONUS = -0.1  # a suffix-rule base form, when the word itself has no entry
CASE_MISMATCH = 0.4
POS_MATCH = 1.5
VERBAL_NOUN_PENALTY = 1.5
OTHER_FORM_PENALTY = 0.5  # "während" the preposition before the participle of "währen"
GLOSS_STEP = 0.45  # score lost per position inside one sense
FORM_GLOSS_BONUS = 0.6  # "households" first for "Haushalte" (glosses of the best sense)
HEADWORD_AFTER_FORM = 0.3  # "to excuse" after "excused", behind other senses' forms
MARKED_GLOSS_PENALTY = 1.5
#: A gloss with a gap inside it ("or … for short", "in … times") is the frame of a
#: construction Ding lists under the word ("kurz X genannt"), not a translation of the
#: word: after the plain glosses ("kurz aufgeschaut": briefly). Not an English verb's
#: frame ("to comment that …"), whose gap ends it.
GAP_GLOSS_PENALTY = 1.5
#: English auxiliaries and modals that Ding gives as the equivalent of a German adverb or
#: adjective in a construction ("gewohnheitsmäßig; regelmäßig {adv} :: will {+ verb};
#: would {+ verb}": "She will dance for hours"); the converter drops the "{+ verb}", and
#: alone they translate nothing ("regelmäßig" is no "will"). Penalised on lines that are
#: no verb's (:data:`AUXILIARY_GLOSS_PENALTY`).
ENGLISH_AUXILIARIES = word_set(
    "will would shall should can could may might must do does did be is are was were have has had"
)
AUXILIARY_GLOSS_PENALTY = 3.0
#: An English infinitive ("to suppose sth.") for a word the sentence uses as another word
#: class: Ding puts a verb and its adverb on one line ("etw. vermuten; etw. annehmen {vt};
#: vermutlich {adv} :: to suppose sth."), and the line's glosses translate the verb.
#: Ranked down on the card of an adjective, adverb or noun (:func:`english.is_infinitive`).
INFINITIVE_GLOSS_PENALTY = 1.5
#: English pronouns that stand alone and never before a noun ("who", "whom",
#: "someone"): Ding gives them for a German word that is pronoun and determiner alike
#: ("welcher :: who; which"); on the card of a word the sentence uses before its noun
#: (an adjective: "welchen Kandidaten") they translate the other use.
PRONOUNS_ONLY = word_set(
    """who whom whoever whomever someone somebody something anyone anybody anything
    everyone everybody everything nobody nothing"""
)
PRONOUN_GLOSS_PENALTY = 1.5
#: A gloss ending in a preposition that asks for an object ("compared with", "according
#: to") on the card of a word the sentence uses as an adverb: it translates a
#: preposition ("dagegen": "contrastingly" before "compared with").
PREPOSITION_GLOSS_PENALTY = 1.5
#: A Ding line all of whose glosses carry the same label of an English region outside
#: Britain ("Einnahmen :: take [Am.]"; not a pair of spellings, "defence [Br.]; defense
#: [Am.]"): one region's usage, after the glosses every reader knows ("receipts").
REGIONAL_ENGLISH_PENALTY = 1.0
LONG_GLOSS = 30  # characters; a longer gloss is an explanation rather than a translation
LONG_GLOSS_PENALTY = 0.5
VOTE = 0.35  # score gained per further sense sharing a gloss
#: Score a noun's gloss gains at most from Ding's compounds with the noun as their
#: head (:func:`app.dictionary.heads.noun_votes`, times the share of the compounds
#: that use the gloss's last word): "Anteile: shares" before "contents", "Flächen:
#: areas" before "faces".
HEAD_VOTE = 1.5
#: Score lost per position of the word among the synonyms of a Ding line after the
#: second, on top of the converter's step: Ding's English translates the line's first
#: headwords; a word listed third or later is a near-synonym ("signalisieren;
#: anzeigen; ankündigen :: to signal" is not the usual sense of "ankündigen",
#: "etw. ankündigen; bekanntgeben :: to announce" is). Not when the clause uses the
#: line's preposition ("rechnen; zählen; gelten als :: to count" for "gilt als").
LATER_SYNONYM = 0.5
#: Field labels the converter ranks down as specialised (build.scores.TECHNICAL_FIELDS)
#: that are everyday vocabulary in news all the same: studies, health, schools. A line
#: with one gets back what the converter took (1.2 on the headword, 0.6 on the line):
#: "Studie [sci.] :: study" is the news sense, not "Studie :: sketch". Health
#: ([med.]) only in a text whose nouns are medical (:data:`TOPIC_ONLY_FIELDS`). Weather
#: ([meteo.]) is in every paper: "(schwerer) Sturm [meteo.] :: storm" before "Sturm
#: (einer Menschenmenge …) :: stampede".
NEWS_FIELDS_AT_QUERY = word_set("sci. med. educ. school meteo.")
#: News fields whose lines compete with everyday senses of the same word ("Herd [med.]:
#: focus of a disease" for "Herden", "prüfen [med.]: to test"): given back only when
#: the text around is of that field.
TOPIC_ONLY_FIELDS = word_set("med.")
#: Fields the converter does not rank down (build.scores.NEWS_FIELDS): politics,
#: economy, law ... are news.
NEWS_FIELDS = word_set("pol. econ. mil. adm. jur. fin. geogr. transp. auto envir. constr.")
#: News fields whose lines are ranked down (as the converter ranks specialised fields)
#: unless the text around is of that field: the military's own senses of everyday
#: words ("Anruf [mil.] :: challenge (order from a sentry …)", "scharf [mil.] :: live")
#: are rarely what a local news text means; in a text about armies they come back.
FIELD_UNLESS_TOPIC = word_set("mil.")
FIELD_ON_HEAD = 1.2
FIELD_ON_LINE = 0.6
#: News fields whose lines rise in a text of that field (two nouns nearby whose best
#: sense has the label, :data:`app.dictionary.service.TOPIC_VOTES`), by
#: :data:`TOPIC_FIELD_BONUS` for a label on the headword, half for one on the line's other
#: words. Law only: a court report uses the legal sense of everyday words ("Verfahren
#: [jur.]: legal proceedings", not "process"; "Verurteilung [jur.]: conviction", not
#: "condemnation"; "Verteidiger [jur.]: defence lawyer", not "apologist"). Measured per
#: field on the dev texts (session 37): economy, finance, politics and administration
#: are the field of most news texts and their labels mark narrow senses ("steigend
#: [econ.]: bullish", "Anteil [fin.]: interest", "Landrat [pol.]: cantonal
#: parliament"): raised, they changed more first glosses for the worse than the better.
TOPIC_RAISED_FIELDS = word_set("jur.")
TOPIC_FIELD_BONUS = 0.6
#: An adverb's lines before the adjective lines of the same word when the word is used
#: as an adverb ("deutlich mehr": "significantly", not "clear"; "ursprünglich geplant":
#: "originally", not the adjective line "ursprünglich; tief; elementar :: rock-bottom",
#: which the converter weights 1.0 higher: 0.8 left it first).
ADVERB_BONUS = 1.5

#: A gloss that is one rare English word (wordfreq Zipf below :data:`RARE_GLOSS_ZIPF`:
#: "ponderable" 1.1, "abettor" 1.4, "supernatant" 2.1) ranks lower when a gloss of the
#: same list is a common word (Zipf :data:`COMMON_GLOSS_ZIPF` or more: "noticeable"
#: 3.8): a learner reading news needs the everyday word first. Plain frequency is no
#: measure of a German word's usual sense ("to signal" 4.6 before "to announce" 4.3),
#: so only clearly rare words lose, and only against a common one
#: (:mod:`app.dictionary.english`).
RARE_GLOSS_ZIPF = 2.5
COMMON_GLOSS_ZIPF = 3.5
RARE_GLOSS_PENALTY = 1.0
#: Zipf by which a later one-word synonym of an adjective's or adverb's Ding line must be
#: more common than an earlier one to change place with it (0.5: three times as frequent;
#: "remarkably" 3.8, "significantly" 4.5). Within one line Ding's order is no ranking.
COMMONER_MARGIN = 0.5

#: The English prepositions that translate a German one word for word. A verb's Ding
#: line that opens with a preposition and its object ("mit etw. rechnen") gains
#: :data:`PREPOSITION_MATCH_BONUS` for its glosses that keep the preposition ("to reckon
#: with sth.") over those that rephrase the frame ("to be alert to sth.").
ENGLISH_PREPOSITIONS: dict[str, frozenset[str]] = {
    german: frozenset(english.split())
    for german, english in {
        "mit": "with",
        "an": "at on",
        "auf": "on upon",
        "für": "for",
        "von": "of from",
        "über": "about over",
        "gegen": "against",
        "nach": "after",
        "vor": "before",
        "zu": "to",
        "um": "for about",
        "aus": "from out",
        "bei": "with at",
        "in": "in into",
        "unter": "under",
    }.items()
}
PREPOSITION_MATCH_BONUS = 0.5
#: A reflexive verb's line whose first gloss is an English linking verb ("to appear") when
#: an adjective is the clause's complement ("zeigte sich besorgt").
LINKING_BONUS = 1.0
#: A verb's line whose first gloss is an English verb taking a "that" clause ("to admit",
#: "assumed") when the verb's complement is a proposition ("räumte ein, dass …").
CLAUSE_VERB_BONUS = 1.0
#: The same for an English verb taking a "to" infinitive when an infinitive clause with
#: "zu" follows the verb's clause ("raten …, … zu …": to advise).
INFINITIVE_VERB_BONUS = 1.0
#: A verb's line that Ding marks intransitive or reflexive only ({vi}, {vr}, no {vt}) when
#: the verb is a passive participle ("eingesetzt werden": used, not "set in").
INTRANSITIVE_IN_PASSIVE = 1.5

#: A noun's line whose gender is not the one the phrase decides ("der See": not "See
#: {f} :: sea"), when a line of the same headword has that gender: ranked last.
OTHER_GENDER_PENALTY = 3.0

#: A verb's gloss whose English is of one family with the first gloss of the verb's noun
#: in -ung ("Prüfung: examination" for "to examine", "Vermeidung: avoidance" for "to
#: avoid", "Verhandlung: negotiations" for "to negotiate"): a nominalisation is made from
#: the verb's usual sense, so Ding's first sense of it tells which of the verb's senses
#: that is ("prüfen": "to examine" before "to test").
FAMILY_BONUS = 1.0
#: Glosses of the noun in -ung looked at, first to last: the first whose English has a
#: family among the verb's glosses counts ("Ankündigung: notice; announcement": "notice"
#: has none, "announcement" has "to announce").
FAMILY_GLOSSES = 2

#: A prefixed verb's line that lists it after its base verb ("gründen; begründen :: to
#: found" for "begründen"; :func:`app.dictionary.lookup.base_verb_lines_down`).
BASE_VERB_LINE = 1.0

#: A verb's line whose headword takes a person as its object ("jdn. einstellen :: to
#: employ") when the clause's object is a thing ("die Lieferungen einstellen": "to cease
#: sth."; :mod:`app.dictionary.objects`).
PERSON_OBJECT_PENALTY = 1.5
#: A verb's line whose headword needs "sich" when its clause has no reflexive pronoun.
REFLEXIVE_LINE_PENALTY = 1.5
#: A verb's line whose headword names its object or context in parentheses
#: ("(Telefonnummer) wählen :: to dial", :func:`app.dictionary.objects.object_hints`):
#: raised when the clause has that noun ("(Präsidenten; Parlament) wählen :: to elect" for
#: "den Präsidenten gewählt"), lowered when it has not (a hint often names a typical
#: object, not the only one: "(Geschäft) betreiben :: to run" also runs a "Kreißsaal", so
#: the penalty only settles near ties; 1.0 changed 27 more cards on the dev texts, more
#: of them for the worse).
HINT_FIT_BONUS = 0.75
HINT_MISS_PENALTY = 0.5

#: A gloss that spells the German word the English way ("Diktator :: dictator" before
#: "Diktator [pol.] :: strongman"; :func:`app.dictionary.english.cognate`): the shared
#: Latin or Greek word is the word's core sense, a line of another word its narrow one.
COGNATE_BONUS = 0.5

#: A plural form read for a word the morphology calls singular ("der Vorsitzende" is
#: not the plural of "Vorsitzender": "chairman", not "chairmen").
PLURAL_FOR_SINGULAR = 1.0

FLAG_VERBAL_NOUN = 1  # "das Summen": a neuter noun made from an infinitive

_CLASS_NAMES = (
    "noun", "v", "vt", "vi", "vr", "adj", "adv", "prp", "conj", "art", "pron", "ppron", "num",
    "interj", "Partikel",
)  # fmt: skip
CLASS_BITS = {name: 1 << i for i, name in enumerate(_CLASS_NAMES)}
VERB_MASK = CLASS_BITS["v"] | CLASS_BITS["vt"] | CLASS_BITS["vi"] | CLASS_BITS["vr"]


def class_mask(classes: Iterable[str]) -> int:
    """Word classes ("noun", "vt", "adj" ...) as a bit mask (unknown ones ignored)."""
    mask = 0
    for name in classes:
        mask |= CLASS_BITS.get(name, 0)
    return mask


#: The Ding word classes that fit a UD part of speech.
POS_CLASSES: dict[str, int] = {
    "NOUN": CLASS_BITS["noun"],
    "PROPN": CLASS_BITS["noun"],
    "VERB": VERB_MASK,
    "AUX": VERB_MASK,
    "ADJ": class_mask(["adj", "num"]),  # UD tags ordinals ("ersten") as ADJ
    "ADV": class_mask(["adv", "adj"]),
    "ADP": CLASS_BITS["prp"],
    "CCONJ": CLASS_BITS["conj"],
    "SCONJ": CLASS_BITS["conj"],
    "CONJ": CLASS_BITS["conj"],
    "DET": class_mask(["art", "pron"]),
    "PRON": class_mask(["pron", "ppron"]),
    "NUM": CLASS_BITS["num"],
    "INTJ": CLASS_BITS["interj"],
    "PART": class_mask(["adv", "prp", "Partikel", "conj"]),
}
#: The UD part of speech of a Ding word class, most telling first.
CLASS_TO_POS = (
    ("noun", "NOUN"), ("vt", "VERB"), ("vi", "VERB"), ("vr", "VERB"), ("v", "VERB"),
    ("art", "DET"), ("ppron", "PRON"), ("pron", "PRON"), ("prp", "ADP"), ("conj", "CONJ"),
    ("adj", "ADJ"), ("adv", "ADV"), ("num", "NUM"), ("interj", "INTJ"),
)  # fmt: skip


def pos_of(classes: str) -> str:
    """The part of speech of an entry's word classes ("noun vt" -> "NOUN"), or ""."""
    present = set(classes.split())
    for cls, pos in CLASS_TO_POS:
        if cls in present:
            return pos
    return ""
