"""Translations (issue #20): with Japanese loaded, no widget of any area (nor a menu, nor the main dialogs) shows
English, except proper names and units; the .ts files cover every string in the code; plurals read right."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import Qt, QTextDocument  # Qt.mightBeRichText is QtGui's
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QGroupBox, QLabel, QLineEdit,
                               QMenu, QTabBar, QTabWidget, QTableWidget, QTreeWidget, QWidget)

from guiapp.qt import i18n
from qt.recognize_helpers import build_window_in, window_in

ROOT = Path(__file__).resolve().parents[2]
# Proper names, units, key names and file types stay as they are in every language; so do the names of data the
# user or a library chose (datasets, presets, optimisers, schedules), which the window shows as they are stored.
KEEP = {
    "inkling", "tensorflow", "keras", "litert", "mnist", "kanjivg", "emnist", "kmnist", "idx", "npz", "cpu", "gpu",
    "ctrl", "shift", "alt", "esc", "enter", "return", "backspace", "px", "ms", "eta", "digits", "latin", "hiragana", "katakana", "kanji", "alnum",
    "handwriting", "my", "adam", "sgd", "rmsprop", "adamw", "nadam", "tf",
    "language",  # View → Language is named in English too, for one lost in a language she is learning
    "expert", "tutorial", "lenet", "mlp", "cnn", "keras-tutorial", "macro", "top", "png", "fashion", "jpg", "svg", "pdf",
    "hirescam", "grad", "cam",  # HiResCAM, Grad-CAM: the saliency methods' names
    # layer names, as Keras and the layer table write them (a preset's summary keeps them in every language)
    "conv", "relu", "pool", "dropout", "dense", "softmax", "flatten", "batchnorm", "maxpool",
    "same",  # Keras's padding="same", named in the glossary of a summary's words
    "guiapp", "python", "mit",  # the command, its language and licence (About)
}
KEEP |= {name.lower() for name in i18n.LANGUAGES.values()}  # each language is named in itself
WORD = re.compile(r"\b\w{3,}\b")


def english(text: str) -> list[str]:
    """The English words in ``text`` once markup, links, file patterns and placeholders are taken out."""
    text = re.sub(r"<[^>]+>|https?://\S+|\S*[/\\]\S*|\*\.\w+|\.\w+\b|%\w+|\{[^}]*\}", " ", text or "")
    return [word for word in WORD.findall(text.replace("&", "")) if word.isascii() and word.isalpha()
            and word.lower() not in KEEP]


def texts(widget: QWidget) -> list[str]:
    """Everything a user reads on or about ``widget`` (a screen reader included)."""
    found = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.whatsThis()]
    if isinstance(widget, QLabel) and Qt.mightBeRichText(widget.text()):
        # as shown: markup glued to the words by no-break spaces hid whole entries from english() (the legends)
        document = QTextDocument()
        document.setHtml(widget.text())
        found.append(document.toPlainText())
    elif isinstance(widget, (QLabel, QAbstractButton)):
        found.append(widget.text())
    if isinstance(widget, QLineEdit):
        found += [widget.placeholderText()]
    if isinstance(widget, QGroupBox):
        found.append(widget.title())
    if isinstance(widget, QTabBar):
        found += [widget.tabText(i) for i in range(widget.count())] + [widget.tabToolTip(i) for i in
                                                                       range(widget.count())]
    if isinstance(widget, QAbstractSpinBox):
        found += [widget.specialValueText(), getattr(widget, "suffix", str)(), getattr(widget, "prefix", str)()]
    if isinstance(widget, QTreeWidget):  # group rows (the data rows are names the user or a library chose)
        found += [widget.topLevelItem(i).text(0) for i in range(widget.topLevelItemCount())
                  if widget.topLevelItem(i).childCount()]
    if isinstance(widget, (QTableWidget, QTreeWidget)):
        header = widget.headerItem() if isinstance(widget, QTreeWidget) else None
        if header is not None:
            found += [header.text(i) for i in range(header.columnCount())]
        elif isinstance(widget, QTableWidget):
            found += [widget.horizontalHeaderItem(i).text() for i in range(widget.columnCount())
                      if widget.horizontalHeaderItem(i) is not None]
    if isinstance(widget, QMenu):
        found += [t for a in widget.actions() for t in (a.text(), a.toolTip() if a.toolTip() != a.text().replace(
            "&", "") else "")]
    found += plot_texts(widget)
    return [t for t in found if t]


def plot_texts(widget: QWidget) -> list[str]:
    import pyqtgraph as pg

    if not isinstance(widget, pg.PlotWidget):
        return []
    item = widget.getPlotItem()
    found = [item.titleLabel.text]
    found += [item.getAxis(side).labelText for side in ("left", "bottom")]
    if item.legend is not None:
        found += [label.text for _sample, label in item.legend.items]
    return found


def walk(root: QWidget) -> dict[str, list[str]]:
    """Every page of every tab widget under ``root`` is brought up in turn, then its widgets are read."""
    problems: dict[str, list[str]] = {}

    def read(widget: QWidget) -> None:
        for text in texts(widget):
            words = english(text)
            if words:
                problems.setdefault(f"{type(widget).__name__}: {text[:70]!r}", words)

    for tabs in [root, *root.findChildren(QTabWidget)] if not isinstance(root, QTabWidget) else [root]:
        pages = range(tabs.count()) if isinstance(tabs, QTabWidget) else [None]
        for page in pages:
            if page is not None:
                tabs.setCurrentIndex(page)
            QApplication.processEvents()
            for widget in [root, *root.findChildren(QWidget)]:
                if widget.isVisible() or isinstance(widget, QMenu):
                    read(widget)
    return problems


@pytest.fixture(scope="module", params=["ja", "zh_CN", "zh_TW"])
def window_per_language(request, tmp_path_factory, qapp):
    """One window per language for the module's tests (building one took ~5 s of the suite per test): each test
    reads it or adds to what it shows, which only gives the next one more to read."""
    with pytest.MonkeyPatch.context() as patch:  # its own home: the per-test home does not exist yet
        patch.setenv("GUIAPP_HOME", str(tmp_path_factory.mktemp(f"home-{request.param}")))
        window = build_window_in(request.param)
        window.show()
        yield window
        window.close()
        window.deleteLater()
    i18n.install(QApplication.instance(), "en")


@pytest.fixture
def japanese(window_per_language):
    """The window in Japanese, then in Simplified and Traditional Chinese (scripts where English stands out)."""
    i18n.install(QApplication.instance(), window_per_language.language)  # an earlier test may have switched
    yield window_per_language
    i18n.install(QApplication.instance(), "en")  # the next test reads English again


def test_language_is_loaded(japanese):
    assert japanese.tabs.tabText(0) == {"ja": "認識", "zh_CN": "识别", "zh_TW": "辨識"}[japanese.language]
    # View → Language is named in English too: a learner lost in the language she practises finds it (walk 110)
    titles = [menu.title() for menu in japanese.menuBar().findChildren(QMenu)]
    assert [title for title in titles if title.endswith(" / Language")], titles


@pytest.mark.parametrize("area", ["recognize", "datasets_area", "train_area"])
def test_no_english_left_in_area(japanese, area):
    window = japanese
    window.show_area(getattr(window, area))
    problems = walk(getattr(window, area))
    assert not problems, "\n".join(f"{where}: {words}" for where, words in problems.items())


def test_no_english_left_in_menus_and_status_bar(japanese):
    problems = {}
    for menu in japanese.menuBar().findChildren(QMenu):
        problems.update(walk(menu))
    problems.update(walk(japanese.statusBar()))
    assert not problems, "\n".join(f"{where}: {words}" for where, words in problems.items())


def test_no_english_left_in_dialogs(japanese, qtbot):
    from guiapp.qt.datasets.download_dialog import DownloadDialog
    from guiapp.qt.recognize.model_info import ModelInfoDialog

    from PySide6.QtWidgets import QFileDialog

    files = QFileDialog(japanese)  # Qt's own, as Import… opens it without a desktop's: "&Look in:" stayed English
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    for dialog in (DownloadDialog(japanese), ModelInfoDialog(japanese), files):
        qtbot.addWidget(dialog)
        dialog.show()
        problems = walk(dialog)
        dialog.close()
        assert not problems, "\n".join(f"{where}: {words}" for where, words in problems.items())
    # The datasets offered, by name, in the language (the list's items are not widgets the walk reads)
    from guiapp.core.datasets.download import SOURCES

    dialog = DownloadDialog(japanese)
    qtbot.addWidget(dialog)
    titles = [dialog.list.item(row).text().split("\n")[0] for row in range(dialog.list.count())]
    assert not set(titles) & {str(source.title) for source in SOURCES.values()}, titles


def test_plurals_read_right_in_english_and_japanese(japanese):
    from guiapp.core.text import Plural

    def classes(n: int) -> str:
        return i18n.localise(Plural("%Ln class(es)", "", n))

    assert classes(2) == {"ja": "2 クラス", "zh_CN": "2 个类别", "zh_TW": "2 個類別"}[japanese.language]
    # A mixin's count: self.tr looked it up under the window's class, not the mixin's, and "Deleted 1 sample. Ctrl+Z
    # (or Undo) undoes the deletion." stayed English in the Japanese window (a walk)
    deleted = i18n.localise(Plural("Deleted %Ln sample(s). Ctrl+Z (or Undo) undoes the deletion.", "", 1))
    assert "Deleted" not in deleted and "1" in deleted, deleted
    i18n.install(QApplication.instance(), "fr")  # French counts 0 and 1 as singular
    assert [classes(n) for n in (0, 1, 2)] == ["0 classe", "1 classe", "2 classes"]
    i18n.install(QApplication.instance(), "en")
    assert (classes(1), classes(2)) == ("1 class", "2 classes")


def test_counts_are_translated_in_one_context_whatever_class_shows_them():
    """Counted strings are Plural("…", "", n), translated in the core's context: self.tr took its context from the
    object's runtime class, so a mixin's strings (the dataset panel's, the sources') were never found."""
    from pathlib import Path

    import guiapp.qt

    users = [str(path) for path in Path(guiapp.qt.__file__).parent.rglob("*.py") if "self.tr(" in path.read_text()]
    assert not users, users


def test_ts_files_cover_every_string_in_the_code(tmp_path):
    """The .ts files are up to date with the code (``scripts/translations.py update`` run after a change), and
    Japanese translates all of them."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    before = {p.name: p.read_bytes() for p in translations.TS_DIR.glob("*.ts")}
    sources = {m.find("source").text for m in ET.parse(translations.TS_DIR / "guiapp_ja.ts").iter("message")}
    # lupdate into a copy: the checkout's files stay untouched
    import shutil

    copy = tmp_path / "guiapp_ja.ts"
    shutil.copy(translations.TS_DIR / "guiapp_ja.ts", copy)
    translations.run_lupdate(copy, "-silent")
    fresh = {m.find("source").text for m in ET.parse(copy).iter("message")}
    assert fresh == sources, f"run scripts/translations.py update: new {sorted(fresh - sources)[:5]}"
    for language in ("ja", "zh_CN", "zh_TW", "fr"):
        done, total = translations.coverage()[language]
        assert done == total, language
    assert before == {p.name: p.read_bytes() for p in translations.TS_DIR.glob("*.ts")}


