"""Every word list of the people extractor, and the loading of its lexicon files.

The one home of the fixed lists (determiners, titles, name particles, parties,
agencies, credit labels, place prepositions, contractions, gender letters, ...; the
entity rules, the morphology and the dictionary read the shared ones too) and of the
lexicons in ``resources/lexicon/`` (given names, places, nouns, role nouns; built by
``training/build_people_lexicon.py``), with the plain membership tests on them. A leaf:
it imports nothing of the app but :mod:`app.core`. No spaCy, no Qt, nothing about any
particular article.
"""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Iterable

from app.core.memo import word_cache
from app.core.paths import resources_dir


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


# --------------------------------------------------------------------------- function words

DEFINITE = words("der die das den dem des")
#: Negation words (read by the dictionary's "nicht mehr", the reading lookups and the people
#: rules: one list for all).
NEGATIONS = words(
    """nicht nie niemals niemand niemandem niemanden nichts nirgends nirgendwo kein keine keinen
    keinem keiner keines keinerlei"""
)
INDEFINITE = words(
    """ein eine einen einem einer eines kein keine keinen keinem keiner welcher welche welches
    welchem welchen jeder jede jedes jedem jeden mancher manche manchem manchen"""
)
DEMONSTRATIVE = words("dieser diese dieses diesem diesen jener jene jenes jenem jenen")
POSSESSIVE_M = words("sein seine seinen seinem seiner seines")
POSSESSIVE_F = words("ihr ihre ihren ihrem ihrer ihres")
DETERMINERS = DEFINITE | INDEFINITE | DEMONSTRATIVE | POSSESSIVE_M | POSSESSIVE_F
#: The possessor's gender of a possessive ("seine Tochter": a man's, "ihren Kollegen": a
#: woman's).
POSSESSOR_GENDER = {w: "m" for w in POSSESSIVE_M} | {w: "f" for w in POSSESSIVE_F}
#: Articles that may open a genitive after a noun ("Chef des Vereins", "Tochter einer
#: Ärztin"): the one list of the people and quote rules.
GENITIVE_ARTICLES = words("des der eines einer")
PREPOSITIONS = words(
    """von vom bei beim in im für aus an am zu zum zur auf über unter mit nach vor hinter
    zwischen ohne gegen"""
)
TEMPORAL_PREPOSITIONS = words("am im seit bis vor nach ab um")
#: A preposition merged with the definite article: word -> (preposition, article). The one
#: list: :mod:`app.morphology.agreement` reads the case and bundles from it.
CONTRACTIONS: dict[str, tuple[str, str]] = {
    "im": ("in", "dem"), "am": ("an", "dem"), "vom": ("von", "dem"), "zum": ("zu", "dem"),
    "beim": ("bei", "dem"), "zur": ("zu", "der"), "ins": ("in", "das"), "ans": ("an", "das"),
    "aufs": ("auf", "das"), "ums": ("um", "das"), "fürs": ("für", "das"),
    "durchs": ("durch", "das"), "übers": ("über", "das"), "unters": ("unter", "das"),
    "vors": ("vor", "das"), "hinters": ("hinter", "das"),
}  # fmt: skip
#: Prepositions before a place name: "in Berlin", "nach Polen", "aus Sachsen", "auf Juist",
#: "von Viña del Mar". The one list: the people rules and the entity rules use subsets.
PLACE_NAME_PREPOSITIONS = words("in nach aus auf von")
#: First words of German towns' names of two words ("Bad Ischl", "St. Gallen", "Sankt
#: Pölten"). The one list: the entity rules and the cards' town names read it.
TOWN_PREFIXES = words("Bad St. Sankt")
SUBJECT_PRONOUNS = words("er sie")
#: Words that may stand before the subject of a sentence: "Auch Trainer Kompany lobte ...".
SUBJECT_LEAD = words("auch zudem nun dann jetzt bereits schon nur sogar ebenfalls daraufhin")
#: Third-person singular forms of "sein", "werden" and "bleiben" (the people rules read them).
COPULAS = words("ist war wird wurde bleibt blieb sei wäre werde bliebe")
#: The copulas' infinitives (a split verb's card and Ding's copula phrases read them).
COPULA_VERBS = words("sein werden bleiben")
#: Every finite form (and "worden") of the copulas: :data:`COPULAS` and the other persons
#: and numbers. The one list: the cards' bare-noun rule adds the verbs of naming to it.
COPULA_FORMS = COPULAS | words(
    "sind waren bin bist seid seien wäre wären werden wurden würde würden worden bleiben blieben"
)
#: Endings of an inflected (attributive) adjective or participle ("verfärbte",
#: "erhaltenen"). The one tuple: the clause frames, the verb readings, the tagger's
#: corrections and the cards' bare-mass rule read it.
ATTRIBUTIVE_ENDINGS = ("e", "en", "em", "er", "es")
#: Konjunktiv I forms of "sein", "haben", "werden" and the modal verbs that differ from
#: the indicative ("sei", "seien" in every person): reported speech. The one list: the
#: people rules read it by the word alone, app.quotes.lexicon.konjunktiv_one for "sein"
#: (every other verb's form it derives from the lemma).
KONJUNKTIV_ONE = words("sei seien seiest seiet habe habest werde könne müsse solle wolle dürfe")
#: Adverbs between a copula and its predicate: "ist inzwischen Generalsekretär".
PREDICATE_ADVERBS = words(
    "inzwischen nun jetzt heute bereits schon weiterhin künftig dann noch erst selbst auch "
    "mittlerweile derzeit zurzeit damals längst wieder zugleich außerdem seitdem zuvor vorher "
    "einst lange bisher bislang früher gegenwärtig aktuell zuletzt"
)
#: Adverbs that may open an apposition: "Johanna Walser, selbst Schriftstellerin,".
APPOSITION_ADVERBS = words(
    "selbst ebenfalls auch einst damals heute inzwischen mittlerweile zuvor bislang bisher früher"
    " ehemals zuletzt immerhin zugleich gleichzeitig derzeit zurzeit seinerzeit außerdem sogar"
    " übrigens jetzt nun aktuell gegenwärtig"
)
SPEECH_VERBS = words(
    "sagte sagt erklärte erklärt betonte betont meinte meint warnte warnt so ergänzte fügte"
)

