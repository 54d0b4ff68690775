"""Check the hand-written gold sets of tests/data for internal consistency.

    python tests/data/check_gold.py

Checks that quotes_gold.json, people_gold_5.json and people_gold_p2.json to
people_gold_p31.json (PEOPLE_SETS) load, that every quote, speaker,
name, credit and entity text is an exact substring of its paragraph, that
direct quotes sit between matching quotation marks, that entities are listed in
text order, and that the sets reach their minimum sizes. Prints the counts;
exits 1 on any problem. It does not run the app.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PAIRS = {"„": "“", '"': '"', "»": "«", "«": "»", "“": "”"}
PARTIES = {"SPD", "CDU", "CSU", "Grüne", "FDP", "AfD", "Linke", "BSW", "ÖVP", "Freie Wähler"}
PARTIES |= {"parteilos"}
PERSON_KEYS = ["name", "roles", "age", "party"]
PARA_KEYS = ["id", "domain", "text", "people", "credits", "entities"]


def _sentences(text: str) -> int:
    """Rough sentence count: ends of sentences outside quotation marks."""
    return len(re.findall(r"[.!?][“«\"']?(?:\s+(?=[„»«\"“A-ZÄÖÜ])|$)", text.strip()))


def check_quotes(path: Path, problems: list[str]) -> Counter[str]:
    docs: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    n: Counter[str] = Counter()
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        problems.append("quotes: duplicate ids")
    for d in docs:
        text: str = d["text"]
        where = f"quotes {d['id']}"
        n["paragraphs"] += 1
        if not 1 <= _sentences(text) <= 5:
            problems.append(f"{where}: {_sentences(text)} sentences")
        for q in d["quotes"]:
            n["quotes"] += 1
            n[q["kind"]] += 1
            qt: str = q["text"]
            start = text.find(qt)
            if start < 0:
                problems.append(f"{where}: quote not in text: {qt!r}")
                continue
            if text.count(qt) > 1:
                problems.append(f"{where}: quote occurs twice: {qt!r}")
            if qt != qt.strip():
                problems.append(f"{where}: quote has outer spaces: {qt!r}")
            before = text[start - 1] if start > 0 else ""
            after = text[start + len(qt) : start + len(qt) + 1]
            if q["kind"] == "direct":
                if PAIRS.get(before) != after:
                    problems.append(f"{where}: direct quote not between marks: {qt!r}")
            elif q["kind"] == "indirect":
                if before not in (" ", ""):
                    problems.append(f"{where}: indirect quote starts mid-word: {qt!r}")
                if after not in (".", ",", ""):
                    problems.append(f"{where}: indirect quote ends oddly: {qt!r}")
            else:
                problems.append(f"{where}: bad kind {q['kind']!r}")
            speaker = q["speaker"]
            if speaker is None:
                n["no speaker"] += 1
            elif speaker not in text:
                problems.append(f"{where}: speaker not in text: {speaker!r}")
            elif speaker not in d["people"] and any(speaker in name for name in d["people"]):
                problems.append(f"{where}: speaker is part of a longer name: {speaker!r}")
        for name in d["people"]:
            if name not in text:
                problems.append(f"{where}: person not in text: {name!r}")
        for neg in d.get("not_quotes", []):
            n["not_quotes"] += 1
            if neg not in text:
                problems.append(f"{where}: negative not in text: {neg!r}")
        n["people"] += len(d["people"])
    if n["paragraphs"] < 36 or n["quotes"] < 60 or n["indirect"] < 15:
        problems.append(f"quotes: below the minimum sizes: {dict(n)}")
    return n


def check_people(
    path: Path, problems: list[str], min_paragraphs: int = 32, min_people: int = 70
) -> Counter[str]:
    docs: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    n: Counter[str] = Counter()
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        problems.append("people: duplicate ids")
    for d in docs:
        text: str = d["text"]
        where = f"people {d['id']}"
        n["paragraphs"] += 1
        if list(d) != PARA_KEYS:
            problems.append(f"{where}: keys {list(d)}")
        per_mentions: list[str] = []
        pos = 0
        for e in d["entities"]:
            n["entities"] += 1
            n[e["label"]] += 1
            if e["label"] not in ("PER", "LOC", "ORG"):
                problems.append(f"{where}: bad label {e['label']!r}")
            found = text.find(e["text"], pos)
            if found < 0:
                problems.append(f"{where}: entity not found in order: {e['text']!r}")
                continue
            pos = found + len(e["text"])
            if e["label"] == "PER":
                per_mentions.append(e["text"])
        for p in d["people"]:
            n["people"] += 1
            if list(p) != PERSON_KEYS:
                problems.append(f"{where}: person keys {list(p)}")
            if p["name"] not in text:
                problems.append(f"{where}: name not in text: {p['name']!r}")
            if p["name"] not in per_mentions:
                problems.append(f"{where}: name not among PER entities: {p['name']!r}")
            n["roles"] += len(p["roles"])
            if p["age"] is not None:
                n["ages"] += 1
                if not isinstance(p["age"], int) or str(p["age"]) not in text:
                    problems.append(f"{where}: age not stated: {p['age']!r}")
            if p["party"] is not None:
                n["parties"] += 1
                if p["party"] not in PARTIES:
                    problems.append(f"{where}: unknown party {p['party']!r}")
        for c in d["credits"]:
            n["credits"] += 1
            if c not in per_mentions:
                problems.append(f"{where}: credit not among PER entities: {c!r}")
    if n["paragraphs"] < min_paragraphs or n["people"] < min_people:
        problems.append(f"people: below the minimum sizes: {dict(n)}")
    return n


# people sets and their minimum sizes (paragraphs, story people)
PEOPLE_SETS: list[tuple[str, int, int]] = [
    ("people_gold_5.json", 32, 70),
    ("people_gold_p2.json", 30, 60),
    ("people_gold_p3.json", 12, 25),
    ("people_gold_p4.json", 12, 20),
    ("people_gold_p5.json", 12, 20),
    ("people_gold_p6.json", 30, 60),
    ("people_gold_p7.json", 32, 65),
    ("people_gold_p8.json", 34, 70),
    ("people_gold_p9.json", 34, 70),
    ("people_gold_p10.json", 36, 80),
    ("people_gold_p11.json", 36, 80),
    ("people_gold_p12.json", 30, 60),
    ("people_gold_p13.json", 36, 85),
    ("people_gold_p14.json", 36, 85),
    ("people_gold_p15.json", 40, 90),
    ("people_gold_p16.json", 40, 90),
    ("people_gold_p17.json", 40, 90),
    ("people_gold_p18.json", 40, 90),
    ("people_gold_p19.json", 40, 90),
    ("people_gold_p20.json", 40, 90),
    ("people_gold_p21.json", 40, 90),
    ("people_gold_p22.json", 40, 90),
    ("people_gold_p23.json", 40, 90),
    ("people_gold_p24.json", 40, 90),
    ("people_gold_p25.json", 40, 90),
    ("people_gold_p26.json", 40, 90),
    ("people_gold_p27.json", 40, 90),
    ("people_gold_p28.json", 40, 90),
    ("people_gold_p29.json", 40, 90),
    ("people_gold_p30.json", 40, 90),
    ("people_gold_p31.json", 40, 90),
]


def main() -> int:
    problems: list[str] = []
    q = check_quotes(HERE / "quotes_gold.json", problems)
    print(
        f"quotes_gold.json: {q['paragraphs']} paragraphs, {q['quotes']} quotes "
        f"({q['direct']} direct, {q['indirect']} indirect, {q['no speaker']} without speaker), "
        f"{q['not_quotes']} listed non-quotes, {q['people']} people"
    )
    for name, min_paragraphs, min_people in PEOPLE_SETS:
        n = check_people(HERE / name, problems, min_paragraphs, min_people)
        print(
            f"{name}: {n['paragraphs']} paragraphs, {n['people']} people, "
            f"{n['roles']} roles, {n['ages']} ages, {n['parties']} parties, "
            f"{n['credits']} credits, {n['entities']} entities "
            f"(PER {n['PER']}, LOC {n['LOC']}, ORG {n['ORG']})"
        )
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
