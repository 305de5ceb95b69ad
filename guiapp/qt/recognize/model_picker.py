"""Which models there are to pick from: the bundled ones (``resources/models/*.h5|*.keras``) and recent files."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QPoint, Qt, Signal
from PySide6.QtWidgets import QWidget

from guiapp import paths
from guiapp.core.training import runs
from guiapp.qt.dataset_names import dataset_title
from guiapp.qt.eliding_combo import ElidingComboBox
from guiapp.qt.i18n import date_time, fmt, listing, translate

MODEL_FILTER = QT_TRANSLATE_NOOP("recognize", "Keras models (*.h5 *.keras);;All files (*)")  # translated where shown
# The bundled models' names in the window's language (translated where shown); a bundled file not named here
# is called by its file name.
BUNDLED_NAMES = {"digits": QT_TRANSLATE_NOOP("recognize", "Digits"), "latin": QT_TRANSLATE_NOOP("recognize", "Latin"),
                 "hiragana": QT_TRANSLATE_NOOP("recognize", "Hiragana"),
                 "katakana": QT_TRANSLATE_NOOP("recognize", "Katakana")}


def bundled_models() -> list[tuple[str, Path]]:
    """(display name, path) of each bundled model, sorted; empty when the folder is absent or empty."""
    return [(model_display_name(p), p) for p in paths.bundled_model_files()]


def model_display_name(path: str | Path) -> str:
    """A bundled model by its name ("Digits"); a training run's file, which every run calls model.h5, by what it
    learnt and when ("myshapes · inkling · 2026-12-02 15:21"); a file the person named by that name (two copies of
    one model, mine.h5 and yours.h5, share what they learnt and when); any of them by the name saved in it when it
    has one (a renamed run)."""
    path = Path(path)
    if is_bundled(path):
        if path.stem in BUNDLED_NAMES:
            return translate("recognize", BUNDLED_NAMES[path.stem])
        return path.stem.replace("_", " ").replace("-", " ").capitalize()
    run = runs.run_of_model(path)
    if run is not None:  # as the Runs table and the Train area's status name it, date and all
        return run_title(run)
    from guiapp.core.modelfile.metadata import model_title
    from guiapp.paths import data_dir

    # A run's model.h5, and a model a project brought in (named after the project's file, "emoji-project.h5": a
    # walk), by what they learnt and when
    imported = path.parent == data_dir() / "models"
    return model_title(path, describe=path.name == runs.MODEL_FILE or imported, when=date_time)


def model_short_names(path: str | Path) -> list[str]:
    """Shorter forms of :func:`model_display_name` for a narrow box, the first that fits shown: a run's without its
    date (a run of today) or its seconds (an older one), then without its preset, then without its date or seconds
    too, then what it learnt with "· …" for its date. None for other models (their names are short). Never what it
    learnt alone: a run on digits shown as "digits" read as the bundled Digits model (a fresh-eyes walk). The seconds
    go last: two runs started in one minute, the usual Rerun, read alike in the closed box without them (another
    walk)."""
    run = runs.run_of_model(path)
    if run is None or run.name:
        return []
    learnt = run_learnt_from(run)
    today = QDateTime.fromString(run.created, Qt.DateFormat.ISODate).toLocalTime().date() == QDate.currentDate()
    shorter = date_time(run.created, seconds=True, date=False) if today else date_time(run.created)
    # its preset kept over the date: "mnist-5k · 2026-12-08 2:51:51 AM" was no shorter than "mnist-5k · tf-expert ·
    # 2:51:51 AM", and a class comparing two presets on one dataset told their runs apart by the time (walk 166)
    preset = run.config.get("preset", "?")
    forms = [f"{learnt} · {preset} · {shorter}", f"{learnt} · {date_time(run.created, seconds=True)}",
             f"{learnt} · {shorter}", f"{learnt} · …"]
    if isinstance(run.extra, dict) and run.extra.get(runs.CONTINUES):
        # "(continued from 7:26:48)" cut before its own time showed the stopped run's time alone, and read as the
        # half-trained model (walk 111): shorter, it is "(continued)" with its own time
        continued = translate("train", "{0} (continued)").format(run_dataset(run.dataset))
        forms[-1:] = [f"{continued} · {shorter}", f"{continued} · …"]
    taught = run.extra.get("taught") if isinstance(run.extra, dict) else None
    base = _root_model_name(run.fine_tuned_from) if taught else ""
    if taught and not base:  # a model of only one's characters: named by them, before "my-handwriting · …", which
        forms[-1:-1] = _own_characters_forms(path, learnt)  # told nothing of which it was (walk 161)
    if base:  # a Teach… round at its shortest: the model and what the rounds added to it ("Latin + #")
        # A symbol in quotes: "Digits + +, =, ×" read as a typo (walk 107)
        named = _quoted(_taught_along_chain(run))
        forms.append(translate("train", "{0} + {1}").format(base, listing(named)))
        # Narrower, the characters last taught go first: cut in its middle, the list read 'Digits + π, "…"−", "√"'
        # (walk 113)
        forms += [translate("train", "{0} + {1}").format(base, listing([*named[:kept], "…"]))
                  for kept in range(len(named) - 1, 0, -1)]
    return forms


def _quoted(labels) -> list[str]:
    """Labels as a model's name lists them: a symbol in quotes ("Digits + +, =, ×" read as a typo: walk 107)."""
    return [fmt("{0!r}", label) if len(label) == 1 and not label.isalnum() else label for label in labels]