BOUNDARIES = frozenset(
    [",", ".", ";", ":", ")", "(", "–", "—", "-", "!", "?", '"', "„", "“", "”", "»", "«", "…"]
)
CLOSERS = frozenset([",", ".", ";", ":", ")", "–", "—", "!", "?", '"', "“", "”", "«", "»", "…"])

#: Gender letters of the lexicons and the dictionary -> Universal Dependencies' values.
#: The one map: :mod:`app.morphology` (``GENDER_OF``) and :mod:`app.dictionary` read it.
UD_GENDER = {"m": "Masc", "f": "Fem", "n": "Neut"}

# --------------------------------------------------------------------------- time

MONTHS = words(
    """Januar Jänner Februar März April Mai Juni Juli August September Oktober November
    Dezember"""
)
WEEKDAYS = words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag")
TEMPORAL_WORDS = (
    MONTHS
    | WEEKDAYS
    | words(
        """Jahr Jahren Jahres Wochenende Abend Morgen Mittag Nachmittag Vormittag Nacht Anfang Ende
    Mitte Beginn Herbst Frühjahr Sommer Winter Frühling"""
    )
)

# --------------------------------------------------------------------------- credits, layout

#: Words that label a photo credit when a colon follows: "Foto: Anna Weber/dpa". The one
#: list of the people extractor (:mod:`app.people.credits`) and the spaCy entity rules.
CREDIT_LABELS = words("Foto Fotos Bild Bilder Video Grafik Fotograf Fotografin Copyright")
#: The sign that labels a photo credit without a colon: "© Anna Weber".
CREDIT_SIGN = "©"
#: Words of captions and layout that follow names in scraped text ("... Tests Foto: AFP").
LAYOUT_WORDS = CREDIT_LABELS | words(
    """Videos Quelle Archiv Screenshot Illustration Montage Collage Symbolbild Archivbild
    Titelbild"""
)

# --------------------------------------------------------------------------- names

