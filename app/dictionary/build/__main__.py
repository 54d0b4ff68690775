"""``python -m app.dictionary.build --source PATH/de-en.txt.gz [--output-dir DIR]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.core.paths import resources_dir
from app.dictionary.build.database import SUPPLEMENT_NAME, build_database, compress
from app.dictionary.store import COMPRESSED_NAME, DATABASE_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m app.dictionary.build",
        description="Convert Ding's de-en.txt(.gz) into Leselupe's SQLite dictionary.",
    )
    parser.add_argument("--source", type=Path, required=True, help="Ding de-en.txt or .txt.gz")
    default_dir = resources_dir() / "dictionary"
    parser.add_argument("--output-dir", type=Path, default=default_dir)
    parser.add_argument("--no-compress", action="store_true", help="keep only the .sqlite")
    parser.add_argument(
        "--no-lemma-table", action="store_true",
        help="leave out the form -> lemma pairs taken from simplemma's data",
    )  # fmt: skip
    args = parser.parse_args(argv)
    out_dir: Path = args.output_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    database = out_dir / DATABASE_NAME
    stats = build_database(
        args.source, database, supplement=default_dir / SUPPLEMENT_NAME,
        progress=lambda m: print(m, file=sys.stderr),
        lemma_pairs=[] if args.no_lemma_table else None,
    )  # fmt: skip
    print(", ".join(f"{k}: {v:,}" for k, v in stats.items()))
    print(f"{database}: {database.stat().st_size / 1e6:.1f} MB")
    if not args.no_compress:
        size = compress(database, out_dir / COMPRESSED_NAME)
        database.unlink()
        print(f"{out_dir / COMPRESSED_NAME}: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
