"""roles37: a role of a person named before, stated as the object of somebody named in the
next sentence ("Bürgermeisterin B dankte dem Rentner", "seiner Mitarbeiterin"), on made-up
sentences with near misses (reported speech, a prepositional object, a plural, two people
of the gender, a party of the trial, an office of somebody the story only quotes)."""

from __future__ import annotations

import pytest

from tests.people.support import by_name


@pytest.mark.parametrize(
    ("text", "per", "name", "role"),
    [
        ("Ein Passant, der 58 Jahre alte Rudolf Kemmer, zog das Kind aus dem Wasser. "
         "Bürgermeisterin Gisela Ahrens dankte dem Rentner.",
         ["Rudolf Kemmer", "Gisela Ahrens"], "Rudolf Kemmer", "Rentner"),
        ("Die 17 Jahre alte Mira Solberg wurde Vierte. Trainerin Ute Falk lobte die "
         "Schülerin.", ["Mira Solberg", "Ute Falk"], "Mira Solberg", "Schülerin"),
        # the sentence right before names nobody of the gender: one more back
        ("Die Verkäuferin Jana Roth, 44, stellte den Dieb. Der Mann floh. Marktleiter Olaf "
         "Brandt dankte seiner Mitarbeiterin.", ["Jana Roth", "Olaf Brandt"], "Jana Roth",
         "Mitarbeiterin"),
        # a counterpart of the possessor, for somebody the story is about (an age)
        ("Der frühere Landrat Egon Pfister (66) soll Präsident des Verbands werden. "
         "Landrat Olaf Brandt lobte seinen Vorgänger als Kämpfer.",
         ["Egon Pfister", "Olaf Brandt"], "Egon Pfister", "Vorgänger"),
    ],
)  # fmt: skip
def test_an_object_role_speaks_of_the_one_named_before(
    text: str, per: list[str], name: str, role: str
) -> None:
    assert role in by_name(text, per=per)[name].roles


@pytest.mark.parametrize(
    ("text", "per", "name", "not_role"),
    [
        # reported speech: the driver is somebody new
        ("Zeuge Anton Riegel, 61, rief die Polizei. Polizeisprecher Kurt Sell sagte, man "
         "habe den Fahrer gefasst.", ["Anton Riegel", "Kurt Sell"], "Anton Riegel",
         "Fahrer"),
        # a prepositional object
        ("Der 52-jährige Trainer Jens Ober lobte die Jugend. Kapitän Tim Rau haderte mit "
         "dem Schiedsrichter.", ["Jens Ober", "Tim Rau"], "Jens Ober", "Schiedsrichter"),
        # a plural dative
        ("Der Landwirt Max Huber, 61, half beim Löschen. Bürgermeisterin Gisela Ahrens "
         "dankte den Helfern.", ["Max Huber", "Gisela Ahrens"], "Max Huber", "Helfer"),
        # two men named before
        ("Max Huber und Paul Sinn retteten das Kind. Bürgermeisterin Gisela Ahrens dankte "
         "dem Rentner.", ["Max Huber", "Paul Sinn", "Gisela Ahrens"], "Max Huber",
         "Rentner"),
        # a party of the trial is not the accused
        ("Der Landwirt Max Huber, 61, trat als Nebenkläger auf. Richter Paul Sinn hielt dem "
         "Angeklagten sein Geständnis zugute.", ["Max Huber", "Paul Sinn"], "Max Huber",
         "Angeklagter"),
        # another office of somebody whose age the story does not state
        ("Oppositionsführer Max Huber kritisierte den Plan. Fraktionschefin Ute Falk warf "
         "dem Kanzler vor, untätig zu sein.", ["Max Huber", "Ute Falk"], "Max Huber",
         "Kanzler"),
        # the subject pronoun is the one named before
        ("Kanzler Udo Brehm reiste nach Paris. Dort traf er mit Ministerin Eva Roth den "
         "Präsidenten.", ["Udo Brehm", "Eva Roth"], "Udo Brehm", "Präsident"),
        # coordinated with the one named, not their object
        ("Der 61-jährige Landwirt Max Huber fand das Kalb. Das Bündnis zwischen "
         "Bürgermeisterin Gisela Ahrens (52) und dem Rentner hält.",
         ["Max Huber", "Gisela Ahrens"], "Max Huber", "Rentner"),
        # another rank of an office the one named before holds: somebody else
        ("Der 61-jährige Vizekanzler Max Huber reiste ab. Ministerin Ute Falk lobte den "
         "Kanzler.", ["Max Huber", "Ute Falk"], "Max Huber", "Kanzler"),
        # a counterpart with an article, or of somebody without an age: maybe new
        ("Der frühere Landrat Egon Pfister (66) soll Präsident des Verbands werden. "
         "Landrat Olaf Brandt lobte den Vorgänger als Kämpfer.",
         ["Egon Pfister", "Olaf Brandt"], "Egon Pfister", "Vorgänger"),
        ("Der frühere Landrat Egon Pfister soll Präsident des Verbands werden. "
         "Landrat Olaf Brandt lobte seinen Vorgänger als Kämpfer.",
         ["Egon Pfister", "Olaf Brandt"], "Egon Pfister", "Vorgänger"),
        # a complement: another office
        ("Der Landwirt Max Huber, 61, half beim Löschen. Bürgermeisterin Gisela Ahrens "
         "dankte dem Kommandanten der Feuerwehr.", ["Max Huber", "Gisela Ahrens"],
         "Max Huber", "Kommandant der Feuerwehr"),
    ],
)  # fmt: skip
def test_near_misses_of_the_object_role(
    text: str, per: list[str], name: str, not_role: str
) -> None:
    assert not_role not in by_name(text, per=per)[name].roles


