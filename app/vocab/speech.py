"""Read German aloud with espeak-ng (``espeak-ng -v de``) in a subprocess.

:class:`Speaker` runs one utterance at a time on a daemon thread of its own,
so :meth:`Speaker.say` returns at once on whatever thread calls it; a new
utterance or :meth:`Speaker.cancel` kills the one playing (the process is killed,
not asked). The text goes to espeak-ng on standard input, never on its command
line (a word starting with "-" is not an option). When espeak-ng is not on PATH,
:func:`available` is False and :data:`INSTALL_HINT` says how to get it.
:func:`render_wav` writes the speech to a WAV file instead (tests, exports).
No Qt here.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

PROGRAM = "espeak-ng"
VOICE = "de"
DEFAULT_SPEED = 150  # words per minute; espeak-ng's default 175 is quick for learners
INSTALL_HINT = "Reading aloud needs espeak-ng: sudo apt install espeak-ng"
MAX_CHARS = 5_000
RENDER_TIMEOUT_S = 60.0


class SpeechUnavailable(RuntimeError):
    """espeak-ng is missing or failed; the message is for the user."""


def program() -> str | None:
    """The path of espeak-ng, or None when it is not installed."""
    return shutil.which(PROGRAM)


def available() -> bool:
    return program() is not None


def unavailable_reason() -> str | None:
    """None when speech works, else :data:`INSTALL_HINT` (the disabled action's tooltip)."""
    return None if available() else INSTALL_HINT


def command(*, speed: int = DEFAULT_SPEED, wav: Path | None = None) -> list[str]:
    """The espeak-ng command line (the text is sent on standard input)."""
    exe = program()
    if exe is None:
        raise SpeechUnavailable(INSTALL_HINT)
    cmd = [exe, "-v", VOICE, "-s", str(int(speed)), "--stdin"]
    if wav is not None:
        cmd += ["-w", str(wav)]
    return cmd


def _clean(text: str) -> str:
    return " ".join(text.split())[:MAX_CHARS]


def render_wav(text: str, path: Path, *, speed: int = DEFAULT_SPEED) -> Path:
    """Write ``text`` spoken in German to the WAV file ``path``; returns ``path``."""
    try:
        result = subprocess.run(
            command(speed=speed, wav=path),
            input=_clean(text).encode("utf-8"),
            capture_output=True,
            timeout=RENDER_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SpeechUnavailable(f"espeak-ng failed: {exc}") from exc
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SpeechUnavailable(f"espeak-ng failed: {detail[-1] if detail else result.returncode}")
    return path


NO_SOUND = "No sound: espeak-ng could not play on this computer's audio output"


def no_sound(stderr_lines: list[str]) -> str | None:
    """What to tell the reader when espeak-ng ran but could not play: it exits 0
    then, with its own "error: …" line after the sound system's complaints. ALSA's
    warnings alone are no failure (they are printed on systems where sound plays)."""
    if not any(line.strip().lower().startswith("error:") for line in stderr_lines):
        return None
    last = stderr_lines[-1].strip()
    return f"{NO_SOUND} ({last})"


class Speaker:
    """Speaks one text at a time off the caller's thread; cancellable.

    ``on_done(completed)`` (optional) is called on the speaker's thread when an
    utterance ends: True when it played to the end, False when it was cancelled
    or failed. :attr:`error` holds the last failure's message.
    """

    def __init__(
        self, *, speed: int = DEFAULT_SPEED, on_done: Callable[[bool], None] | None = None
    ) -> None:
        self.speed = speed
        self._on_done = on_done
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None
        self._generation = 0
        self.error: str | None = None

    @staticmethod
    def is_available() -> bool:
        return available()

    def is_speaking(self) -> bool:
        with self._lock:
            return self._thread is not None and self._thread.is_alive()

    def say(self, text: str) -> bool:
        """Start speaking ``text`` (stopping what is being said); False when
        espeak-ng is missing or the text is empty."""
        text = _clean(text)
        if not text:
            return False
        self.error = None
        try:
            cmd = command(speed=self.speed)
        except SpeechUnavailable as exc:
            self.error = str(exc)
            return False
        self.cancel()
        with self._lock:
            self._generation += 1
            generation = self._generation
            thread = threading.Thread(
                target=self._run, args=(cmd, text, generation), name="leselupe-speech", daemon=True
            )
            self._thread = thread
        thread.start()
        return True

    def cancel(self) -> None:
        """Stop speaking now (kills espeak-ng); waits until its thread is done."""
        with self._lock:
            self._generation += 1
            proc, thread = self._proc, self._thread
        if proc is not None:
            with contextlib.suppress(OSError):
                proc.kill()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5.0)

    def start(self, text: str) -> bool:
        """The same as :meth:`say`."""
        return self.say(text)

    def _run(self, cmd: list[str], text: str, generation: int) -> None:
        completed = False
        try:
            with self._lock:
                if generation != self._generation:
                    return  # cancelled before it started
                proc = subprocess.Popen(
                    cmd,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
                self._proc = proc
            try:
                _, err = proc.communicate(text.encode("utf-8"))
            finally:
                with self._lock:
                    if self._proc is proc:
                        self._proc = None
            completed = proc.returncode == 0
            lines = err.decode("utf-8", "replace").strip().splitlines()
            if not completed and proc.returncode > 0:
                self.error = f"espeak-ng failed: {lines[-1] if lines else proc.returncode}"
            elif completed and generation == self._generation and (silent := no_sound(lines)):
                completed = False  # espeak-ng exits 0 when it cannot play: say so
                self.error = silent
        except OSError as exc:
            self.error = f"espeak-ng failed: {exc}"
        finally:
            with self._lock:  # done speaking before on_done: is_speaking() is False there
                if self._thread is threading.current_thread():
                    self._thread = None
            if self._on_done is not None:
                with contextlib.suppress(Exception):  # a callback's bug must not kill the thread
                    self._on_done(completed)
