"""The status bar's TensorFlow line and the window's TensorFlow state: loading, ready or failed in the window's
inference thread, or "in the training process" while a run trains in its own. A mixin of
:class:`~guiapp.qt.main_window.MainWindow` (its ``tf_status``, ``device_status``, ``inference``, ``recognize`` and
``_show_error``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from guiapp.qt.i18n import translate

# recognition does not need it; training and foreign models load it
TF_NOT_LOADED = QT_TRANSLATE_NOOP("main_window", "TensorFlow: not needed yet")


class TensorFlowStatusMixin:
    def load_tensorflow(self) -> None:
        """Import TensorFlow in the inference thread now (the self-test's training check; nothing else waits)."""
        if self.tf_state in ("loading", "ready"):
            return
        self._set_tf_state("loading")
        self.tf_status.setText(translate("main_window", "TensorFlow: loading…"))
        self.inference.load_tensorflow()

    def _on_tensorflow_imported(self, state: str) -> None:
        """Imported for another part of the window: the status bar says so; the inference thread gives the version."""
        if state == "loading":
            self.load_tensorflow()

    def _show_training_tensorflow(self, running: bool) -> None:
        """Training runs TensorFlow in its own process: while it does, "not loaded" (true of the window's process)
        read as if nothing were training."""
        if self.tf_state in ("loading", "ready", "failed"):
            return  # the window's own TensorFlow: its line stays
        self.tf_status.setText(translate("main_window", "TensorFlow: in the training process") if running
                               else translate("main_window", TF_NOT_LOADED))

    def _set_tf_state(self, state: str) -> None:
        self.tf_state = state
        self.tensorflowStateChanged.emit(state)

    def _on_tensorflow_ready(self, info: dict) -> None:
        if self.tf_state == "ready":
            return
        self.tf_info = info
        self.tf_status.setText(translate("main_window", "TensorFlow {0} ready").format(info.get('version', '')))
        self.device_status.setText(translate("main_window", "Device: {0}").format(info.get('device', '?')))
        self._set_tf_state("ready")

    def _on_tensorflow_failed(self, message: str) -> None:
        self._set_tf_state("failed")
        self.tf_status.setText(translate("main_window", "TensorFlow failed to load"))
        if self.recognize.recognizer is None:
            self.recognize.set_recognizer(None, translate(
                "main_window", "TensorFlow failed to load ({0}); converted models still recognize.").format(message))
        self._show_error(translate("main_window", "TensorFlow failed to load"), translate(
            "main_window", "Training and models without a converted form are unavailable.\n\n{0}").format(message))
