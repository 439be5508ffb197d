"""Driving Qt like a user: typing (umlauts too), clicking, and modal dialogs that exec()."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QLineEdit, QPushButton, QWidget

# --- background work -----------------------------------------------------------------


def settle_background() -> None:
    """After a test's windows closed: their background work ends and its late results arrive (to be
    dropped) now, not during the next test, which has another database bound by then."""
    from kontaktverwaltung.ui.background import wait_for_all

    for _ in range(3):  # a result's handler may start one more job
        wait_for_all()
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


# --- modal dialogs --------------------------------------------------------------------

Step = Callable[[QWidget], None]


class ModalScript:
    """Plays one step on each modal window that ``exec()`` opens, in order.

    A modal window no step is left for is a failure and gets closed, and so is everything still
    open at the deadline: a test fails instead of hanging.
    """

    def __init__(self, steps: tuple[Step, ...], deadline_ms: int) -> None:
        self._steps = list(steps)
        self._busy: list[QWidget] = []  # modal windows a step is playing on
        self.failures: list[str] = []
        self.expired = False
        self._poll = QTimer()
        self._poll.setInterval(10)
        self._poll.timeout.connect(self._tick)
        self._poll.start()
        self._deadline = QTimer()
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._expire)
        self._deadline.start(deadline_ms)

    def _tick(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or modal in self._busy:
            return
        if self.expired or self.failures or not self._steps:
            if not self.expired and not self.failures:
                self.failures.append(f"{type(modal).__name__} „{modal.windowTitle()}“ is still open, no step left")
            self._close(modal)
            return
        step = self._steps.pop(0)
        self._busy.append(modal)
        # Played from its own timer: a step whose click opens another modal window blocks in that
        # window's exec(), and Qt would not fire this poll timer again until the step returned.
        QTimer.singleShot(0, lambda: self._play(step, modal))

    def _play(self, step: Step, modal: QWidget) -> None:
        try:
            step(modal)
        except BaseException as error:  # an assert in a step: record it, never leave the dialog open
            self.failures.append(f"step {step.__name__} failed: {error!r}")
            self._close(modal)
        finally:
            self._busy.remove(modal)

    @staticmethod
    def _close(modal: QWidget) -> None:
        if isinstance(modal, QDialog):
            QDialog.done(modal, QDialog.DialogCode.Rejected)  # not reject(): a form would ask first
        else:
            modal.close()

    def _expire(self) -> None:
        self.expired = True
        if self._steps:
            self.failures.append(f"deadline passed with {len(self._steps)} step(s) not played")
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isModal():
                self.failures.append(f"{type(widget).__name__} „{widget.windowTitle()}“ was still open at the deadline")
                self._close(widget)

    def stop(self) -> None:
        self._poll.stop()
        self._deadline.stop()

    def check(self) -> None:
        assert not self.failures, "; ".join(self.failures)
        assert not self._steps, f"{len(self._steps)} step(s) not played: no dialog opened for them"


@contextmanager
def modal_script(*steps: Step, deadline_ms: int = 10_000) -> Iterator[ModalScript]:
    script = ModalScript(steps, deadline_ms)
    try:
        yield script
    except AssertionError as error:
        if script.failures:  # the failed step says more than what followed from it
            raise AssertionError("; ".join(script.failures)) from error
        raise
    finally:
        script.stop()
    script.check()


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user. Non-ASCII characters go as text events: ``keyClicks`` aborts on them."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def retype(edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def button(dialog: QWidget, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None, name
    return found


def shown_error(dialog: QWidget, name: str) -> str:
    """The message the user sees under a field ("" when none is shown)."""
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text() if label.isVisibleTo(dialog) else ""


def drawn_texts(window, monkeypatch) -> list[str]:
    """The texts painted on the cards now (contact panel's viewport), in painting order."""
    drawn: list[str] = []
    draw_text = QPainter.drawText

    def recording(painter, *args):
        drawn.extend(arg for arg in args if isinstance(arg, str))
        return draw_text(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    window.panel_view.viewport().grab()
    monkeypatch.setattr(QPainter, "drawText", draw_text)
    return drawn
