"""View → Zoom: the whole window larger for a projector in a classroom (a teacher found no way to enlarge it).

Qt takes the scale only as it starts (QT_SCALE_FACTOR), so a choice is kept for the next start. A scale whose
least window does not fit the screen is offered greyed out: at 150 % on a 1024×640 projector the window's least
size was 1521×857 and its right half was off the screen, with no way to scroll to it (a walk)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QSize

ENV = "QT_SCALE_FACTOR"
# Set beside QT_SCALE_FACTOR when Inkling set it, not the person: a restart (View → Zoom → Restart now) inherits
# the environment, and the old scale read as the person's own won over the new choice (a walk).
OURS = "GUIAPP_APPLIED_SCALE"


def apply_zoom(reset_settings: bool = False) -> None:
    """Before the QApplication exists: the stored zoom as Qt's scale factor. A QT_SCALE_FACTOR set by the person
    wins; one this program's previous run set is replaced."""
    from guiapp.qt.settings import stored_scale

    if os.environ.get(OURS) is not None and os.environ.get(ENV) == os.environ[OURS]:
        del os.environ[ENV]
    os.environ.pop(OURS, None)
    scale = "1" if reset_settings else stored_scale()
    if scale != "1" and ENV not in os.environ:
        os.environ[ENV] = os.environ[OURS] = scale


def current_factor() -> float:
    """The scale this window was started with (1.0 when none, or not a number)."""
    try:
        return float(os.environ.get(ENV, "1")) or 1.0
    except ValueError:
        return 1.0


def needed_size(least: QSize, scale: float) -> QSize:
    """The screen pixels the window's least size (``least``, logical pixels) takes when started at ``scale``."""
    return QSize(round(least.width() * scale), round(least.height() * scale))


def fits(least: QSize, available: QSize, scale: float, current: float) -> bool:
    """Whether the window started at ``scale`` fits the screen's ``available`` area (logical pixels as this window,
    started at ``current``, counts them: screen pixels ÷ ``current``)."""
    needed = needed_size(least, scale)
    return needed.width() <= available.width() * current and needed.height() <= available.height() * current


def choices() -> list[tuple[str, str]]:
    """The scales as menu entries, percentages in the locale's form, each with its own key (Alt+1, 2, 5, 0)."""
    from guiapp.qt.i18n import percent
    from guiapp.qt.settings import SCALES

    labels = [percent(float(scale), 0) for scale in SCALES]
    return [(scale, label[:at] + "&" + label[at:]) for scale, label, at in zip(SCALES, labels, (0, 1, 1, 1))]


def mark_unfit(window, actions: dict) -> None:
    """Grey out the scales whose window would not fit the window's screen, saying why in the entry itself (a
    menu hides tooltips). 100 % and the scale in use stay: there is always a way back."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry().size()
    frame = window.frameGeometry().size() - window.geometry().size()  # the title bar and borders, if any
    least = window.minimumSizeHint().expandedTo(window.minimumSize()) + frame
    current = current_factor()
    labels = dict(choices())
    for scale, action in actions.items():
        needed = needed_size(least, float(scale))
        fit = scale in ("1", window.settings.scale) or fits(least, available, float(scale), current)
        action.setEnabled(fit)
        action.setText(labels[scale] if fit else QCoreApplication.translate(
            "menus", "{0} (needs a screen of {1}×{2})").format(labels[scale], needed.width(), needed.height()))


__all__ = ["apply_zoom", "choices", "current_factor", "fits", "mark_unfit", "needed_size"]
