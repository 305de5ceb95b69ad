"""The QApplication and the start-up order: the window is on screen before TensorFlow is imported.

``GUIAPP_STARTUP_TRACE=1`` prints ``startup: window-shown`` once the window has been painted and
``startup: recognition-ready`` once a model is loaded and warmed up (or ``startup: tensorflow-ready`` when no model
is configured); with ``GUIAPP_STARTUP_QUIT=1`` the app quits after that. ``benchmarks/bench_startup.py`` times the
lines as they arrive.
"""

from __future__ import annotations

import os
import sys


def _trace(event: str) -> None:
    print(f"startup: {event}", flush=True)


def create_application(argv: list[str] | None = None):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from guiapp import APP_NAME, DISPLAY_NAME

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    # Every mouse move of a stroke, even those that arrive while Python is busy: X11's default merges the moves
    # queued meanwhile into one, and a 3 drawn while TensorFlow loaded (its import holds the GIL for seconds)
    # became a hook and a straight line (a walk; 175 of 400 moves delivered, 400 with this). Set after the
    # application exists: the xcb platform sets its default when it starts.
    app.setAttribute(Qt.ApplicationAttribute.AA_CompressHighFrequencyEvents, False)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    _set_icon(app)
    _proportional_latin(app)
    return app


# Japanese system fonts whose Latin letters are all one width (under their English and Japanese names), and the
# names of their siblings with proportional Latin letters
_VL, _IPA, _TAKAO = ("VL PGothic", "VL Pゴシック"), ("IPAPGothic", "IPA Pゴシック"), ("TakaoPGothic", "Takao Pゴシック")
FIXED_LATIN_FAMILIES = {"VL Gothic": _VL, "VL ゴシック": _VL, "IPAGothic": _IPA, "IPAゴシック": _IPA,
                        "TakaoGothic": _TAKAO, "Takaoゴシック": _TAKAO}


def _proportional_latin(app) -> None:
    """A Japanese desktop's default font may write Latin text at one width per letter (VL Gothic): "Enter",
    "TensorFlow" and dataset names read as terminal text in a Japanese window (a walk). Its proportional sibling,
    when installed, draws the same kana and kanji."""
    from PySide6.QtGui import QFontDatabase, QFontInfo

    font = app.font()
    installed = set(QFontDatabase.families())  # named in the system's language
    sibling = next((name for name in FIXED_LATIN_FAMILIES.get(QFontInfo(font).family(), ()) if name in installed),
                   None)
    if sibling:
        font.setFamilies([sibling, *font.families()])
        app.setFont(font)


# The Han characters of each CJK language in that language's forms: Qt took them from the first installed font
# that has them, a Japanese one in the Chinese window (绍 络 输 from Noto SC beside 神 经 from VL Gothic: a walk).
HAN_FAMILIES = {
    "zh_CN": ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei"),
    "zh_TW": ("Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC"),
    "ja": ("Noto Sans CJK JP", "Source Han Sans JP", "Yu Gothic UI", "Hiragino Sans"),
}
_base_families: list[str] | None = None  # the application font's families before any language added one


def han_for_language(app, language: str) -> None:
    """The window's font draws Han characters from a font of ``language`` (the first of :data:`HAN_FAMILIES`
    installed), placed after the font's own families so that Latin text keeps its look; other languages: as the
    system gives them."""
    from PySide6.QtGui import QFontDatabase, QFontInfo

    global _base_families
    font = app.font()
    if _base_families is None:
        _base_families = list(font.families())
    installed = set(QFontDatabase.families())
    han = next((name for name in HAN_FAMILIES.get(language, ()) if name in installed), None)
    families = list(_base_families)
    if han and han not in families:
        # The family the system's font resolves to first ("Sans Serif" is a name for DejaVu Sans, say, and Qt
        # passed over such a name to the Han font for Latin text too), then the Han font, then the system's own.
        font.setFamilies(families)
        resolved = QFontInfo(font).family()
        families = [resolved, han, *(name for name in families if name != resolved)]
    if families != list(font.families()):
        font.setFamilies(families)
        app.setFont(font)


