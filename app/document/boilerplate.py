"""What on a German news page is not the article: elements and lines.

:func:`is_boilerplate_element` judges an element by its tag, ARIA role, label,
class and id (consent layers, navigation, breadcrumbs, ads, share bars,
newsletter boxes, comments, related-article lists, paywall boxes, footers,
sidebars). :func:`is_boilerplate_line` judges one paragraph of extracted text by
German news conventions ("Anzeige", "Mehr zum Thema", "Lesezeit: 3 Min.",
comment counters, a paywall's "Sie wollen weiterlesen? … Abo …", a cookie notice).
:func:`byline_names` and :func:`date_line` recognise the byline ("Von Anna Berger")
and the date line ("Stand: 12.03.2024 14:05 Uhr"), which are metadata rather than text.
Pure functions over strings; no parsing, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from app.lexicon.words import PARTICLES, words


def _lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled on first use: these are only needed for web pages, and
    compiling them all takes longer than importing the rest of app.document."""

    @cache
    def compiled() -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return compiled


#: Elements that never hold article text.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
        "math", "canvas", "form", "button", "select", "textarea", "input", "label", "nav",
        "footer", "aside", "audio", "video", "dialog", "menu", "amp-ad", "amp-embed",
        "amp-sticky-ad", "amp-consent", "amp-sidebar", "amp-social-share", "amp-analytics",
        "amp-iframe", "amp-user-notification",
    }
)  # fmt: skip

#: Containers that may carry a boilerplate-looking class but hold the article.
NEVER_SKIPPED = frozenset({"html", "body", "main", "article"})

_SKIP_ROLES = frozenset(
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog",
        "alertdialog", "menu", "menubar", "toolbar",
    }
)  # fmt: skip

#: One class or id token of a boilerplate element ("share-bar", "masthead__menu",
#: "cookiehinweis"); parts are separated by "-" or "_".
_TOKEN = _lazy(
    r"""(?:^|[-_])(?:
        cookies?\w*|consent\w*|cmp|gdpr|privacy|sp-message\w*|cookiehinweis|datenschutzhinweis
      | nav|navi|navigation|navbar|menu|menue|topmenu|topnav|mainnav|subnav|breadcrumbs?
      | brotkrumen?|pfad|skip-?links?|screen-reader-text|sr-only|visually-hidden
      | share|sharing|sharedaddy|social\w*|teilen
      | newsletter\w*
      | comments?|kommentare|kommentarbereich|respond|disqus\w*
      | related\w*|relatedposts|recommendations?|empfehlungen?|verwandte|weitere|meistgelesen
      | most-?read|more-?articles|mehr-?zum-?thema
      | ads?|advert\w*|anzeigen?|werbung|sponsored|ad-?slot|outbrain|taboola|dfp
      | paywall\w*|abo-?teaser|plus-?teaser
      | footer|fuss|fusszeile
      | sidebar|seitenleiste|widgets?|widget-area|col-side|spalte_rechts|spalte_links|marginal\w*
      | tags|themen|schlagworte?|topics|keywords
      | tools|aktionen|print|drucken|bookmark|merken
      | audioplayer|darstellung|refresh|autorefresh|reload
    )(?:$|[-_])""",
    re.VERBOSE,
)
_LABEL = _lazy(
    r"cookie|datenschutz|privatsphäre|werbung|anzeige|teilen|navigation|newsletter", re.I
)


def is_boilerplate_element(
    tag: str, classes: str | None, ident: str | None, role: str | None, label: str | None
) -> bool:
    """True for an element that holds no article text (judged by its attributes only).

    Callers keep :data:`NEVER_SKIPPED` containers whatever their class says.
    """
    if tag in SKIP_TAGS:
        return True
    if tag in NEVER_SKIPPED:
        return False
    if role and role.strip().lower() in _SKIP_ROLES:
        return True
    if label and _LABEL().search(label):
        return True
    return bool(classes and _furniture_name(classes)) or bool(ident and _furniture_name(ident))