def _own_characters_forms(path: str | Path, learnt: str) -> list[str]:
    """A Teach… round's model of only the person's characters by them, longest first ("my-handwriting: spiral,
    star", then fewer with "…"); none where its file cannot be read (its round still learning)."""
    from guiapp.core.modelfile import ModelFileError, read_metadata

    try:
        labels = [str(label) for label in read_metadata(path).get("labels") or []]
    except (ModelFileError, OSError, ValueError):
        return []
    named = _quoted(labels)
    return [translate("train", "{0}: {1}").format(learnt, listing([*named[:kept], *(["…"] if kept < len(named)
                                                                                   else [])]))
            for kept in range(len(named), 0, -1)]


def model_short_name(path: str | Path) -> str:
    """The shortest of :func:`model_short_names` that still names the model whole (not "digits · …"), else
    :func:`model_display_name`: for a line that does not wrap (Teach…'s prompt grew past a 1024 px screen)."""
    forms = [form for form in model_short_names(path) if not form.endswith("…")]
    return min(forms, key=len) if forms else model_display_name(path)


def run_title(run: runs.Run) -> str:
    """:attr:`Run.title` in the window's language: its date as the Runs table writes it (the locale's, with
    seconds, not the stored ISO form), a Teach… round's "(taught)" translated."""
    if run.name:
        return run.name
    return f"{run_learnt_from(run)} · {run.config.get('preset', '?')} · {date_time(run.created, seconds=True)}"


def model_file_name(run: runs.Run) -> str:
    """The file name (without suffix) Save as… and Export offer for a run's model: its name, else what it learnt
    from, its preset and when it started, in the window's language, with what no file system takes (/ : * ? …)
    made a dash (and spaces and brackets too, in a name made up). The run's folder id, offered before, spelt
    "Solfège (personnalisé)" as "Solf-ge-personal" (walk 126)."""
    if run.name:  # as the person named it
        safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", run.name)
    else:  # without spaces or brackets, which a script or a shell on another machine trips on (walk 142)
        safe = re.sub(r"[^\w.-]+", "-", f"{run_learnt_from(run)} {run.config.get('preset', '')} {run.id[:15]}")
    safe = safe.strip(" .-")[:120].strip(" .-")
    return safe or run.id


def model_path_file_name(path: str | Path) -> str:
    """The file name (without suffix) offered for what is made of the model at ``path`` (an export, a picture of its
    curves): a run's model.h5 under its run's name ("model.tflite" said nothing of which run it was), another
    model under its own file's name."""
    run = runs.run_of_model(path)
    return model_file_name(run) if run is not None else Path(path).stem