def test_percentages_follow_the_language():
    from guiapp.qt.recognize.predictions import format_percent

    app = QApplication.instance() or QApplication([])
    i18n.install(app, "fr")
    try:
        assert format_percent(0.0734) == "7,3\u00a0%"
        assert format_percent(0.0004) == "<0,1\u00a0%"
    finally:
        i18n.install(app, "en")
    assert format_percent(0.0734) == "7.3\u00a0%"
    # as written: 9.98 % is "10 %", beside the other tenths, not "10.0 %" (walk 137)
    assert [format_percent(p) for p in (0.0998, 0.104, 0.0994)] == ["10\u00a0%", "10\u00a0%", "9.9\u00a0%"]


def test_a_quoted_name_takes_the_language_s_quotation_marks():
    """A label quoted in a message ("Added '★' to my-handwriting") read with Python's ASCII quotes in French and
    Japanese; each language quotes in its own marks, in window messages and in core text alike. English quotes in
    “ ”, as its menus and tooltips do (Python's '1' beside them read as two styles: a walk)."""
    from guiapp.core.text import Text

    app = QApplication.instance() or QApplication([])
    try:
        for language, quoted in (("fr", "«\u00a0★\u00a0»"), ("ja", "「★」"), ("zh_CN", "“★”"), ("zh_TW", "「★」"), ("en", "“★”")):
            i18n.install(app, language)
            assert i18n.fmt("{0!r}", "★") == quoted, language
            assert quoted in i18n.localise(Text("{0!r} is not a valid dataset name", "★")), language
            assert i18n.fmt("{0!r}", 7) == "7"  # not a text: as Python writes it
    finally:
        i18n.install(app, "en")