#: Lowercase words that belong inside names ("Ursula von der Leyen", "Vincent van Gogh").
#: The one list of name particles: the entity rules (:mod:`app.nlp.components`) and the
#: byline reader (:mod:`app.document.boilerplate`) use named subsets of it.
#: Arabic "bint"/"binti" (daughter of), "abu" (father of), "umm" (mother of) join a name
#: like "bin" ("Noura bint Faisal al-Amiri"); the Dutch "'t" (the article in "van 't Hof")
#: and "te" ("Pieter te Riele") join one like "ter" (session 31). The Welsh "ap" (son of)
#: and "ferch" (daughter of) join one like "bin" ("Rhodri ap Gwilym", session 34).
PARTICLES = words(
    """von vom van der den de del della dei di da do dos das du la le zu zur ten ter te 't op bin
    bint binti ibn ben abu umm al el y dela delos delas delle degli ap ferch"""
)
#: Verbs of appointment after "zum/zur <role>": "hat X zum Präsidenten gewählt".
APPOINTMENT_VERBS = words(
    """gewählt ernannt bestellt berufen befördert gekürt nominiert bestimmt vereidigt
    wählen ernennen bestellen berufen nominieren bestimmen wählte ernannte bestellte berief
    wählt ernennt beruft nominiert kürt kürte
    nominierte bestimmte wählten ernannten bestellten beriefen nominierten bestimmten"""
)
#: Particles that after a full name start an affiliation: "Anna Berg von der Charité".
AFFILIATION_PARTICLES = words("von vom")
#: Particles before a father's name, which may be any word: "bin Sultan", "ibn Raschid".
PATRONYMIC_PARTICLES = words("bin ibn bint binti ben abu umm ap ferch")
#: Particles that may start a surname on their own ("von der Leyen", "van Gogh").
LEADING_PARTICLES = words(
    """von van de di da do du del della dos al el bin bint binti ibn ben abu umm zu ten ter te
    dela delos delas delle degli ap ferch"""
)
#: Particles that are no German word: after a first name they start a surname whatever
#: word follows ("Swantje ter Haar", "Bram de Vries", "Wout van Ackeren"); the Filipino and
#: Spanish contractions "dela", "delos" ("Jose dela Paz") and the Italian "delle", "degli".
FOREIGN_PARTICLES = words(
    "van ter ten te 't op de di da do dos du del della dela delos delas delle degli"
)
#: Capitalised particles inside names: "Marine Le Pen", "Lana Del Rey", "Robert De Niro",
#: the Irish "Ó" and "Ní" ("Seán Ó Súilleabháin", "Máire Ní Bhraonáin").
CAPITAL_PARTICLES = words("Le La De Del Di Da Van Von Du Dos Ter Ten Al El Ó Ní")

#: Animals that news name like people ("die Stute Monsieur Paul", "Eisbärin Tonja",
#: "der Polizeihund Rex"): a name right after one of these nouns, or after a compound
#: ending in one, names the animal.
ANIMAL_NOUNS = words(
    """stute hengst wallach pferd pony fohlen hund hündin rüde welpe katze kater bär bärin
    elefant elefantenkuh elefantenbulle löwe löwin tiger tigerin giraffe gorilla affe
    schimpanse orang-utan panda nashorn flusspferd pinguin robbe seehund delfin orca
    walross papagei kuh bulle stier esel ziege schaf schwein wolf wölfin luchs fuchs
    schildkröte kaninchen hamster meerschweinchen"""
)

#: Things news name after a person whatever else the clause says: vessels and storms
#: ("das Forschungsschiff Walther Herwig", "Sturmtief Friederike"); a name right after a
#: noun ending in one of these names the thing.
VESSEL_STORM_KINDS = (
    "schiff", "schiffs", "fähre", "tanker", "tankers", "frachter", "frachters", "dampfer",
    "dampfers", "fregatte", "korvette", "jacht", "yacht", "tief", "tiefs", "orkan",
    "orkans", "hurrikan", "hurrikans", "taifun", "taifuns", "zyklon", "zyklons",
    "wirbelsturm", "wirbelsturms",
)  # fmt: skip
#: Buildings and institutions named after a person ("das Gymnasium Theodor Heuss", "im
#: Klinikum Ernst von Bergmann"); a person may follow them as an object too ("im
#: Krankenhaus Anna Berg besuchen"), so a name after them names the building only before
#: a finite verb, "in" or punctuation (see :func:`named_thing_before`).
BUILDING_KINDS = (
    "hotel", "hotels", "gymnasium", "gymnasiums", "schule", "kindergarten", "kindergartens",
    "kita", "kaserne", "flughafen", "flughafens", "klinikum", "klinikums", "krankenhaus",
    "krankenhauses", "museum", "museums", "heim", "heims", "stift", "stifts", "saal",
    "saals",
)  # fmt: skip
_AFTER_BUILDING_NAME = frozenset({"in", "(", ",", ".", ";", ":"})


