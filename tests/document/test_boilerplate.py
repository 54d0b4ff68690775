"""Which elements are page furniture, and that no markup makes the extractor fail."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.document import html_article
from app.document.boilerplate import (
    is_boilerplate_element,
    is_boilerplate_line,
    is_consent_line,
    is_paywall_line,
)


@pytest.mark.parametrize(
    ("tag", "classes", "ident", "role", "label"),
    [
        ("div", "consent-layer", None, None, None),
        ("div", None, "cmp-banner", None, None),
        ("div", None, "cookiehinweis", None, None),
        ("ul", "masthead__menu", None, None, None),
        ("div", "share-bar", None, None, None),
        ("div", "ad-container", None, None, None),
        ("span", "ad-label", None, None, None),
        ("div", "newsletter-box", None, None, None),
        ("section", "comments", "comments", None, None),
        ("div", "jp-relatedposts", None, None, None),
        ("div", "paywall-teaser", None, None, None),
        ("div", None, "spalte_rechts", None, None),
        ("div", "story__tools", None, None, None),
        ("header", None, None, "banner", None),
        ("div", None, None, "navigation", None),
        ("div", "box", None, "region", "Cookie-Hinweis"),
        ("nav", None, None, None, None),
        ("amp-ad", None, None, None, None),
        ("aside", "pullquote", None, None, None),
    ],
)
def test_furniture(
    tag: str, classes: str | None, ident: str | None, role: str | None, label: str | None
) -> None:
    assert is_boilerplate_element(tag, classes, ident, role, label)


@pytest.mark.parametrize(
    ("tag", "classes"),
    [
        ("header", "article-header"),
        ("p", "lead"),
        ("p", "story__teaser"),
        ("div", "article-body"),
        ("div", "shadow"),
        ("a", "download"),
        ("span", "badge"),
        ("div", "header-titles"),
        ("figcaption", "wp-element-caption"),
        ("p", "textabsatz"),
        ("body", "has-sidebar single-post"),  # never the page's own containers
        ("article", "comments-open"),
        ("main", "with-ads"),
    ],
)
def test_not_furniture(tag: str, classes: str) -> None:
    assert not is_boilerplate_element(tag, classes, None, None, None)


TAGS = st.sampled_from(
    ["p", "div", "h1", "h2", "span", "b", "article", "nav", "script", "figure", "figcaption",
     "table", "tr", "td", "li", "ul", "br", "img", "meta", "title", "head", "body", "html"]
)  # fmt: skip
CLASSES = st.sampled_from(["", "ad", "teaser", "comments", "caption", "has-sidebar", "lead"])
WORDS = st.text(
    alphabet=st.sampled_from("abcdeäöüßABC .,!?<>&;\"'/=-\n\t—„“"), min_size=0, max_size=40
)


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(TAGS)
        if kind == 0:
            parts.append(f'<{tag} class="{draw(CLASSES)}">')
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(WORDS))
    return "".join(parts)


@given(tag_soup())
def test_any_tag_soup_gives_text_and_metadata_without_raising(markup: str) -> None:
    text, meta = html_article(markup)
    assert isinstance(text, str)
    assert "<script" not in text.lower() or "<script" in markup.lower()
    assert meta.date is None or len(meta.date) == 10


@pytest.mark.parametrize(
    "line",
    [
        "Sie wollen weiterlesen? Schließen Sie jetzt ein Abo ab und lesen Sie alle Artikel "
        "ohne Einschränkung. Nur 9,99 Euro im Monat, jederzeit kündbar.",
        "Lesen Sie jetzt weiter mit RP+ – nur 0,99 Euro im ersten Monat.",
        "Dieser Artikel ist exklusiv für Abonnenten. Jetzt 4 Wochen für 0 Euro testen.",
        "Bereits Abonnent? Hier anmelden",
        "Jetzt weiterlesen mit SZ Plus",
        "Um diesen Artikel lesen zu können, benötigen Sie ein Digital-Abo.",
        "Mit unserem Digital-Abo können Sie alle Artikel unbegrenzt lesen. Jetzt testen "
        "und weiterlesen!",
    ],
)
def test_paywall_calls_to_subscribe_are_furniture(line: str) -> None:
    assert is_paywall_line(line) and is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # News about subscriptions and paywalls: no call to the reader.
        "Wer weiterlesen will, braucht künftig ein Abo, kritisierte die Verbraucherzentrale.",
        "Die Zeitung verliert Abonnenten. Viele Leser wollen nicht mehr zahlen.",
        "Sie konnte nicht weiterlesen, sagte ihr Anwalt. Das Abo habe sie gekündigt.",
        "Sie wollen mehr Geld für die Bahn.",
        "Sie lesen einen Artikel über das Abo-Modell der Zeitung vor, den sie weiterlesen wollen.",
        "Bereits am Montag hatte die Polizei Abonnenten gewarnt.",
        "Netflix kostet künftig 4,99 Euro im Monat mehr, teilte das Unternehmen mit.",
        # A long paragraph is article text whatever it says.
        "Sie wollen weiterlesen? " + "Der Verlag erklärte die Umstellung ausführlich. " * 6,
    ],
)
def test_news_about_subscriptions_is_not_furniture(line: str) -> None:
    assert not is_paywall_line(line)


def test_a_paywall_teaser_in_a_plain_div_is_not_article_text() -> None:
    """Open URL of a page whose teaser has no telling class: the call to subscribe went
    into the article (and into the analysis and the briefing)."""
    markup = (
        "<html><body><div><h1>Bahnstreik legt Verkehr lahm</h1>"
        "<p>Ein Streik der Gewerkschaft hat am Donnerstag den Bahnverkehr in weiten Teilen "
        "Deutschlands zum Erliegen gebracht. Rund 80 Prozent der Fernzüge fielen aus.</p>"
        "<p>Pendler mussten auf Busse und Autos umsteigen. Auf den Autobahnen bildeten sich "
        "lange Staus.</p>"
        "<p>Sie wollen weiterlesen? Schließen Sie jetzt ein Abo ab und lesen Sie alle Artikel "
        "ohne Einschränkung. Nur 9,99 Euro im Monat, jederzeit kündbar.</p>"
        "</div></body></html>"
    )
    text, _meta = html_article(markup)
    assert "Staus." in text and "Abo" not in text and "weiterlesen" not in text


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung "
         "dieser Website stimmen Sie unserer Datenschutzerklärung zu.", True),
        ("Diese Website verwendet Cookies. Wenn Sie weitersurfen, stimmen Sie der "
         "Cookie-Nutzung zu.", True),
        ("Ihre Privatsphäre ist uns wichtig", True),
        ("Mit Klick auf „Alle akzeptieren“ willigen Sie in die Verarbeitung Ihrer Daten "
         "durch Cookies ein.", True),
        # News about cookies and consent: nobody asks the reader.
        ("Die EU-Kommission will die Cookie-Banner abschaffen. Nutzer sollen nicht mehr bei "
         "jeder Seite zustimmen müssen.", False),
        ("Sie akzeptierte die Datenschutzerklärung nicht, sagte ihr Anwalt.", False),
        ("Der Verband kritisierte das Tracking von Kindern scharf.", False),
    ],
)  # fmt: skip
def test_consent_notices_left_in_the_text(line: str, notice: bool) -> None:
    assert is_consent_line(line) is notice
    assert is_boilerplate_line(line) is notice


# Session 33 (rev_ui33): made-up paragraphs, news about subscriptions, prices, cookies and
# data protection (kept: reporting someone's words, quoting a paywall, advising the
# reader as a quoted source) and paywall or consent furniture (dropped).
_NEWS_ABOUT_PAYWALLS_AND_COOKIES = [
    "Der Verlag hat die Preise für sein Digitalabo erhöht: Statt 9,99 Euro im Monat "
    "zahlen Abonnenten künftig 12,99 Euro.",
    "Immer mehr Zeitungen setzen auf Bezahlschranken. Wer weiterlesen will, muss ein "
    "Abo abschließen, kritisiert der Medienforscher.",
    "„Wenn Sie weiterlesen wollen, brauchen Sie ein Abo“, heißt es auf vielen "
    "Nachrichtenseiten. Leserinnen und Leser reagieren zunehmend genervt.",
    "Die Datenschutzbehörde hat gegen den Konzern ein Bußgeld verhängt, weil er "
    "Cookies ohne Einwilligung der Nutzer gesetzt habe.",
    "Verbraucherschützer raten: Prüfen Sie Ihre Cookie-Einstellungen regelmäßig und "
    "widerrufen Sie Einwilligungen, die Sie nicht mehr wollen.",
    "Wenn Sie auf einer Website „Alle akzeptieren“ klicken, stimmen Sie dem Tracking "
    "durch Dutzende Firmen zu, warnt die Verbraucherzentrale.",
    "Der Europäische Gerichtshof entschied, dass Nutzer der Verwendung von Cookies "
    "aktiv zustimmen müssen; ein vorausgefülltes Kästchen reiche nicht.",
    "Das Streamingangebot kostet 4,99 Euro im Monat und ist monatlich kündbar, teilte "
    "das Unternehmen am Dienstag mit.",
    "Viele Anbieter locken mit einem kostenlosen Probemonat. Vergessen Sie nicht, "
    "rechtzeitig zu kündigen, sonst verlängert sich das Abo automatisch.",
    "Das Deutschlandticket kostet ab Januar 58 Euro im Monat. Wer es im Abo bezieht, "
    "kann es jederzeit kündigen.",
    "Die Bundesregierung will die Regeln für Cookie-Banner vereinfachen. Künftig "
    "sollen Nutzer ihre Einwilligung zentral im Browser verwalten können.",
    "Wir verwenden keine Cookies, die Nutzer verfolgen, sagte der Geschäftsführer des "
    "Start-ups im Gespräch mit unserer Redaktion.",
    "Der Datenschutzbeauftragte kritisierte, dass personenbezogene Daten von "
    "Millionen Kunden ohne Einwilligung an Werbefirmen geflossen seien.",
    "Sie wollen weiterlesen, sagen die Kinder, wenn die Lehrerin das Buch zuklappt – "
    "das Leseprojekt an der Grundschule ist ein Erfolg.",
    "Bereits registriert hatte die Polizei im vergangenen Jahr mehr als 2000 Fälle "
    "von Betrug mit gefälschten Abo-Fallen.",
    "Dieser Artikel ist Teil unserer Serie über Abofallen im Internet.",
    "Mit dem Abo können Leser alle Artikel lesen, die der Verlag seit 1946 "
    "veröffentlicht hat, sagte die Chefredakteurin bei der Vorstellung des Archivs.",
    "Die Stiftung Warentest hat zwölf Streamingdienste getestet. Am günstigsten ist "
    "ein Angebot für 3,99 Euro im Monat.",
    "Netflix hat im vergangenen Quartal neun Millionen neue Abonnenten gewonnen, mehr "
    "als Analysten erwartet hatten.",
    "Wer Ihnen am Telefon ein Zeitschriften-Abo aufdrängt, handelt oft unseriös: Sie "
    "können den Vertrag binnen 14 Tagen widerrufen.",
    "Die Polizei warnt vor Phishing-Mails, in denen Betrüger behaupten, Ihre Daten "
    "müssten wegen neuer Datenschutzbestimmungen bestätigt werden.",
    "Das Fitnessstudio verlangt 29 Euro im Monat; Mitglieder können jederzeit "
    "kündigen, teilte die Kette mit.",
    "Google verschiebt das Ende der Drittanbieter-Cookies erneut. Werbekunden sollen "
    "mehr Zeit bekommen, sich auf Tracking ohne Cookies einzustellen.",
    "„Lesen Sie weiter mit Ihrem Abo“ – solche Hinweise sollen nach dem Willen der "
    "Verlage künftig seltener erscheinen, weil sie Leser abschrecken.",
    "Weiterlesen mit dem Handy ist für viele Pendler Alltag, zeigt eine Studie.",
]
_PAYWALL_AND_CONSENT_FURNITURE = [
    # Banner words that look like reporting but are not ("zeigt Ihnen", "Sie sagen, …").
    "Wir verwenden Cookies laut unserer Datenschutzerklärung. Sie können Ihre "
    "Einwilligung jederzeit widerrufen.",
    "Diese Seite zeigt Ihnen personalisierte Inhalte. Mit Klick auf „Zustimmen“ "
    "willigen Sie in Tracking ein.",
    "Sie wollen weiterlesen? Jetzt Abo abschließen – Sie sagen, wann Sie kündigen: "
    "jederzeit kündbar.",
    "Sie lesen einen Plus-Artikel. Weiterlesen mit dem Abo für 1 € im ersten Monat.",
    "Sie lesen diesen Premium-Artikel kostenlos. Jetzt Abo abschließen.",
    "Sie wollen weiterlesen? Schließen Sie jetzt ein Abo ab und lesen Sie alle "
    "Artikel für 9,99 € im Monat.",
    "Jetzt weiterlesen mit SZ Plus",
    "Weiterlesen mit FAZ+: Jetzt 30 Tage kostenlos testen.",
    "Dieser Artikel ist exklusiv für Abonnenten.",
    "Bereits Abonnent? Hier anmelden.",
    "Lesen Sie jetzt weiter mit unserem Digital-Abo – monatlich kündbar.",
    "Um diesen Artikel vollständig zu lesen, benötigen Sie ein Abo.",
    "Jetzt 1 Monat für 1 € testen und weiterlesen. Danach 12,99 € pro Monat, jederzeit kündbar.",
    "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
    "Diese Website nutzt Cookies. Wenn Sie weitersurfen, stimmen Sie der Nutzung zu.",
    "Ihre Privatsphäre ist uns wichtig. Wir und unsere Partner verarbeiten personenbezogene Daten.",
    "Mit der Nutzung dieser Website erklären Sie sich mit unserer "
    "Datenschutzerklärung einverstanden.",
    "Wir setzen auf unserer Seite Cookies ein. Einige sind essenziell, andere helfen "
    "uns, diese Website zu verbessern.",
    "Sie können Ihre Einwilligung jederzeit in den Datenschutzeinstellungen widerrufen.",
    "Um weiterzulesen, schließen Sie ein Abo ab oder melden Sie sich an.",
    "Sie haben bereits ein Abo? Jetzt anmelden und weiterlesen.",
    "Dieser Inhalt ist nur für Plus-Abonnenten verfügbar.",
    "Sie möchten mehr lesen? Testen Sie unser Digitalabo einen Monat gratis.",
    "Diese Webseite verwendet Cookies und ähnliche Technologien. Durch Klicken auf "
    "„Akzeptieren“ stimmen Sie zu.",
    "Klicken Sie auf „Alle akzeptieren“, um der Verwendung von Cookies und Tracking zuzustimmen.",
]


@pytest.mark.parametrize("line", _NEWS_ABOUT_PAYWALLS_AND_COOKIES)
def test_news_about_paywalls_cookies_and_prices_is_kept(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize("line", _PAYWALL_AND_CONSENT_FURNITURE)
def test_paywall_and_consent_furniture_is_dropped(line: str) -> None:
    assert is_boilerplate_line(line)


def test_a_consumer_article_about_cookies_keeps_its_advice() -> None:
    """An article about consent banners quotes them and advises the reader; only the
    site's own banner goes."""
    markup = (
        "<html><body><div><h1>So schützen Sie Ihre Daten im Netz</h1>"
        "<p>Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.</p>"
        "<p>Cookie-Banner sind für viele Nutzer ein tägliches Ärgernis. Die meisten klicken "
        "sie weg, ohne zu lesen, was sie erlauben.</p>"
        "<p>Wenn Sie auf einer Website „Alle akzeptieren“ klicken, stimmen Sie dem Tracking "
        "durch Dutzende Firmen zu, warnt die Verbraucherzentrale.</p>"
        "<p>Verbraucherschützer raten: Prüfen Sie Ihre Cookie-Einstellungen regelmäßig und "
        "widerrufen Sie Einwilligungen, die Sie nicht mehr wollen.</p>"
        "</div></body></html>"
    )
    text, _meta = html_article(markup)
    assert "Nutzererlebnis" not in text
    assert "warnt die Verbraucherzentrale" in text and "Verbraucherschützer raten" in text