def test_core_error_shown_in_the_window_is_translated(japanese, tmp_path):
    """guiapp.core words its errors in English (the CLI shows them so); the window shows them translated."""
    broken = tmp_path / "x.png"
    broken.write_bytes(b"not an image")
    assert not japanese.open_image(broken)
    text = japanese.error_box.text()
    assert text.startswith("x.png") and not english(text), text
    assert {"ja": "画像ではないか", "zh_CN": "不是图像", "zh_TW": "不是影像"}[japanese.language] in text


def test_core_text_is_english_for_the_cli_and_translated_for_the_window(tmp_path):
    from guiapp.core.modelfile import ModelFileError
    from guiapp.core.modelfile.safety import check_file

    empty = tmp_path / "model.h5"
    empty.write_bytes(b"")
    with pytest.raises(ModelFileError) as caught:
        check_file(empty)
    assert str(caught.value) == "model.h5: is empty (0 bytes): not a model file"  # what the CLI prints
    app = QApplication.instance()
    i18n.install(app, "fr")
    try:
        # the name, then the reason: both templates translated (French puts a space before the colon)
        assert i18n.localise(caught.value) == "model.h5\u00a0: est vide (0 octet)\u00a0: pas un fichier de modèle"
        assert i18n.localise(ValueError("plain")) == "plain"  # a message not made a Text stays as it is
    finally:
        i18n.install(app, "en")
    assert i18n.localise(caught.value) == str(caught.value)


def test_a_runs_message_is_translated_after_a_restart(qtbot, tmp_path):
    """The runs list shows how each run ended, from run.json: in the user's language, not the English it was saved
    with (the run records the message's template; core.training.runs)."""
    from guiapp.core.modelfile import ModelFileError
    from guiapp.core.modelfile.safety import check_file
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.runs import Curves, RunStore
    from guiapp.qt.train.runs import RunsView

    empty = tmp_path / "model.h5"
    empty.write_bytes(b"")
    with pytest.raises(ModelFileError) as caught:
        check_file(empty)
    store = RunStore(tmp_path / "runs")
    run = store.create(TrainConfig(preset="logreg").to_dict(), "digits", 20)
    store.finish(run, "failed", caught.value.args[0], None, Curves())
    app = QApplication.instance()
    i18n.install(app, "fr")
    try:
        view = RunsView(RunStore(tmp_path / "runs"))  # a fresh store: the run as read back after a restart
        qtbot.addWidget(view)
        view.refresh()
        tip = view.table.item(0, 0).toolTip().split("\n")
        assert tip[0] == "model.h5\u00a0: est vide (0 octet)\u00a0: pas un fichier de modèle", tip
        assert tip[1].startswith("Adam · taux d’apprentissage 0,001 · plateau · lot de 128"), tip  # how it learnt
    finally:
        i18n.install(app, "en")


def test_core_translations_keep_every_placeholder():
    """A translated core template is filled with the same arguments as the English one: a placeholder lost or
    renamed would raise when the message is shown."""
    for ts in (ROOT / "resources" / "translations").glob("guiapp_*.ts"):
        for context in ET.parse(ts).iter("context"):
            if context.findtext("name"):
                continue  # only the core's Text templates (the empty context) are filled with str.format
            for message in context.iter("message"):
                source = message.findtext("source")
                forms = [f.text or "" for f in message.iter("numerusform")] or [message.findtext("translation") or ""]
                placeholders = sorted(re.findall(r"\{[^{}]*\}", source))
                for form in forms:  # each plural form of a counted message
                    assert sorted(re.findall(r"\{[^{}]*\}", form)) == placeholders, (ts.name, source)


def test_french_punctuation_keeps_its_space_on_its_line():
    """French sets a space before : ; ? ! » and % and after «; a plain one let a line wrap before the mark, which
    then began the next line alone (walk 105). The translations use a no-break space."""
    found = []
    for message in ET.parse(ROOT / "resources" / "translations" / "guiapp_fr.ts").iter("message"):
        forms = [f.text or "" for f in message.iter("numerusform")] or [message.findtext("translation") or ""]
        for form in forms:
            if re.search(r" [:;?!»]|« | %(?![Ln])", form):
                found.append(form)
    assert not found, found[:5]

def test_about_text_is_translated(japanese):
    from guiapp.qt.help_menu import (DATASET_MAKERS, EDRDG, KANJIDIC_AUTHORS, KANJIVG_AUTHORS, LIBRARIES, MNIST_AUTHORS,
                                     MNIST_SAMPLE, about_html, library_versions)

    text = about_html()
    assert "KanjiVG" in text and "https://creativecommons.org/licenses/by-sa/3.0/" in text  # credits kept
    # names, licences and versions stay as they are
    for names in (KANJIVG_AUTHORS, MNIST_AUTHORS, MNIST_SAMPLE, LIBRARIES, KANJIDIC_AUTHORS, EDRDG, *DATASET_MAKERS,
                  " · ".join(library_versions())):
        text = text.replace(names, "")
    assert not english(text), english(text)


