"""View → Language offers to start Inkling again: "Restart now" closes the window as Quit does and starts the
same program again; "Later" leaves it open. The start itself is recorded, not made (a second window in a test)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from guiapp.qt import restart


def button(box: QMessageBox, role) -> object:
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


def test_restart_now_closes_the_window_and_starts_inkling_again(qtbot, window, monkeypatch):
    started = []
    monkeypatch.setattr(restart, "relaunch", lambda: started.append(restart.command()) or True)
    window.set_language("fr")
    box = window.language_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    # said in the language chosen (its reader's), then in the window's own
    assert window.settings.language == "fr"
    assert box.text() == "La langue change au prochain démarrage d’Inkling.\n\n" \
                         "The language changes when Inkling is started again."
    assert box.windowTitle() == "Langue"
    assert button(box, QMessageBox.ButtonRole.RejectRole).text() == "Plus tard"
    button(box, QMessageBox.ButtonRole.RejectRole).click()  # Later
    assert not started and window.isVisible()
    window.set_language("en")  # the window's own language: said once
    assert window.language_box.text() == "The language changes when Inkling is started again."
    window.set_language("ja")
    assert button(window.language_box, QMessageBox.ButtonRole.AcceptRole).text() == "今すぐ再起動"
    button(window.language_box, QMessageBox.ButtonRole.AcceptRole).click()  # Restart now
    assert started == [(sys.executable, ["-m", "guiapp", *sys.argv[1:]])] and not window.isVisible()


def test_the_frozen_app_starts_itself_again(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["/opt/inkling/guiapp", "--lang-test"])
    assert restart.command() == (sys.executable, ["--lang-test"])
