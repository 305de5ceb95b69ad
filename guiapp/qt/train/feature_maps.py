"""The tutorials' look inside a CNN: the first convolution layer's filters as images, and the conv / ReLU / pool
feature maps of the current drawing. The arrays are computed in a worker thread (a sub-model of the loaded model
that outputs every such layer); the pixmaps are made here, in the GUI thread. Work happens only while the view is
visible: a new drawing or model while hidden just marks it stale."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from guiapp.qt.tasks import TaskRunner, call
from guiapp.qt.i18n import translate

MAP_LAYER_TYPES = ("Conv2D", "ReLU", "Activation", "MaxPooling2D", "AveragePooling2D")  # the tutorials' conv / ReLU / pool
MAX_MAPS_PER_LAYER = 16
MAX_FILTERS = 64
TILE = 44  # pixels per filter / feature-map image on screen
TILE_GAP = 6  # pixels between them


def to_uint8(array: np.ndarray) -> np.ndarray:
    """Stretch one 2-D array to 0..255 (a constant array becomes mid-grey)."""
    array = np.asarray(array, np.float32)
    low, high = float(array.min()), float(array.max())
    if high - low < 1e-12:
        return np.full(array.shape, 128, np.uint8)
    return np.round((array - low) * (255.0 / (high - low))).astype(np.uint8)


class Inspector:
    """(worker thread) One model file, loaded once: its first-layer filters and a feature-map sub-model."""

    def __init__(self, path: str) -> None:
        import keras

        from guiapp.core.modelfile import load_model
        from guiapp.core.recognition import Recognizer

        self.path = path
        self.loaded = load_model(path)
        self.recognizer = Recognizer(self.loaded, warm_up=False)
        model = self.loaded.model
        self.layers = [layer for layer in _flat_layers(model) if type(layer).__name__ in MAP_LAYER_TYPES]
        self.extractor = None
        if self.layers:
            try:
                self.extractor = keras.Model(model.inputs, [layer.output for layer in self.layers])
            except Exception:  # noqa: BLE001 — nested or unusual models: filters only
                self.layers, self.extractor = [], None
        self.filters, self.filter_title = self._filters()

    def _filters(self) -> tuple[list[np.ndarray], str]:
        for layer in self.layers:
            if type(layer).__name__ == "Conv2D":
                kernel = np.asarray(layer.get_weights()[0])  # (kh, kw, in, out)
                images = [to_uint8(kernel[:, :, :, i].mean(axis=2)) for i in range(min(kernel.shape[3], MAX_FILTERS))]
                title = (translate("train", "First-layer filters: {0}, {1} filters of {2}×{3} (bright = positive weight)").format(layer.name, kernel.shape[3], kernel.shape[0], kernel.shape[1]))
                return images, title
        return [], translate("train", "This model has no convolution layer (it sees pixels directly), so it has no filters to show.")

    def feature_maps(self, drawing) -> dict:
        """{input: uint8 image, layers: [(title, [uint8 maps])]} for a drawing (None: filters only)."""
        if drawing is None or self.extractor is None or not getattr(drawing, "strokes", None):
            return {"input": None, "layers": []}
        x = self.recognizer.preprocess(drawing)
        outputs = self.extractor(x[None], training=False)
        if not isinstance(outputs, (list, tuple)):
            outputs = [outputs]
        layers = []
        for layer, output in zip(self.layers, outputs):
            maps = np.asarray(output)[0]
            if maps.ndim != 3:
                continue
            activation = getattr(getattr(layer, "activation", None), "__name__", "")
            name = f"{layer.name} ({type(layer).__name__}{', ' + activation if activation not in ('', 'linear') else ''}"
            name += f", {maps.shape[0]}×{maps.shape[1]}×{maps.shape[2]})"
            layers.append((name, [to_uint8(maps[:, :, i]) for i in range(min(maps.shape[2], MAX_MAPS_PER_LAYER))]))
        return {"input": to_uint8(x[..., 0]), "layers": layers}


def _flat_layers(model) -> list:
    out = []
    for layer in getattr(model, "layers", []):
        if hasattr(layer, "layers") and getattr(layer, "layers"):
            out.extend(_flat_layers(layer))
        else:
            out.append(layer)
    return out


def grey_pixmap(image: np.ndarray, size: int = TILE) -> QPixmap:
    image = np.ascontiguousarray(image, np.uint8)
    height, width = image.shape
    qimage = QImage(image.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(qimage).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.FastTransformation)


class FeatureMapsView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model_path: str | None = None
        self.drawing = None
        self.inspector: Inspector | None = None
        self._stale = False
        self.runner = TaskRunner(self, name="guiapp-feature-maps")
        self.runner.ended.connect(self._after)
        outer = QVBoxLayout(self)
        self.note = QLabel(translate("train", "Load or train a model to see what its first layer learned; draw in Recognize to see "
                           "the feature maps of your drawing."))
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.canvas = QWidget()
        self.grid = QVBoxLayout(self.canvas)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.canvas)
        outer.addWidget(scroll, 1)
        self.sections: list[tuple[str, int]] = []  # (title, images) shown, for tests

    def set_model(self, path: str | None) -> None:
        if path != self.model_path:
            self.model_path, self.inspector = path, None
            self._request()

    def set_drawing(self, drawing) -> None:
        self.drawing = drawing
        self._request()

    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        if self._stale:
            self._request()

    def _request(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        if self.runner.is_running():
            self._stale = True  # picked up when the running one ends
            return
        self._stale = False
        if not self.model_path:
            self._clear()
            return
        path, drawing, inspector = self.model_path, self.drawing, self.inspector

        def compute():
            active = inspector if inspector is not None and inspector.path == path else Inspector(path)
            return active, active.feature_maps(drawing)

        self.runner.submit(translate("train", "feature maps"), call(compute, tensorflow=True), self._show,
                           lambda error: self.note.setText(translate("train", "Cannot look inside this model: {0}").format(error)))

    def _after(self) -> None:
        if self._stale:
            self._request()

    def wait(self, timeout_ms: int = 5000) -> bool:
        return self.runner.join(timeout_ms / 1000)

    def _clear(self) -> None:
        self.sections = []
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _section(self, title: str, images: list[np.ndarray], columns: int = 16) -> None:
        label = QLabel(title)
        label.setWordWrap(True)
        label.setStyleSheet("font-weight: bold; margin-top: 6px;")
        self.grid.addWidget(label)
        holder = QWidget()
        grid = QGridLayout(holder)
        # Each filter is a framed square with a clear gap around it: side by side, 16 grey squares read as one
        # blurred picture rather than 16 filters.
        grid.setSpacing(TILE_GAP)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for i, image in enumerate(images):
            tile = QLabel()
            tile.setPixmap(grey_pixmap(image))
            tile.setStyleSheet("border: 1px solid #aab2bd; background: white;")
            tile.setFixedSize(tile.pixmap().size() + QSize(2, 2))
            grid.addWidget(tile, i // columns, i % columns)
        self.grid.addWidget(holder)
        self.sections.append((title, len(images)))

    def _show(self, result) -> None:
        inspector, maps = result
        if inspector.path != self.model_path:
            return  # a newer model was chosen meanwhile; its request follows
        self.inspector = inspector
        self._clear()
        self.note.setText(translate("train", "Model: {0} · preset {1}").format(inspector.path.rsplit('/', 1)[-1], inspector.loaded.metadata.get('preset', 'unknown')))
        self._section(inspector.filter_title, inspector.filters)
        if maps["input"] is not None:
            self._section(translate("train", "What the model sees (the preprocessed drawing)"), [maps["input"]])
            for title, images in maps["layers"]:
                self._section(title, images)
        elif inspector.extractor is not None:
            hint = QLabel(translate("train", "Draw something in Recognize to see its feature maps layer by layer."))
            hint.setStyleSheet("color: #555;")
            self.grid.addWidget(hint)


__all__ = ["FeatureMapsView", "Inspector", "to_uint8"]