def test_every_core_text_is_a_literal_in_the_translations():
    """lupdate finds a core message only when its template is a string literal at the ``Text(...)`` /
    ``Plural(...)`` call; an f-string or a variable would reach the window in English."""
    import ast

    sources = {m.findtext("source") for m in ET.parse(ROOT / "resources" / "translations" / "guiapp_ja.ts").iter(
        "message")}
    problems = []
    for path in sorted((ROOT / "guiapp" / "core").rglob("*.py")):
        if path.name == "text.py":
            continue  # Text itself, and from_json rebuilding a saved message from the template it was made with
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("Text", "Plural"):
                template = node.args[0] if node.args else None
                if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: not a string literal")
                elif template.value not in sources:
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {template.value!r} not in the .ts")
    assert not problems, "\n".join(problems)


def test_health_findings_are_counted_and_translated(qapp):
    """A core message with a count (Plural) takes each language's plural forms, and its numbers the locale's."""
    import numpy as np

    from guiapp.core.datasets import health
    from guiapp.core.datasets.base import Dataset
    from guiapp.core.text import Plural

    rng = np.random.default_rng(0)
    labels = np.array([0] * 100 + [1] * 6 + [2] * 5)  # two classes under 10 samples (enough to train), imbalanced
    images = rng.integers(0, 255, (len(labels), 8, 8), dtype=np.uint8)
    report = health.check(Dataset("tiny", ["a", "b", "c"], images, labels))
    few = report.by_kind("too-few")[0].message
    assert few == "2 classes with fewer than 10 samples: 'b', 'c'"  # the CLI's English
    try:
        i18n.install(qapp, "fr")
        # in the language's quotes and list marks (Python's 'ㄆ' stood in Chinese: walk 120)
        assert i18n.localise(few) == "2 classes ont moins de 10 échantillons\u00a0: «\u00a0b\u00a0», «\u00a0c\u00a0»"
        one = Plural("%Ln class(es) with fewer than {0} samples: {1}", "", 1, 10, "'b'")
        assert (str(one), i18n.localise(one)) == ("1 class with fewer than 10 samples: 'b'",
                                                  "1 classe a moins de 10 échantillons\u00a0: 'b'")
        imbalance = i18n.localise(report.by_kind("imbalance")[0].message)
        assert "(20,0×)" in imbalance and imbalance.startswith("classes déséquilibrées"), imbalance
        i18n.install(qapp, "ja")
        assert i18n.localise(few) == "サンプルが 10 個未満のクラスが 2 個：「b」、「c」"
    finally:
        i18n.install(qapp, "en")


def _show_builtin(window, samples_per_class: int = 3):
    """A built-in dataset shown in the Datasets area with a sample picked: its header (kind, access, where it came
    from) and the sample's details, as a click on the list and the grid shows them."""
    import numpy as np

    from guiapp.core.datasets.base import Dataset
    from guiapp.core.text import Text

    classes = [chr(c) for c in [*range(ord("A"), ord("Z") + 1), *range(ord("a"), ord("z") + 1)]]  # 52, as latin
    labels = np.repeat(np.arange(len(classes)), samples_per_class)
    images = np.zeros((len(labels), 28, 28), np.uint8)
    source = Text("synthesised from KanjiVG and Inkling allographs, {0}/class, seed {1}{2}", samples_per_class, 0, "")
    panel = window.datasets_area
    window.show_area(panel)
    panel.datasets["latin"] = Dataset("latin", classes, images, labels, kind="builtin", source=source)
    panel._show("latin")
    panel.show_sample(0)
    QApplication.processEvents()
    return panel


def test_no_english_left_in_a_shown_dataset(japanese):
    """The header of a built-in dataset said "· read-only" and "synthesised from KanjiVG …", the sample details
    "source: …", in English; the class filter clipped "すべてのクラス (4"."""
    panel = _show_builtin(japanese)
    problems = walk(panel)
    assert not problems, "\n".join(f"{where}: {words}" for where, words in problems.items())
    assert i18n.localise(panel.datasets["latin"].source) in panel.header.text()
    combo = panel.class_filter
    assert combo.minimumWidth() > combo.fontMetrics().horizontalAdvance(combo.itemText(0))


def test_shown_dataset_fits_the_window_in_french(qtbot):
    """In French the filter row ("Classe : … Partie : … 31 200 échantillons") asked for more than the middle
    column has at 1100 px, and the window grew past a 1100×720 screen once a dataset was shown."""
    window = window_in(qtbot, "fr")
    try:
        window.resize(1100, 720)
        window.show()
        panel = _show_builtin(window, samples_per_class=600)  # 31 200 samples, as latin
        panel.set_class_filter(0)  # "600 sur 31 200 affichés" beside the filters
        assert "31" in panel.shown_count.text()
        assert window.minimumSizeHint().width() <= 1100
        assert window.width() <= 1100
    finally:
        i18n.install(QApplication.instance(), "en")


def test_what_the_model_sees_names_the_preprocessing_in_the_language(qapp):
    """The Recognize area's caption read "インク light": the ink polarity and fit are named in the language."""
    from guiapp.qt.recognize.model_info import FIT_NAMES, INK_NAMES

    try:
        for language in ("ja", "zh_CN", "zh_TW"):
            i18n.install(qapp, language)
            for name in [*INK_NAMES.values(), FIT_NAMES["box"], FIT_NAMES["resize"]]:
                assert not english(i18n.translate("recognize", name)), (language, name)
    finally:
        i18n.install(qapp, "en")


def test_preset_description_is_translated(japanese):
    """The Train area described the chosen preset in English ("guiapp's default: must beat every row above …")."""
    from guiapp.core.training.presets import DEFAULT_PRESET, PRESETS

    preset = PRESETS[DEFAULT_PRESET]
    settings = japanese.train_area.settings
    settings.show_description({"summary": preset.summary, "reference": preset.reference, "layers": [],
                               "dataset_classes": 10, "params": 1, "input_shape": [28, 28, 1]})
    reference = i18n.localise(preset.reference)
    assert reference in settings.preset_summary.text() and i18n.localise(preset.summary) in settings.preset_summary.text()
    assert reference != preset.reference and not english(reference)


