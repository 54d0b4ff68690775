"""The status bar: what is happening (with a slim progress bar), the model, short messages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar

from app.nlp import PipelineInfo


class StatusLine:
    """The window's status bar: a line of text, a busy bar and the model's name at the right."""

    def __init__(self, window: QMainWindow) -> None:
        self.bar = window.statusBar()
        self.bar.setSizeGripEnabled(False)
        self.label = QLabel("", window)
        # Plain text: it shows file names, and a name like "<img src=x>.txt" must not
        # make Qt render markup and read files (issue 7).
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(window)
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.model_label = QLabel("", window)
        self.model_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model_label.setToolTip("The language model that analyses the text")
        #: What the line says when nothing is going on (the document's summary).
        self.resting = ""
        self.bar.addWidget(self.label, 1)
        self.bar.addPermanentWidget(self.progress)
        self.bar.addPermanentWidget(self.model_label)
        # A temporary message replaces the word count instead of being painted over it
        # (QStatusBar only hides normal widgets while the window is already visible).
        self.bar.messageChanged.connect(self.sync)

    def sync(self, message: str = "") -> None:
        """Show the line of text only while no temporary message covers it."""
        self.label.setVisible(not message)

    def busy(self, message: str) -> None:
        """Say what is going on (until :meth:`idle`), with the busy bar (length unknown)."""
        self.label.setText(message)
        self.progress.setRange(0, 0)
        self.progress.setToolTip("")
        self.progress.show()

    def progress_to(self, fraction: float, message: str) -> None:
        """Something is under way and ``fraction`` (0-1) of it done.

        The slim bar fills up to the fraction (its tooltip and ``message`` give
        the number: the bar is too slim for text)."""
        fraction = max(0.0, min(1.0, fraction))
        self.label.setText(message)
        self.progress.setRange(0, 1000)
        self.progress.setValue(round(fraction * 1000))
        self.progress.setToolTip(f"{fraction:.0%} analysed")
        self.progress.show()

    def idle(self) -> None:
        """Nothing is going on any more: the line says what it said before :meth:`busy`."""
        self.progress.hide()
        self.label.setText(self.resting)

    def set_text(self, text: str) -> None:
        """The line's text at rest (the document's summary; empty for none)."""
        self.resting = text
        self.label.setText(text)

    def message(self, text: str, timeout_ms: int) -> None:
        """A temporary message (it covers the line of text until it times out)."""
        self.bar.showMessage(text, timeout_ms)

    def clear_message(self) -> None:
        """Take away a temporary message (it spoke of what is gone)."""
        self.bar.clearMessage()

    def show_model(self, info: PipelineInfo) -> None:
        self.model_label.setText(f"Model: {info.name} {info.version}")
        tip = f"{info.name} {info.version} ({info.origin})"
        if info.sources:
            tip += "\nTrained on: " + "; ".join(info.sources)
        self.model_label.setToolTip(tip)