def is_finite_morph(tag: str, morph: str) -> bool:
    """Is a token of coarse part of speech ``tag`` and features ``morph`` ("Mood=Ind|...")
    a finite verb? Only with a sign of one: an empty analysis ("besuchen") is none."""
    if tag not in {"VERB", "AUX"} or "VerbForm=Inf" in morph or "VerbForm=Part" in morph:
        return False
    return any(f in morph for f in ("VerbForm=Fin", "Mood=", "Person=", "Tense="))


def named_thing_before(before: str, kind: str, words: int, after: str, finite_after: bool) -> bool:
    """Does the noun ``kind`` right before a name of ``words`` words make it the name of
    a thing ("Sturmtief Friederike", "Das Gymnasium Theodor Heuss feiert")? ``before`` is
    the word before the noun, ``after`` the word after the name, ``finite_after`` whether
    that is a finite verb. A building's name is a full name, not after a direction that
    ends a clause part ("ins Krankenhaus Sebastian holte ihn ab": a comma left out)."""
    low = kind.lower()
    if not kind[:1].isupper():
        return False
    if low.endswith(VESSEL_STORM_KINDS):
        return True
    return (
        low.endswith(BUILDING_KINDS)
        and words > 1
        and before.lower() not in {"ins", "zum", "zur", "nach"}
        and (after in _AFTER_BUILDING_NAME or finite_after)
    )


#: Forms of address and academic titles: written before names, never part of them.
#: Austrian academic titles and their feminine forms, written before the name ("Mag.a",
#: "Dr.in", "DIin"; session 31): a title, never a part of the name.
AUSTRIAN_TITLES = words(
    """Mag.a Mag.ª MMag. MMag.a Dr.in DDr. DDr.in Prof.in DI DIin Dipl.-Ing.in Ing.in Bakk.
    Univ.-Prof. Univ.-Prof.in Priv.-Doz. Priv.-Doz.in"""
)
TITLES = (
    words(
        """Herr Herrn Frau Fräulein Dr. Prof. Dr Prof Professor Professorin Dipl.-Ing. Ing. Mag.
        Sir Lady Lord Mr. Mrs. Ms. Monsieur Madame"""
    )
    | AUSTRIAN_TITLES
)


#: The German modal particles (Abtönungspartikeln; Helbig, Lexikon deutscher Partikeln,
#: 1988; Duden-Grammatik, "Abtönungspartikeln"): a closed class of words that also
#: serve as adverbs, adjectives or conjunctions. Shared by the glosses
#: (``app.dictionary.preferences``) and the card's grammar (``app.morphology.engine``).
MODAL_PARTICLES = words(
    "aber auch bloß denn doch eben eigentlich einfach etwa halt ja mal nur ruhig schon "
    "vielleicht wohl"
)


def feels_well(word: str, lemmas: Iterable[str]) -> bool:
    """Whether ``word`` is "wohl" in a clause of "sich wohl fühlen" (``lemmas``: the
    clause's lemmas): the adjective "well" ("Sie fühlt sich wohl bei uns"), no modal
    particle."""
    return word.lower() == "wohl" and any(
        lemma.lower() == "fühlen" or lemma.lower().startswith("fühl") for lemma in lemmas
    )


#: Capitalised words that are never names even when unknown to the lexicons.
NEVER_NAMES = words(
    """Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Er Sie Es Wir Ihr Ich Man Mein
    Dein Sein Seine Seinen Seinem Seiner Ihre Ihren Ihrem Ihrer Unser Euer Kein Keine Dieser
    Diese Dieses Jener Jene Jeder Jede Alle Viele Einige Manche Beide Wie Was Wer Wo Wann
    Warum Wieso Weshalb Und Oder Aber Doch Denn Sondern Auch Noch Nur Schon So Dann Da Dort
    Hier Jetzt Heute Gestern Nun Nach Vor Bei Mit Von Zu Zum Zur Im In Am An Auf Aus Für
    Über Unter Gegen Seit Bis Ob Als Wenn Weil Dass Damit Obwohl Während Trotz Laut Nicht Ja
    Nein Bitte Zudem Außerdem Allerdings Deshalb Daher Dabei Damals Inzwischen Bereits
    Immerhin Zuletzt Zunächst Erst Sogar Etwa Rund Mehr Weniger Ab Ohne Um Durch Neben
    Hinter Zwischen Statt Wegen Fast Kaum Zwar Also Jedoch Dennoch Trotzdem Sowie Mal
    Vielleicht Wohl Gar Eben Genau Gleich Ganz Sehr Bisher Stattdessen Anschließend
    Einerseits Andererseits Möglicherweise Derzeit Zurzeit Unterdessen Indes Insgesamt Herr
    Frau St. Sankt
    Erste Ersten Erster Erstes Zweite Zweiten Zweiter Dritte Dritten Dritter Vierten Fünften
    Letzte Letzten Letzter"""
)

