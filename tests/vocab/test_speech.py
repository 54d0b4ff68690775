"""Read aloud with espeak-ng: a real German WAV, a cancellable speaker, a clear hint."""

from __future__ import annotations

import os
import sys
import threading
import time
import wave
from pathlib import Path

import pytest

from app.vocab import speech


def _need_espeak() -> None:
    """espeak-ng is installed by .ci/run: under CI its absence is a failure."""
    if speech.available():
        return
    message = f"espeak-ng is not installed ({speech.INSTALL_HINT})"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def test_renders_a_german_wav(tmp_path: Path) -> None:
    _need_espeak()
    assert speech.unavailable_reason() is None
    path = speech.render_wav(
        "Die Bundesregierung kündigte am Mittwoch neue Regeln für Häuser an.", tmp_path / "s.wav"
    )
    with wave.open(str(path), "rb") as audio:
        seconds = audio.getnframes() / audio.getframerate()
        assert audio.getnchannels() == 1
    assert seconds > 0.5


def test_text_is_never_an_option(tmp_path: Path) -> None:
    _need_espeak()
    path = speech.render_wav("--help -w /dev/null", tmp_path / "dash.wav")
    with wave.open(str(path), "rb") as audio:
        assert audio.getnframes() > 0
    assert "--help" not in speech.command()


def test_speaker_is_cancellable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel kills the process at once; the next utterance plays to its end.

    A stand-in that reads the text and then takes 60 s replaces espeak-ng here, so
    the test does not depend on how fast speech is synthesised or on a sound card
    (espeak-ng itself is exercised by the WAV tests)."""
    slow = [sys.executable, "-c", "import sys, time; sys.stdin.read(); time.sleep(60)"]
    quick = [sys.executable, "-c", "import sys; sys.stdin.read()"]
    commands = iter([slow, quick])
    monkeypatch.setattr(speech, "command", lambda **kw: next(commands))
    done: list[bool] = []
    finished = threading.Event()

    def on_done(completed: bool) -> None:
        done.append(completed)
        finished.set()

    speaker = speech.Speaker(on_done=on_done)
    assert speaker.say("Hallo " * 400)
    time.sleep(0.3)
    assert speaker.is_speaking()
    start = time.monotonic()
    speaker.cancel()
    assert time.monotonic() - start < 5
    assert finished.wait(5) and done == [False]
    assert not speaker.is_speaking()
    finished.clear()
    assert speaker.say("Guten Tag.")
    assert finished.wait(30) and done[-1] is True and speaker.error is None


def test_missing_espeak_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    assert not speech.available()
    assert speech.unavailable_reason() == speech.INSTALL_HINT
    assert "sudo apt install espeak-ng" in speech.INSTALL_HINT
    speaker = speech.Speaker()
    assert not speaker.say("Hallo")
    assert speaker.error == speech.INSTALL_HINT
    with pytest.raises(speech.SpeechUnavailable, match="apt install espeak-ng"):
        speech.render_wav("Hallo", Path(os.devnull))
    assert not speaker.say("   ")


ALSA_FAILURE = [
    "ALSA lib confmisc.c:855:(parse_card) cannot find card '0'",
    "ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default",
    "error: No such file or directory",
]


def test_no_sound_names_a_missing_audio_output() -> None:
    message = speech.no_sound(ALSA_FAILURE)
    assert message is not None and message.startswith(speech.NO_SOUND)
    assert message.endswith("(error: No such file or directory)")
    assert speech.no_sound([]) is None
    assert speech.no_sound(["some unrelated warning"]) is None
    # ALSA's warnings without espeak-ng's own error: sound may well play (PulseAudio)
    assert speech.no_sound(ALSA_FAILURE[:2]) is None


def test_speaker_reports_espeak_exiting_0_without_sound(monkeypatch: pytest.MonkeyPatch) -> None:
    """espeak-ng exits 0 when no audio device opens; the reader hears nothing, so
    the speaker calls that a failure with a message instead of a finished utterance."""
    noise = "\n".join(ALSA_FAILURE)
    script = f"import sys; sys.stdin.read(); sys.stderr.write({noise!r})"
    done: list[bool] = []
    finished = threading.Event()

    def on_done(completed: bool) -> None:
        done.append(completed)
        finished.set()

    monkeypatch.setattr(speech, "command", lambda **_kw: [sys.executable, "-c", script])
    speaker = speech.Speaker(on_done=on_done)
    assert speaker.say("Hallo")
    assert finished.wait(30)
    assert done == [False]
    assert speaker.error is not None and speaker.error.startswith(speech.NO_SOUND)


def test_the_speaker_is_done_when_on_done_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window turns Stop Reading Aloud off in on_done when nothing is speaking;
    the thread that calls on_done must not count as speaking any more."""
    monkeypatch.setattr(speech, "command", lambda **_kw: [sys.executable, "-c", "pass"])
    seen: list[bool] = []
    finished = threading.Event()
    speaker = speech.Speaker(
        on_done=lambda _c: (seen.append(speaker.is_speaking()), finished.set())
    )
    assert speaker.say("Hallo")
    assert finished.wait(30)
    assert seen == [False]
