"""rev_roles37: an object role ("Ministerin B besuchte die Patientin") given to the one
person of its gender named in the sentence before only when something ties the two (the
class the person is known by, a possessive, a stage of life fitting the stated age): made-up
sentence pairs where the object is a third person (nothing given) and where it is the one
named before (given). A role stem is checked, so "Zeuge"/"Zeugen" both count."""

from __future__ import annotations

import pytest

from tests.people.support import by_name

_THIRD_PERSON = [
    (
        "Die 52-jährige Anna Roth leitet die Klinik seit 2010. Ministerin Eva Kern besuchte "
        "die Patientin am Montag.",
        ["Anna Roth", "Eva Kern"],
        "Anna Roth",
        "Patienti",
    ),
    (
        "Der Anwalt Max Huber, 45, vertritt die Familie. Richter Paul Sinn befragte den Zeugen.",
        ["Max Huber", "Paul Sinn"],
        "Max Huber",
        "Zeug",
    ),
    (
        "Der 29-jährige Tom Berg alarmierte die Feuerwehr. Bürgermeister Olaf Brandt dankte "
        "dem Feuerwehrmann.",
        ["Tom Berg", "Olaf Brandt"],
        "Tom Berg",
        "Feuerwehrman",
    ),
    (
        "Der 61-jährige Landrat Max Huber eröffnete die Messe. Ministerin Eva Roth "
        "kritisierte den Bürgermeister.",
        ["Max Huber", "Eva Roth"],
        "Max Huber",
        "Bürgermeiste",
    ),
    (
        "Die 40-jährige Sängerin Mia Lorenz trat in Wien auf. Moderatorin Eva Roth "
        "interviewte die Schauspielerin.",
        ["Mia Lorenz", "Eva Roth"],
        "Mia Lorenz",
        "Schauspieleri",
    ),
    (
        "Der 70-jährige Künstler Hans Weber stellt in Köln aus. Direktor Paul Sinn begrüßte "
        "den Minister.",
        ["Hans Weber", "Paul Sinn"],
        "Hans Weber",
        "Ministe",
    ),
    (
        "Die 35-jährige Ärztin Jana Roth operierte sechs Stunden. Chefarzt Kurt Sell lobte "
        "die Krankenschwester.",
        ["Jana Roth", "Kurt Sell"],
        "Jana Roth",
        "Krankenschweste",
    ),
    (
        "Der 23-jährige Torwart Tim Rau hielt zwei Elfmeter. Trainer Kurt Sell lobte den Stürmer.",
        ["Tim Rau", "Kurt Sell"],
        "Tim Rau",
        "Stürme",
    ),
    (
        "Die 48-jährige Lehrerin Anna Roth unterrichtet seit 20 Jahren. Schulleiterin Eva "
        "Kern verwarnte die Schülerin.",
        ["Anna Roth", "Eva Kern"],
        "Anna Roth",
        "Schüleri",
    ),
    (
        "Der 55-jährige Max Huber ist Vorsitzender des Vereins. Kanzler Udo Brehm empfing den "
        "Präsidenten.",
        ["Max Huber", "Udo Brehm"],
        "Max Huber",
        "Präsiden",
    ),
    (
        "Der 44-jährige Polizist Jan Ott sicherte die Unfallstelle. Notarzt Paul Sinn "
        "versorgte den Fahrer.",
        ["Jan Ott", "Paul Sinn"],
        "Jan Ott",
        "Fahre",
    ),
    (
        "Die 41-jährige Anna Roth sitzt in Haft. Staatsanwältin Eva Kern habe die Zeugin "
        "befragt, hieß es.",
        ["Anna Roth", "Eva Kern"],
        "Anna Roth",
        "Zeugi",
    ),
    (
        "Die 50-jährige Bürgermeisterin Ute Falk steht unter Druck. Warum entließ Landrätin "
        "Eva Kern die Kämmerin?",
        ["Ute Falk", "Eva Kern"],
        "Ute Falk",
        "Kämmeri",
    ),
    (
        "Der 62-jährige Richter Paul Sinn leitete den Prozess. Staatsanwältin Eva Kern "
        "befragte den Zeugen.",
        ["Paul Sinn", "Eva Kern"],
        "Paul Sinn",
        "Zeug",
    ),
    (
        "Die 39-jährige Journalistin Lea Wolf recherchierte monatelang. Ministerin Eva Kern "
        "entließ die Staatssekretärin.",
        ["Lea Wolf", "Eva Kern"],
        "Lea Wolf",
        "Staatssekretäri",
    ),
    (
        "Der 27-jährige Max Huber wurde Zweiter. Trainer Kurt Sell gratulierte dem Sieger.",
        ["Max Huber", "Kurt Sell"],
        "Max Huber",
        "Siege",
    ),
    (
        "Der 47-jährige Polizeisprecher Jan Ott informierte die Presse. Innenministerin Eva "
        "Kern lobte den Ermittler.",
        ["Jan Ott", "Eva Kern"],
        "Jan Ott",
        "Ermittle",
    ),
    (
        "Die 31-jährige Anna Roth sah den Unfall. Polizistin Eva Kern befragte die Fahrerin.",
        ["Anna Roth", "Eva Kern"],
        "Anna Roth",
        "Fahreri",
    ),
    (
        "Der 66-jährige Rentner Max Huber fand die Tasche. Polizist Jan Ott suchte den Besitzer.",
        ["Max Huber", "Jan Ott"],
        "Max Huber",
        "Besitze",
    ),
    (
        "Die 19-jährige Studentin Mia Lorenz gewann den Preis. Professorin Eva Kern betreut "
        "die Doktorandin.",
        ["Mia Lorenz", "Eva Kern"],
        "Mia Lorenz",
        "Doktorandi",
    ),
    (
        "Anna Roth sprach auf dem Parteitag. Kanzlerin Eva Kern lobte die Ministerin.",
        ["Anna Roth", "Eva Kern"],
        "Anna Roth",
        "Ministeri",
    ),
    (
        "Max Huber kam 2019 nach Bonn. Landrat Olaf Brandt kritisierte den Bürgermeister.",
        ["Max Huber", "Olaf Brandt"],
        "Max Huber",
        "Bürgermeiste",
    ),
    (
        "Der Landwirt Max Huber klagt gegen die Stadt. Richter Paul Sinn befragte den Gutachter.",
        ["Max Huber", "Paul Sinn"],
        "Max Huber",
        "Gutachte",
    ),
    (
        "Die 45-jährige Anna Roth führt das Hotel. Touristin Eva Kern lobte die Köchin.",
        ["Anna Roth", "Eva Kern"],
        "Anna Roth",
        "Köchi",
    ),
    (
        "Der 38-jährige Tom Berg spielt Klavier. Dirigent Paul Sinn lobte den Geiger.",
        ["Tom Berg", "Paul Sinn"],
        "Tom Berg",
        "Geige",
    ),
    (
        "Die 61-jährige Ministerin Anna Roth trat zurück. Kanzler Udo Brehm ernannte die "
        "Nachfolgerin.",
        ["Anna Roth", "Udo Brehm"],
        "Anna Roth",
        "Nachfolgeri",
    ),
    (
        "Der 58-jährige Max Huber wohnt seit 30 Jahren in Olpe. Bürgermeisterin Ute Falk "
        "empfing den Botschafter.",
        ["Max Huber", "Ute Falk"],
        "Max Huber",
        "Botschafte",
    ),
    (
        "Die Bauern protestierten in Berlin. Die 54-jährige Landwirtin Anna Roth führte den "
        "Zug an. Ministerin Eva Kern traf die Verbandspräsidentin.",
        ["Anna Roth", "Eva Kern"],
        "Anna Roth",
        "Verbandspräsidenti",
    ),
    (
        "Der 36-jährige Jan Ott filmte die Szene. Kommissar Paul Sinn verhörte den Verdächtigen.",
        ["Jan Ott", "Paul Sinn"],
        "Jan Ott",
        "Verdächtige",
    ),
    (
        "Die 72-jährige Erna Lutz lebt allein. Pflegerin Eva Kern besucht die Nachbarin täglich.",
        ["Erna Lutz", "Eva Kern"],
        "Erna Lutz",
        "Nachbari",
    ),
    (
        "Der 49-jährige Max Huber verlor seinen Job. Gewerkschafterin Eva Kern kritisierte "
        "den Arbeitgeber.",
        ["Max Huber", "Eva Kern"],
        "Max Huber",
        "Arbeitgebe",
    ),
    (
        "Der 33-jährige Stürmer Tim Rau fehlte verletzt. Trainer Kurt Sell lobte den Ersatzmann.",
        ["Tim Rau", "Kurt Sell"],
        "Tim Rau",
        "Ersatzman",
    ),
    (
        "Die 57-jährige Unternehmerin Eva Kern baut ein Werk in Halle. Ministerpräsident Udo "
        "Brehm lobte die Investorin und die Gewerkschaft.",
        ["Eva Kern", "Udo Brehm"],
        "Eva Kern",
        "Investori",
    ),
    (
        "Die 44-jährige Anna Roth ist Mutter von drei Kindern. Hat Bürgermeisterin Ute Falk "
        "die Lehrerin angerufen?",
        ["Anna Roth", "Ute Falk"],
        "Anna Roth",
        "Lehreri",
    ),
    (
        "Der 51-jährige Paul Sinn kandidiert für den Landtag. Parteichefin Eva Kern nannte "
        "den Ministerpräsidenten einen Versager.",
        ["Paul Sinn", "Eva Kern"],
        "Paul Sinn",
        "Ministerpräsiden",
    ),
    (
        "Der 42-jährige Jan Ott wurde am Montag geehrt. Ministerin Eva Kern lobte den "
        "Lebensretter.",
        ["Jan Ott", "Eva Kern"],
        "Jan Ott",
        "Lebensrette",
    ),
]

