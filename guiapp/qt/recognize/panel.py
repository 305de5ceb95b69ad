"""The Recognize tab: model picker and pen tools, the drawing pad, live predictions, what the model sees, latency
and the write line.

Recognition is asked for after every stroke and, throttled to ``LIVE_INTERVAL_MS``, while a stroke is drawn
(:mod:`~guiapp.qt.recognize.live_answers`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QSlider, QToolBar, QToolButton,
                               QVBoxLayout, QWidget)

from guiapp.core import kana, kana_size, letter_case
from guiapp.qt import a11y
from guiapp.qt.look import card, icon
from guiapp.qt.recognize.collect_bar import CollectBar
from guiapp.qt.recognize.pad import DrawingPad
from guiapp.qt.recognize.pad_input import MarginPresses
from guiapp.qt.recognize.pad_actions import PadActionsMixin
from guiapp.qt.recognize.model_info import fit_name, ink_name, input_tip
from guiapp.qt.recognize.model_picker import ModelPicker
from guiapp.qt.recognize.model_input import ModelInputView
from guiapp.qt.recognize.predictions import PredictionsView
from guiapp.qt.recognize.saliency import SaliencyOverlay
from guiapp.qt.recognize.tool_row import CompactTools
from guiapp.qt.recognize.write_history import WriteHistory
from guiapp.qt.recognize.writing import WritingMixin
from guiapp.qt.recognize.live_answers import LiveAnswersMixin
from guiapp.qt.i18n import translate
from guiapp.qt.theme import set_tone
from guiapp.qt.wrapped_label import WrappedLabel

LIVE_INTERVAL_MS = 120


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class RecognizePanel(PadActionsMixin, WritingMixin, LiveAnswersMixin, QWidget):
    openModelRequested = Signal()
    modelInfoRequested = Signal()
    teachRequested = Signal()
    predictionShown = Signal(object)  # the Prediction now on screen (the self-test listens)

    def __init__(self, parent: QWidget | None = None, pen_width: float = 16.0, show_grid: bool = True) -> None:
        super().__init__(parent)
        self.worker = None  # InferenceWorker: set by the main window
        self.recognizer = None
        self.prediction = None
        self._generation = 0
        self._unanswered = -1  # the generation whose ink had no answer (a dot alone): Write waits for more ink
        self._first_valid = 0  # answers to earlier generations came from a model no longer in use
        self._size_reference = None  # kana_size.Reference of the last full-size kana written (small kana)
        self.writes = WriteHistory()  # what Enter or a click wrote: Undo and Redo take it back and give it again
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_INTERVAL_MS)
        self._live_timer.timeout.connect(lambda: self.request_recognition(include_current=True))

        self.pad = DrawingPad(pen_width=pen_width)
        self.pad.set_show_grid(show_grid)
        self.pad.drawingChanged.connect(self._on_drawing_changed)
        self.pad.inkMoved.connect(self._on_ink_moved)
        self.picker = ModelPicker()
        self.picker.chosenFromList.connect(lambda: self.pad.setFocus(Qt.FocusReason.OtherFocusReason))
        self.predictions = PredictionsView()
        self.predictions.candidateClicked.connect(self.write)
        self.model_view = ModelInputView()
        self.input_caption = WrappedLabel("")
        self.latency = QLabel("")
        self.latency.setToolTip(translate("recognize", "Time to prepare the drawing and run the network once, in ms: "
                                                 "thousandths of a second"))
        # "Where it looked": the saliency of the shown answer over the pad; a hovered candidate gets its own.
        self.saliency = SaliencyOverlay(self.pad, self)
        self.predictions.candidateHovered.connect(self.saliency.set_focus)
        # Beside what the model sees, not in the pen toolbar: there it would be the first tool a narrow window hides.
        self.saliency_box = QCheckBox(translate("recognize", "Show where it looked"))
        # Empty paper lit beside a clean 7 read as a fault (a fresh-eyes walk): it is evidence too, and said so.
        self.saliency_box.setToolTip(translate("recognize", "Colour the parts of your drawing the network based its "
                                                       "answer on (HiResCAM); point at a candidate to see where it "
                                                       "found that one. Empty paper can light up too: no stroke there "
                                                       "is evidence (a 7 has none where a 9 closes its loop)"))
        self.saliency_box.toggled.connect(self.saliency.set_enabled)
        # Two lines in French (a plain label's guess cut both: a walk), three in Chinese. Under the pad, whose heat
        # map it explains: beside the model's input it made the side column, which sets the window's least height,
        # taller than a 640 px screen with the collect row open (the Traditional Chinese window grew to 683 px).
        # Its room is kept while "Show where it looked" is ticked, two lines whatever it says: shown and hidden with
        # each drawing, it resized the pad in the middle of a stroke, which bent the stroke (a walk).
        self.saliency_note = QLabel("")
        self.saliency_note.setWordWrap(True)
        self.saliency_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.saliency_note.setFixedHeight(2 * self.saliency_note.fontMetrics().lineSpacing() + 2)
        # "Grad-CAM of block2b_relu" unexplained beside the heat map (walk 110): the box's words, where it is read
        self.saliency_note.setToolTip(self.saliency_box.toolTip())
        self.saliency.noteChanged.connect(self._show_saliency_note)
        # Unticked, its room stays too: ticking the box shrank the pad under the drawing (a walk); the window's
        # least size is the same, as it must fit with the box ticked anyway.
        policy = self.saliency_note.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.saliency_note.setSizePolicy(policy)
        self.saliency_box.toggled.connect(self.saliency_note.setVisible)
        self.saliency_note.setVisible(self.saliency_box.isChecked())
        self._build_write_line()
        # Under the write line: add the drawing to a dataset of your own (collect samples to train on).
        self.collect_bar = CollectBar(get_drawing=self.pad.drawing, clear_drawing=self.pad.clear,
                                      get_pen_width=self.pad.pen_width, get_ink=self.pad.ink_state,
                                      get_picture=self.pad.image_source)
        self.pad.redoDropped.connect(self.collect_bar.drop_redo_adds)
        self._build_actions()
        # Undo, Redo, Clear, Write and Copy say whether they would do anything (they looked ready on an empty pad).
        for changed in (self.pad.drawingChanged, self.pad.imageChanged, self.write_line.field.textChanged):
            changed.connect(lambda *_: self.update_stroke_actions())  # (Undo's tooltip names the write it takes back)
        self.update_stroke_actions()
        self.write_line.field.textChanged.connect(self._update_copy)
        self._update_copy(self.write_line.text())
        # The text line says when Enter adds to a dataset instead of writing: a label kept after an add filed a
        # later ツ under "ン" while the line still said "Enter writes the top answer" (a fresh-eyes walk).
        self.collect_bar.label_edit.textChanged.connect(self._update_enter_mode)
        self.collect_bar.label_edit.focusChanged.connect(self._update_enter_mode)
        # and the line above the candidates with it (after Stop it still said "Enter adds the drawing to …": a walk)
        for changed in (self.collect_bar.label_edit.textChanged, self.collect_bar.label_edit.focusChanged,
                        self.collect_bar.collectionStarted,
                        self.collect_bar.collectionFinished, self.collect_bar.collectionStopped,
                        self.collect_bar.collect_button.toggled):
            changed.connect(self._show_enter_note)
        self.collect_bar.collectionStarted.connect(self._update_enter_mode)
        for changed in (self.collect_bar.collectionStarted, self.collect_bar.collectionFinished,
                        self.collect_bar.collectionStopped):
            changed.connect(self._update_guides)
        self.collect_bar.collectionFinished.connect(self._update_enter_mode)
        self.collect_bar.collectionStopped.connect(self._update_enter_mode)
        # Start or Stop pressed: on to the pad, where the drawings are made and Enter adds them. Left on the button,
        # the Enter meant for a drawing after Stop started a new collection (walk 102).
        # (the window's focus child, not hasFocus(): after the "one class or separate characters?" question the window
        # was not yet active again, the focus went back to Stop, and the Enter meant for a drawing stopped: walk 138)
        for pressed in (self.collect_bar.collectionStarted, self.collect_bar.collectionStopped):
            pressed.connect(lambda: self.collect_bar.start_button.window().focusWidget() is self.collect_bar.start_button
                            and self.pad.setFocus())
        # another dataset chosen (New dataset… too): "Enter adds to mine1" stayed beside mine2 (a walk)
        self.collect_bar.dataset_combo.currentTextChanged.connect(self._update_enter_mode)
        self._update_enter_mode()
        self._build_layout()
        self._layout.addWidget(self.collect_bar)
        self._keyboard_path()
        self.set_recognizer(None)

    def _keyboard_path(self) -> None:
        """Tab from the pad to the model choice, through every pen tool, the candidates and what the model sees,
        then down to the write line and the collect bar: the reading order, where creation order started at the
        write line and skipped the tools."""
        self.pad.setAccessibleName(translate("recognize", "Drawing pad"))
        self.pad.setAccessibleDescription(self.pad.toolTip())
        a11y.show_focus_ring(self.pad)
        a11y.focusable_toolbar(self.toolbar)
        tool = self.toolbar.widgetForAction
        collect = [w for w in self.collect_bar.findChildren(QWidget)  # not a popup's list, not a spin box's editor
                   if a11y.needs_name(w) and w.window() is self.window()]
        a11y.chain(self.pad, self.picker, self.open_button, self.info_button, self.teach_button,
                   tool(self.pen_action), tool(self.eraser_action), self.pen_slider, tool(self.undo_action),
                   tool(self.redo_action), tool(self.clear_action), tool(self.grid_action),
                   a11y.toolbar_overflow(self.toolbar),
                   *self.predictions.rows, *self.predictions.neighbour_buttons, self.saliency_box,
                   self.write_line.field,
                   self.write_line.write_button, self.write_line.turn_button, self.write_line.punctuation_button,
                   self.write_line.backspace_button, self.write_line.copy_button,
                   *collect)

    # -- construction -----------------------------------------------------------------------------------------------
    def _build_tools(self) -> QHBoxLayout:
        tools = QHBoxLayout()
        tools.setSpacing(4)  # the row holds the whole French pen toolbar at 1100 px
        tools.addWidget(QLabel(translate("recognize", "Model:")))
        tools.addWidget(self.picker, 1)
        self.open_button = QToolButton(text=translate("recognize", "Open…"), toolTip=translate("recognize", "Open a model file (.h5 or .keras)"))
        self.open_button.clicked.connect(self.openModelRequested)
        self.info_button = QToolButton(text=translate("recognize", "Info"), toolTip=translate("recognize", "Labels, input, parameters and training history"))
        self.info_button.clicked.connect(self.modelInfoRequested)
        self.teach_button = QToolButton(text=translate("recognize", "Teach…"), toolTip=translate("recognize", "Teach the model new characters: draw a few samples "
                                        "of each, it learns them in the background"))
        self.teach_button.clicked.connect(self.teachRequested)
        for button, name in ((self.open_button, "open"), (self.info_button, "info"), (self.teach_button, "teach")):
            button.setIcon(icon(name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            tools.addWidget(button)
        # The pen tools sit in a QToolBar: in a narrow window the ones that do not fit move to its » menu.
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(18, 18))
        for action in (self.pen_action, self.eraser_action):
            bar.addAction(action)
        width_label = QLabel(translate("recognize", "Width"))
        width_label.setContentsMargins(8, 0, 4, 0)
        width_label.setToolTip(translate("recognize", "Pen width"))
        bar.addWidget(width_label)
        self.pen_slider = QSlider(Qt.Orientation.Horizontal)
        self.pen_slider.setRange(4, 40)
        self.pen_slider.setValue(round(self.pad.pen_width()))
        self.pen_slider.setFixedWidth(64)  # 36 steps: wide enough to set, narrow enough for the French toolbar at 1100 px
        self.pen_slider.setToolTip(translate("recognize", "Pen width"))
        self.pen_slider.valueChanged.connect(lambda v: self.pad.set_pen_width(float(v)))
        bar.addWidget(self.pen_slider)
        bar.addSeparator()
        for action in (self.undo_action, self.redo_action, self.clear_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.grid_action)
        self.toolbar = bar
        tools.addWidget(bar, 0)
        self.compact_tools = CompactTools(bar, self.picker, [self.undo_action, self.redo_action, self.clear_action])
        return tools

    def _show_saliency_note(self, text: str) -> None:
        self.saliency_note.setText(text)
        self.saliency_note.setToolTip(text)  # whole, should two lines not hold it

    def _build_layout(self) -> None:
        tools = self._build_tools()
        # Three cards: the pad (the big one), the candidates, and what the model sees with its caption.
        self.model_view.setMaximumSize(200, 200)
        # 84 px at the least (3× a 28×28 input): the side column's height sets the window's minimum, and the
        # collect bar's row below needs 29 px of it (at 120 px the window's minimum grew to 637 px with it open).
        self.model_view.setMinimumSize(84, 84)
        seen = QHBoxLayout()
        seen.setContentsMargins(0, 0, 0, 0)
        seen.addWidget(self.model_view, 0, Qt.AlignmentFlag.AlignTop)
        notes = QVBoxLayout()
        notes.addWidget(self.input_caption)
        notes.addWidget(self.latency)
        notes.addWidget(self.saliency_box)
        notes.addStretch(1)
        seen.addLayout(notes, 1)
        seen_widget = QWidget()
        seen_widget.setLayout(seen)
        for label in (self.input_caption, self.latency, self.saliency_note):
            set_tone(label, "muted")  # palette(dark) was #9f9f9f on white, 2.65:1 (walk 117, weak eyesight)
        side = QVBoxLayout()
        side.setSpacing(8)
        side.setContentsMargins(0, 0, 0, 0)
        # The candidates take the room they need first (the "Also:" buttons were cut at 1024×640 with the collect
        # bar open); what the model sees gets the rest, up to its image's 200 px.
        side.addWidget(card(translate("recognize", "Candidates"), self.predictions), 1)
        side.addWidget(card(translate("recognize", "What the model sees"), seen_widget), 0)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(250)
        side_widget.setMaximumWidth(400)
        side_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        middle = QHBoxLayout()
        middle.setSpacing(10)
        drawn = QWidget()
        under_pad = QVBoxLayout(drawn)
        under_pad.setContentsMargins(0, 0, 0, 0)
        under_pad.addWidget(self.pad, 1)
        under_pad.addWidget(self.saliency_note)
        pad_card = card("", drawn, stretch_last=True)
        MarginPresses(pad_card, self.pad)
        middle.addWidget(pad_card, 3)
        middle.addWidget(side_widget, 2)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(tools)
        layout.addLayout(middle, 1)
        layout.addWidget(self.write_line)
        self._layout = layout

    # -- model --------------------------------------------------------------------------------------------------------
    def set_recognizer(self, recognizer, waiting_message: str | None = None) -> None:
        """Switch recognition to ``recognizer`` (None: off, with ``waiting_message`` saying why)."""
        previous, self.recognizer = self.recognizer, recognizer
        self._loading = ""
        if previous is not None and recognizer is not None and recognizer is not previous:
            self.collect_bar.release_label()  # another model: Enter writes its answers, not the last add's label
        self.saliency.clear()
        self._size_reference = None
        self._update_guides()
        labels = recognizer.labels if recognizer is not None else ()
        self.write_line.set_labels(labels)
        self.collect_bar.set_model_labels(labels, recognizer.spec if recognizer is not None else None)
        if recognizer is None:
            self.predictions.show_message(waiting_message or translate("recognize", "No model loaded: pick or open one."))
            self.model_view.set_input(None)
            self.latency.setText("")
            self.input_caption.setText("")
            return
        self._first_valid = self._generation + 1  # answers from the previous model are stale now
        self.predictions.set_labels(recognizer.labels)
        spec = recognizer.spec
        self.input_caption.setToolTip(input_tip(spec))
        self.input_caption.setText(translate("recognize", "{0}×{1} input, {2} fit, ink {3}").format(
            spec.height, spec.width, fit_name(spec.fit), ink_name(spec.ink)))
        self.request_recognition()

    def _update_guides(self, *_args) -> None:
        """Letter models read the case of same-shape letters (c/C, o/O, …) from the drawn height, kana models small
        kana from the lower half: the pad shows their lines. Not while a collection draws characters they are not
        about: 日 taught to the kana model beside "small kana: below this line" (walk 106)."""
        recognizer = self.recognizer
        drawn = self.collect_bar.collection_labels if self.collect_bar.collecting() else None

        def about(is_one) -> bool:
            return drawn is None or any(is_one(str(label)) for label in drawn)

        # The Grid button's tooltip says what it shows for this model: it draws something different for each kind.
        if (recognizer is not None and letter_case.uses_guide(recognizer.labels, recognizer.spec)
                and about(letter_case.is_cased_letter)):
            self.pad.set_guide_lines(letter_case.GUIDE_LINES)
            tip = translate("recognize", "Guides: the cap line, the x-height (dashed) and the "
                                         "baseline this model reads a letter's case against: a small c, o or x "
                                         "stays under the dashed line")
        elif (recognizer is not None and kana_size.uses_size(recognizer.labels, recognizer.spec)
              and about(lambda label: len(label) == 1 and kana.is_kana(label))):
            self.pad.set_guide_lines(kana_size.GUIDE_LINES, translate("recognize", "small kana: below this line"))
            tip = translate("recognize", "Guides: the middle line; a small kana (っ, ゃ) is written below it")
        else:
            self.pad.set_guide_lines(())
            tip = translate("recognize", "Guides: the centre cross and the 20×20 box MNIST fits digits into")
        self.grid_action.setToolTip(tip)

    # -- recognition --------------------------------------------------------------------------------------------------
    def update_stroke_actions(self) -> None:
        self.undo_action.setEnabled(self.can_undo())
        text, tip = self._undo_texts()
        self.undo_action.setText(text)
        self.undo_action.setToolTip(tip)
        self.redo_action.setEnabled(self.can_redo())
        self.redo_action.setText(self._redo_text())
        self.clear_action.setEnabled(not self.pad.is_empty())
        # Nothing to write (or, while collecting, to add) from an empty pad: Enter and Write wait for ink.
        self.write_action.setEnabled(not self.pad.is_empty())
        # While collecting, the button would write the answer and clear the drawing away (a walk lost one so):
        # Enter adds it, and the button waits until the collection ends. A dot alone has no answer to write: the
        # button looked ready and did nothing (a walk).
        self.write_line.write_button.setEnabled(not self.pad.is_empty() and not self.collect_bar.collecting()
                                                and self._unanswered != self._generation)
