"""Where the development tools read the third-party data sets that are not in the repository.

Layout (sources and licenses in NOTICE): ``ding/de-en.txt.gz`` (the Ding
dictionary), ``ner/`` (the German NER corpora), ``ud/*.conllu`` (Universal
Dependencies German), ``uner_de_pud/de_pud-ud-test.iob2`` (Universal NER German PUD, see
training/uner.py). The default folder is ``data/`` at the top of the
repository (git-ignored; a symbolic link to wherever the data lives is
enough); every tool that reads it also takes ``--data DIR``. The app itself
never reads this folder.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO / "data"


def ding_file(data: Path = DEFAULT_DATA) -> Path:
    return data / "ding" / "de-en.txt.gz"


def ud_dir(data: Path = DEFAULT_DATA) -> Path:
    return data / "ud"