#: Right readings the rule now leaves out: an agent noun of what the sentence before told
#: ("den Retter", "den Finder", "dem Spender"), a role of a person known by no role ("die
#: Sprinterin"), a party of a trial ("dem Angeklagten"), a passive or a prepositional object.
_LEFT_OUT = [
    (
        "Der 34-jährige Jan Ott gestand die Tat. Richter Paul Sinn hielt dem Angeklagten sein "
        "Geständnis zugute.",
        ["Jan Ott", "Paul Sinn"],
        "Jan Ott",
        "Angeklagte",
    ),
    (
        "Der 52-jährige Unternehmer Max Huber spendete 10.000 Euro. Bürgermeister Olaf Brandt "
        "dankte dem Spender.",
        ["Max Huber", "Olaf Brandt"],
        "Max Huber",
        "Spende",
    ),
    (
        "Der 19-jährige Stürmer Tim Rau traf dreimal. Trainer Kurt Sell lobte den Torschützen.",
        ["Tim Rau", "Kurt Sell"],
        "Tim Rau",
        "Torschütz",
    ),
    (
        "Der 30-jährige Max Huber zog den Jungen aus dem See. Polizeisprecher Jan Ott lobte "
        "den Retter.",
        ["Max Huber", "Jan Ott"],
        "Max Huber",
        "Rette",
    ),
    (
        "Die 83-jährige Erna Lutz übergab dem Betrüger 5000 Euro. Polizistin Eva Kern warnte "
        "die Rentnerin vor weiteren Anrufen.",
        ["Erna Lutz", "Eva Kern"],
        "Erna Lutz",
        "Rentneri",
    ),
    (
        "Die 22-jährige Lena Berg holte Gold. Bundestrainer Kurt Sell lobte die Sprinterin.",
        ["Lena Berg", "Kurt Sell"],
        "Lena Berg",
        "Sprinteri",
    ),
    (
        "Der 44-jährige Jan Ott stand vor Gericht. Verteidiger Paul Sinn nannte den "
        "Angeklagten reumütig.",
        ["Jan Ott", "Paul Sinn"],
        "Jan Ott",
        "Angeklagte",
    ),
    (
        "Die 81-jährige Erna Lutz wurde bestohlen. Nachbar Jan Ott half der Seniorin.",
        ["Erna Lutz", "Jan Ott"],
        "Erna Lutz",
        "Seniori",
    ),
    (
        "Der 24-jährige Student Tom Berg fand einen Goldschatz. Archäologin Eva Kern lobte "
        "den Finder.",
        ["Tom Berg", "Eva Kern"],
        "Tom Berg",
        "Finde",
    ),
]