def test_a_council_noun_with_an_age_is_a_member() -> None:
    text = (
        "Markus Hinterberger (ÖVP) kündigte neue Förderungen an. Der 52-jährige Landesrat "
        "sagte, das Geld sei da."
    )
    person = by_name(text, per=["Markus Hinterberger"])["Markus Hinterberger"]
    assert person.roles == ("Landesrat",)
    assert person.age == 52


def test_a_council_noun_without_an_age_is_the_body() -> None:
    text = "Anna Roth (SP) forderte mehr Geld. Der Kantonsrat stimmte zu."
    assert by_name(text, per=["Anna Roth"])["Anna Roth"].roles == ()
    text = "Thomas Egger (SVP) forderte mehr Geld. Der Nationalrat stimmte zu."
    assert by_name(text, per=["Thomas Egger"])["Thomas Egger"].roles == ()


def test_the_feminine_of_a_mann_office() -> None:
    text = "Stadtammännin Ursula Bachmann eröffnete das Fest."
    assert by_name(text, per=["Ursula Bachmann"])["Ursula Bachmann"].roles == ("Stadtammännin",)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Die Ärztin Anna Roth hatte im Alter von 30 Jahren geheiratet.", None),
        ("Der Schauspieler Klaus Weber war im Alter von 84 Jahren in Berlin gestorben.", 84),
        ("Der Schauspieler Klaus Weber ist im Alter von 84 Jahren gestorben.", 84),
    ],
)
def test_im_alter_von_in_a_past_perfect_is_no_age_now(text: str, age: int | None) -> None:
    name = "Anna Roth" if "Anna" in text else "Klaus Weber"
    assert by_name(text, per=[name])[name].age == age


@pytest.mark.parametrize(
    ("text", "per", "role"),
    [
        ("Hans Weber lehnte den Antrag ab. Weber, der auch Vorsitzender des Kreistags ist, "
         "sprach von Willkür.", ["Hans Weber"], "Vorsitzender des Kreistags"),
        ("Helga Müller sprach von einem Erfolg. Müller, die seit 2019 Chefin der Stiftung "
         "ist, sagte, man wolle wachsen.", ["Helga Müller"], "Chefin der Stiftung"),
    ],
)  # fmt: skip
def test_a_relative_predicate_after_a_surname_alone(text: str, per: list[str], role: str) -> None:
    assert by_name(text, per=per)[per[0]].roles == (role,)


def test_a_relative_pronoun_of_the_other_gender_is_somebody_else() -> None:
    text = "Hans Weber traf Anna Roth. Weber, die Ärztin ist, lachte."
    assert by_name(text, per=["Hans Weber", "Anna Roth"])["Hans Weber"].roles == ()


def test_a_dative_opening_with_an_age_refers_back() -> None:
    text = "Hans Weber sah den Unfall nicht. Dem 45-jährigen Radfahrer half niemand."
    person = by_name(text, per=["Hans Weber"])["Hans Weber"]
    assert (person.roles, person.age) == (("Radfahrer",), 45)
    # without an age: maybe somebody new
    text = "Hans Weber sah den Unfall nicht. Dem Radfahrer half niemand."
    assert by_name(text, per=["Hans Weber"])["Hans Weber"].roles == ()