# --------------------------------------------------------------------------- roles

#: Short heads that are safe inside closed compounds ("Konzernchef", "Kinderarzt").
#: Other heads must have at least five letters, so "Apparat" is not a "Rat".
SHORT_HEADS = words(
    """Chef Chefin Boss Star Profi Coach Papst Fürst Prinz Graf Gräfin Zar Zarin Arzt Ärztin
    Koch Köchin Wirt Wirtin Fan Held Heldin Vize Sohn"""
)
#: Compounds whose head looks like a person noun but which name things.
NOT_PERSONS = words(
    """Lautsprecher Halbleiter Blitzableiter Wärmeleiter Stromleiter Energieträger Datenträger
    Kerzenhalter Handyhalter Flaschenhalter Empfänger Sender Rechner Taschenrechner Zähler
    Wecker Schalter Stecker Drucker Computer Container Anhänger Fernseher Dampfer Bagger
    Traktor Motor Faktor Sektor Reaktor Generator Indikator Monitor Katalysator Strecke"""
)
#: Legal forms written with a small first letter that close a company's name: "der Messe
#: gGmbH", "der Druckerei mbH", "der Winzer eG".
LOWERCASE_LEGAL_FORMS = words("gGmbH mbH eG gAG")
#: Person-noun endings for words the lexicon lacks: "Meteorologin", "Lobbyist", "Ingenieur",
#: "Statiker" (the "-iker" of a science or art: Statik, Akustik, Keramik).
FEMININE_ENDINGS = ("login", "istin", "eurin", "erin", "orin", "antin", "entin", "ärin", "atin")
MASCULINE_ENDINGS = {
    "loge": ("loge", "logen"),
    "ist": ("ist", "isten"),
    "eur": ("eur", "eure"),
    "iker": ("iker",),
}
NOT_PERSON_ENDINGS = words(
    "Glycerin Nitroglycerin Margarin Konstantin Valentin Florentin Klassiker Garant Konstant"
)
#: Last words of the names of licences, which are documents, neither organisations nor
#: persons: "GNU General Public License" (no person "Public License" after the role
#: "General"), "Creative-Commons-Lizenz".
LICENCE_ENDINGS = ("license", "licence", "lizenz")
#: Adjectives kept in a role because they change its meaning ("ehemaliger Präsident"): time
#: ("heutiger Nationaltrainer"), doubt ("mutmaßlicher Drogenboss"), a legal or political
#: status ("inhaftierter Umweltaktivist", "abgesetzter Präsident"), a kind of employment
#: ("freiberufliche Hebamme", "ehrenamtlicher Bürgermeister") and "parteiinterner
#: Rivale"; not a passing state ("die verletzte Stammtorhüterin") nor "neu".
QUALIFIERS = words(
    """ehemalig früher einstig damalig designiert amtierend stellvertretend kommissarisch
    scheidend künftig zukünftig geschäftsführend leitend deutsch bisherig pensioniert emeritiert
    vorläufig interimistisch mutmaßlich angeblich vermeintlich heutig jetzig derzeitig
    vormalig parteiintern inhaftiert verurteilt angeklagt festgenommen verhaftet abgesetzt
    gestürzt abgewählt suspendiert entmachtet entlassen zurückgetreten freiberuflich
    ehrenamtlich hauptamtlich nebenberuflich langjährig ältest gelernt studiert ausgebildet
    promoviert diplomiert examiniert approbiert habilitiert"""
)
#: "Deutsche", the one demonym declined as an adjective, which the role lexicon leaves out:
#: no organisation ends with it ("Schnellste Deutsche"), and an age before it reaches the
#: name after it ("der 57-jährige Deutsche A").
NOMINAL_DEMONYMS = words("Deutsche Deutscher Deutschen")
#: Capitalised adjectives of fixed titles: "Vorsitzende Richterin", "Regierender Bürgermeister",
#: "Ärztlicher Direktor", "Kaufmännische Geschäftsführerin", "Künstlerischer Leiter".
TITLE_ADJECTIVES = words(
    """vorsitzend leitend regierend erst zweit dritt ständig parlamentarisch geschäftsführend
    ärztlich kaufmännisch künstlerisch technisch wissenschaftlich medizinisch musikalisch"""
)
#: Role heads that often name companies ("der Autobauer Tesla", "der Onlinehändler Zalando").
#: Last words that make a name an organisation, not a person: "Nordkai Logistics",
#: "Robert Koch-Institut", "Sozialistischen Partei", and events named like them ("German
#: Open") (compared in lower case, also as the last part of a hyphenated word).
ORGANISATION_LAST_WORDS = words(
    """logistics photonics systems solutions technologies technology partners capital holding
    holdings group motors media pharma energy labs ventures consulting industries therapeutics
    robotics dynamics electronics networks software games foods airlines airways bank
    insurance brands studios records pictures entertainment communications analytics
    partei institut stiftung universität hochschule akademie gesellschaft klinik klinikum
    verband verein zentrum gmbh ag kg automotive aerospace chemicals biotech mobility services
    open masters theater oper orchester museum philharmonie logistik technik energie
    immobilien antriebe elektronik medical design
    steelworks ironworks works shipyards
    infotech infosystems telecom telekom rück versicherung versicherungen institute palace
    arena stadium"""
)
#: Of those, heads that name a firm and never a person: "der Küchenhersteller A" is the firm
#: that bears A's name (feminine forms too: "-herstellerin" is no person either).
FIRM_ONLY_HEADS = tuple(
    h + e
    for h in words(
        "hersteller versorger anbieter discounter zulieferer dienstleister versender lieferant"
    )
    for e in ("", "in")
)
COMPANY_HEADS = tuple(
    sorted(
        words(
            """bauer händler hersteller versorger anbieter betreiber geber versender lieferant
            zulieferer dienstleister entwickler produzent discounter vermieter investor halter
            träger veranstalter aktionär"""
        )
    )
)
#: Person nouns that are no roles but can be what "der 45-Jährige" refers to.
GENERIC_PERSONS = {
    "Mann": "m", "Frau": "f", "Junge": "m", "Mädchen": "f", "Kind": None, "Person": None,
    "Jugendliche": None, "Jugendlicher": "m", "Senior": "m", "Seniorin": "f",
}  # fmt: skip
#: Words of a role phrase's head that do not give a party ("AfD-Gegner" is no AfD member).
NOT_MEMBERS = words("Gegner Gegnerin Kritiker Kritikerin Wähler Wählerin Experte Expertin")

