"""Helpers for the translation tests of the window: the fake providers wired into a window.

The window's :class:`~app.ui.translator.Translator` is pointed at
the local fake server (``tests/translate_fake_server.py``), so deep-translator's
real request and parsing code runs against 127.0.0.1. ``SAMPLE_ENGLISH`` holds
hand-made English for the sample article's sentences, so screenshots look like
the real thing rather than ``EN<…>``.
"""

from __future__ import annotations

from typing import Any

from app.translate import PROVIDERS
from tests.translate_fake_server import FakeProviders, fake_translate


def wire(window: Any, fake: FakeProviders, **options: Any) -> None:
    """Point a window's translator at the fake server (before it creates its service)."""
    translator = window.translator
    translator.endpoints = {name: fake.endpoint(name) for name in PROVIDERS}
    translator.setting_overrides = {"timeout_s": options.pop("timeout_s", 5.0)}
    translator.service_options = {
        "backoff_s": 0.0,
        "cooldown_s": options.pop("cooldown_s", 30.0),
        **options,
    }
    translator.apply_settings()


SAMPLE_ENGLISH = {
    "Putin will angeblich die US-": (
        "Putin allegedly wants to influence the US election – with North Korea's help!"
    ),
    "Brisant: Hochrangige US-Beam": (
        "Explosive: senior US officials even fear a large-scale military operation by "
        "dictator Kim Jong-un (40)."
    ),
    "Wie das amerikanische Sender": (
        "As the American broadcaster “NBC News” reports, the Biden administration "
        "increasingly fears that the booming military alliance between Kremlin despot "
        "Vladimir Putin (71) and the North Korean dictator could considerably expand "
        "Pyongyang's nuclear capabilities and so further aggravate tensions in the "
        "Asia-Pacific region."
    ),
    "Die USA würden sich auf eine": (
        "The US is said to be preparing for a so-called “October surprise”, a military "
        "action by the North Koreans initiated by Russia that could be “the most "
        "provocative military action in a decade”."
    ),
    "„Wir haben keinen Zweifel da": (
        "“We have no doubt that North Korea will be provocative this year."
    ),
    "Es kommt nur darauf an, wie ": (
        "The only question is how escalatory it will be,” says a US intelligence official."
    ),
    "Wie seine Propaganda-Agentur": (
        "According to his propaganda agency “KCNA”, Kim Jong-un recently watched many "
        "missile tests Photo: STR/AFP"
    ),
    "Trump-Wahlhelfer aus Moskau ": "Campaign helpers for Trump from Moscow and Pyongyang?",
    "Die US-Insider erklären weit": (
        "The US insiders further explain that the timing of the North Korean action could "
        "be chosen to cause turmoil in another part of the world."
    ),
    "Das soll geschehen, während ": (
        "This is to happen while Americans decide whether they want President Joe Biden "
        "(81) or former President Donald Trump (77) in the White House."
    ),
    "Die US-Wahl ist am 5. Novemb": "The US election is on 5 November.",
    "Die Analysten erwarten entsp": (
        "Accordingly, the analysts expect a provocation in October, from which Trump "
        "would most likely benefit."
    ),
    "Die Beziehungen zwischen Nor": (
        "Relations between North and South Korea are currently at a low point."
    ),
    "Kim hatte Südkorea im Januar": (
        "In January, Kim declared South Korea his country's “main enemy” Photo: /AP"
    ),
    "► „Auswertungen zeigen, dass": (
        "► “Analyses show that the number of North Korean weapons tests is higher in US "
        "election years."
    ),
    "Derzeit muss es wegen Russla": (
        "At present, thanks to Russia's support in the Security Council, it need not fear "
        "further sanctions either."
    ),
    "Auch dieses Jahr könnte Kim ": (
        "This year, too, Kim could cause further excitement with tests,” says Korea expert "
        "Frederic Spohr, director of the Friedrich Naumann Foundation in South Korea, to BILD."
    ),
    "Und weiter: „Nordkorea provo": (
        "And further: “But North Korea does not provoke merely at Russia's request,” "
        "Spohr is certain, but only “if he also profits from such actions."
    ),
    "Möglicherweise könnte Kim ze": (
        "Kim might want to show that he will by no means give up nuclear weapons – in "
        "order to then negotiate a deal with a re-elected US President Trump.”"
    ),
    "Das Kim versuche, die US-Wah": (
        "Spohr does not believe that Kim is trying to influence the US elections."
    ),
    "„Es ist auch gar nicht klar,": "“It is not at all clear which candidate Kim favours.",
    "Einerseits könnte Kim die Ho": (
        "On the one hand, Kim might hope that Trump could be interested in a high-profile meeting.”"
    ),
    "Andererseits: „Trump könnte ": (
        "On the other hand: “Trump could bring about a swift end to the Russian war of "
        "aggression, because he would stop US arms deliveries to Ukraine."
    ),
    "Das wäre aber nicht im Inter": (
        "But that would not be in Kim's interest, because arms deliveries are a lucrative "
        "business for North Korea.”"
    ),
    "Despoten-Date: Kim und Putin": (
        "Despots' date: Kim and Putin last met on 13 September 2023 Photo: Vladimir Smirnov/AP"
    ),
    "Putin plant Nordkorea-Besuch": "Putin plans visit to North Korea",
    "Putin habe eine „Einladung z": (
        "Putin has received an “invitation to an official visit to North Korea”, his "
        "spokesman Dmitry Peskov (56) said on Friday."
    ),
    "Dieser werde derzeit vorbere": (
        "The visit is being prepared, and a date will be announced “in due course”."
    ),
    "Nach Angaben des südkoreanis": (
        "According to South Korean intelligence, North Korea has supplied millions of "
        "artillery shells in support of the invasion of Ukraine."
    ),
}

SAMPLE_GLOSSES = {
    "Spannung": "tension",
    "Zweifel": "doubt",
    "Militärbündnis": "military alliance",
    "Fähigkeit": "ability, capability",
}


def sample_english(line: str) -> str:
    """The fake server's translation for the sample: hand-made English where known."""
    for prefix, english in SAMPLE_ENGLISH.items():
        if line.startswith(prefix):
            return english
    return SAMPLE_GLOSSES.get(line, fake_translate(line))