_THE_ONE_NAMED_BEFORE = [
    (
        "Ein Nachbar, der 61 Jahre alte Rudolf Kemmer, rettete eine Frau. Bürgermeisterin "
        "Gisela Ahrens lobte den Rentner.",
        ["Rudolf Kemmer", "Gisela Ahrens"],
        "Rudolf Kemmer",
        "Rentne",
    ),
    (
        "Die 17-jährige Mira Solberg gewann Silber. Trainerin Ute Falk lobte die Schülerin.",
        ["Mira Solberg", "Ute Falk"],
        "Mira Solberg",
        "Schüleri",
    ),
    (
        "Die 28-jährige Kellnerin Lisa Hahn fand das Portemonnaie. Chef Olaf Brandt lobte "
        "seine Mitarbeiterin.",
        ["Lisa Hahn", "Olaf Brandt"],
        "Lisa Hahn",
        "Mitarbeiteri",
    ),
    (
        "Der 71-jährige Altbürgermeister Egon Pfister feiert Geburtstag. Bürgermeister Olaf "
        "Brandt würdigte seinen Vorgänger.",
        ["Egon Pfister", "Olaf Brandt"],
        "Egon Pfister",
        "Vorgänge",
    ),
    (
        "Die 45-jährige Abgeordnete Anna Roth wechselt die Partei. Fraktionschef Kurt Sell "
        "kritisierte die Abgeordnete.",
        ["Anna Roth", "Kurt Sell"],
        "Anna Roth",
        "Abgeordnet",
    ),
    (
        "Die 36-jährige Malerin Anna Roth stellt in Bonn aus. Galeristin Eva Kern nennt die "
        "Künstlerin eine Entdeckung.",
        ["Anna Roth", "Eva Kern"],
        "Anna Roth",
        "Künstleri",
    ),
    (
        "Die 27-jährige Anna Roth arbeitet in der Klinik. Klinikchef Kurt Sell lobte seine "
        "Mitarbeiterin.",
        ["Anna Roth", "Kurt Sell"],
        "Anna Roth",
        "Mitarbeiteri",
    ),
    (
        "Der 65-jährige Max Huber geht in Rente. Firmenchefin Eva Kern dankte ihrem Mitarbeiter.",
        ["Max Huber", "Eva Kern"],
        "Max Huber",
        "Mitarbeite",
    ),
]