@lru_cache(maxsize=4096)
def _furniture_name(names: str) -> bool:
    """True if one of the space-separated class names (or the id) names furniture."""
    return any(_TOKEN().search(token) for token in names.lower().split())


# ------------------------------------------------------------------------ lines

_MONTHS = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
)
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*Uhr)?"
_DATE = (
    rf"(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\w*,?\s+)?\d{{1,2}}\.\s*(?:\d{{1,2}}\.|(?:{_MONTHS}))\s*\d{{2,4}}"
    rf"(?:\s*[,·|-]?\s*(?:um\s+)?{_TIME})?"
)
_DATE_LINE = _lazy(
    rf"^(?:(?:Stand|Veröffentlicht|Aktualisiert|Zuletzt\s+aktualisiert|Erstellt|Erschienen)"
    rf"(?:\s+am)?\s*:?\s*)?({_DATE})\s*$"
)
_READING_TIME = _lazy(
    r"(?:Lesezeit|Lesedauer)\s*:?\s*(?:ca\.\s*|etwa\s*)?\d+|\d+\s*Min(?:\.|uten)?\s*(?:Lesezeit|Lesedauer)",
    re.I,
)
_LINE = _lazy(
    r"""^(?:
        (?:Anzeige|Werbung|Advertorial|Sponsored|Promotion)\s*[:|·–-]?\s*
      | (?:Mehr\s+zu(?:m|\s+diesem)\s+Thema|Das\s+könnte\s+Sie\s+auch\s+interessieren
        |Auch\s+interessant|Lesen\s+Sie\s+auch|Weitere\s+(?:Artikel|Meldungen|Nachrichten)
        |Zum\s+Thema|Meistgelesen|Empfehlungen\s+der\s+Redaktion)\b\s*:?.{0,200}
      | (?:Artikel|Seite|Beitrag|Liveticker|Link)\s+
        (?:teilen|drucken|merken|kopieren|versenden|empfehlen)\b.{0,80}
      | (?:Teilen|Drucken|Merken)\s*[:|]?\s*
      | \d+\s+Kommentare?\s* | Kommentare\s*\(\d+\)\s* | Zu\s+den\s+Kommentaren\s*
      | (?:©|\(c\)|Copyright\b).{0,120}
      | (?:Automatisch\s+)?[Aa]ktualisieren\b.{0,30}
      | [a-z]{2,5}(?:\s+[a-z]{1,5}(?:/[a-z]{1,5})+)+(?:\s+[a-z]{2,6})?  # "dpa kb/fr yyzz"
    )$""",
    re.VERBOSE,
)
#: A paywall's call to subscribe ("Sie wollen weiterlesen? Schließen Sie jetzt ein Abo
#: ab …", "Dieser Artikel ist exklusiv für Abonnenten."): how such a paragraph opens …
_PAYWALL_OPENING = _lazy(
    r"""^(?:Sie\s+(?:wollen|möchten)\s+(?:weiterlesen|weiter\s+lesen|mehr\s+lesen)
      | (?:Jetzt\s+)?[Ww]eiterlesen\s+mit\b
      | Lesen\s+Sie\s+(?:jetzt\s+)?(?:weiter|den\s+ganzen\s+Artikel)\s+mit\b
      | Bereits\s+(?:Abonnent(?:in)?|Abo-?Kunde|registriert)\s*[?!]
      | Sie\s+lesen\s+(?:einen|diesen)\s+(?:[\w+]+-)?(?:Plus|Premium|Abo|Bezahl)-?
        (?:Artikel|Beitrag|Inhalt)
      | Dieser\s+(?:Artikel|Beitrag|Inhalt)\s+ist\s+(?:exklusiv\s+|nur\s+)*für
        \s+(?:\w+\s+)?(?:Abonnent|Digital-?Abonnent|Plus|Abo)
      | Um\s+(?:diesen|den|den\s+vollständigen)\s+(?:Artikel|Beitrag)\s+(?:\w+\s+){0,2}lesen
    )""",
    re.VERBOSE,
)
#: … or, anywhere in a short paragraph, "read on" together with an offer, said to the
#: reader ("Sie", "Ihnen" inside a sentence, a sentence opening "Jetzt …").
_READ_ON = _lazy(
    r"weiterlesen|weiterzulesen|weiter\s+zu\s+lesen|alle\s+(?:Artikel|Inhalte)\s+(?:\w+\s+)?lesen"
)
_OFFER = _lazy(
    r"\bAbo\b|Abos?\s|\bAbo-|abonnier|Abonnent|Probemonat|Probeabo|testen\b"
    r"|\d\s*(?:€|Euro)\s+(?:im|pro)\s+Monat|monatlich\s+kündbar|jederzeit\s+kündbar",
    re.I,
)
_TO_THE_READER = _lazy(r"(?<![.!?:]\s)(?<!^)\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b|(?:^|[.!?]\s+)Jetzt\b")
#: A consent notice left in the article's column ("Wir verwenden Cookies, um Ihnen …"):
#: how it opens, or what it is about, what it asks and to whom.
_CONSENT_OPENING = _lazy(
    r"""^(?:(?:Wir|Diese\s+(?:Website|Webseite|Internetseite|Seite))
        \s+(?:verwenden|nutzen|setzen|verwendet|nutzt|setzt)\s+(?:\w+\s+){0,3}Cookies
      | Ihre\s+Privatsphäre\s+ist\s+uns\s+wichtig)""",
    re.VERBOSE,
)
_CONSENT_ABOUT = _lazy(
    r"Cookie|Datenschutzerklärung|Datenschutzeinstellungen|Datenschutzhinweise"
    r"|personenbezogene\s+Daten|Tracking"
)
_CONSENT_ASK = _lazy(
    r"zustimm|stimmen\s+Sie|akzeptier|einverstanden|Einwilligung|willigen\s+Sie"
    r"|Nutzung\s+dieser\s+(?:Website|Webseite|Seite)|widerrufen|weitersurfen",
    re.I,
)
#: A paragraph that reports what someone says, warns or found ("…, sagte der Verleger",
#: "„…“, heißt es", "Verbraucherschützer raten: …", "…, zeigt eine Studie") is news, even
#: when it quotes a paywall's or a cookie banner's words; the furniture itself never
#: reports. Only the reporting verb after a comma or quote, or before a colon, counts
#: ("Diese Seite zeigt Ihnen …", "Sie sagen, wann Sie kündigen" are banner words).
_SAYS = (
    r"(?:sagte|sagten|sagt|sagen|erklärte|erklärt|betonte|betont|warnt|warnte|warnen|rät"
    r"|raten|riet|kritisiert|kritisierte|teilte|teilt|berichtet|berichtete|zeigt|zeigte"
    r"|heißt\s+es)\b"
)
_REPORTED = _lazy(rf"[,“\"]\s*{_SAYS}|\b{_SAYS}\s*:")
_NEWSLETTER = _lazy(r"\bNewsletter")
_SIGNUP = _lazy(r"abonnieren|anmelden|bestellen|Postfach|kostenlos", re.I)


