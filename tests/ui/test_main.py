"""The window's entry point: the application object and its message handling (app.ui.main)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType

from app.ui import main


def test_application_is_made_once_with_the_bundled_fonts(app) -> None:
    assert main.make_application() is app
    assert app.font().family() == "Inter"
    assert sys.getswitchinterval() <= 0.002  # workers hand the interpreter back soon


def test_platform_noise_and_debug_messages_are_not_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    context = QMessageLogContext()
    main._message_handler(QtMsgType.QtWarningMsg, context, "This plugin does not support raise()")
    main._message_handler(QtMsgType.QtDebugMsg, context, "debug chatter")
    main._message_handler(QtMsgType.QtWarningMsg, context, "a real problem")
    assert capsys.readouterr().err == "a real problem\n"


def test_process_age_is_positive() -> None:
    assert main.process_age_ms() > 0
