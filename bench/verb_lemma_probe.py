"""Made-up sentences of risky and right shapes for separable-verb lemmas, "gelassen" and
the dative "sich" (session 37 review of sep37): prints each card's lemma against the
right one and the count. Run from a worktree root: ``PYTHONPATH=$PWD python -m
bench.verb_lemma_probe``."""

from __future__ import annotations

import functools

from app.analysis import analyze
from app.dictionary import WordInfo, open_dictionary
from app.reading.cards import WordCard, WordDescriber
from app.reading.lookups import InfoCache
from app.reading.textmodel import ReaderIndex


def _lookup(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
    return open_dictionary().lookup(word, lemma=lemma, pos=pos, morph=morph, frame=frame)


@functools.cache
def _cards(text: str) -> tuple[WordCard, ...]:
    index = ReaderIndex.build(analyze(text))
    describer = WordDescriber(index, InfoCache(_lookup))
    return tuple(describer.card(i) for i in index.words)


#: (sentence, word, the right lemma)
CASES = [
    # (sentence, word, right lemma)
    ("Es tut mir leid, sagte sie.", "tut", "leidtun"),
    ("Der Mannschaft kam ihre Erfahrung zugute.", "kam", "zugutekommen"),
    ("Er hatte das Amt zehn Jahre inne.", "hatte", "innehaben"),
    ("Dem Land steht ein harter Winter bevor.", "steht", "bevorstehen"),
    ("Die Unterlagen kamen im Umzug abhanden.", "kamen", "abhandenkommen"),
    ("Der Regen machte alle Pläne zunichte.", "machte", "zunichtemachen"),
    ("Sie legte das Buch beiseite.", "legte", "beiseitelegen"),
    ("Er nahm das Ergebnis vorweg.", "nahm", "vorwegnehmen"),
    ("Sie ließ den Antrag nicht zu (siehe unten).", "ließ", "zulassen"),
    ("Der Minister wies, wie schon im Mai, auf die Risiken hin.", "wies", "hinweisen"),
    ("Der Arzt deutete auf eine Infektion hin.", "deutete", "hindeuten"),
    # risky: clause-final word is a verb form of another verb
    ("Wir wollen ihn morgen kennen.", "wollen", "wollen"),
    ("Er ging, bevor sie kam.", "ging", "gehen"),
    ("Sie aß noch schnell, bevor der Zug fuhr.", "aß", "essen"),
    ("Sie lachte laut, bevor sie ging.", "lachte", "lachen"),
    ("Die Wahl stand kurz bevor.", "stand", "bevorstehen"),
    ("Der Zug stand lange still.", "stand", "stillstehen"),
    ("Sie lernten sich in Berlin kennen.", "lernten", "kennenlernen"),
    ("Wir kennen ihn gut.", "kennen", "kennen"),
    ("Er wollte nichts vorweg sagen.", "wollte", "wollen"),
    ("Vorweg: Das Ergebnis ist gut.", "ist", "sein"),
    ("Er stellte den Koffer beiseite und ging.", "stellte", "beiseitestellen"),
    ("Sie trat einen Schritt beiseite.", "trat", "beiseitetreten"),
    ("Sie sprach, die Akten beiseite, über das Wetter.", "sprach", "sprechen"),
    ("Er hat ihn gehen lassen.", "lassen", "lassen"),
    ("Er hat das Auto stehen lassen.", "lassen", "lassen"),
    ("Der Hund wurde im Auto gelassen.", "gelassen", "lassen"),
    ("Der Hund wurde allein gelassen.", "gelassen", "lassen"),
    ("Sie fühlten sich allein gelassen.", "gelassen", "lassen"),
    ("Die Kinder wurden lange allein gelassen.", "gelassen", "lassen"),
    ("Sie haben, so der Sprecher, den Hund gelassen.", "gelassen", "lassen"),
    ("Er ließ ihn gehen, nachdem er ihn lange in Ruhe gelassen hatte.", "gelassen", "lassen"),
    ("Er reagierte gelassen.", "gelassen", "gelassen"),
    ("Die Anleger blieben gelassen.", "gelassen", "gelassen"),
    ("Sie sah dem Urteil gelassen entgegen.", "gelassen", "gelassen"),
    ("Der Ball wurde gekonnt verwandelt.", "gekonnt", "gekonnt"),
    ("Das wirkte gewollt.", "gewollt", "gewollt"),
    ("Das hat er nicht gewollt.", "gewollt", "wollen"),
    ("Sie hätten das nie gewollt, sagte er.", "gewollt", "wollen"),
    ("Die Frage wurde offen gelassen.", "gelassen", "lassen"),
    ("Die Demonstranten ließen sich nicht beirren und blieben gelassen.", "gelassen", "gelassen"),
    # dative sich
    ("Er hat sich die Hand gebrochen.", "gebrochen", "brechen"),
    ("Sie setzte sich auf den Stuhl.", "setzte", "sich setzen"),
    ("Er setzte sich das Ziel, zu gewinnen.", "setzte", "setzen"),
    ("Die Partei hat sich gestern den Fragen gestellt.", "gestellt", "sich stellen"),
    ("Sie stellte sich den Journalisten.", "stellte", "sich stellen"),
    ("Er kaufte sich ein neues Auto.", "kaufte", "kaufen"),
    # participles from tables
    ("Die Daten wurden gebündelt.", "gebündelt", "bündeln"),
    ("Es wird angenommen, dass er kommt.", "angenommen", "annehmen"),
    ("Die Vorschläge wurden zusammengefasst.", "zusammengefasst", "zusammenfassen"),
    ("Er hat das Haus verlassen.", "verlassen", "verlassen"),
    ("Die Stadt ist menschenleer und verlassen.", "verlassen", "verlassen"),
    ("Er hat sich auf sie verlassen.", "verlassen", "sich verlassen"),
    ("Die Firma hat Stellen abgebaut.", "abgebaut", "abbauen"),
    # auf + article + hin
    ("Er wies auf den Fehler hin.", "wies", "hinweisen"),
    ("Sie handelte auf einen Hinweis hin.", "handelte", "handeln"),
    ("Die Polizei ermittelte auf eine Anzeige hin.", "ermittelte", "ermitteln"),
    ("Er kam auf die Einladung hin.", "kam", "kommen"),
    ("Die Ergebnisse deuten auf einen Trend hin.", "deuten", "hindeuten"),
    ("Die Gruppe hat sich zu dem Anschlag bekannt.", "hat", "haben"),
    ("Die Gruppe hat sich zu dem Anschlag bekannt.", "bekannt", "sich bekennen"),
    ("Die Behörde gab die Zahlen bekannt.", "gab", "bekanntgeben"),
    ("Der Tod ging ihr sehr nahe.", "ging", "nahegehen"),
    ("Das spiegelt die Lage wider.", "spiegelt", "widerspiegeln"),
    ("Er kam mit der Lage nicht zurecht.", "kam", "zurechtkommen"),
    ("Er wird sie bald kennen.", "wird", "werden"),
    ("Das steht uns noch bevor.", "steht", "bevorstehen"),
    ("Er wusste nicht, wo sein Auto stand.", "stand", "stehen"),
    ("Sie hielt dem Druck stand.", "hielt", "standhalten"),
    ("Die Anleger, die viel verloren haben, reagierten gelassen.", "gelassen", "gelassen"),
    ("Man hat gesagt, er reagiere gelassen.", "gelassen", "gelassen"),
    ("Er sagt, man habe ihn gelassen.", "gelassen", "lassen"),
    ("Sie haben, wie erwartet, nichts unversucht gelassen.", "gelassen", "lassen"),
    ("Die Fans nahmen es gelassen.", "gelassen", "gelassen"),
    (
        "Er ließ sich Zeit, wie er es immer gehalten hat, und blieb gelassen.",
        "gelassen",
        "gelassen",
    ),
    ("Sie verwandelte den Elfmeter gekonnt.", "gekonnt", "gekonnt"),
    ("Das war gewollt, sagte er.", "gewollt", "gewollt"),
    ("Er stellte sich den Fragen der Journalisten.", "stellte", "sich stellen"),
    ("Sie hat sich den Fuß verletzt.", "verletzt", "verletzen"),
    ("Er nahm sich vor, mehr zu lesen.", "nahm", "sich vornehmen"),
    ("Wir haben uns die Sache genau angesehen.", "angesehen", "sich ansehen"),
    ("Er wartete ab, bevor er handelte.", "wartete", "abwarten"),
    ("Sie ging, bevor er kam.", "kam", "kommen"),
    # insertions after the verb
    ("Er sagte, Spaß beiseite, das sei ernst.", "sagte", "sagen"),
    ("Sie hielt inne.", "hielt", "innehalten"),
    ("Er schwieg, die Hände in den Taschen, und wartete ab.", "wartete", "abwarten"),
    ("Er schwieg, die Hände in den Taschen, und ging weg.", "schwieg", "schweigen"),
    ("Sie lachte, den Kopf leicht zur Seite, und sah weg.", "lachte", "lachen"),
    ("Der Präsident wies, so ein Sprecher, alle Vorwürfe zurück.", "wies", "zurückweisen"),
    ("Der Präsident sprach, nachdem er angekommen war, vor.", "sprach", "vorsprechen"),
    ("Der Präsident sprach lange, der Saal hörte zu.", "sprach", "sprechen"),
    ("Er nahm, wie angekündigt, an der Sitzung teil.", "nahm", "teilnehmen"),
    ("Er lief vorweg.", "lief", "vorweglaufen"),
    ("Sie trat, ohne zu zögern, zurück.", "trat", "zurücktreten"),
]


def main() -> None:
    right = 0
    for sentence, word, want in CASES:
        got = next((c.lemma for c in _cards(sentence) if c.word == word), "<no card>")
        right += got == want
        mark = "OK " if got == want else "BAD"
        print(f"{mark} {word:16} got={got!r:22} want={want!r:22} | {sentence}")
    print(f"right {right} wrong {len(CASES) - right}")


if __name__ == "__main__":
    main()