def _set_icon(app) -> None:
    """The window icon, and the desktop entry that desktops match the window with (packaging/inkling.desktop)."""
    from PySide6.QtGui import QIcon

    from guiapp import paths

    app.setDesktopFileName("inkling")
    try:
        icon = paths.resource("icons", "inkling.png")
    except FileNotFoundError:
        return
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def missing_display() -> str | None:
    """Why no window can open here, or None: on Linux, without a display to connect to (an SSH session, a
    server), Qt's platform plugin aborts the process, and its one line went to the log: ``guiapp`` ended with
    "Aborted" and nothing said why (walk 113). Another platform asked for (``QT_QPA_PLATFORM``) is Qt's to judge."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("guiapp: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it on a "
            "desktop, or over SSH with ssh -X; the commands (guiapp --help) need no display.")


def run_gui(argv: list[str] | None = None, reset_settings: bool = False) -> int:
    from guiapp.qt.zoom import apply_zoom

    why = missing_display()
    if why:
        print(why, file=sys.stderr)
        return 2
    apply_zoom(reset_settings)
    app = create_application(argv)
    from guiapp.qt.main_window import MainWindow
    from guiapp.qt.settings import Settings
    from guiapp.qt.single_window import claim_data_folder

    from guiapp.qt import i18n

    han_for_language(app, i18n.install(app, Settings().language))  # the question below in the window's language
    lock = claim_data_folder()
    if lock is False:  # the person kept the window open already
        return 0
    window = MainWindow(Settings(reset=reset_settings))
    window.data_lock = lock  # held while the window lives
    end_on_signals(window)
    from guiapp.qt.uncaught import report_uncaught

    sys.excepthook = report_uncaught(window)  # an error in a click's handler is said, not only printed
    if os.environ.get("GUIAPP_STARTUP_TRACE"):
        _install_trace(app, window)
    window.show()
    return app.exec()


def end_on_signals(window) -> None:
    """SIGTERM, SIGHUP and SIGINT (a logout, ``kill``, a closed terminal, Ctrl+C in it) end the session as closing
    the window does, without its questions: settings saved, a run stopped after its batch with its best epoch kept,
    dataset work cancelled, child processes told to end. Python's default left the training and synthesis
    processes running.

    Python runs a signal handler only between bytecodes, and Qt's event loop waits in C: the signal's wake-up byte
    on a socket pair wakes the loop (no polling timer)."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier, QTimer

    names = [name for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)]
    if not names:
        return
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    def woken() -> None:  # the handler itself runs as Python regains control
        try:
            reader.recv(64)
        except OSError:
            pass

    notifier.activated.connect(woken)
    # The handler runs between any two bytecodes of the main thread (inside a model switch, say): it only asks the
    # event loop to close the window once the work in hand is done.
    for name in names:
        signal.signal(getattr(signal, name), lambda _number, _frame: QTimer.singleShot(0, window.end_session))
    window.signal_wakeup = (reader, writer, notifier)  # kept alive with the window


def _install_trace(app, window) -> None:
    from PySide6.QtCore import QTimer

    quit_after = bool(os.environ.get("GUIAPP_STARTUP_QUIT"))
    shown = {"done": False}

    def window_shown() -> None:
        app.processEvents()  # the first paint of the shown window
        shown["done"] = True
        _trace("window-shown")

    def finished(event: str) -> None:
        _trace(event)
        if quit_after:
            QTimer.singleShot(0, window.close)

    def on_model(_path: str) -> None:
        finished("recognition-ready")

    def on_tf(state: str) -> None:
        if state == "ready" and not window._wanted and window.current_model_path() is None:
            finished("tensorflow-ready")
        elif state == "failed":
            finished("tensorflow-failed")

    window.modelChanged.connect(on_model)
    window.tensorflowStateChanged.connect(on_tf)
    QTimer.singleShot(0, window_shown)