def run_learnt_from(run: runs.Run) -> str:
    """What a run learnt from, in the window's language; a Teach… round with the model it taught and the
    characters it taught, comma-separated ("Latin + my-handwriting (taught x, o)"; "(taught + x)" read "plus x"):
    two rounds read alike as "my-handwriting (taught)", and nothing said the model still knew Latin's letters."""
    taught = run.extra.get("taught") if isinstance(run.extra, dict) else None
    if taught and run.dataset.endswith(runs.TAUGHT_SUFFIX):
        mine, characters = run.dataset[:-len(runs.TAUGHT_SUFFIX)], listing(_taught_along_chain(run))
        root = _root_path(run.fine_tuned_from)
        root_run = runs.run_of_model(root) if root else None  # the chain's root, read once
        if root_run is not None and root_run.dataset == mine + runs.PERSONAL_SUFFIX and root_run.fine_tuned_from:
            # taught on top of a model personalised on the same drawings: "Digits + my symbols (personal, taught
            # cross)", where it lost Digits ("my symbols (personal) + my symbols (taught cross)": walk 156)
            base = _root_model_name(root_run.fine_tuned_from)
            both = translate("train", "{0} (personal, taught {1})").format(dataset_title(mine), characters)
            return translate("train", "{0} + {1}").format(base, both) if base and base != dataset_title(mine) else both
        learnt = translate("train", "{0} (taught {1})").format(mine, characters)
        base = _model_name(root, root_run)
        # A model first trained on the same dataset needs no "+": "my symbols + my symbols (taught ★)" (a walk)
        same = base == run_dataset(run.dataset[:-len(runs.TAUGHT_SUFFIX)])
        return translate("train", "{0} + {1}").format(base, learnt) if base and not same else learnt
    if run.dataset.endswith(runs.PERSONAL_SUFFIX) and run.fine_tuned_from:
        return _personal_learnt_from(run)
    if isinstance(run.extra, dict) and run.extra.get(runs.CONTINUES):  # which run it continues, by its start time
        try:
            started = runs.RunStore(run.folder.parent).load(str(run.extra[runs.CONTINUES])).created
        except runs.RunError:  # deleted since
            return translate("train", "{0} (continued)").format(run_dataset(run.dataset))
        return translate("train", "{0} (continued from {1})").format(run_dataset(run.dataset),
                                                                     date_time(started, seconds=True, date=False))
    return run_dataset(run.dataset)


def _personal_learnt_from(run: runs.Run) -> str:
    """A Personalize run with the model it fine-tuned, and which round it is when it fine-tuned an earlier round on
    the same drawings ("Digits + mine (personal, round 2)"): Personalize starts from the model in use, so a second
    round stacks on the first, and the Runs table named both "mine (personal)" (walk 108)."""
    rounds, path, seen = 1, run.fine_tuned_from, {str(run.model_path)}
    earlier = runs.run_of_model(path)
    while earlier is not None and earlier.dataset == run.dataset and earlier.fine_tuned_from and path not in seen:
        seen.add(path)
        rounds, path = rounds + 1, earlier.fine_tuned_from
        earlier = runs.run_of_model(path)
    mine = run.dataset[:-len(runs.PERSONAL_SUFFIX)]
    learnt = (run_dataset(run.dataset) if rounds == 1
              else translate("train", "{0} (personal, round {1})").format(mine, rounds))
    base = _root_model_name(path)
    # A model first trained on the same drawings needs no "+": "Solfège + Solfège (personal)" (walk 126)
    same = base == dataset_title(mine)
    return translate("train", "{0} + {1}").format(base, learnt) if base and not same else learnt


def _taught_round(run: runs.Run | None) -> bool:
    return (run is not None and not run.name and run.dataset.endswith(runs.TAUGHT_SUFFIX)
            and isinstance(run.extra, dict) and bool(run.extra.get("taught")))


