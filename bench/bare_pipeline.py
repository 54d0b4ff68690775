"""The bare baseline: load_pipeline() and nlp.pipe over the paragraphs (lines) of a file.

Deliberately imports nothing of Leselupe but the loader, so that any extra cost of
``leselupe analyze`` shows up in the comparison.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from app.nlp import load_pipeline

text = Path(sys.argv[1]).read_text(encoding="utf-8")
paragraphs = [p for p in re.findall(r"[^\n]+", text) if p.strip()]
nlp = load_pipeline()
for _doc in nlp.pipe(paragraphs, batch_size=32):
    pass
