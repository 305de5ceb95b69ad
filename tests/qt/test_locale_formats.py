"""Counts, percentages and dates in the window follow the language's locale (issue #20): 12 345 and 01/12/2026
in French, 12,345 and 2026/12/01 in Japanese; tables still sort by value, not by the localised text."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt

from guiapp.core.training.runs import RunStore
from guiapp.qt import i18n

# (grouped count, one decimal, percentage, the date 2026-12-01 as the locale writes it, short)
# (French groups digits with a no-break space: QLocale's narrow one is a breaking space to Qt's rich text)
EXPECTED = {"fr": ("12\u00a0345", "1\u00a0234,5", "7,3\u00a0%", "01/12/2026"),
            "ja": ("12,345", "1,234.5", "7.3\u00a0%", "2026/12/01")}


@pytest.fixture(params=sorted(EXPECTED))
def language(qapp, request):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def test_numbers_and_templates_follow_the_locale(language):
    count, decimal, share, _date = EXPECTED[language]
    assert i18n.number(12345) == i18n.number(np.int64(12345)) == count
    assert i18n.number(1234.5, 1) == decimal
    assert i18n.percent(0.0734) == share
    # a template keeps Python's spec ({0:,}); the reader gets their own separators
    assert i18n.fmt("{0:,} / {1:,.1f} / {2:.1%} / {3}", 12345, 1234.5, 0.0734, 7) == f"{count} / {decimal} / {share} / 7"


def test_runs_table_dates_and_counts_follow_the_locale(language, qtbot, tmp_path):
    from guiapp.qt.train.runs import RunsView

    store = RunStore(tmp_path / "runs")
    for created, epochs in (("2026-12-01T09:05:00+00:00", 9), ("2026-11-30T23:10:00+00:00", 10)):
        run = store.create({"preset": "lenet"}, "digits")
        run.created, run.epochs_done, run.status = created, epochs, "early-stopping"
        store.write(run)
    view = RunsView(store)
    qtbot.addWidget(view)
    table = view.table
    dates = [table.item(row, 0).text().replace("\n", " ") for row in range(table.rowCount())]  # time under date
    stamp = QDateTime.fromString("2026-12-01T09:05:00+00:00", Qt.DateFormat.ISODate).toLocalTime()
    minutes = QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
    # The locale's short form with seconds after the minutes (two runs started in one minute read the same).
    assert i18n.date_time("2026-12-01T09:05:00+00:00", seconds=True) in dates
    assert f"{minutes}:00" in dates, (dates, minutes)  # French and Japanese write the seconds last
    assert any(EXPECTED[language][3] in text for text in dates), dates
    assert table.item(0, 3).text() == {"fr": "arrêt anticipé", "ja": "早期終了"}[language]
    table.sortItems(4, Qt.SortOrder.AscendingOrder)  # epochs: 9 before 10, as numbers (as text "10" < "9")
    assert [table.item(row, 4).text() for row in range(2)] == ["9", "10"]
    table.sortItems(0, Qt.SortOrder.DescendingOrder)  # newest first, by time, whatever the date's written form
    assert table.item(0, 4).text() == "9"


def test_a_long_run_name_shows_whole_in_the_runs_tab_at_1024_by_640(language, qtbot, tmp_path):
    """French cut "Chiffres + my-handwriting (appris : x)" to "Chiffres + my-…" in a 90 px column of two-line rows."""
    from PySide6.QtCore import QRect
    from guiapp.qt.train.runs import RunsView

    store = RunStore(tmp_path / "runs")
    run = store.create({"preset": "inkling"}, "digits")
    run.name, run.epochs_done, run.status = "Digits + my-handwriting (taught x)", 6, "early-stopping"
    store.write(run)
    view = RunsView(store)
    qtbot.addWidget(view)
    view.resize(640, 420)  # the Runs tab at 1024×640
    view.show()
    qtbot.waitExposed(view)
    table = view.table
    cell = table.visualItemRect(table.item(0, 2))
    shown = table.fontMetrics().boundingRect(QRect(0, 0, cell.width() - 8, 10_000),
                                             Qt.TextFlag.TextWordWrap, table.item(0, 2).text())
    assert shown.width() <= cell.width() and shown.height() <= cell.height(), (shown, cell)


def test_dates_say_the_whole_year_and_read_one_way_in_english(qapp):
    """English dates read "12/4/26 11:05:29 AM" (2012? 4 December or 12 April?): the year is whole in every
    language, and English, read by month-first and day-first readers alike, writes year-month-day."""
    stamp = "2026-12-04T09:05:07+00:00"
    local = QDateTime.fromString(stamp, Qt.DateFormat.ISODate).toLocalTime()
    assert i18n.date_time(stamp).startswith(local.toString("yyyy-MM-dd "))
    assert local.toString(":mm:ss") in i18n.date_time(stamp, seconds=True)
    i18n.install(qapp, "fr")
    try:
        assert i18n.date_time(stamp).startswith(local.toString("dd/MM/yyyy "))
        QLocale.setDefault(QLocale("de_DE"))  # a locale whose short date has a two-digit year
        assert i18n.date_time(stamp).startswith(local.toString("dd.MM.yyyy "))
        QLocale.setDefault(QLocale.c())  # LANG=C.UTF-8, English text: it wrote "4 12 2026"
        assert i18n.date_time(stamp).startswith(local.toString("yyyy-MM-dd "))
    finally:
        i18n.install(qapp, "en")


def test_dataset_counts_in_the_window_follow_the_locale(language, qtbot):
    from guiapp.qt.datasets.listing import DatasetList

    listing = DatasetList()
    qtbot.addWidget(listing)
    listing.refresh()
    name = listing.names()[0]
    listing.set_counts(name, 10, 12345)  # what the window learns once the dataset is read
    item = listing._find(name)  # noqa: SLF001 — the row the user reads
    assert (item.text(1), item.text(2)) == ("10", EXPECTED[language][0])


def test_a_taught_run_is_named_in_the_windows_language(language, tmp_path):
    """French Runs and status lines said "symbols (taught)"."""
    from guiapp.qt.recognize.model_picker import run_title

    run = RunStore(tmp_path / "runs").create({"preset": "lenet"}, "symbols (taught)")
    title = run_title(run)
    assert title.startswith({"fr": "symbols (appris)", "ja": "symbols（追加学習）"}[language]), title
    # A round's characters name it: two rounds into one dataset read alike.
    named = RunStore(tmp_path / "runs").create({"preset": "lenet"}, "symbols (taught)", extra={"taught": ["x", "o"]})
    assert run_title(named).startswith({"fr": "symbols (appris\u00a0: x, o)", "ja": "symbols（追加学習：x、o）"}[language])
    # And the model it taught: the name said nothing of Latin's letters, which the model still reads.
    from guiapp import paths

    latin = str(paths.resource("models") / "latin.h5")
    on_latin = RunStore(tmp_path / "runs").create({"preset": "lenet"}, "symbols (taught)", extra={"taught": ["x"]},
                                                  fine_tuned_from=latin)
    assert run_title(on_latin).startswith({"fr": "Latin + symbols (appris\u00a0: x)", "ja": "ラテン文字 + symbols（追加学習：x）"}[language])
    from guiapp.qt.recognize.model_picker import model_short_names

    # At its shortest, for a narrow box: the model and what it was taught.
    assert model_short_names(on_latin.model_path)[-1] == {"fr": "Latin + x", "ja": "ラテン文字 + x"}[language]
    # ... and what the dataset's other characters added with it, when the round learnt them too
    along = RunStore(tmp_path / "runs").create({"preset": "lenet"}, "symbols (taught)", fine_tuned_from=latin,
                                               extra={"taught": ["x"], "added": ["+", "x"]})
    # (a symbol in the language's quotes: "Latin + +, x" read as a typo, walk 107)
    assert model_short_names(along.model_path)[-2:] == [{"fr": "Latin + «\u00a0+\u00a0», x",
                                                         "ja": "ラテン文字 + 「+」、x"}[language],
                                                        {"fr": "Latin + «\u00a0+\u00a0», …",
                                                         "ja": "ラテン文字 + 「+」、…"}[language]]
    # ... in the same order in its full title (the box and its list read "T, X, Z" and "X, T, Z": a walk)
    assert {"fr": "(appris\u00a0: +, x)", "ja": "（追加学習：+、x）"}[language] in run_title(along)
    again = RunStore(tmp_path / "runs").create({"preset": "lenet"}, "symbols (taught)", extra={"taught": ["o"]},
                                               fine_tuned_from=str(on_latin.model_path))
    # A second round's model knows the first round's characters too: named by both (it read "Latin + o": two walks)
    assert run_title(again).startswith({"fr": "Latin + symbols (appris\u00a0: x, o)",
                                        "ja": "ラテン文字 + symbols（追加学習：x、o）"}[language])
    assert model_short_names(again.model_path)[-2] == {"fr": "Latin + x, o", "ja": "ラテン文字 + x、o"}[language]


def test_plot_axes_write_numbers_as_the_locale_does(language, qtbot):
    from guiapp.qt.train.plots import TrainingPlots

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    ticks = plots.loss_plot.getAxis("left").tickStrings([0.0, 0.5, 1.0], 1, 0.5)
    assert ticks == {"fr": ["0,0", "0,5", "1,0"], "ja": ["0.0", "0.5", "1.0"]}[language]  # zero read "0" beside 0,5
    assert plots.loss_plot.getAxis("left").tickStrings([0.0, 0.05, 0.1], 1, 0.05)[0] in ("0.00", "0,00")
    assert plots.batch_plot.getAxis("bottom").tickStrings([0.0, 50.0, 100.0], 1, 50.0) == ["0", "50", "100"]
    # Accuracies up the side as the labels beside them write them: percentages, not 0.2 … 1.0 (a walk)
    assert plots.accuracy_plot.getAxis("left").tickStrings([0.2, 1.0], 1, 0.2) == ["20", "100"]
    half = plots.accuracy_plot.getAxis("left").tickStrings([0.955], 1, 0.005)
    assert half == [{"fr": "95,5", "ja": "95.5"}[language]]
    assert "%" in plots.accuracy_plot.getAxis("left").labelText


def test_the_learning_rate_reads_as_people_write_it(language, qtbot):
    from guiapp.qt.train.settings import TrainingSettings

    settings = TrainingSettings()
    qtbot.addWidget(settings)
    settings.learning_rate.setValue(0.001)
    point = {"fr": ",", "ja": "."}[language]
    assert settings.learning_rate.text() == f"0{point}001"  # not 0.00100
    settings.learning_rate.lineEdit().setText(f"0{point}00005")
    settings.learning_rate.interpretText()
    assert abs(settings.learning_rate.value() - 0.00005) < 1e-12


def test_the_windows_spin_boxes_follow_the_language_chosen_in_its_settings(qtbot, qapp):
    """The window is made before its language is installed, and every widget takes its parent's locale: French
    spin boxes wrote 0.001 and 0.00030 beside "dropout 0,2"."""
    from PySide6.QtWidgets import QDoubleSpinBox

    from qt.recognize_helpers import window_in

    i18n.install(qapp, "en")
    try:
        window = window_in(qtbot, "fr")
        assert window.train_area.settings.learning_rate.text() == "0,001"
        boxes = [box.text() for box in window.findChildren(QDoubleSpinBox)]
        assert boxes and not [text for text in boxes if "." in text], boxes
        window.close()
    finally:
        i18n.install(qapp, "en")


def test_time_left_is_said_in_the_window_s_language(language):
    """A Japanese progress strip read "残り 2 min 46 s"."""
    from guiapp.qt.progress import _eta

    expected = {"fr": ("2 min 46 s", "9 s"), "ja": ("2 分 46 秒", "9 秒")}[language]
    assert (_eta(166), _eta(9)) == tuple(text.replace(" ", "\u00a0") for text in expected)  # never broken
    # Rounded as a whole: 59.7 s past a minute read "39 min 60 s" (a walk)
    assert _eta(39 * 60 + 59.7) == _eta(40 * 60) and _eta(59.7) == _eta(60)


def test_a_progress_bar_writes_its_share_as_the_language_does(language, qtbot):
    """The dataset strip's bar read "32%" in French beside "32 %" everywhere else."""
    from guiapp.qt.progress import ProgressStrip
    from guiapp.qt.tasks import TaskRunner

    strip = ProgressStrip(TaskRunner())
    qtbot.addWidget(strip)
    strip.bar.setRange(0, 100)
    strip.bar.setValue(32)
    assert strip.bar.text() == {"fr": "32\u00a0%", "ja": "32%"}[language]