MODEL_INFO = {
    "path": "/models/digits.h5", "format": "h5", "guiapp_format": True, "labels": list("0123456789"),
    "input_shape": [None, 28, 28, 1], "params": 225034,
    "spec": {"fit": "box", "fit_size": 20, "ink": "light", "value_range": "0..1"},
    "metadata": {"preset": "keras-tutorial", "best_epoch": 3, "app_version": "0.1", "saved_at": "2026-01-02T03:04:05Z",
                 "training_config": {"optimizer": "adam", "learning_rate": 0.001, "schedule": "cosine",
                                     "batch_size": 64, "epochs": 3},
                 "dataset": {"name": "digits", "splits": {"train": 1600, "validation": 200, "test": 200}},
                 "history": {"loss": [0.9, 0.5, 0.3], "val_loss": [0.8, 0.6, 0.4], "accuracy": [0.7, 0.85, 0.9],
                             "val_accuracy": [0.72, 0.88, 0.87]}},
}


def _model_info_dialog(window, qtbot, monkeypatch):
    """The Model info dialog showing a model file's metadata (read_metadata stands in for a real file)."""
    import guiapp.core.modelfile
    from guiapp.qt.recognize.model_info import ModelInfoDialog

    monkeypatch.setattr(guiapp.core.modelfile, "read_metadata", lambda path: dict(MODEL_INFO, path=str(path)))
    dialog = ModelInfoDialog(window)
    qtbot.addWidget(dialog)
    dialog.set_model("/models/digits.h5", "digits")
    dialog.show()
    QApplication.processEvents()
    return dialog


def test_no_english_left_in_model_info(japanese, qtbot, monkeypatch):
    """The Model info dialog read "fit box (20 px), ink light, values 0..1", "3 epochs; accuracy 90.0 % (best …)",
    "train 1,600, validation 200", "File", "Format" and the curves' legend ("val loss") in English."""
    dialog = _model_info_dialog(japanese, qtbot, monkeypatch)
    try:
        problems = walk(dialog)  # the legend of the loss/accuracy plot included
        text = dialog.view.text.toPlainText()
        problems.update({f"details: {line!r}": english(line) for line in text.splitlines() if english(line)})
        assert not problems, "\n".join(f"{where}: {words}" for where, words in problems.items())
        assert dialog.view.plot is not None and dialog.view.plot.isVisible()
        assert i18n.translate("recognize", "ink box") in text and "1,600" in text
    finally:
        dialog.close()


def test_model_info_reads_right_in_english_and_french(qtbot, monkeypatch):
    from guiapp.qt.recognize.model_info import info_html

    window = window_in(qtbot, "en")
    dialog = _model_info_dialog(window, qtbot, monkeypatch)
    text = dialog.view.text.toPlainText().replace("\u00a0", " ")
    for fragment in ("fit ink box (20 px), ink light on dark, values 0..1", "train 1,600, validation 200, test 200",
                     "3 epochs; training accuracy 90.0 % (highest 90.0 %), validation accuracy 87.0 % (highest "
                     "88.0 %)", "3 (the lowest validation loss: its weights are the model's)",
                     # how it learnt, which no view said (walk 111)
                     "Learnt with\nAdam · learning rate 0.001 · cosine · batch 64 · up to 3 epochs"):
        assert fragment in text, text
    # The accuracies at the best epoch, the model the file holds: the last epoch's beside "Best epoch 2" read as
    # contradicting it (walk 103)
    best_second = dict(MODEL_INFO, metadata=dict(MODEL_INFO["metadata"], best_epoch=2))
    assert "validation accuracy 88.0\u00a0% (highest 88.0\u00a0%)" in info_html(best_second)
    # The curves are named under the plot, not over them (four legend rows inside covered a small plot's loss).
    view = dialog.view
    from guiapp.qt.picture_menu import plain_text

    loss = view.plot.plots["loss"]
    assert loss.getPlotItem().legend is None and view.plot.legend.isVisible()
    legend = plain_text(view.plot.legend.text())  # the Train area's words
    assert all(name in legend for name in ("train", "validation", "best (min val. loss)")), legend
    assert view.plot.legend.geometry().top() >= loss.geometry().bottom()
    # Epochs are counted: no tick between two (a 2-epoch history's axis read 1.2, 1.4 …)
    axis = loss.getPlotItem().getAxis("bottom")
    low, high = loss.viewRange()[0]
    ticks = [v for _spacing, level in axis.tickValues(low, high, axis.width()) for v in level]
    assert ticks and all(float(v).is_integer() for v in ticks), ticks
    assert "MNIST-style" in info_html(dict(MODEL_INFO, spec=dict(MODEL_INFO["spec"], fit="mnist")))
    one_epoch = dict(MODEL_INFO, metadata={"history": {"loss": [0.5], "accuracy": [0.5]}})
    assert "1 epoch; training accuracy 50.0\u00a0%" in info_html(one_epoch)
    kana = dict(MODEL_INFO, inside=["converted", "mark_reader"])
    assert "Also inside" in info_html(kana) and "the marks ゛ and ゜" in info_html(kana)
    try:
        i18n.install(QApplication.instance(), "fr")
        assert "Contient aussi" in info_html(kana) and "signes ゛ et ゜" in info_html(kana)
        assert "1 époque\u00a0; exactitude d’entraînement 50,0\u00a0%" in info_html(one_epoch)
        assert "3 époques\u00a0; exactitude d’entraînement 90,0\u00a0% (maximum 90,0\u00a0%)" in info_html(MODEL_INFO)
    finally:
        i18n.install(QApplication.instance(), "en")


def test_dataset_list_tooltips_are_translated(japanese):
    """The Datasets list's tooltips joined a built-in's description with "(synthesised, 28×28)" in English."""
    from guiapp.core.datasets.registry import list_datasets

    from guiapp.qt.dataset_names import TRANSLATED
    from guiapp.qt.datasets.listing import NameRole

    listing = japanese.datasets_area.list
    items = {item.data(0, NameRole): item for g in range(listing.topLevelItemCount())
             for item in (listing.topLevelItem(g).child(i) for i in range(listing.topLevelItem(g).childCount()))}
    builtins = [info for info in list_datasets(load=False) if info.kind == "builtin"]
    assert builtins and set(TRANSLATED) <= {info.name for info in builtins}  # no name left from a dataset gone
    for info in builtins:
        tip = items[info.name].toolTip(0)
        assert tip.startswith(i18n.localise(info.source)) and tip != info.source, info.name
        # the name in the window's language ("digits" read as English in every window: two walks), and the one
        # the command line takes, said once
        if info.name in TRANSLATED:
            assert items[info.name].text(0) != info.name and tip.count(info.name) == 1, (info.name, tip)
        words = english(tip.replace(info.name, ""))
        assert not [w for w in words if w.lower() not in ("kanjidic", "mlxtend")], (info.name, tip)


