"""News conventions of ``leselupe_org_place_rules`` (:mod:`app.nlp.components.org_place_news`).

Each test gives the rules a fixed NER output (see :mod:`.org_place_support`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.components.org_place_support import load_bundled, rules_on


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_bundled()


def test_dateline_place_before_an_agency_or_a_dash(nlp: Any) -> None:
    text = "Santiago de Chile (AFP) - Nach schweren Bränden rief die Regierung den Notstand aus."
    got = rules_on(nlp, text, [("Santiago de Chile", "ORG"), ("AFP", "ORG")])
    assert got == {("Santiago de Chile", "LOC"), ("AFP", "ORG")}
    text = "Wernigerode - Seit 40 Jahren repariert Veit Sonnenschein Uhren."
    got = rules_on(nlp, text, [("Wernigerode - Seit 40", "LOC")])
    assert ("Wernigerode", "LOC") in got
    assert ("Wernigerode - Seit 40", "LOC") not in got
    # a dateline at the start of a later line counts too
    got = rules_on(nlp, "Erster Absatz.\nKitzbühel (APA) - Der Norweger gewann.", [])
    assert ("Kitzbühel", "LOC") in got


def test_no_dateline_without_dash_inside_a_text_or_for_common_words(nlp: Any) -> None:
    got = rules_on(nlp, "Fazit - das Konzept geht auf.", [])
    assert got == set()
    got = rules_on(nlp, "Er sagte: Jena (dpa) - so stand es da.", [("dpa", "ORG")])
    assert ("Jena", "LOC") not in got
    got = rules_on(nlp, "Jena ist eine Stadt in Thüringen.", [("Jena", "ORG")])
    assert ("Jena", "LOC") not in got
    # an agency line is no place
    got = rules_on(nlp, "AP - vor 37 Minuten meldete die Agentur den Anschlag.", [("AP", "ORG")])
    assert got == {("AP", "ORG")}


def test_town_and_the_lake_or_river_it_lies_at(nlp: Any) -> None:
    text = "Sie ist Bürgermeisterin von Wasserburg am Bodensee und wohnt in Halle an der Saale."
    got = rules_on(nlp, text, [("Wasserburg", "LOC"), ("Bodensee", "LOC"), ("Halle", "LOC")])
    assert {("Wasserburg am Bodensee", "LOC"), ("Halle an der Saale", "LOC")} <= got


def test_no_place_link_for_countries_days_streets_and_buildings(nlp: Any) -> None:
    text = "Urlaub in Italien am Gardasee, Treffen in Berlin am Montag und in Köln am Dom."
    ents = [("Italien", "LOC"), ("Gardasee", "LOC"), ("Berlin", "LOC"), ("Köln", "LOC")]
    got = rules_on(nlp, text, ents)
    assert {("Italien", "LOC"), ("Berlin", "LOC"), ("Köln", "LOC")} <= got
    assert not any(" am " in t for t, _l in got)
    got = rules_on(nlp, "Demo in Berlin am Alexanderplatz.", [("Berlin", "LOC")])
    assert got == {("Berlin", "LOC"), ("Alexanderplatz", "LOC")}


def test_place_kind_noun_is_no_part_of_the_name(nlp: Any) -> None:
    text = "Er war Parteichef der Provinz Quảng Ninh und lebt in der Stadt Jena."
    got = rules_on(nlp, text, [("Provinz Quảng Ninh", "ORG"), ("Stadt Jena", "LOC")])
    assert got == {("Quảng Ninh", "LOC"), ("Jena", "LOC")}
    # "Landkreis" is part of the name in the news gold; a common noun after "Stadt" stays
    got = rules_on(nlp, "Der Landkreis Cloppenburg zahlt.", [("Landkreis Cloppenburg", "LOC")])
    assert got == {("Landkreis Cloppenburg", "LOC")}


def test_genitive_of_a_district_kind_is_no_part_of_the_name(nlp: Any) -> None:
    text = "Der Bürgermeister des Bezirks Lindenau und der Gouverneur des Bundesstaates Ohio."
    got = rules_on(nlp, text, [("Bezirks Lindenau", "LOC"), ("Bundesstaates Ohio", "LOC")])
    assert got == {("Lindenau", "LOC"), ("Ohio", "LOC")}
    text = "Die Kliniken des Landkreises Oberhavel schließen."
    assert rules_on(nlp, text, [("Landkreises Oberhavel", "LOC")]) == {("Oberhavel", "LOC")}
    got = rules_on(nlp, "Auf der Hallig Süderoog lebt eine Familie.", [("Hallig Süderoog", "ORG")])
    assert got == {("Süderoog", "LOC")}
    # the nominative "Landkreis" stays part of the name (news gold)
    got = rules_on(nlp, "Im Landkreis Oberhavel regnet es.", [("Landkreis Oberhavel", "LOC")])
    assert got == {("Landkreis Oberhavel", "LOC")}


def test_lone_district_kind_gives_the_place_to_the_name_after_it(nlp: Any) -> None:
    text = "Die Schulen des Landkreises Nordwest-Uckermark bleiben zu."
    got = rules_on(nlp, text, [("Landkreises", "LOC")])
    assert got == {("Nordwest-Uckermark", "LOC")}
    # not before a common noun or a run of capitalised words
    text = "Die Schulen des Kreises Sport und Kultur bleiben zu."
    assert rules_on(nlp, text, [("Kreises", "LOC")]) == {("Kreises", "LOC")}
    text = "Die Schulen des Bezirks Altona Nord bleiben zu."
    assert ("Altona", "LOC") not in rules_on(nlp, text, [("Bezirks", "LOC")])


def test_chambers_leagues_and_nominal_demonyms_are_no_names(nlp: Any) -> None:
    text = "Die Richterin der 2. Großen Strafkammer kam aus der zweiten italienischen Liga."
    got = rules_on(nlp, text, [("2. Großen Strafkammer", "ORG"), ("italienischen Liga", "ORG")])
    assert got == set()
    got = rules_on(nlp, "Schnellste Deutsche war die Ärztin.", [("Schnellste Deutsche", "ORG")])
    assert got == set()
    # names with an ordinal or a "Deutsche" stay
    text = "Der 1. FC Köln und die Deutsche Bank spielten."
    got = rules_on(nlp, text, [("1. FC Köln", "ORG"), ("Deutsche Bank", "ORG")])
    assert got == {("1. FC Köln", "ORG"), ("Deutsche Bank", "ORG")}


def test_genitive_place_before_nouns_or_a_role_and_a_name(nlp: Any) -> None:
    got = rules_on(nlp, "Vietnams Parlament hat gewählt.", [("Vietnams Parlament", "ORG")])
    assert got == {("Vietnams", "LOC")}
    text = "Saudi-Arabiens Investitionsminister Turki sprach."
    got = rules_on(nlp, text, [("Saudi-Arabiens Investitionsminister Turki", "ORG")])
    assert got == {("Saudi-Arabiens", "LOC"), ("Turki", "PER")}
    # a name after the genitive (no role) stays as it is
    got = rules_on(nlp, "Russlands Gazprom Neft lieferte.", [("Russlands Gazprom Neft", "ORG")])
    assert got == {("Russlands Gazprom Neft", "ORG")}


def test_news_rules_can_be_switched_off(nlp: Any) -> None:
    got = rules_on(nlp, "Lindau - Hannelore Freiberg kandidiert.", [], news=False)
    assert ("Lindau", "LOC") not in got


def test_mayor_of_a_town_is_a_role_and_a_place(nlp: Any) -> None:
    text = "Er war bis 2021 Bürgermeister von Zwolle, sie Bürgermeisterin von Oberursel."
    got = rules_on(
        nlp, text, [("Bürgermeister von Zwolle", "PER"), ("Bürgermeisterin von Oberursel", "PER")]
    )
    assert got == {("Zwolle", "LOC"), ("Oberursel", "LOC")}
    # a nobility title with an unknown name stays a person
    got = rules_on(nlp, "Der Graf von Galen predigte.", [("Graf von Galen", "PER")])
    assert got == {("Graf von Galen", "PER")}
    # a bishop's see, an organisation to the model
    text = "Der Bischof von Fulda, Clemens Wollenhaupt, predigte."
    got = rules_on(nlp, text, [("Bischof von Fulda", "ORG"), ("Clemens Wollenhaupt", "PER")])
    assert got == {("Fulda", "LOC"), ("Clemens Wollenhaupt", "PER")}


def test_dateline_guards_titles_chains_and_words_before_the_place(nlp: Any) -> None:
    # a title and a person before a dash, a chain of dashes (a road, a district name)
    got = rules_on(nlp, "New York Life – Endlich im Leben!", [])
    assert ("New York Life", "LOC") not in got
    got = rules_on(nlp, "Helon Habila – Öl auf Wasser.", [("Helon Habila", "PER")])
    assert got == {("Helon Habila", "PER")}
    got = rules_on(nlp, "Main - Tauber - Kreis: Vorsicht vor Anrufern!", [])
    assert ("Main", "LOC") not in got
    # a word before a listed place in front of the agency is no part of the dateline
    text = "Twittern Bangalore (Reuters) - Der Hersteller baut Stellen ab."
    got = rules_on(nlp, text, [("Reuters", "ORG")])
    assert ("Bangalore", "LOC") in got


def test_company_kind_noun_before_a_name(nlp: Any) -> None:
    text = "Der Elektronikkonzern Shirakawa Denki und die Privatbank Hürlimann & Cie sparen."
    ents = [("Shirakawa Denki", "PER"), ("Privatbank Hürlimann & Cie", "ORG")]
    got = rules_on(nlp, text, ents)
    assert got == {("Shirakawa Denki", "ORG"), ("Hürlimann & Cie", "ORG")}
    # a compound with a name, a legal form, a kind alone and a role stay as they are
    text = "Die Holsten-Brauerei AG, die Bank Austria und Bankdirektor Max Huber."
    ents = [("Holsten-Brauerei AG", "ORG"), ("Bank Austria", "ORG"), ("Max Huber", "PER")]
    got = rules_on(nlp, text, ents)
    assert got == set(ents)


def test_authority_kind_after_lowercase_adjectives(nlp: Any) -> None:
    text = "Die indische Raumfahrtbehörde Isro und die Hamburger Umweltbehörde prüfen."
    ents = [("indische Raumfahrtbehörde Isro", "ORG"), ("Hamburger Umweltbehörde", "ORG")]
    got = rules_on(nlp, text, ents)
    assert got == {("Isro", "ORG"), ("Hamburger Umweltbehörde", "ORG")}
    # the kind alone ("Behörde") opens no cut
    got = rules_on(nlp, "Die zuständige Behörde Hamburg prüft.", [("Behörde Hamburg", "ORG")])
    assert got == {("Behörde Hamburg", "ORG")}


def test_prizes_benefits_roles_and_town_parts_are_no_names(nlp: Any) -> None:
    text = (
        "Sie stand auf der Longlist des Deutschen Buchpreises, erhielt den Nobelpreis und "
        "kritisierte die Reform des Bürgergelds."
    )
    ents = [("Deutschen Buchpreises", "ORG"), ("Nobelpreis", "LOC"), ("Bürgergelds", "ORG")]
    assert rules_on(nlp, text, ents) == set()
    text = "Sie wurde zur neuen Europäischen Bürgerbeauftragten gewählt."
    assert rules_on(nlp, text, [("Europäischen Bürgerbeauftragten", "ORG")]) == set()
    text = "Er eröffnete eine Tischlerei in der Herforder Altstadt."
    assert rules_on(nlp, text, [("Herforder Altstadt", "ORG")]) == set()
    # listed names, a place's own organisations and a person stay
    text = "Die Freien Demokraten, die Kölner Verkehrsbetriebe und Karl Preis widersprachen."
    ents = [("Freien Demokraten", "ORG"), ("Kölner Verkehrsbetriebe", "ORG"), ("Karl Preis", "PER")]
    assert rules_on(nlp, text, ents) == set(ents)
    text = "Die Deutsche Rentenversicherung und die Stiftung Warentest prüfen."
    ents = [("Deutsche Rentenversicherung", "ORG"), ("Stiftung Warentest", "ORG")]
    assert rules_on(nlp, text, ents) == set(ents)


def test_no_dateline_before_a_result(nlp: Any) -> None:
    """'Bayern - Dortmund 2:1': two teams and a score, not a place and a story."""
    got = rules_on(nlp, "Bayern - Dortmund 2:1 (1:0).", [])
    assert ("Bayern", "LOC") not in got
    got = rules_on(nlp, "Frankfurt - Der Stadtrat hat 2:1 abgestimmt.", [])
    assert ("Frankfurt", "LOC") in got


def test_town_administration_before_von_and_a_place(nlp: Any) -> None:
    text = "Er berichtete über die Stadtverwaltung von Bursa."
    assert rules_on(nlp, text, [("Bursa", "PER")]) == {("Bursa", "LOC")}
    # a known surname stays a person; another noun before "von" changes nothing
    text = "Der Stadtrat von Weizsäcker sprach mit dem Freund von Bursa."
    got = rules_on(nlp, text, [("Weizsäcker", "PER"), ("Bursa", "PER")])
    assert got == {("Weizsäcker", "PER"), ("Bursa", "PER")}


def test_party_names_in_a_role_plural_stay(nlp: Any) -> None:
    text = "Bei den Freien Wählern und den Christlichen Patrioten fehlten viele."
    ents = [("Freien Wählern", "ORG"), ("Christlichen Patrioten", "ORG")]
    assert rules_on(nlp, text, ents) == set(ents)


def test_company_kind_after_a_place_adjective_is_no_part_of_the_name(nlp: Any) -> None:
    text = "Das Berliner Start-up Tangwerk sammelt Geld ein."
    got = rules_on(nlp, text, [("Berliner Start-up Tangwerk", "ORG")])
    assert got == {("Tangwerk", "ORG")}
    text = "Die Chefin des Kölner Softwarehauses Bytequell sagte das."
    got = rules_on(nlp, text, [("Kölner Softwarehauses Bytequell", "ORG")])
    assert got == {("Bytequell", "ORG")}
    text = "Der Düsseldorfer Versorger Rheinstrom erhöht die Preise."
    got = rules_on(nlp, text, [("Düsseldorfer Versorger Rheinstrom", "ORG")])
    assert got == {("Rheinstrom", "ORG")}


def test_company_kind_that_opens_a_name_or_a_plain_noun_after_it(nlp: Any) -> None:
    # a bank's kind alone opens names ("Münchner Bank"); a known noun after the kind
    text = "Die Münchner Bank Nord zahlt Zinsen."
    got = rules_on(nlp, text, [("Münchner Bank Nord", "ORG")])
    assert got == {("Münchner Bank Nord", "ORG")}
    text = "Der Düsseldorfer Versorger Strom liefert."
    got = rules_on(nlp, text, [("Düsseldorfer Versorger Strom", "ORG")])
    assert ("Strom", "ORG") not in got


def test_person_tag_before_an_agency_dateline_is_the_place(nlp: Any) -> None:
    got = rules_on(nlp, "Abu Simbel (AFP) - Der Minister reiste ab.", [("Abu Simbel", "PER")])
    assert ("Abu Simbel", "LOC") in got


def test_unknown_word_after_a_company_kind_is_the_company(nlp: Any) -> None:
    text = "Der Gemüsekonzern Brandhaven übernimmt den Hof. Ein Sprecher von Brandhaven schwieg."
    got = rules_on(nlp, text, [("Brandhaven", "LOC")])
    assert got == {("Brandhaven", "ORG")} and len(got) == 1
    text = "Das Münchner Start-up Quellgrid und der US-Konzern Velmora stritten."
    got = rules_on(nlp, text, [])
    assert got == {("Quellgrid", "ORG"), ("Velmora", "ORG")}


def test_no_company_after_a_kind_for_places_words_names_or_longer_names(nlp: Any) -> None:
    # a listed place, a dictionary noun, a first name, a name of several words
    text = "Der Versicherungskonzern Hamburg wuchs, des Herstellers Gründer starb."
    assert rules_on(nlp, text, [("Hamburg", "LOC")]) == {("Hamburg", "LOC")}
    assert rules_on(nlp, "Der Gemüsekonzern Jonas wuchs.", []) == set()
    assert rules_on(nlp, "Der Gemüsekonzern Brandhaven Quell wuchs.", []) == set()
    # a bare kind without an adjective before it, a hyphenated compound with a name
    assert rules_on(nlp, "Ein Start-up Quellgrid gibt es nicht.", []) == set()
    assert rules_on(nlp, "Die Holsten-Brauerei Quellbräu schließt.", []) == set()


def test_town_genitive_before_a_team_role_is_the_club(nlp: Any) -> None:
    text = (
        "Der SC Freiburg schlug den VfB Stuttgart 2:1. Stuttgarts Trainer Jan Olbrecht"
        " haderte, Freiburgs Kapitän Timo Wendling jubelte."
    )
    ents = [
        ("SC Freiburg", "ORG"),
        ("VfB Stuttgart", "ORG"),
        ("Stuttgarts", "LOC"),
        ("Jan Olbrecht", "PER"),
        ("Freiburgs Kapitän", "PER"),
        ("Timo Wendling", "PER"),
    ]
    got = rules_on(nlp, text, ents)
    assert {("Stuttgarts", "ORG"), ("Freiburgs", "ORG")} <= got
    assert ("Stuttgarts", "LOC") not in got


def test_town_genitive_stays_a_place_without_a_club_or_a_team_role(nlp: Any) -> None:
    # no club of the town in the text (GermEval: "Erfurts Trainer" is a place there)
    text = "Der SC Paderborn gewann. Erfurts Trainer Jan Olbrecht haderte."
    got = rules_on(nlp, text, [("SC Paderborn", "ORG"), ("Erfurts", "LOC")])
    assert ("Erfurts", "LOC") in got
    # a role of the town, a country
    text = "Der VfB Stuttgart gewann. Stuttgarts Oberbürgermeister Jan Olbrecht gratulierte."
    got = rules_on(nlp, text, [("VfB Stuttgart", "ORG"), ("Stuttgarts", "LOC")])
    assert ("Stuttgarts", "LOC") in got
    text = "Der FC Deutschland spielte. Deutschlands Trainer Jan Olbrecht sprach."
    got = rules_on(nlp, text, [("FC Deutschland", "ORG"), ("Deutschlands", "LOC")])
    assert ("Deutschlands", "LOC") in got


def test_town_in_parentheses_after_a_player_is_the_club(nlp: Any) -> None:
    text = "Nominiert sind Verteidiger Jan Olbrecht (Freiburg) und Torwart Timo Wendling (Bremen)."
    ents = [("Jan Olbrecht", "PER"), ("Freiburg", "LOC"), ("Timo Wendling", "PER")]
    got = rules_on(nlp, text, ents)
    assert {("Freiburg", "ORG"), ("Bremen", "ORG")} <= got
    # no team role before the person: a place of origin
    text = "Die Künstlerin Anna Quellbach (Freiburg) stellt aus, Jan Olbrecht (Bremen) auch."
    ents = [("Anna Quellbach", "PER"), ("Freiburg", "LOC"), ("Jan Olbrecht", "PER")]
    got = rules_on(nlp, text, [*ents, ("Bremen", "LOC")])
    assert {("Freiburg", "LOC"), ("Bremen", "LOC")} <= got


def test_lone_kind_noun_or_institution_head_is_no_name(nlp: Any) -> None:
    text = "Der Landrat überreichte ihr die Medaille des Kreises."
    assert rules_on(nlp, text, [("Kreises", "LOC")]) == set()
    text = "Beim Lauf durch die Hansestadt siegte eine Kenianerin."
    assert rules_on(nlp, text, [("Hansestadt", "ORG")]) == set()
    text = "Helfer von Feuerwehr, THW und Polizei waren im Einsatz."
    assert rules_on(nlp, text, [("Feuerwehr", "ORG"), ("THW", "ORG")]) == {("THW", "ORG")}
    text = "Der Pfarrer leitet das Schulamt des Bistums."
    assert rules_on(nlp, text, [("Bistums", "LOC")]) == set()
    # the local savings bank alone is a name
    text = "Der Bau wurde von der Sparkasse bezahlt."
    assert rules_on(nlp, text, [("Sparkasse", "ORG")]) == {("Sparkasse", "ORG")}
    # with a name after it, the head stays for the other rules
    text = "Die Hansestadt Stralsund wächst."
    got = rules_on(nlp, text, [("Hansestadt Stralsund", "LOC")])
    assert got == {("Hansestadt Stralsund", "LOC")}


def test_dateline_of_a_listed_place_that_looks_like_a_compound_noun(nlp: Any) -> None:
    text = "Göppingen - Beim Brand einer Scheune entstand hoher Schaden."
    assert ("Göppingen", "LOC") in rules_on(nlp, text, [])
    # a common noun before the dash stays no place, with or without an agency
    assert rules_on(nlp, "Fazit (dpa) - Das war nichts.", [("dpa", "ORG")]) == {("dpa", "ORG")}
    assert rules_on(nlp, "Fazit - das war nichts.", []) == set()


def test_association_kind_before_an_unknown_name(nlp: Any) -> None:
    text = "Kritik kam vom Verbraucherverband Tavolis."
    assert rules_on(nlp, text, [("Tavolis", "LOC")]) == {("Tavolis", "ORG")}
    text = "Die Chefin des Mieterverbands MfR, Ute Kranz, warnte."
    got = rules_on(nlp, text, [("Ute Kranz", "PER")])
    assert got == {("MfR", "ORG"), ("Ute Kranz", "PER")}
    text = "Widerstand kam vom Bauernverband Ardovo-Brentis."
    got = rules_on(nlp, text, [("Ardovo-Brentis", "LOC")])
    assert got == {("Ardovo-Brentis", "ORG")}
    # a listed place, a person or "Verband" alone keep what they were
    text = "Der Landesverband Hessen tagt, der Sportverband Müller klagt."
    got = rules_on(nlp, text, [("Hessen", "LOC"), ("Müller", "PER")])
    assert got == {("Hessen", "LOC"), ("Müller", "PER")}
    text = "Der Verband Tavolis klagt."
    assert ("Tavolis", "ORG") not in rules_on(nlp, text, [("Tavolis", "LOC")])


def test_club_town_after_fuer_and_a_scoring_verb(nlp: Any) -> None:
    text = (
        "Der SV Elversberg hat gegen den VfL Osnabrück 2:1 gewonnen. Für Osnabrück traf Jo Mertz."
    )
    ents = [("SV Elversberg", "ORG"), ("VfL Osnabrück", "ORG"), ("Jo Mertz", "PER")]
    assert ("Osnabrück", "ORG") in rules_on(nlp, text, ents)
    # no verb of scoring after the town: a place
    text = "Für Osnabrück stimmte der Rat. Der VfL Osnabrück verlor."
    got = rules_on(nlp, text, [("Osnabrück", "LOC"), ("VfL Osnabrück", "ORG")])
    assert got == {("Osnabrück", "LOC"), ("VfL Osnabrück", "ORG")}
    # no club of the town in the text: the town stays a place
    text = "Für Osnabrück traf die Stadt eine Entscheidung."
    assert rules_on(nlp, text, [("Osnabrück", "LOC")]) == {("Osnabrück", "LOC")}


def test_town_genitive_before_a_team_role_after_a_numbered_club(nlp: Any) -> None:
    text = "Schalke 04 hat verloren. Schalkes Trainer Udo Brenk war enttäuscht."
    got = rules_on(nlp, text, [("Schalke 04", "ORG"), ("Udo Brenk", "PER")])
    assert ("Schalkes", "ORG") in got


def test_bare_company_kind_after_a_determiner(nlp: Any) -> None:
    text = "Die beiden haben für ihr Start-up Velmora 9 Millionen Euro gesammelt."
    assert rules_on(nlp, text, []) == {("Velmora", "ORG")}
    text = "Das Start-up Velmora wächst, im Beirat von Velmora sitzt Ina Holt."
    got = rules_on(nlp, text, [("Ina Holt", "PER")])
    assert got == {("Velmora", "ORG"), ("Ina Holt", "PER")}
    # a listed place or a dictionary word after the kind stays what it was
    text = "Der Versorger Hamburg zahlt, das Start-up Zukunft auch."
    assert rules_on(nlp, text, [("Hamburg", "LOC")]) == {("Hamburg", "LOC")}


def test_local_firm_compound_before_a_town(nlp: Any) -> None:
    text = "Das Bier der Klosterbrauerei Wendelingen schmeckt."
    assert rules_on(nlp, text, []) == {("Klosterbrauerei Wendelingen", "ORG")}
    # a brand (an -er word) after a firm's kind is the name alone
    text = "Die Großbrauerei Tannhofer zahlt mehr."
    assert rules_on(nlp, text, []) == {("Tannhofer", "ORG")}