def is_boilerplate_line(line: str) -> bool:
    """True for a paragraph that is page furniture, not article text."""
    if len(line) > 260:
        return False
    if _LINE().match(line):
        return True
    if len(line) <= 120 and _READING_TIME().search(line):
        return True
    if _NEWSLETTER().search(line) and _SIGNUP().search(line):
        return True
    if is_paywall_line(line) or is_consent_line(line):
        return True
    return date_line(line) is not None


def is_paywall_line(line: str) -> bool:
    """True for a paywall's call to subscribe, not for news about subscriptions (longer
    than 260 characters, reporting someone's words, or not "read on" with an offer said
    to the reader)."""
    if len(line) > 260 or _REPORTED().search(line):
        return False
    if _PAYWALL_OPENING().match(line):
        return True
    return all(p().search(line) for p in (_READ_ON, _OFFER, _TO_THE_READER))


def is_consent_line(line: str) -> bool:
    """True for a cookie or privacy consent notice, not for news about cookies (longer
    than 260 characters, reporting someone's words, or not asking the reader for
    consent)."""
    if len(line) > 260 or _REPORTED().search(line):
        return False
    if _CONSENT_OPENING().match(line):
        return True
    return all(p().search(line) for p in (_CONSENT_ABOUT, _CONSENT_ASK, _TO_THE_READER))