# --------------------------------------------------------------------------- parties

PARTIES: dict[str, str] = {
    "spd": "SPD", "cdu": "CDU", "csu": "CSU", "cdu/csu": "CDU/CSU", "fdp": "FDP", "afd": "AfD",
    "grüne": "Grüne", "grünen": "Grüne", "die grünen": "Grüne", "bündnis 90/die grünen": "Grüne",
    "b90/grüne": "Grüne", "bündnis 90/grüne": "Grüne", "linke": "Linke", "die linke": "Linke",
    "linkspartei": "Linke", "bsw": "BSW", "freie wähler": "Freie Wähler", "fw": "Freie Wähler",
    "ödp": "ÖDP", "piraten": "Piraten", "piratenpartei": "Piraten", "npd": "NPD", "volt": "Volt",
    "die partei": "Die PARTEI", "ssw": "SSW", "övp": "ÖVP", "spö": "SPÖ", "fpö": "FPÖ",
    "neos": "NEOS", "kpö": "KPÖ", "svp": "SVP", "sp": "SP", "glp": "GLP", "die mitte": "Die Mitte",
    "parteilos": "parteilos", "parteilose": "parteilos", "parteiloser": "parteilos",
    "demokraten": "Demokraten", "republikaner": "Republikaner", "tories": "Tories",
    "labour": "Labour", "tierschutzpartei": "Tierschutzpartei", "werteunion": "WerteUnion",
}  # fmt: skip
#: Compound prefixes that name a party: "SPD-Chef", "Grünen-Politikerin", "Linken-Chefin".
PARTY_PREFIXES: dict[str, str] = {
    "SPD": "SPD", "CDU": "CDU", "CSU": "CSU", "FDP": "FDP", "AfD": "AfD", "Grünen": "Grüne",
    "Grüne": "Grüne", "BSW": "BSW", "ÖVP": "ÖVP", "Linken": "Linke", "Linke": "Linke",
    "SPÖ": "SPÖ", "FPÖ": "FPÖ", "CDU/CSU": "CDU/CSU", "Unions": "CDU/CSU",
}  # fmt: skip


