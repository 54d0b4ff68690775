"""Which spaCy pipeline Leselupe uses, loaded once per process.

Order of preference (the first that loads wins):

1. an explicit name or path given to :func:`load_pipeline`;
2. the environment variable ``LESELUPE_MODEL``;
3. ``de_core_news_sm`` when that package is installed;
4. the pipeline bundled under ``resources/models/``;
5. a rule-based pipeline built in code (sentences, lemmas, name rules), so the
   app works even when every model on disk is missing or broken.

A candidate that fails to load prints one clear message on stderr and the next
one is tried. This module must not import Qt.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import json
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import env
from app.core.gcpolicy import settle
from app.core.paths import models_dir

if TYPE_CHECKING:
    from spacy.language import Language

ENV_VAR = env.MODEL.name
PREFERRED_PACKAGE = "de_core_news_sm"
BUNDLED_MODEL_NAME = "de_leselupe"
RULES_PIPELINE_NAME = "leselupe_rules"


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    """What is loaded and where it came from."""

    name: str
    version: str
    components: tuple[str, ...]
    labels: tuple[str, ...]
    origin: str  # "argument", "environment", "installed package", "bundled", "built-in rules"
    path: str | None
    sources: tuple[str, ...] = ()


_lock = threading.RLock()
_cache: dict[str, tuple[Language, PipelineInfo]] = {}
_active_key: str | None = None
_messages_shown: set[str] = set()


def _warn(message: str) -> None:
    """Print a message once per process."""
    if message not in _messages_shown:
        _messages_shown.add(message)
        print(f"leselupe: {message}", file=sys.stderr)


def bundled_model_path() -> Path:
    """Where the bundled trained pipeline lives."""
    return models_dir() / BUNDLED_MODEL_NAME


def _candidates(name: str | None) -> list[tuple[str, str]]:
    """(spec, origin) pairs in order of preference."""
    out: list[tuple[str, str]] = []
    if name:
        out.append((name, "argument"))
    configured = env.value(env.MODEL)
    if configured:
        out.append((configured, "environment"))
    if _find_module(PREFERRED_PACKAGE):
        out.append((PREFERRED_PACKAGE, "installed package"))
    out.append((str(bundled_model_path()), "bundled"))
    out.append((RULES_PIPELINE_NAME, "built-in rules"))
    return out


def _is_path_spec(spec: str) -> bool:
    return os.sep in spec or spec.startswith((".", "~")) or Path(spec).exists()


def _find_module(name: str) -> bool:
    if not name.isidentifier():
        return False
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _load_one(spec: str, origin: str) -> tuple[Language, PipelineInfo]:
    # deferred, as spaCy is: registers Leselupe's spaCy factories before any pipeline loads
    import app.nlp.components  # noqa: F401
    from app.nlp.rules import build_rules_pipeline

    path: str | None
    if spec == RULES_PIPELINE_NAME:
        nlp = build_rules_pipeline()
        path = None
    elif _is_path_spec(spec):
        path_obj = Path(spec).expanduser()
        if not (path_obj / "config.cfg").is_file():
            raise OSError(f"no spaCy pipeline at {path_obj} (config.cfg is missing)")
        nlp = load_directory(path_obj)
        path = str(path_obj.resolve())
    elif _find_module(spec):
        # An installed pipeline package such as de_core_news_sm: the documented
        # ``package.load()`` entry point (what spacy.load does for packages).
        module = importlib.import_module(spec)
        nlp = module.load()
        path = _package_path(spec)
    else:
        raise OSError(f"no installed spaCy pipeline package named {spec!r}")
    return nlp, describe(nlp, origin, path)


def load_directory(path: Path) -> Language:
    """``spacy.load`` of a pipeline directory.

    The bundled pipeline keeps spaCy's default German tokenizer, which its config
    already builds; reading the saved copy again would add its ~400 exceptions a second
    time (a third of the loading time), so that file is skipped for it alone.
    """
    import spacy  # deferred: spaCy takes a second to import

    import app.nlp.components  # noqa: F401  (registers Leselupe's spaCy factories)

    same = path.resolve() == bundled_model_path().resolve()
    nlp = spacy.load(path, exclude=["tokenizer"] if same else [])
    if nlp.lang == "de":
        split_legal_form_stops(nlp)
    return nlp


# Legal forms ending in a capital after a small letter, which spaCy's German tokenizer
# keeps together with a sentence's full stop ("... Hessen GmbH." -> one token "GmbH.");
# none of them is written with a full stop of its own.
_STOPLESS_LEGAL_FORMS = ("GmbH", "gGmbH", "mbH", "KGaA", "GbR", "SpA")


def split_legal_form_stops(nlp: Language) -> None:
    """'GmbH.' -> 'GmbH' + '.': the full stop ends the sentence, not the company's name;
    the Dutch name article "'t" stays one token."""
    from spacy.tokenizer import Tokenizer  # deferred: spaCy takes a second to import

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for form in _STOPLESS_LEGAL_FORMS:
        tokenizer.add_special_case(f"{form}.", [{"ORTH": form}, {"ORTH": "."}])
    for article in _NAME_ARTICLES:
        tokenizer.add_special_case(article, [{"ORTH": article}])
    for abbreviation in _KEPT_ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])


# The Dutch article in names, one token like the particles around it ("van 't Hof"; the
# default tokenizer splits off the apostrophe).
_NAME_ARTICLES = ("'t", "’t")
# Abbreviations the default German tokenizer splits from their full stop although it keeps
# their kin whole ("Jr." is one token): "Sr." after a name ("Harold Pickett Sr. sprach", the
# generational suffix) and before one ("Sr. Maria Lioba", a nun's title).
_KEPT_ABBREVIATIONS = ("Sr.",)


def _package_path(package: str) -> str | None:
    found = importlib.util.find_spec(package)
    if found is None or not found.submodule_search_locations:
        return None
    return str(next(iter(found.submodule_search_locations)))


def describe(nlp: Language, origin: str, path: str | None) -> PipelineInfo:
    """A :class:`PipelineInfo` for a loaded pipeline."""
    meta = nlp.meta
    labels: set[str] = set()
    for pipe_name, pipe in nlp.pipeline:
        pipe_labels = getattr(pipe, "labels", None)
        if pipe_name in {"ner", "entity_ruler", "leselupe_names"} or pipe_name.endswith("ner"):
            with contextlib.suppress(TypeError, ValueError):
                labels.update(str(label) for label in (pipe_labels or ()))
    sources = tuple(
        str(src.get("name", src)) if isinstance(src, dict) else str(src)
        for src in meta.get("sources", []) or []
    )
    lang = meta.get("lang", "de")
    raw_name = str(meta.get("name", "pipeline"))
    full_name = raw_name if raw_name.startswith(f"{lang}_") else f"{lang}_{raw_name}"
    return PipelineInfo(
        name=full_name,
        version=str(meta.get("version", "0.0.0")),
        components=tuple(nlp.pipe_names),
        labels=tuple(sorted(labels)),
        origin=origin,
        path=path,
        sources=sources,
    )


def load_pipeline_with_info(name: str | None = None) -> tuple[Language, PipelineInfo]:
    """Load (once) the best available pipeline and describe it."""
    global _active_key
    with _lock:
        key = name or ""
        if key in _cache:
            return _cache[key]
        errors: list[str] = []
        for spec, origin in _candidates(name):
            try:
                result = _load_one(spec, origin)
            except Exception as exc:  # a broken model must never crash the app
                reason = (
                    str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                )
                _warn(f"could not load the spaCy pipeline {spec!r} ({origin}): {reason}")
                errors.append(reason)
                continue
            _cache[key] = result
            _active_key = key
            settle()  # a pipeline is ~100,000 long-lived objects
            return result
        raise RuntimeError("no spaCy pipeline could be loaded: " + "; ".join(errors))


def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline to use: see the module docstring for the order."""
    return load_pipeline_with_info(name)[0]


def active_pipeline_info() -> PipelineInfo | None:
    """Info on the most recently loaded pipeline, or None before any load."""
    with _lock:
        if _active_key is None or _active_key not in _cache:
            return None
        return _cache[_active_key][1]


def clear_cache() -> None:
    """Forget loaded pipelines (for tests)."""
    global _active_key
    with _lock:
        _cache.clear()
        _active_key = None
        _messages_shown.clear()


def read_meta(path: Path) -> dict[str, object]:
    """The meta.json of a pipeline directory ({} when missing or unreadable)."""
    try:
        data = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
