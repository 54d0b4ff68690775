"""Which elements are page furniture, and that no markup makes the extractor fail."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.document import html_article
from app.document.boilerplate import is_boilerplate_element


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