def test_the_dataset_boxes_show_built_in_names_in_the_window_s_language(japanese):
    """Train's and Evaluation's boxes showed "digits" in every language (two walks); they show the name in the
    window's language, and the box still stands for the dataset the command line calls digits."""
    from guiapp.qt.dataset_names import dataset_title

    for box in (japanese.train_area.settings.dataset, japanese.train_area.evaluation.dataset_box):
        index = box.findText("digits")
        box.setCurrentIndex(index)
        assert box.currentText() == "digits" and box.shown_text() == dataset_title("digits") != "digits"
        assert box.itemData(index, Qt.ItemDataRole.ToolTipRole).endswith("digits")
    # a personalisation's mix, part by part; a name of one's own as it is
    assert dataset_title("mine+digits") == "mine+" + dataset_title("digits") and dataset_title("c++") == "c++"
    # A dataset of one's own may not take a built-in's name as the window shows it (数字 stood twice: walk 124)
    from guiapp.core.datasets.user_store import UserStore

    UserStore().create("arrows")
    panel = japanese.datasets_area
    panel.refresh()
    assert not panel.rename_user_dataset("arrows", dataset_title("digits"))
    assert panel.last_error.startswith(i18n.fmt("{0!r}", dataset_title("digits"))), panel.last_error
    assert not panel.new_user_dataset(dataset_title("hiragana"))
    assert UserStore().list() == ["arrows"]
    # The dataset the pad's Add makes first is named in the window's language ("my-handwriting": walk 120)
    first = japanese.collect_bar.dataset_combo.itemText(0)
    assert first == {"ja": "自分の手書き", "zh_CN": "我的手写", "zh_TW": "我的手寫"}[japanese.language], first
    # ... as Evaluation's box shows a run's mix, kept in memory ("小寶的注音+digits": walk 120)
    evaluation = japanese.train_area.evaluation
    evaluation._show_dataset("mine+digits", None)
    assert evaluation.dataset_box.currentText() == "mine+digits"
    assert evaluation.dataset_box.shown_text() == "mine+" + dataset_title("digits")
    # Personalize's "Mixed with" showed the id (walk 115): the title, standing for the dataset; typed either way
    from guiapp.paths import bundled_model_files

    view = japanese.train_area.personalize
    view.set_base_model(str(next(p for p in bundled_model_files() if p.stem == "digits")))
    assert view.original.currentText() == dataset_title("digits") and view.build_request()[0].original == "digits"
    view.original.setEditText(dataset_title("latin"))
    assert view.build_request()[0].original == "latin"
    view.original.setEditText("latin")
    assert view.build_request()[0].original == "latin"


def test_recognize_toolbar_fits_1100_px_in_french(qtbot):
    """In French the pen toolbar ("Épaisseur", "Annuler", "Rétablir", …) was wider than the room left beside the
    model row at 1100 px, and "Grille" fell into the toolbar's » menu."""
    from PySide6.QtWidgets import QToolButton

    window = window_in(qtbot, "fr")
    try:
        window.resize(1100, 720)
        window.show()
        window.show_area(window.recognize)
        QApplication.processEvents()
        bar = window.recognize.toolbar
        assert window.width() <= 1100
        assert not bar.findChild(QToolButton, "qt_toolbar_ext_button").isVisible()
        hidden = [action.iconText() or action.text() for action in bar.actions()
                  if bar.widgetForAction(action) is not None and not bar.widgetForAction(action).isVisible()]
        assert not hidden, hidden
        grid = bar.widgetForAction(window.recognize.grid_action)
        assert grid.isVisible() and grid.text() == "Grille"
    finally:
        i18n.install(QApplication.instance(), "en")


def test_the_pen_tools_give_up_their_words_before_the_model_box_its_name(qtbot):
    """At 1024 px in French, Effacer and Grille went into the toolbar's » menu while the model box read "digits ·
    18:23:43"; in English the box read "digits · …". In a narrow window Undo, Redo and Clear show their icons alone
    (their names stay for tooltips and screen readers), every tool stays in the row, and the box keeps room for a
    run's name and time; with room again, the words come back."""
    from PySide6.QtWidgets import QToolButton

    window = window_in(qtbot, "fr")
    try:
        panel = window.recognize
        bar, tool = panel.toolbar, panel.toolbar.widgetForAction
        compact = [tool(a) for a in (panel.undo_action, panel.redo_action, panel.clear_action)]
        window.show()
        window.show_area(panel)
        for width, words in ((1024, False), (1500, True), (1024, False)):
            window.resize(width, 640)
            qtbot.waitUntil(lambda: all((b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly) != words
                                        for b in compact))
            qtbot.waitUntil(lambda: not bar.findChild(QToolButton, "qt_toolbar_ext_button").isVisible())
            room = panel.picker.width() - panel.picker.minimumSizeHint().width()
            assert room >= 10 * panel.picker.fontMetrics().averageCharWidth() - 1, (width, room)
        assert all(b.accessibleName() and b.toolTip() for b in compact)  # the icons still have their names
    finally:
        i18n.install(QApplication.instance(), "en")


def test_parameter_count_is_counted_in_french(qtbot):
    """The Train area's "Parameters: … for %Ln class(es)" was not a counted message in the .ts files (lupdate files
    translate(context, text, "", n) as plain text), so French read "pour 10 classe"."""
    from guiapp.core.training.presets import DEFAULT_PRESET, PRESETS

    window = window_in(qtbot, "fr")
    try:
        preset = PRESETS[DEFAULT_PRESET]
        widget = window.train_area.settings
        for n, expected in ((1, "pour 1 classe, entrée 28×28×1"), (10, "pour 10 classes, entrée 28×28×1")):
            widget.show_description({"summary": preset.summary, "reference": preset.reference, "layers": [],
                                     "dataset_classes": n, "params": 7850, "input_shape": [28, 28, 1]})
            assert expected in widget.param_count.text() and "7\u00a0850" in widget.param_count.text()
    finally:
        i18n.install(QApplication.instance(), "en")