def _taught_along_chain(run: runs.Run) -> list[str]:
    """What every Teach… round from the model the chain started from to ``run`` added to it (the characters
    taught, with the dataset's learnt along), oldest first, each once, in one order wherever the model is named: a
    second round's model was named by that round alone ("Digits + −" for a model that also knew the first round's
    + and ×: two walks), and the box and its list named one model "T, X, Z" and "X, T, Z" (another)."""
    chain, seen = [run], {str(run.model_path)}
    while chain[0].fine_tuned_from and chain[0].fine_tuned_from not in seen:
        seen.add(chain[0].fine_tuned_from)
        earlier = runs.run_of_model(chain[0].fine_tuned_from)
        if not _taught_round(earlier):
            break
        chain.insert(0, earlier)
    return list(dict.fromkeys(str(c) for step in chain for c in step.extra.get("added") or step.extra["taught"]))


def _root_path(path: str | None) -> str | None:
    """The model a chain of Teach… rounds started from (a bundled model, a trained run's, a file); None for a loop."""
    seen: set[str] = set()
    while path and path not in seen:
        seen.add(path)
        run = runs.run_of_model(path)
        if run is None or run.name or not run.dataset.endswith(runs.TAUGHT_SUFFIX) or not run.fine_tuned_from:
            return path
        path = run.fine_tuned_from
    return None


def _root_model_name(path: str | None) -> str:
    """The name of the model a chain of Teach… rounds started from, so a second round on a taught model is
    "Latin + …" too, not "Latin + mine (taught x) + mine (taught y)"."""
    root = _root_path(path)
    return _model_name(root, runs.run_of_model(root) if root else None)


def _model_name(path: str | None, run: runs.Run | None) -> str:
    """A chain's root model (``path``, ``run`` its run if it has one) by its name: its run's, else its file's."""
    if not path:
        return ""
    if run is None:
        return model_display_name(path) if Path(path).exists() or is_bundled(path) else Path(path).stem
    return run.name or run_dataset(run.dataset)


def is_bundled(path: str | Path) -> bool:
    try:
        return Path(path).resolve().parent == paths.resource("models").resolve()
    except OSError:
        return False


def run_dataset(dataset: str) -> str:
    """What a run learns from (its request's or record's ``dataset``), in the window's language ("symbols
    (taught)" for a Teach… round, "mine (personal)" for Personalize)."""
    if dataset.endswith(runs.TAUGHT_SUFFIX):
        return translate("train", "{0} (taught)").format(dataset_title(dataset[:-len(runs.TAUGHT_SUFFIX)]))
    if dataset.endswith(runs.PERSONAL_SUFFIX):
        return translate("train", "{0} (personal)").format(dataset_title(dataset[:-len(runs.PERSONAL_SUFFIX)]))
    return dataset_title(dataset)