#: Abbreviations that open the name of a sports club ("SpVgg Greuther Fürth", "VfL Bochum").
CLUB_PREFIXES = words(
    "FC SV VfL VfB TSV SpVgg SC TSG SG BSC FSV SSV KSC HSV TuS TSC SSC ESV DJK MSV SGE"
)

#: Words that open the name of a (mostly Eastern European) sports club before a place or
#: a sponsor: "Dynamo Dresden", "Lokomotive Leipzig", "Spartak Moskau"; never first names.
CLUB_WORDS = words("Dynamo Dinamo Lokomotive Lokomotiv Spartak Torpedo Zenit")

#: Party prefixes that are also ordinary words of other countries' politics ("Linken-Führer
#: Mélenchon"): a party only before an office of German parliaments and party branches.
GENERIC_PARTY_PREFIXES = words("Linken Linke")
GERMAN_OFFICE_STARTS = (
    "Landes", "Bundes", "Kreis", "Stadt", "Fraktion", "Landtag", "Bundestag", "Abgeordnete",
    "Bezirk", "Ortsverband", "Parteichef", "Parteivorsitzende",
)  # fmt: skip


def party_of(text: str) -> str | None:
    """The party that ``text`` names ("Grünen" -> "Grüne", "SPD"), else None."""
    return PARTIES.get(text.strip().lower())


#: Agencies and picture services of photo credits, lowercase ("dpa", "picture alliance").
AGENCIES = frozenset(
    [
        "dpa afp ap reuters epa ddp kna epd sid getty getty images imago imago images",
        "    picture alliance picture-alliance action press actionpress photothek keystone xinhua",
        "    anadolu tass ria novosti sputnik str pool shutterstock istock istockphoto adobe stock",
        "    privat archiv stock dts zb ipon eibner unsplash pixabay wikimedia wikipedia afp/getty",
        "    ap photo reuters/pool upi abaca sipa ansa efe belga anp tt ntb yonhap kyodo kcna",
    ]
)
AGENCY_WORDS = frozenset(w for line in AGENCIES for w in line.split())

# --------------------------------------------------------------------------- lexicon files


def word_list(text: str) -> frozenset[str]:
    """The lines of a word list file, without comment lines."""
    lines = set(text.split("\n"))
    return frozenset(w for w in lines if w and w[0] != "#")


@functools.cache
def given_names() -> dict[str, str]:
    """First name -> usual gender ("m", "f" or "" when unknown or either)."""
    path = resources_dir() / "lexicon" / "given_names.tsv"
    text = path.read_text(encoding="utf-8")
    body = text[text.index("\n", text.rindex("\n#") + 1) + 1 :] if text.startswith("#") else text
    pairs = body.split()  # name, gender, name, gender, ...
    return {name: "" if g == "?" else g for name, g in zip(pairs[::2], pairs[1::2], strict=True)}


@functools.cache
def given_name_words() -> dict[str, str]:
    """First names that are ordinary words first ("Wolfram", "Till", "Hagen") -> gender."""
    path = resources_dir() / "lexicon" / "given_name_words.tsv"
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


@functools.cache
def places() -> frozenset[str]:
    """Geographic names (countries, regions, cities)."""
    path = resources_dir() / "lexicon" / "places.txt"
    return word_list(path.read_text(encoding="utf-8"))


@functools.cache
def nouns() -> frozenset[str]:
    """Ordinary German nouns of the dictionary."""
    path = resources_dir() / "lexicon" / "nouns.txt.gz"
    return word_list(gzip.decompress(path.read_bytes()).decode("utf-8"))


@functools.cache
def role_rows() -> tuple[tuple[str, str, str], ...]:
    """(kind, masculine, feminine) of every role noun; missing forms are ""."""
    path = resources_dir() / "lexicon" / "roles.tsv"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, masc, fem = [*line.split("\t"), "", ""][:3]
        rows.append((kind, masc, fem))
    return tuple(rows)


def warm_up() -> None:
    """Read every lexicon file now (each is read once per process)."""
    given_names()
    given_name_words()
    places()
    nouns()
    role_rows()


# --------------------------------------------------------------------------- membership


_INITIAL_PART = re.compile(r"[A-ZÄÖÜ]\.")