def test_the_evaluated_split_is_named_in_the_language(japanese):
    """The split box and the sentences about a split name it translated ("test" stayed English in Japanese); the box
    still hands the core its own name."""
    from guiapp.qt.train.evaluation import EvaluationView

    view = japanese.findChild(EvaluationView)
    shown = [view.split.itemText(i) for i in range(view.split.count())]
    assert not [word for text in shown for word in english(text)], shown
    view.choose_split("validation")
    assert view.split.currentData() == "validation" and view.split.currentText() == i18n.split_label("validation")


def test_an_evaluation_reads_in_french(qtbot, tiny_digits_model, digits):
    """Its summary and table in French: words in French order and language, numbers with a decimal comma (they
    read "Test exactitude 100.0%" and "3 samples")."""
    from guiapp.qt.train.evaluation import EvaluationView

    app = QApplication.instance()
    i18n.install(app, "fr")
    try:
        view = EvaluationView()
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.evaluated, timeout=120_000):
            view.evaluate(str(tiny_digits_model), digits, split="test")
        text = view.summary.text()
        assert "Exactitude (test)" in text and "échantillons" in text and "samples" not in text, text
        assert re.search(r"\d,\d\u00a0%", text) and not re.search(r"\d\.\d", text), text
        assert re.fullmatch(r"\d+,\d\u00a0%", view.table.item(0, 1).text())
        labels = view.report.labels
        view.open_cell(0, 0)
        assert "échantillons corrects" in view.cell_title.text(), view.cell_title.text()
        true, predicted, _count = (view.report.most_confused(1) or [(labels[0], labels[1], 0)])[0]
        view.open_cell(labels.index(true), labels.index(predicted))
        assert "mal classé" in view.cell_title.text() and "misclassified" not in view.cell_title.text(), view.cell_title.text()
    finally:
        i18n.install(app, "en")


def test_keys_are_named_as_the_language_names_them(qtbot):
    """The French shortcut list read "Enter" and "Esc" beside "Entrée" and "Échap" in the text, and the Edit menu
    "Ctrl+Shift+Z" where Qt's own menus say "Ctrl+Maj+Z"."""
    try:
        i18n.install(QApplication.instance(), "fr")
        assert i18n.key_names("Esc") == "Échap" and i18n.key_names("Ctrl+Z / Ctrl+Shift+Z") == "Ctrl+Z / Ctrl+Maj+Z"
        assert i18n.key_names("Alt+1 … Alt+9") == "Alt+1 … Alt+9"
        from guiapp.qt.help_menu import _key_column

        assert _key_column("Enter") == "Entrée" and _key_column("Draw") != "Draw"
    finally:
        i18n.install(QApplication.instance(), "en")
    assert i18n.key_names("Esc") == "Esc"


@pytest.mark.parametrize("language", ["fr", "zh_TW"])
def test_the_shortcut_list_fits_a_small_screen(qtbot, language):
    """At QMessageBox's own width the French list wrapped to 720 px, taller than a 1024×640 screen; the Chinese
    one ended under the screen's edge, its last row out of reach (walk 104): it scrolls within the screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QScrollArea

    from guiapp.qt.help_menu import show_shortcuts

    window = window_in(qtbot, language)
    try:
        seen = []

        def measure():
            # The shortcut list itself: any visible message box was taken before, and when that was another one (an
            # earlier test's error box, which opens without blocking), that one was closed and the list waited for
            # ever (the suite hung near its end, once in a few runs).
            box = getattr(window, "shortcuts_box", None)
            if box is None or not box.isVisible():
                QTimer.singleShot(10, measure)
                return
            QApplication.processEvents()
            seen.append(box.sizeHint())
            # Nothing cut off: the list is as tall as its wrapped lines and the box as wide as the list (a
            # QMessageBox, at most the screen less 480 px wide, cut it at its right edge on a 1100 px screen), and
            # what the screen has no room for is reached by scrolling.
            label, area = box.findChild(QLabel), box.findChild(QScrollArea)
            bar = area.verticalScrollBar()
            seen.append(label.height() >= label.heightForWidth(label.width()) and box.width() >= label.width()
                        and bar.maximum() >= label.height() - area.viewport().height())
            seen.append(box.screen().availableGeometry().height())
            seen.append(label.text())
            box.accept()

        QTimer.singleShot(0, measure)
        show_shortcuts(window)
        assert seen and seen[0].width() <= 1024 and seen[0].height() <= min(600, seen[2]) and seen[1], seen
        if language == "fr":  # the key as French keyboards label it: "Ctrl+Retour" named none (walk 105)
            assert "Ctrl+Entrée" in seen[3] and "Ctrl+Retour" not in seen[3]
    finally:
        i18n.install(QApplication.instance(), "en")


@pytest.mark.parametrize("language", ["ja", "zh_CN"])
def test_about_and_getting_started_fit_a_small_screen(qtbot, language):
    """About, a QMessageBox, was 659 px tall in Japanese: its OK button under a 640 px screen's edge (walk 116);
    Getting started 732 px, its Close button under a 720 px one (walk 164). Each scrolls within the screen, as the
    shortcut list does, About's links still open."""
    from PySide6.QtCore import QTimer

    from guiapp.qt.help_menu import show_about, show_getting_started

    window = window_in(qtbot, language)
    try:
        seen = []

        def measure():
            box = getattr(window, "about_box", None)
            if box is None or not box.isVisible():
                QTimer.singleShot(10, measure)
                return
            QApplication.processEvents()
            label = box.findChild(QLabel)
            seen.extend([box.sizeHint(), box.screen().availableGeometry().height(), label.openExternalLinks()])
            box.accept()

        QTimer.singleShot(0, measure)
        show_about(window)
        assert seen and seen[0].width() <= 1024 and seen[0].height() <= min(600, seen[1]) and seen[2], seen
        show_getting_started(window)
        box = window.getting_started_box
        qtbot.waitUntil(box.isVisible)
        assert box.sizeHint().width() <= 1024 and box.sizeHint().height() <= 600, box.sizeHint()
        assert not box.isModal() and box.findChild(QLabel).text().count("<li>") == 6
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc closes it, as Close does
        assert not box.isVisible()
    finally:
        i18n.install(QApplication.instance(), "en")