def date_line(line: str) -> str | None:
    """The date of a line that is only a date ("Stand: 12.03.2024 14:05 Uhr"), else None."""
    if len(line) > 80:
        return None
    match = _DATE_LINE().match(line.strip())
    return match.group(1) if match else None


# ---------------------------------------------------------------------- bylines

_NAME_WORD = r"(?:(?:Dr|Prof)\.\s*)*[A-ZÄÖÜ][\w'’.-]*"
#: Name particles of a byline ("Von Anna von der Heide"): a subset of the one list; the
#: others were never in it (adding them is a change to measure). The Filipino/Italian
#: "dela", "delos", "delas", "delle", "degli" came in with the one list (session 23).
_BYLINE_PARTICLES = PARTICLES - words("das y dei do della dos du zur ter bin ibn ben al el")
_PARTICLE = "(?:" + "|".join(sorted(_BYLINE_PARTICLES, key=lambda p: (-len(p), p))) + ")"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,3}}"
_BYLINE = _lazy(
    rf"""^(?:Von|Text:?|Text\s+und\s+Fotos?:?|Ein\s+Kommentar\s+von|Eine\s+Analyse\s+von
        |Ein\s+Gastbeitrag\s+von|Eine\s+Reportage\s+von|Ein\s+Interview\s+von|Autor(?:in)?:)\s+
        (?P<names>{_NAME}(?:\s*(?:,|und|&)\s*{_NAME})*)
        (?P<rest>(?:\s*[,/|·]\s*[^,/|·]{{1,40}}){{0,3}})\s*$""",
    re.VERBOSE,
)
_NAME_ONLY = _lazy(rf"^{_NAME}$")


def byline_names(line: str) -> tuple[str, ...] | None:
    """The names a byline credits ("Von Tobias Kranz, RM" -> ("Tobias Kranz",)), else None.

    Whatever follows the names after a comma or a middle dot (a broadcaster's
    shortcut, a place, a date) is part of the byline but not a name.
    """
    if len(line) > 120:
        return None
    match = _BYLINE().match(line.strip())
    if match is None:
        return None
    rest = match.group("rest")
    if rest and not all(_byline_tail(part) for part in re.split(r"[,/|·]", rest)[1:]):
        return None
    names = re.split(r"\s*(?:,|\bund\b|&)\s*", match.group("names"))
    return tuple(n.strip() for n in names if n.strip())


def _byline_tail(part: str) -> bool:
    """A byline's tail: a shortcut ("RM", "dpa"), a place ("Berlin"), a date or time,
    a reading time."""
    part = part.strip()
    if not part:
        return True
    if part.isupper() or (re.fullmatch(r"[a-zäöü]{1,6}", part) is not None):
        return True  # "dpa", "AFP", "RM"
    if re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]+", part):
        return True  # one word: a place
    if re.fullmatch(_TIME, part) or _READING_TIME().match(part):
        return True  # the time after a date's comma ("18:04 Uhr"), "Lesezeit: 3 Minuten"
    return bool(re.fullmatch(_DATE, part))


def person_like(name: str) -> bool:
    """True for a credited name that reads as a person's name ("Anna Berger")."""
    return bool(_NAME_ONLY().match(name.strip()))
