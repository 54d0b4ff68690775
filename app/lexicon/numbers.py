"""German number words: the one table the rules that read a spelled-out count share
(ages "der Achtzigjährige", durations "seit sechs Jahren", "nach elf Jahren")."""

from __future__ import annotations

#: The cardinals below twenty in the order of their values: "null" 0, "ein" 1 (the stem
#: of "eins", "einundzwanzig", "einhundert"), "zwei" 2 … "neunzehn" 19.
UNITS = (
    "null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
    "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
    "neunzehn",
)  # fmt: skip
#: The tens in the order of their values: "zwanzig" 20 … "neunzig" 90.
TENS = ("zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")
#: The value of each word of :data:`UNITS` and :data:`TENS`.
VALUES: dict[str, int] = {w: n for n, w in enumerate(UNITS)} | {
    w: 10 * n for n, w in enumerate(TENS, 2)
}
#: The counts a news text spells out rather than writing digits: "zwei" to "zwölf".
SMALL_COUNTS = frozenset(UNITS[2:13])
