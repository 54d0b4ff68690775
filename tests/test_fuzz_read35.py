"""Session 35 (read35): the constructions this session's rules read, cut anywhere and
joined in any order, never raise, at a text's ends above all (a rule that looks one or two
words ahead or back: "Nacht für", "Vor- und", "wird A 90", "i Serra", "zur", "des
Bodensees", "(†84)"). Every word of the analysis gets a card; the analysis keeps its
invariants (:mod:`tests.test_fuzz`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis import analyze
from app.reading.cards import WordDescriber
from app.reading.lookups import InfoCache
from app.reading.textmodel import ReaderIndex
from tests.reading.test_cards_gloss26 import _lookup
from tests.test_analysis import check_invariants
from tests.test_fuzz import check_people

#: Pieces of the session's constructions; each may end or open the text.
PIECES = [
    "Nacht für Nacht", "Nacht für", "für Nacht", "Vor- und", "Vor- und Nachsorge", "Wohn-",
    "und", "Am Samstag wird", "wird Anna Berg 90", "wird Anna Berg 90.", "Er ist 89 Jahre alt,",
    "sie 86.", "sie", "Er", "ist neun Jahre alt", "die neunjährige", "Montserrat Puigdevall i",
    "i Serra", "Carmen Calvo y", "y Poyato", "Harold Pickett Sr.", "Sr.", "jun.", "Berg sen.",
    "zur", "zur Welt", "kamen zur", "mit ihrem Mann", "ihren Mann stehen", "meiner", "Frau",
    "des Bodensees", "des", "Bodensees", "(†84)", "(Foto, 33)", "(61/CDU)", "(†)", "(/)",
    "Trotz ihrer 90 Jahre", "Mit seinen 40 Jahren im Amt", "Harzkreis", "Elbtunnel",
    "Rhein-Sieg-Kreis", "Werner-Aßmann-Halle", "-Kreis", "Kreis-", "Bad Salzungen", "Bad",
    "im Bad", "Staatsanwaltschaft Essen", "Sankt", "St.", "Die Bamberger Symphoniker",
    "Kölner Dom", "ein Wiener Philharmoniker", "indischen Kerala", "Paulskirche", "Kirche",
    "Otto-von-Guericke-Straße", "-von-", "weder in Kiel noch", "noch", "um fast ein Viertel",
    "mehr als", "als", "Der 57-jährige Deutsche", "Die 57-Jährige, früher Biologin am Institut,",
    "früher", "den Prozess gegen einen", "gegen einen", "Jan Ohms Sohn ist zehn Jahre alt",
    "Sein Anwalt kündigte an", "ist unter anderem Mitglied", "nach wie vor", "je höheren",
    "je", "desto", "und leere Kassen", "leere", "nimmt es gelassen", "gelassen", "ausgenutzt",
    "hat angefangen und bereut", "und bereut", "Windparkprojektierer Jan Möller", ",", ".",
    ";", ":", "„", "“", "\n\n", "Anna Berg", "die Ministerin", "Minister", "Die Ministerin",
]  # fmt: skip

TEXTS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_session_35_constructions_never_raise(text: str) -> None:
    analysis = analyze(text)
    check_invariants(text, analysis)
    check_people(analysis)
    index = ReaderIndex.build(analysis)
    describer = WordDescriber(index, InfoCache(_lookup))
    for i in index.words:
        describer.card(i)
