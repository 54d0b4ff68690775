"""Session 36 (rev_mend36): a filtered record panel groups its thousands like the
unfiltered one ("1,000 of 1,001 quotes", not "1000 of 1001 quotes")."""

from __future__ import annotations

from app.core.results import Quote
from app.reading.quotes import NO_SPEAKER, quote_rows
from app.ui.widgets.quotes_panel import QuotesPanel
from tests.ui.widgets.test_record_panels import PEOPLE


def test_a_filtered_count_groups_its_thousands(app, qtbot) -> None:
    said = Quote(20, 60, "Wir schaffen das", "direct", "Anna Alt", (0, 8), "person")
    quotes = (*[said] * 1000, Quote(100, 110, "Genug", "direct", None, None, None))
    p = QuotesPanel()
    qtbot.addWidget(p)
    p.set_quotes(quote_rows(quotes, PEOPLE))
    assert p.count_label.text() == "1,001 quotes"
    p.choose_speaker("Anna Alt")
    assert p.count_label.text() == "1,000 of 1,001 quotes"
    p.choose_speaker(NO_SPEAKER)
    assert p.count_label.text() == "1 of 1,001 quotes"
