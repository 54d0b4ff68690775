"""Words that frame quotes in German news: verbs of saying and thinking, source phrases,
title nouns, and the forms of the Konjunktiv I.

Plain word lists and pure functions of one token's text, lemma, part of speech and
morphology. No spaCy, no Qt, no knowledge of any particular article.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.lexicon.words import KONJUNKTIV_ONE


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Lemmas of verbs that introduce what someone said or wrote ("sagte", "teilte … mit").
SAY_VERBS = _words(
    """sagen erklären betonen meinen warnen ergänzen hinzufügen berichten mitteilen äußern
    behaupten bestätigen dementieren bekräftigen versichern unterstreichen hervorheben
    kritisieren fordern mahnen appellieren einräumen zugeben gestehen erläutern schreiben
    twittern posten antworten entgegnen erwidern kontern widersprechen fragen rufen schimpfen
    klagen beklagen ankündigen verkünden bekanntgeben ausführen zitieren beteuern vorwerfen
    darlegen erzählen kommentieren urteilen anmerken bemerken feststellen klarstellen
    festhalten einwenden argumentieren begründen resümieren bilanzieren prognostizieren
    vorhersagen raten empfehlen drohen versprechen zusichern angeben melden verlauten
    sprechen nennen bezeichnen loben bemängeln monieren beanstanden anprangern bekunden
    mutmaßen spekulieren insistieren beharren bestreiten leugnen zurückweisen unterstellen
    informieren präzisieren erinnern hinweisen schildern beschreiben verraten berichten
    ankündigen verlangen beschwören zusammenfassen vorrechnen beklagen jubeln seufzen
    scherzen flüstern ausrichten wiederholen bilanzieren folgern einschätzen bewerten
    richten beschwichtigen dazwischenrufen zurufen nachfragen zurückfragen nachlegen anfügen
    einwerfen konstatieren aufrufen ausrufen abwiegeln nachschieben zurückgeben relativieren
    entgegenhalten vorhalten beipflichten zustimmen bejahen verneinen berichtigen korrigieren
    lästern spotten höhnen polemisieren bekennen offenbaren kundtun wettern poltern
    vorschlagen bitten auffordern anbieten zusagen ablehnen anregen plädieren werben"""
)

#: Lemmas of verbs of thinking, believing and fearing: they report a view when a
#: clause follows ("Die Forscher vermuten, dass …").
THINK_VERBS = _words(
    """glauben denken meinen finden hoffen befürchten fürchten erwarten annehmen vermuten
    schätzen bezweifeln zweifeln rechnen ausgehen überzeugen wissen sehen
    halten bedauern begrüßen"""
)

#: Verbs that are speech verbs only with a quoted object or a clause, never with a plain
#: noun object ("sprach von einem „Tag der Ausreden“", but "sprach mit Journalisten").
OBJECT_SAY_VERBS = _words("sprechen nennen bezeichnen warnen loben kritisieren fordern")

#: Stance adjectives of "ist sich sicher", "zeigte sich überzeugt" (a reporting frame).
STANCE_ADJECTIVES = _words(
    """sicher überzeugt zuversichtlich optimistisch skeptisch gewiss enttäuscht besorgt
    erleichtert zufrieden empört entsetzt überrascht froh stolz"""
)

#: Nouns of "nach Angaben des …", "nach Informationen von …": the source follows.
SOURCE_NOUNS = _words(
    """Angaben Angabe Informationen Aussage Aussagen Darstellung Einschätzung Einschätzungen
    Ansicht Auffassung Meinung Schätzung Schätzungen Berechnungen Erkenntnissen Worten
    Auskunft Mitteilung Erkenntnis Überzeugung Beobachtungen Recherchen Ermittlungen
    Berichten Bericht Zählung Zählungen Daten Prognose Prognosen Umfrage"""
)

#: Nouns before a quoted name that make it a title or a name, not a quote
#: ("die Zeitung „Le Monde“", "der Roman „Die Blechtrommel“").
TITLE_NOUNS = _words(
    """Zeitung Zeitschrift Magazin Blatt Sender Sendung Format Programm Kanal Podcast Blog
    Portal Nachrichtenportal Agentur Nachrichtenagentur Buch Roman Film Serie Titel Album
    Lied Song Stück Theaterstück Oper Musical Gedicht Werk Ausstellung Show Talkshow
    Motto Slogan Kampagne Aktion Operation Projekt Initiative Bündnis Verein Partei Plattform
    Gesetz Verordnung Studie Bericht Report Dokument Papier Strategie Konzept Plan Spiel
    Mission Festival Marke Firma Unternehmen Schiff Restaurant Bar Hotel Band Gruppe Rubrik
    Kolumne Artikel Beitrag Wort Begriff Stichwort Name Spitzname Schlagwort Unwort Hashtag
    Untertitel Überschrift Schlagzeile Losung Devise"""
)

#: "sogenannte" and friends: what follows in quotation marks is a term, not a quote.
SO_CALLED = _words(
    "sogenannte sogenannten sogenannter sogenanntes sogenanntem sog. so-genannte genannte"
    " genannten genannter genanntes titelte betitelte Titel"
)

#: Nouns of documents that carry a statement: "hieß es in einer Erklärung des Ministeriums".
DOCUMENT_NOUNS = _words(
    """Erklärung Mitteilung Pressemitteilung Stellungnahme Schreiben Statement Bericht Brief
    Interview Antwort Presseerklärung Mail E-Mail Post Beitrag Rede Ansprache Botschaft
    Videobotschaft Bilanz Analyse Studie Papier Gutachten Internetseite Webseite Website
    Homepage Seite Account Kanal Konto Profil Blog Umfrage Auswertung Untersuchung Prognose
    Mitteilung Stellungnahme Veröffentlichung Pressekonferenz Sendung Zeitung"""
)

#: Adverbs and particles that may stand between a speech verb and its subject
#: ("sagte dazu der Minister", "erklärte aber auch Müller").
SKIPPABLE = _words(
    """auch dazu dabei weiter zudem noch bereits jedoch aber dann nun außerdem ebenfalls
    zuletzt später kürzlich damals gestern heute vorher zuvor daraufhin darauf anschließend
    schließlich demnach sinngemäß wörtlich ausdrücklich erneut abschließend selbst sogar
    ferner indes indessen allerdings hingegen dagegen stattdessen inzwischen mittlerweile
    einst wiederum offenbar offensichtlich vielmehr ebenso gleichwohl nämlich also sich
    etwa bislang bisher jetzt nochmals ebenfalls lediglich nur"""
)

#: Openers of a continuation after a colon: "Und weiter: „…“", "Andererseits: „…“".
CONTINUATION_WORDS = _words(
    """und weiter ferner außerdem zudem andererseits einerseits auch dann später zuletzt
    schließlich ebenso sowie dazu darüber hinaus aber jedoch"""
)

#: Formulas with "sei" that are not reported speech.
_SEI_FORMULAS = (("es", "sei", "denn"), ("gott", "sei", "dank"), ("sei", "es"))

#: Konjunktiv II forms that stand for a Konjunktiv I identical to the indicative
#: ("sie würden", "sie hätten") in reported speech.
KONJUNKTIV_TWO = _words(
    """würde würden wäre wären hätte hätten könnte könnten müsste müssten dürfte dürften
    käme kämen ginge gingen gäbe gäben stünden stünde läge lägen wüsste wüssten bräuchten
    bräuchte"""
)

#: First- and second-person pronouns: "ich habe" is indicative, not reported speech.
_FIRST_PERSON = _words("ich Ich wir Wir")


#: Verbs whose finite forms the tagger may miss but that frame reported words.
_FRAME_VERBS = SAY_VERBS | THINK_VERBS | _words("heißen sein haben werden zeigen geben")


def looks_finite(word: str, lemma: str) -> bool:
    """A finite form of a verb of saying (or "sein", "haben", …) by its letters alone,
    for tokens the tagger calls an adverb or a noun ("rief", "gebe")."""
    if lemma not in _FRAME_VERBS or not word.islower() or lemma.startswith(word):
        return False  # "mit" of "teilte … mit" is the particle
    if word.startswith("ge") and word.endswith(("t", "en")) and not lemma.startswith("ge"):
        return False  # a participle: "gesagt", "gegeben"
    return not word.endswith(("end", "zu"))


def is_say_verb(lemma: str) -> bool:
    return lemma in SAY_VERBS


def is_think_verb(lemma: str) -> bool:
    return lemma in THINK_VERBS


def is_report_verb(lemma: str) -> bool:
    """A verb of saying or thinking."""
    return lemma in SAY_VERBS or lemma in THINK_VERBS


def konjunktiv_one(word: str, lemma: str, pos: str, morph: str) -> bool:
    """True when a verb form is a Konjunktiv I that differs from the indicative.

    The third person singular of every verb but "sein" is the infinitive stem plus
    "-e" ("habe", "könne", "gebe", "ändere", "handle"); "sei" and "seien" are always
    Konjunktiv I. The first person singular looks the same, so the caller checks for
    "ich" (:func:`first_person_near`). The tagger's ``Mood`` and ``Person`` are not
    trusted for these forms: it often calls them indicative or first person.
    """
    low = word.lower()
    if pos not in ("VERB", "AUX") and not (word.islower() and lemma.islower() and lemma != low):
        return False
    if lemma == "sein" or low.startswith("sei"):
        return low.startswith("sei") and low in KONJUNKTIV_ONE
    if "VerbForm=Inf" in morph or "VerbForm=Part" in morph:
        return False  # (the tagger's Person=1 is often wrong: callers look for "ich")
    if "Number=Plur" in morph and low.endswith("en"):
        return False  # plural Konjunktiv I equals the indicative
    if not low.endswith("e") or not lemma.islower() or len(low) < 3:
        return False
    base = low[:-1]  # "sag", "änder", "handl"; "teil" of a split "teile … mit"
    forms = [base + "en", base + "n"]
    if base.endswith("l"):
        forms.append(base[:-1] + "eln")
    return any(lemma.endswith(form) for form in forms)


def konjunktiv_two(word: str, morph: str) -> bool:
    """A Konjunktiv II form that reported speech uses in place of the Konjunktiv I
    ("würden", "hätten", "stünden"); not "sollten" or "wollten", which look like the
    indicative past."""
    low = word.lower()
    if low in KONJUNKTIV_TWO:
        return True
    return "Mood=Sub" in morph and "Tense=Past" in morph and any(ch in low for ch in "äöü")


def sei_formula(words: Sequence[str], i: int) -> bool:
    """True when the "sei" at ``i`` is part of "es sei denn", "Gott sei Dank", "sei es"."""
    low = [w.lower() for w in words[max(0, i - 1) : i + 2]]
    offset = 1 if i > 0 else 0
    for formula in _SEI_FORMULAS:
        k = formula.index("sei")
        piece = low[offset - k : offset - k + len(formula)] if offset - k >= 0 else []
        if tuple(piece) == formula:
            return True
    return False


def first_person_near(words: Sequence[str], i: int) -> bool:
    """ "ich" or "wir" directly before or after the verb at ``i``."""
    return any(0 <= j < len(words) and words[j] in _FIRST_PERSON for j in (i - 1, i + 1))