class ModelPicker(ElidingComboBox):
    """Bundled models first, then recent files. ``modelChosen(path)`` when the user picks one."""

    modelChosen = Signal(str)
    chosenFromList = Signal()  # a model chosen in the opened list (the pad takes the keyboard back)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, characters=10)  # "Hiragana", "Katakana" and most file names; the list shows longer ones
        self._updating = False
        self._list_open = False  # the list was opened since the last key on the closed box
        self.activated.connect(self._on_activated)
        self.currentIndexChanged.connect(self._say_current)
        self.refresh([], None)

    def refresh(self, recent: list[str], current: str | None) -> None:
        self._updating = True
        self.clear()
        seen: dict[str, str] = {}  # the real path of each entry → the path it is listed under
        for name, path in bundled_models():
            self.addItem(name, str(path))
            self.setItemData(self.count() - 1, str(path), role=3)  # Qt.ToolTipRole
            seen[os.path.realpath(path)] = str(path)
        if self.count() and not any(any(word in Path(path).stem for word in ("kanji", "kyoiku", "joyo"))
                                    for _, path in bundled_models()):
            # A learner drew 日 on the katakana model and got ロ at 68 %, with nothing saying no model here reads
            # kanji: the list says so where models are chosen, and what to do instead.
            # (and where to find one: a learner stopped at this greyed entry, the lookup only in the Edit menu: walk
            # 159)
            self.addItem(translate("recognize", "Kanji: no bundled model · Ctrl+K looks one up"), None)
            # Teach… said too: a learner got five kanji read in three minutes that way, after the tooltip sent
            # them to a day of training; rich text, so it wraps (it was 1,070 px wide on a 1,024 px screen)
            self.setItemData(self.count() - 1, "<p>" + html.escape(translate(
                "recognize", "A model of the 1,026 school kanji takes about a day to train on a computer's "
                             "processor, so none comes with Inkling yet: to make one, choose the kyoiku dataset in "
                             "the Train tab. For a few kanji, press Teach… beside the model and draw each one ten "
                             "times: it learns them in a minute or two.") + " " + translate(
                "recognize", "To write a kanji you cannot type, Edit → Look up a kanji… finds it by its reading or "
                             "meaning.")) + "</p>", role=3)  # (walk 146 found no lookup)
            self.model().item(self.count() - 1).setEnabled(False)
        if current and os.path.realpath(current) in seen:  # a bundled model opened again from its file
            current = seen[os.path.realpath(current)]
        others = []
        for path in ([current] if current else []) + list(recent):
            if path and os.path.realpath(path) not in seen:
                seen[os.path.realpath(path)] = path
                others.append(path)
        if others and self.count():
            self.insertSeparator(self.count())
        shown = {self.itemText(i) for i in range(self.count())}
        for path in others:
            name = model_display_name(path)
            if name in shown:  # two runs saved the same minute, or two copies: say where each one is
                name = f"{name} ({Path(path).parent.name}/{Path(path).name})"
            shown.add(name)
            self.addItem(name, path)
            self.setItemData(self.count() - 1, path, role=3)
            self.set_short_forms(self.count() - 1, model_short_names(path))
        if self.count() == 0:
            self.addItem(translate("recognize", "No model: open one…"), None)
        index = self.findData(current) if current else -1
        self.setCurrentIndex(index if index >= 0 else (0 if current is None and self.itemData(0) is None else index))
        # The box shows ten characters or so: its list is as wide as the longest name, a trained model's
        # "symbols · inkling · 2026-12-02 09:41" whole.
        metrics = self.view().fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        self._list_width = widest + 2 * self.view().frameWidth() + 32  # item margins, a scroll bar
        self._say_current()
        self._updating = False

    def showPopup(self) -> None:  # noqa: N802 — Qt's name
        """The list as wide as its longest name, but no wider than the window: a run's long name made it wider than
        a 1024 px window (walk 101); a name longer than that loses its middle, and its tooltip has it whole. Qt
        widens the list to its contents whatever its minimum width, so the opened list is narrowed to the room."""
        self._list_open = True
        left = self.mapToGlobal(QPoint(0, 0)).x()
        right = self.window().mapToGlobal(QPoint(self.window().width(), 0)).x() - 4
        room = max(self.width(), right - left)
        self.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view().setMinimumWidth(min(self._list_width, room))
        super().showPopup()
        popup = self.view().window()
        if popup.width() > room:
            popup.setGeometry(left, popup.y(), room, popup.height())
        # Below the box, where it fits: Fusion opened it over the box with the chosen model under the pointer, so
        # after Katakana the list began above the box with its first models out of sight (walk 104)
        below = self.mapToGlobal(QPoint(0, self.height())).y()
        if below + popup.height() <= self.screen().availableGeometry().bottom():
            popup.move(popup.x(), below)

    def _say_current(self, _index: int = -1) -> None:
        """The tooltip names the chosen model in full (the box may cut it off)."""
        tip = translate("recognize", "The model that recognizes your drawing")
        self.setToolTip(f"{tip}\n{self.currentText()}" if self.currentData() else tip)

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        self._list_open = False  # a key on the closed box (an arrow goes model by model): not a choice in the list
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 — Qt's name
        self._list_open = False
        super().wheelEvent(event)

    def _on_activated(self, index: int) -> None:
        path = self.itemData(index)
        if path and not self._updating:
            self.modelChosen.emit(str(path))
            if self._list_open:  # (Qt closes the list, then says what was chosen in it)
                # Chosen in the list, the box kept the keyboard, and Space on the pad, the next key, opened the
                # list again (walk 164); an arrow on the closed box still goes model by model
                self.chosenFromList.emit()