def test_the_progress_of_opening_a_dataset_is_translated(japanese, qtbot):
    """A walk in French read "Opening hiragana" beside the progress bar: the task's title was not translated."""
    panel = japanese.datasets_area
    titles = []
    panel.runner.started.connect(titles.append)
    panel.datasets.pop("latin", None)  # opened by an earlier language's run of this test: shown at once, no task
    try:
        panel.open_dataset("latin")
        qtbot.waitUntil(lambda: bool(titles), timeout=10_000)
        panel.runner.cancel()
        qtbot.waitUntil(lambda: not panel.runner.is_running(), timeout=30_000)
    finally:
        panel.runner.started.disconnect(titles.append)
    from guiapp.qt.dataset_names import dataset_title

    # ... nor the dataset's name ("latin を開いています": walk 115)
    assert dataset_title("latin") in titles[0] and "latin" not in titles[0] and "Opening" not in titles[0], titles


def mnemonic_clashes(window) -> list[tuple[str, list[str]]]:
    """Each menu (the bar's titles too) whose items share an Alt letter: the letter then only moves between them
    (French Alt+A → T → S went to Système and Sombre in turn and chose neither)."""
    import re

    def letters(texts):
        seen: dict[str, list[str]] = {}
        for text in texts:
            found = re.search(r"&([^&\s])", text.replace("&&", ""))
            if found:
                seen.setdefault(found.group(1).lower(), []).append(text)
        return [names for names in seen.values() if len(names) > 1]

    bar = window.menuBar()
    clashes = [("menu bar", names) for names in letters(a.text() for a in bar.actions())]
    menus = [action.menu() for action in bar.actions() if action.menu()]
    while menus:
        menu = menus.pop()
        menu.aboutToShow.emit()  # the Edit menu fills itself as it opens
        actions = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        clashes += [(menu.title(), names) for names in letters(a.text() for a in actions)]
        menus += [a.menu() for a in actions if a.menu()]
    return clashes


def test_no_two_items_of_a_menu_share_an_alt_letter(japanese):
    assert mnemonic_clashes(japanese) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_two_items_of_an_english_or_french_menu_share_an_alt_letter(qtbot, language):
    window = window_in(qtbot, language)
    try:
        assert mnemonic_clashes(window) == []
    finally:
        i18n.install(QApplication.instance(), "en")


def test_the_data_check_summary_is_punctuated_as_chinese_is(qapp, qtbot):
    """zh: "⚠ 1 条警告， 共 27,600 个样本（22,080 训练, 2,760 验证…）" had a stray space after the full-width comma and
    half-width commas inside full-width brackets."""
    import numpy as np

    from guiapp.core.datasets import health
    from guiapp.core.datasets.base import Dataset
    from guiapp.qt.datasets.insight import HealthView

    rng = np.random.default_rng(0)
    labels = np.array([0] * 40 + [1] * 3 + [2] * 2)
    dataset = Dataset("tiny", ["a", "b", "c"], rng.integers(0, 255, (len(labels), 8, 8), dtype=np.uint8), labels)
    try:
        i18n.install(qapp, "zh_CN")
        view = HealthView()
        qtbot.addWidget(view)
        view.set_dataset(dataset)
        view._show(health.check(dataset))  # noqa: SLF001 — as the check's worker hands it over
        head = view.summary.text().split("<ul")[0]
        assert "， " not in head and ", " not in head and "（" in head, head
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["fr", "ja", "zh_CN", "zh_TW"])
def test_menu_mnemonics_are_letters_every_keyboard_has_and_one_per_entry(qtbot, language):
    """French "&Édition" was Alt+É, which a QWERTY keyboard cannot type: the Edit menu (Teach…, Collect…) was out of
    the keyboard's reach (a walk). In each menu, on every tab, the Alt keys are ASCII and none is used twice."""
    from PySide6.QtWidgets import QMenu

    from guiapp.qt.menus import fill_edit_menu

    window = window_in(qtbot, language)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        fill_edit_menu(window)
        for menu in [window.menuBar(), *window.menuBar().findChildren(QMenu)]:
            keys = [m.group(1).lower() for action in menu.actions() if not action.isSeparator()
                    if (m := re.search(r"&([^&])", action.text().replace("&&", "")))]
            assert all(key.isascii() for key in keys), (menu.title(), keys)
            assert len(keys) == len(set(keys)), (menu.title(), keys)


def test_the_empty_model_input_says_so_in_lines_that_fit_a_small_view(japanese):
    """At 950×600 the view was 86 px and the Japanese placeholder broke mid-word ("ネットワー / クへの"): its font
    shrinks until each line fits."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFontMetricsF

    from guiapp.qt.recognize.model_input import fitted_font

    text = i18n.translate("recognize", "The network's input\nappears here")
    assert text != "The network's input\nappears here"
    room = QSizeF(70, 70)  # an 86 px view less its margins
    font = fitted_font(japanese.font(), text, room)
    metrics = QFontMetricsF(font)
    assert all(metrics.horizontalAdvance(line) <= room.width() for line in text.split("\n"))
    assert font.pointSizeF() >= 6.0


def test_a_practice_round_draws_into_a_dataset_named_in_the_windows_language(japanese):
    """A drill on hiragana-71's confusions drew into "hiragana-71-practic…", in English and cut off, in a Japanese
    window (walk 132): named as the window names the dataset, as the first dataset of one's own is."""
    from guiapp.qt.dataset_names import dataset_title
    from guiapp.qt.train.confusions import practice_dataset

    named = practice_dataset("hiragana-71")
    assert dataset_title("hiragana-71") in named and not english(named), named
    assert named == {"ja": "ひらがな71の練習", "zh_CN": "平假名71练习", "zh_TW": "平假名 71練習"}[japanese.language]