@pytest.mark.parametrize(
    ("text", "per", "roles"),
    [
        ("Hans Weber (CDU) lehnte ab. Zuvor war er Bürgermeister von Olpe.", ["Hans Weber"],
         ("Bürgermeister von Olpe",)),
        ("Hans Weber lehnte den Antrag ab. Seit 2015 ist er Landrat.", ["Hans Weber"],
         ("Landrat",)),
        ("Anna Roth kritisierte den Plan. Bisher war sie Staatssekretärin im "
         "Innenministerium.", ["Anna Roth"], ("Staatssekretärin im Innenministerium",)),
        # near misses: a kin noun between, two women, a negation, no role
        ("Hans Weber traf seinen Vater. Zuvor war er Lehrer.", ["Hans Weber"], ()),
        ("Anna Roth und Eva Berg kamen. Zuvor war sie Lehrerin.", ["Anna Roth", "Eva Berg"],
         ()),
        ("Hans Weber lehnte ab. Zuvor war er nicht Bürgermeister.", ["Hans Weber"], ()),
        ("Hans Weber lehnte ab. Zuvor war er in Olpe.", ["Hans Weber"], ()),
    ],
)  # fmt: skip
def test_an_inverted_pronoun_predicate(text: str, per: list[str], roles: tuple[str, ...]) -> None:
    assert by_name(text, per=per)[per[0]].roles == roles


@pytest.mark.parametrize(
    ("text", "per", "roles"),
    [
        ("Hans Weber lehnte ab. Als Landrat sei er für die Schulen zuständig.", ["Hans Weber"],
         ("Landrat",)),
        ("Anna Roth lehnte ab. Als Chefin der Stiftung verantwortet sie 40 Millionen Euro.",
         ["Anna Roth"], ("Chefin der Stiftung",)),
        # near misses: a time of life, an opinion, a kin noun between
        ("Hans Weber lehnte ab. Als Kind war er oft krank.", ["Hans Weber"], ()),
        ("Anna Roth lehnte ab. Als Favoritin gilt sie nicht.", ["Anna Roth"], ()),
        ("Hans Weber traf seinen Vater. Als Landrat sei er für die Schulen zuständig.",
         ["Hans Weber"], ()),
    ],
)  # fmt: skip
def test_a_fronted_as_role_before_a_pronoun(
    text: str, per: list[str], roles: tuple[str, ...]
) -> None:
    assert by_name(text, per=per)[per[0]].roles == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Anna Roth hilft in Flüchtlingslagern. Die gebürtige Kölnerin arbeitet als Ärztin "
         "in Bonn.", ("Ärztin in Bonn",)),
        ("Anna Roth hilft in Flüchtlingslagern. Die Kölnerin arbeitete früher als Lehrerin.",
         ("Lehrerin",)),
        # a feminine demonym of a place adjective is no role, as the masculine
        ("Die Kölnerin Anna Roth gewann das Rennen.", ()),
        # a plural verb: somebody else
        ("Anna Roth hilft in Flüchtlingslagern. Die Kölnerinnen arbeiten als Ärztinnen.", ()),
    ],
)  # fmt: skip
def test_a_demonym_subject_with_a_verb_of_work(text: str, roles: tuple[str, ...]) -> None:
    assert by_name(text, per=["Anna Roth"])["Anna Roth"].roles == roles


@pytest.mark.parametrize(
    ("text", "per", "name", "not_role"),
    [
        ("Der 45-jährige Max Huber wurde angefahren. Polizeisprecher Kurt Sell suchte den "
         "Fahrer.", ["Max Huber", "Kurt Sell"], "Max Huber", "Fahrer"),
        ("Die 34-jährige Anna Roth wurde bei dem Unfall verletzt. Polizeisprecherin Eva Berg "
         "lobte die Ersthelferin.", ["Anna Roth", "Eva Berg"], "Anna Roth", "Ersthelferin"),
    ],
)  # fmt: skip
def test_the_object_role_is_not_given_to_somebody_acted_upon(
    text: str, per: list[str], name: str, not_role: str
) -> None:
    assert not_role not in by_name(text, per=per)[name].roles


# rev_roles37: once strict xfails; an object role of another trade is now given only when a
# possessive or a stage of life fitting the stated age ties it to the one named before
@pytest.mark.parametrize(
    ("text", "per", "name", "not_role"),
    [
        ("Der 30-jährige Stürmer Max Huber traf doppelt. Trainer Kurt Sell lobte den "
         "Torwart.", ["Max Huber", "Kurt Sell"], "Max Huber", "Torwart"),
        ("Die 52-jährige Ministerin Anna Roth besuchte die Klinik. Chefarzt Kurt Sell führte "
         "die Patientin durch die Station.", ["Anna Roth", "Kurt Sell"], "Anna Roth",
         "Patientin"),
    ],
)  # fmt: skip
def test_known_wrong_object_roles(text: str, per: list[str], name: str, not_role: str) -> None:
    assert not_role not in by_name(text, per=per)[name].roles
