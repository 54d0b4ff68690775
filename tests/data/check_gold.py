"""Check the hand-written gold sets of tests/data for internal consistency.

    python tests/data/check_gold.py

Checks that quotes_gold.json, people_gold_5.json and people_gold_p2.json to
people_gold_p16.json and people_gold_p19.json load, that every quote, speaker,
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


def main() -> int:
    problems: list[str] = []
    q = check_quotes(HERE / "quotes_gold.json", problems)
    p = check_people(HERE / "people_gold_5.json", problems)
    p2 = check_people(HERE / "people_gold_p2.json", problems, 30, 60)
    p3 = check_people(HERE / "people_gold_p3.json", problems, 12, 25)
    p4 = check_people(HERE / "people_gold_p4.json", problems, 12, 20)
    p5 = check_people(HERE / "people_gold_p5.json", problems, 12, 20)
    p6 = check_people(HERE / "people_gold_p6.json", problems, 30, 60)
    p7 = check_people(HERE / "people_gold_p7.json", problems, 32, 65)
    p8 = check_people(HERE / "people_gold_p8.json", problems, 34, 70)
    p9 = check_people(HERE / "people_gold_p9.json", problems, 34, 70)
    p10 = check_people(HERE / "people_gold_p10.json", problems, 36, 80)
    p11 = check_people(HERE / "people_gold_p11.json", problems, 36, 80)
    p12 = check_people(HERE / "people_gold_p12.json", problems, 30, 60)
    p13 = check_people(HERE / "people_gold_p13.json", problems, 36, 85)
    p14 = check_people(HERE / "people_gold_p14.json", problems, 36, 85)
    p15 = check_people(HERE / "people_gold_p15.json", problems, 40, 90)
    p16 = check_people(HERE / "people_gold_p16.json", problems, 40, 90)
    p19 = check_people(HERE / "people_gold_p19.json", problems, 40, 90)
    print(
        f"quotes_gold.json: {q['paragraphs']} paragraphs, {q['quotes']} quotes "
        f"({q['direct']} direct, {q['indirect']} indirect, {q['no speaker']} without speaker), "
        f"{q['not_quotes']} listed non-quotes, {q['people']} people"
    )
    print(
        f"people_gold_5.json: {p['paragraphs']} paragraphs, {p['people']} people, "
        f"{p['roles']} roles, {p['ages']} ages, {p['parties']} parties, {p['credits']} credits, "
        f"{p['entities']} entities (PER {p['PER']}, LOC {p['LOC']}, ORG {p['ORG']})"
    )
    print(
        f"people_gold_p2.json: {p2['paragraphs']} paragraphs, {p2['people']} people, "
        f"{p2['roles']} roles, {p2['ages']} ages, {p2['parties']} parties, "
        f"{p2['credits']} credits, {p2['entities']} entities"
    )
    print(
        f"people_gold_p3.json: {p3['paragraphs']} paragraphs, {p3['people']} people, "
        f"{p3['roles']} roles, {p3['ages']} ages, {p3['credits']} credits"
    )
    print(
        f"people_gold_p4.json: {p4['paragraphs']} paragraphs, {p4['people']} people, "
        f"{p4['roles']} roles, {p4['ages']} ages, {p4['credits']} credits"
    )
    print(
        f"people_gold_p5.json: {p5['paragraphs']} paragraphs, {p5['people']} people, "
        f"{p5['roles']} roles, {p5['ages']} ages, {p5['credits']} credits"
    )
    print(
        f"people_gold_p6.json: {p6['paragraphs']} paragraphs, {p6['people']} people, "
        f"{p6['roles']} roles, {p6['ages']} ages, {p6['parties']} parties, "
        f"{p6['credits']} credits, {p6['entities']} entities"
    )
    print(
        f"people_gold_p7.json: {p7['paragraphs']} paragraphs, {p7['people']} people, "
        f"{p7['roles']} roles, {p7['ages']} ages, {p7['parties']} parties, "
        f"{p7['credits']} credits, {p7['entities']} entities"
    )
    print(
        f"people_gold_p8.json: {p8['paragraphs']} paragraphs, {p8['people']} people, "
        f"{p8['roles']} roles, {p8['ages']} ages, {p8['parties']} parties, "
        f"{p8['credits']} credits, {p8['entities']} entities"
    )
    print(
        f"people_gold_p9.json: {p9['paragraphs']} paragraphs, {p9['people']} people, "
        f"{p9['roles']} roles, {p9['ages']} ages, {p9['parties']} parties, "
        f"{p9['credits']} credits, {p9['entities']} entities"
    )
    print(
        f"people_gold_p10.json: {p10['paragraphs']} paragraphs, {p10['people']} people, "
        f"{p10['roles']} roles, {p10['ages']} ages, {p10['parties']} parties, "
        f"{p10['credits']} credits, {p10['entities']} entities "
        f"(PER {p10['PER']}, LOC {p10['LOC']}, ORG {p10['ORG']})"
    )
    print(
        f"people_gold_p11.json: {p11['paragraphs']} paragraphs, {p11['people']} people, "
        f"{p11['roles']} roles, {p11['ages']} ages, {p11['parties']} parties, "
        f"{p11['credits']} credits, {p11['entities']} entities "
        f"(PER {p11['PER']}, LOC {p11['LOC']}, ORG {p11['ORG']})"
    )
    print(
        f"people_gold_p12.json: {p12['paragraphs']} paragraphs, {p12['people']} people, "
        f"{p12['roles']} roles, {p12['ages']} ages, {p12['parties']} parties, "
        f"{p12['credits']} credits, {p12['entities']} entities "
        f"(PER {p12['PER']}, LOC {p12['LOC']}, ORG {p12['ORG']})"
    )
    print(
        f"people_gold_p13.json: {p13['paragraphs']} paragraphs, {p13['people']} people, "
        f"{p13['roles']} roles, {p13['ages']} ages, {p13['parties']} parties, "
        f"{p13['credits']} credits, {p13['entities']} entities "
        f"(PER {p13['PER']}, LOC {p13['LOC']}, ORG {p13['ORG']})"
    )
    print(
        f"people_gold_p14.json: {p14['paragraphs']} paragraphs, {p14['people']} people, "
        f"{p14['roles']} roles, {p14['ages']} ages, {p14['parties']} parties, "
        f"{p14['credits']} credits, {p14['entities']} entities "
        f"(PER {p14['PER']}, LOC {p14['LOC']}, ORG {p14['ORG']})"
    )
    print(
        f"people_gold_p15.json: {p15['paragraphs']} paragraphs, {p15['people']} people, "
        f"{p15['roles']} roles, {p15['ages']} ages, {p15['parties']} parties, "
        f"{p15['credits']} credits, {p15['entities']} entities "
        f"(PER {p15['PER']}, LOC {p15['LOC']}, ORG {p15['ORG']})"
    )
    print(
        f"people_gold_p16.json: {p16['paragraphs']} paragraphs, {p16['people']} people, "
        f"{p16['roles']} roles, {p16['ages']} ages, {p16['parties']} parties, "
        f"{p16['credits']} credits, {p16['entities']} entities "
        f"(PER {p16['PER']}, LOC {p16['LOC']}, ORG {p16['ORG']})"
    )
    print(
        f"people_gold_p19.json: {p19['paragraphs']} paragraphs, {p19['people']} people, "
        f"{p19['roles']} roles, {p19['ages']} ages, {p19['parties']} parties, "
        f"{p19['credits']} credits, {p19['entities']} entities "
        f"(PER {p19['PER']}, LOC {p19['LOC']}, ORG {p19['ORG']})"
    )
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