def test_a_short_chinese_part_of_a_header_stays_on_one_line():
    """A dataset header wrapped "唯讀" (read-only) as "唯" / "讀" (a walk): Chinese and Japanese break between any two
    characters, so the parts kept whole are joined."""
    from guiapp.qt.i18n import unbroken

    assert unbroken("唯讀", spaces=True) == "唯\u2060讀"
    assert unbroken("10 samples", spaces=True) == "10&nbsp;samples" and unbroken("a-b") == "a\u2011b"


def test_the_collect_counter_writes_a_class_and_its_count_as_the_language_does(language, qtbot):
    """"7: 1" beside "Ajouter au jeu" lacked French's space before the colon (a walk)."""
    from guiapp.core.strokes import Drawing, Stroke
    from guiapp.qt.recognize.collect_bar import CollectBar

    drawing = Drawing([Stroke([[10, 10], [50, 80], [90, 15]], times=[0, 0.1, 0.2])], 100.0, 100.0)
    bar = CollectBar(get_drawing=lambda: drawing, clear_drawing=lambda: None)
    qtbot.addWidget(bar)
    bar.label_edit.setText("7")
    assert bar.add_current()
    assert {"fr": "7\u00a0: 1", "ja": "7：1"}[language] in bar.counter.text()


def test_a_core_message_on_a_line_of_its_own_begins_as_a_sentence():
    """The core words its messages to follow "warning: " on the command line; after "⚠" in the window they read
    "⚠ the smallest class has only 3…" (walk 163). A name first keeps its case."""
    assert i18n.sentence("the smallest class has only 3 samples") == "The smallest class has only 3 samples"
    for kept in ("digits.h5: not a model file", "my-handwriting: no drawings", "iPhone scans", "3 classes", "",
                 "« digits »", "クラス"):
        assert i18n.sentence(kept) == kept