@word_cache(maxsize=200_000)
def is_given_name(word: str) -> bool:
    """ "Anna", "Wladimir", "Hans-Peter": a first name seen in German NER corpora."""
    names = given_names()
    if word in NEVER_NAMES:
        return False
    if word in names:
        return True
    if "-" in word:
        parts = word.split("-")
        if len(parts) != 2:
            return False
        if parts[0] in names and _INITIAL_PART.fullmatch(parts[1]):
            return True  # "Rolf-D.": a double first name with its second part abbreviated
        # "Till-Oliver": one part may be a first name that is also a word ("Till")
        return any(p in names for p in parts) and all(
            p in names or p in given_name_words() for p in parts
        )
    return False


#: Letters of Turkish, Polish and other Latin alphabets and the plain letter they are often
#: written as in German texts and name lists ("Ömer"/"Omer", "Ayşe"/"Ayse").
_PLAIN_LETTERS = str.maketrans("ÖöÜüŞşĞğıİÇçŁłŃńŚśŹźŻżĆćĘęĄą", "OoUuSsGgiICcLlNnSsZzZzCcEeAa")


def given_name_gender(word: str) -> str | None:
    """ "m" for "Holger", "f" for "Iris", None when unknown, unisex or no first name.
    A first name the lists lack in its own alphabet is looked up in plain letters:
    "Ömer" as "Omer"."""
    if not is_given_name(word):
        plain = word.translate(_PLAIN_LETTERS)
        if plain != word and word not in given_name_words() and is_given_name(plain):
            return given_name_gender(plain)
        return given_name_words().get(word) or None
    names = given_names()
    for part in word.split("-"):  # "Kai-Uwe": "Kai" is either, "Uwe" a man's name
        if names.get(part):
            return names[part]
    return None


def is_word_given_name(word: str) -> bool:
    """ "Wolfram", "Till", "Hagen": a first name that is an ordinary word first.

    Such a word names a person only before a surname or after a role noun.
    """
    return word in given_name_words()


@word_cache(maxsize=200_000)
def is_place(word: str) -> bool:
    """ "Berlin", "Russlands", "Leipziger": a geographic name, its genitive or its adjective."""
    known = places()
    if word in known or (word.endswith("s") and word[:-1] in known):
        return True
    return any(stem in known for stem in place_adjective_stems(word))


def place_adjective_stems(word: str, aner: bool = False) -> tuple[str, ...]:
    """The place names a word in "-er" may be the adjective (or inhabitant) of: "Kieler",
    "Bremer" -> Kiel, Brem(en); "Münchner", "Dresdner" -> München, Dresden (a place in
    "-en" drops it); with ``aner`` also "Hannoveraner", "Münsteraner" -> Hannover, Münster
    (the whole name before "-aner"; :func:`is_place` leaves those out). The one reading of
    a town's "-er" adjective: the lexicon's places, the people rules' gazetteer towns and
    the feminine "-erin" of the role nouns all go by it."""
    if not word.endswith("er"):
        return ()
    stem = word[:-2]
    plain = (stem, stem + "en", stem[:-1] + "en")
    return (*plain, word[:-4]) if aner and word.endswith("aner") else plain


@word_cache(maxsize=200_000)
def is_common_noun(word: str) -> bool:
    """An ordinary noun of the dictionary, also in genitive or dative plural form.

    Hyphenated compounds are judged by their last part ("Raketen-Tests").
    """
    known = nouns()
    if "-" in word:
        last = word.rsplit("-", 1)[1]
        if not last[:1].isupper():
            return False
        word = last
    if word in known:
        return True
    for ending in ("s", "es", "n", "en"):
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3 or stem not in known:
            continue
        if ending == "n" and not stem.endswith(("e", "el", "er")):
            continue  # "Waffen" is "Waffe" + n, "Macron" is no "Macro" + n
        return True
    return False


#: Kinds of named place: a place's name before one of these heads names one place
#: ("Harzkreis", "Rhein-Herne-Kanal"); read by the cards, the compound glosses and the noun
#: table (kept here, in the lexicon, so that the dictionary does not load the morphology).
NAMED_PLACE_KINDS = frozenset(
    {"Kreis", "Landkreis", "Bezirk", "Tal", "Gebirge", "Kanal", "Tunnel", "Klinik",
     "Klinikum", "Halle", "Stadion", "Arena", "Liga", "Bahn", "Talbahn", "Talbrücke"}
)  # fmt: skip