@pytest.mark.parametrize(("text", "per", "name", "stem"), _THIRD_PERSON)
def test_an_object_of_a_third_person_is_not_given(
    text: str, per: list[str], name: str, stem: str
) -> None:
    assert not any(stem in r for r in by_name(text, per=per)[name].roles)


@pytest.mark.parametrize(("text", "per", "name", "stem"), _THE_ONE_NAMED_BEFORE)
def test_a_tied_object_role_is_given(text: str, per: list[str], name: str, stem: str) -> None:
    assert any(stem in r for r in by_name(text, per=per)[name].roles)


@pytest.mark.xfail(strict=True, reason="nothing but the gender ties the role to the person")
@pytest.mark.parametrize(("text", "per", "name", "stem"), _LEFT_OUT)
def test_right_readings_left_out(text: str, per: list[str], name: str, stem: str) -> None:
    assert any(stem in r for r in by_name(text, per=per)[name].roles)


def test_an_official_is_a_member_of_the_police() -> None:
    text = (
        "Kommissarin Jana Roth (34) stellte den Dieb in ihrer Freizeit. Polizeichef Kurt Sell "
        "will die Beamtin auszeichnen."
    )
    assert "Beamtin" in by_name(text, per=["Jana Roth", "Kurt Sell"])["Jana Roth"].roles


@pytest.mark.parametrize(
    ("text", "per", "name", "stem", "given"),
    [
        ("Der 23-jährige Stürmer Tim Rau traf doppelt. Trainer Kurt Sell lobte seinen Torwart.",
         ["Tim Rau", "Kurt Sell"], "Tim Rau", "Torwart", False),
        ("Der 52-jährige Max Huber ist neuer Finanzchef. Ministerin Eva Kern lobte ihren "
         "Staatssekretär.", ["Max Huber", "Eva Kern"], "Max Huber", "Staatssekretär", False),
        ("Die 35-jährige Ärztin Jana Roth behandelte das Kind. Vater Kurt Sell dankte seiner "
         "Anwältin.", ["Jana Roth", "Kurt Sell"], "Jana Roth", "Anwältin", False),
        ("Der 66-jährige Max Huber fand den Hund. Polizist Jan Ott suchte seinen Besitzer.",
         ["Max Huber", "Jan Ott"], "Max Huber", "Besitzer", False),
        ("Der 58-jährige Max Huber führte die Firma 20 Jahre lang. Geschäftsführer Jan Ott "
         "lobte seinen Vorgänger.", ["Max Huber", "Jan Ott"], "Max Huber", "Vorgänger", True),
        ("Die 44-jährige Jana Roth arbeitet seit 1999 im Markt. Marktleiter Olaf Brandt dankte "
         "seiner Mitarbeiterin.", ["Jana Roth", "Olaf Brandt"], "Jana Roth", "Mitarbeiterin",
         True),
        ("Die 16-jährige Mia Lorenz gewann den Preis. Lehrerin Eva Kern lobte ihre Schülerin.",
         ["Mia Lorenz", "Eva Kern"], "Mia Lorenz", "Schülerin", True),
    ],
)  # fmt: skip
def test_a_possessive_ties_only_a_relation_at_work(
    text: str, per: list[str], name: str, stem: str, given: bool
) -> None:
    assert any(stem in r for r in by_name(text, per=per)[name].roles) is given
