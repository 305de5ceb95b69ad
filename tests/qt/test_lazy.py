"""Widgets built when first shown (guiapp.qt.lazy): the hidden areas' plots cost the start-up nothing."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QTabWidget

from guiapp.qt.lazy import LazyWidget
from guiapp.qt.main_window import MainWindow


def test_a_lazy_widget_is_built_once_when_shown_or_asked_for(qtbot):
    made = []

    def make():
        made.append(QLabel("real"))
        return made[-1]

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("first"), "first")
    slot = LazyWidget(make, QSize(200, 100))
    tabs.addTab(slot, "second")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert not slot.is_built() and made == [] and slot.minimumSize() == QSize(200, 100)
    tabs.setCurrentWidget(slot)
    qtbot.waitUntil(slot.is_built)
    assert slot.widget() is made[0] and len(made) == 1 and made[0].isVisible()
    other = LazyWidget(make)
    assert other.widget() is made[1] and other.widget() is made[1]  # asked for while hidden: built once


def test_the_window_builds_the_hidden_areas_plots_when_they_are_shown(qtbot):
    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    slots = {"curves": window.train_area.curves_tab, "evaluation": window.train_area.evaluation.heatmap_slot,
             "epochs": window.train_area.scrubber.heatmap_slot, "classes": window.datasets_area.classes.plot_slot}
    assert not any(slot.is_built() for slot in slots.values())
    window.tabs.setCurrentWidget(window.datasets_area)
    qtbot.waitUntil(lambda: slots["classes"].is_built() or not slots["classes"].isVisibleTo(window.datasets_area))
    plots = window.train_area.plots  # asked for (a run sends its points): built even while hidden
    assert slots["curves"].is_built() and plots.epoch_points() == 0