def test_a_french_number_stays_whole_in_a_wrapped_rich_text_line(qapp):
    """QLocale groups French digits with U+202F, which Qt's rich text reads as a breaking space: the health check's
    "(4 800 entraînement" wrapped between "4" and "800" (walk 167). The window's numbers, and those Qt puts for
    %Ln, use a no-break space, kept whole."""
    from PySide6.QtGui import QTextDocument

    from guiapp.core.text import Plural

    i18n.install(qapp, "fr")
    try:
        counted = i18n.localise(Plural("%Ln sample(s)", "", 6000))
        assert "6\u00a0000" in counted and "\u202f" not in counted + i18n.number(4800) + i18n.number(1234.5, 1)
        text = f"Aucun problème ({i18n.number(4800)} entraînement)"
        document = QTextDocument()
        document.setHtml(text)
        document.setTextWidth(document.idealWidth() * 0.6)  # it must wrap somewhere
        block = document.firstBlock()
        lines = [block.text()[block.layout().lineAt(i).textStart():][:block.layout().lineAt(i).textLength()]
                 for i in range(block.layout().lineCount())]
        assert len(lines) > 1 and any("4\u00a0800" in line for line in lines), lines
    finally:
        i18n.install(qapp, "en")


def test_sentences_are_spaced_as_their_language_spaces_them():
    """"保存されます。 保存済みの…": a space after 。 (walk 168); one after a Latin full stop."""
    assert i18n.sentences("Kept in mine.", "Drawings count.") == "Kept in mine. Drawings count."
    assert i18n.sentences("保存されます。", "含めます。") == "保存されます。含めます。"
    assert i18n.sentences("", "Only this.") == "Only this."
