"""Loading any Keras model file safely: the structural and config checks first, then Keras with
``compile=False, safe_mode=True``; labels and preprocessing from guiapp's metadata, a sidecar, or inferred
(see the package docs)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from guiapp.core.modelfile.errors import ModelFileError, file_error, short_message
from guiapp.core.modelfile.labels import find_labels
from guiapp.core.modelfile.metadata import FORMAT_VERSION, read_metadata, read_stored
from guiapp.core.modelfile.save import quiet_keras
from guiapp.core.modelfile.shape import adapt_input, image_layout, infer_spec, model_io
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.text import Text


@dataclass
class LoadedModel:
    model: object  # keras.Model (Keras is imported lazily: it costs seconds)
    labels: list[str]
    spec: PreprocessSpec
    metadata: dict = field(default_factory=dict)  # preset, training config, history, dataset, fingerprint, version
    path: Path | None = None
    labels_source: str = "metadata"  # metadata | sidecar | numbered
    spec_source: str = "metadata"  # metadata | inferred



# -- loading ----------------------------------------------------------------------------------------------------
def load_model(path) -> LoadedModel:
    """Load any Keras ``.h5``/``.keras`` model file safely (see the module docs); never runs code from the file."""
    from guiapp.core.modelfile import safety

    path = Path(path)
    kind = safety.file_kind(path)
    safety.check_file(path)
    stored = read_stored(path, kind)

    import keras

    try:
        with quiet_keras():
            model = keras.models.load_model(path, compile=False, safe_mode=True)
    except ModelFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - Keras raises ValueError, TypeError, OSError, KeyError…
        raise file_error(path, Text("Keras could not load the model: {0}", short_message(exc))) from None

    in_shape, n_classes = model_io(model, path)
    layout, height, width, channels = image_layout(in_shape, path)
    notes: list[str] = []
    labels, labels_source, note = find_labels(path, stored, n_classes)
    if note:
        notes.append(note)

    if stored is not None and stored.get("spec_obj") is not None:
        spec, spec_source = stored["spec_obj"], "metadata"
        model_hwc = (height, width, channels)
        if any(m is not None and m != s for m, s in zip(model_hwc, spec.input_shape)):
            raise file_error(path, Text("the file's preprocessing spec gives input {0} but the model takes {1}",
                                        spec.input_shape, in_shape))
    else:
        if height is None or width is None:
            raise file_error(path, Text("the model's input {0} has no fixed size and the file has no preprocessing "
                                        "spec saying which size to feed", in_shape))
        spec, spec_source = infer_spec(in_shape, model), "inferred"
        how = ("MNIST-style: the drawing's ink box scaled to 20 px and centred by mass"
               if spec.fit == "mnist" else "the whole drawing scaled to fit")
        values = ("0..255 (the model rescales its input itself)" if spec.value_range == "0..255" else "0..1")
        notes.append(f"preprocessing inferred from the model's input {in_shape}: {spec.height}×{spec.width}×"
                     f"{spec.channels}, light ink on dark, values {values}, {how}; check it if predictions look "
                     "wrong")

    metadata = dict(stored["metadata"]) if stored is not None else {}
    if stored is not None and isinstance(stored.get("format"), int) and stored["format"] > FORMAT_VERSION:
        notes.append(f"the file was written by a newer Inkling (format {stored['format']}); some details may be "
                     "ignored")
    if layout != "image":
        try:
            model = adapt_input(model, layout, spec)
        except Exception as exc:  # noqa: BLE001
            raise file_error(path, Text("cannot adapt the model's input {0} to images: {1}", in_shape,
                                        short_message(exc))) from None
        metadata["input_adapter"] = {"model_input": list(in_shape), "fed_as": list(spec.input_shape)}
        notes.append(f"the model takes {in_shape} per sample; it is wrapped to take {spec.input_shape} images and "
                     "reshape them")
    if notes:
        metadata["load_notes"] = notes
    return LoadedModel(model=model, labels=labels, spec=spec, metadata=metadata, path=path,
                       labels_source=labels_source, spec_source=spec_source)


def model_spec(path) -> PreprocessSpec:
    """The preprocessing a model file declares (read without Keras), else the one loading it infers."""
    spec = read_metadata(path)["spec"]
    if spec is not None:
        return PreprocessSpec.from_dict(spec)
    from guiapp.core.tf_runtime import ensure_tensorflow

    ensure_tensorflow()  # any thread may call this while another imports TensorFlow
    return load_model(path).spec
