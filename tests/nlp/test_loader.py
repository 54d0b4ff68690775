"""Which pipeline load_pipeline() picks, and that failures fall through cleanly.

``de_core_news_sm`` cannot be installed here, so these tests build a tiny
stand-in package of that name (a *test double*: spaCy's blank German with a
sentencizer) and put it on ``sys.path``; the loading code is the same for the
real package.
"""

from __future__ import annotations

import importlib
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy

import app.nlp as nlp_module
from app.nlp import (
    ENV_VAR,
    PREFERRED_PACKAGE,
    RULES_PIPELINE_NAME,
    load_pipeline,
    load_pipeline_with_info,
)

pytestmark = pytest.mark.usefixtures("fresh_pipelines")


def _save_pipeline(path: Path, name: str) -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"] = name
    nlp.meta["version"] = "9.9.9"
    nlp.to_disk(path)


@pytest.fixture()
def fake_core_news_sm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A test double installed as an importable package named de_core_news_sm."""
    pkg = tmp_path / "site" / PREFERRED_PACKAGE
    pkg.mkdir(parents=True)
    _save_pipeline(pkg / "data", "core_news_sm_test_double")
    (pkg / "__init__.py").write_text(
        textwrap.dedent(
            """
            from pathlib import Path
            import spacy

            def load(**overrides):
                return spacy.load(Path(__file__).parent / "data", **overrides)
            """
        )
    )
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    importlib.invalidate_caches()
    yield pkg
    sys.modules.pop(PREFERRED_PACKAGE, None)


@pytest.fixture()
def no_bundled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    missing = tmp_path / "no-model-here"
    monkeypatch.setattr(nlp_module, "bundled_model_path", lambda: missing)
    return missing


def test_core_news_sm_is_preferred_over_bundled(fake_core_news_sm: Path) -> None:
    nlp, info = load_pipeline_with_info()
    assert info.origin == "installed package"
    assert info.name == "de_core_news_sm_test_double"
    assert nlp.pipe_names == ["sentencizer"]


def test_bundled_is_used_without_core_news_sm() -> None:
    assert importlib.util.find_spec(PREFERRED_PACKAGE) is None, (
        "these tests assume de_core_news_sm is not installed"
    )
    _, info = load_pipeline_with_info()
    bundled = nlp_module.bundled_model_path()
    if (bundled / "config.cfg").is_file():
        assert info.origin == "bundled"
        assert info.path == str(bundled.resolve())
    else:
        assert info.origin == "built-in rules"


def test_environment_beats_installed_package(
    fake_core_news_sm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_pipeline(tmp_path / "env-model", "from_env")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env-model"))
    _, info = load_pipeline_with_info()
    assert info.origin == "environment"
    assert info.name == "de_from_env"


def test_explicit_name_beats_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _save_pipeline(tmp_path / "env-model", "from_env")
    _save_pipeline(tmp_path / "arg-model", "from_arg")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env-model"))
    _, info = load_pipeline_with_info(str(tmp_path / "arg-model"))
    assert info.origin == "argument"
    assert info.name == "de_from_arg"


def test_pipeline_is_loaded_once(no_bundled: Path) -> None:
    assert load_pipeline() is load_pipeline()


def test_broken_candidates_fall_through_with_one_message(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_bundled: Path,
) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.cfg").write_text("[nlp]\nthis is not a spaCy config\n")
    monkeypatch.setenv(ENV_VAR, "no_such_pipeline_package")
    nlp, info = load_pipeline_with_info(str(broken))
    assert info.origin == "built-in rules"
    assert nlp("Das ist ein Satz.")[0].text == "Das"
    err = capsys.readouterr().err.strip().splitlines()
    # one line per failed candidate: the argument, the environment, the bundled model
    assert len(err) == 3
    assert all(line.startswith("leselupe: could not load") for line in err)
    assert "Traceback" not in "".join(err)


def test_corrupt_model_weights_fall_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    model = tmp_path / "model"
    nlp = spacy.blank("de")
    nlp.add_pipe("ner").add_label("PER")
    nlp.initialize()
    nlp.to_disk(model)
    (model / "ner" / "model").write_bytes(b"\x00garbage")
    monkeypatch.setattr(nlp_module, "bundled_model_path", lambda: model)
    _, info = load_pipeline_with_info()
    assert info.origin == "built-in rules"
    assert "could not load" in capsys.readouterr().err


def test_rules_pipeline_by_name() -> None:
    _, info = load_pipeline_with_info(RULES_PIPELINE_NAME)
    assert info.origin == "argument"
    assert "PER" in info.labels
    assert {"sentencizer", "leselupe_lemmatizer"} <= set(info.components)


def test_info_command_names_the_pipeline(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert "Pipeline:" in out and "Origin:" in out and "Components:" in out and "Labels:" in out
