"""Export a model for other runtimes (``guiapp export`` and File → Export model…), each with its labels and
preprocessing, so an exported model predicts exactly what the app predicts.

Formats (the network is always the recognizer's: input reshape and a final softmax included, output =
probabilities over the labels in order):

* ``tflite``: ``PATH`` (``.tflite``) + ``PATH.json`` beside it; runs on ``ai-edge-litert`` alone. The converted
  form already inside a guiapp ``.h5`` (or cached) is copied, so no TensorFlow is needed for it.
* ``onnx``: ``PATH`` (``.onnx``) + ``PATH.json``; needs ``tf2onnx`` and ``onnx`` to write (not app dependencies:
  ``pip install tf2onnx onnx``), runs on ``onnxruntime`` alone.
* ``savedmodel``: a folder ``PATH`` (TensorFlow SavedModel, ``serve`` endpoint) with ``guiapp.json`` inside.
* ``keras``: ``PATH`` (``.keras``) with guiapp's metadata inside (labels, spec) and ``PATH.json`` beside.

The JSON: ``{"labels": [...], "preprocessing": PreprocessSpec.to_dict(), "input": {"shape": [1, H, W, C],
"dtype": "float32"}, "output": "probabilities", "format": ..., "source": ...}``. Beside the model, ``guiapp_input/``:
the app's own preprocessing code, which makes the input from an image or strokes exactly as the app does
(:mod:`.input_package`). Every file is written atomically (a folder is built beside the target and renamed into
place).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

from guiapp.core.atomic import atomic_write_bytes, atomic_write_text
from guiapp.core.modelfile.errors import file_error
from guiapp.core.text import Text

FORMATS = ("onnx", "tflite", "savedmodel", "keras")
SUFFIXES = {"onnx": ".onnx", "tflite": ".tflite", "savedmodel": "", "keras": ".keras"}


class ExportError(ValueError):
    """The export cannot be made as asked (a missing converter, a bad target); the message says what to do."""


def description(labels, spec, fmt: str, source, metadata: dict | None = None) -> dict:
    from guiapp.core.confidence import LOW_CONFIDENCE
    from guiapp.core.training.runs import run_of_model

    # a run's model by its run's title and id: every run's file is "model.h5" (walk 142 read "source": "model.h5")
    run = run_of_model(Path(source))
    found = {"labels": list(labels), "preprocessing": spec.to_dict(),
             "input": {"shape": [1, *spec.input_shape], "dtype": "float32"},
             "output": "probabilities over labels, in order", "format": fmt,
             # where the app says it is unsure (the window's amber bars), for a program with no cut-off of its own
             "unsure_below": LOW_CONFIDENCE,
             "source": run.title if run is not None else Path(source).name,
             **({"run": run.id} if run is not None else {})}
    trained = provenance(metadata or {})
    if trained:
        found["trained"] = trained
    return found


def provenance(meta: dict) -> dict:
    """What a model file's metadata says of how it was made (preset, data, best epoch and its validation accuracy,
    when): an export handed in said only "source": "model.h5" (a walk). Empty for a model saved elsewhere."""
    found = {key: meta[key] for key in ("preset", "best_epoch", "saved_at", "app_version") if meta.get(key)}
    dataset = meta.get("dataset")
    if isinstance(dataset, dict) and dataset.get("name"):
        found["dataset"] = {key: dataset[key] for key in ("name", "splits") if key in dataset}
    history = meta.get("history")
    if isinstance(history, dict) and history.get("val_accuracy"):  # as the Runs list figures it
        from guiapp.core.training.runs import accuracy_at_best

        found["validation_accuracy"] = round(float(accuracy_at_best(history, meta.get("best_epoch"))), 4)
    from guiapp.core.training.runs import test_figure

    tested = test_figure(meta.get("test"))
    if tested is not None:  # on the run's held-out test samples, recorded in the file at its end
        found["test_accuracy"], found["test_samples"] = round(tested[0], 4), tested[1]
    return found


def onnx_converter_present() -> bool:
    """Whether tf2onnx and onnx are installed. Looked for, not imported (tf2onnx imports TensorFlow): a missing
    converter was said after 10 s of loading."""
    return all(importlib.util.find_spec(name) for name in ("onnx", "tf2onnx"))


def formats_here() -> tuple[str, ...]:
    """The formats this install can write, or can be made to: all of them, except ONNX in the packaged app, into
    which nothing can be installed (its Export dialog offered ONNX, then refused it: a walk)."""
    if getattr(sys, "frozen", False) and not onnx_converter_present():
        return tuple(fmt for fmt in FORMATS if fmt != "onnx")
    return FORMATS


def sidecar_path(out: Path, fmt: str) -> Path:
    return out / "guiapp.json" if fmt == "savedmodel" else out.with_name(out.name + ".json")


def export_model(model_path, fmt: str, out, on_progress=None) -> list[Path]:
    """Write ``model_path`` in ``fmt`` to ``out``; returns the paths written: the model, the JSON, and the
    ``guiapp_input`` package beside them that makes its input exactly (see :mod:`.input_package`)."""
    from guiapp.core.inference.input_package import write_input_package

    try:
        written = _export_files(model_path, fmt, out, on_progress)
        package = write_input_package(Path(out).parent)
        if package is not None:
            written.append(package)
    except OSError as exc:
        # the target named, not the hidden temporary file the error is about (".pi.tflite.15269-jhnuwolu.tmp" to
        # a walk exporting into a read-only folder: 142)
        raise ExportError(Text("cannot write {0}: {1}", out, exc.strerror or exc)) from None
    return written


def _export_files(model_path, fmt: str, out, on_progress=None) -> list[Path]:
    if fmt not in FORMATS:
        raise ExportError(Text("unknown export format {0!r}; choose from {1}", fmt, ", ".join(FORMATS)))
    model_path, out = Path(model_path), Path(out)
    if not out.parent.is_dir():
        raise ExportError(Text("{0}: the folder {1} does not exist", out, out.parent))
    if SUFFIXES[fmt] and out.suffix.lower() != SUFFIXES[fmt]:
        raise ExportError(Text("{0}: a {1} export must end in {2}", out, fmt, SUFFIXES[fmt]))
    if fmt == "savedmodel" and out.exists() and not out.is_dir():
        raise ExportError(Text("{0}: exists and is not a folder", out))
    # The folder is replaced as a whole: one holding other files lost them (a walk exported into ~/mydocs). An
    # earlier export there is replaced, as a file of the same name would be.
    if fmt == "savedmodel" and out.is_dir() and any(out.iterdir()) and not _earlier_export(out):
        raise ExportError(Text("{0}: the folder holds other files, which the export would replace; choose a new "
                               "or empty folder", out))
    if fmt == "onnx" and not onnx_converter_present():
        if getattr(sys, "frozen", False):  # nothing can be installed into the packaged app (a walk was told to)
            raise ExportError(Text("this packaged app cannot export to ONNX (tf2onnx is not in it): export as "
                                   "savedmodel, then convert that with tf2onnx"))
        raise ExportError(Text("exporting to ONNX needs tf2onnx and onnx: pip install tf2onnx onnx"))
    if fmt == "tflite":
        from guiapp.core.inference.store import find_light_form

        form = find_light_form(model_path)  # safety checks first, as for every model file
        if form is not None:
            atomic_write_bytes(out, form.content)
            return [out, _write_json(out, fmt, form.labels, form.spec, model_path, form.metadata)]
    from guiapp.core.modelfile import safety
    from guiapp.core.tf_runtime import ensure_tensorflow

    safety.file_kind(model_path)
    safety.check_file(model_path)  # a damaged or hostile file is said before TensorFlow is imported (5 s)
    ensure_tensorflow()
    from guiapp.core.recognition import Recognizer

    recognizer = Recognizer(model_path, runtime="tensorflow", warm_up=False)
    labels, spec = recognizer.labels, recognizer.spec
    if fmt == "keras":
        from guiapp.core.modelfile import save_model

        save_model(recognizer.model, out, labels, spec, dict(recognizer.loaded.metadata), light=False)
        return [out, _write_json(out, fmt, labels, spec, model_path, recognizer.loaded.metadata)]
    from guiapp.core.inference.convert import convert_recognizer, keras_forward

    if fmt == "tflite":
        content, _ = convert_recognizer(recognizer)
        atomic_write_bytes(out, content)
        return [out, _write_json(out, fmt, labels, spec, model_path, recognizer.loaded.metadata)]
    forward = keras_forward(recognizer)
    if fmt == "onnx":
        _export_file(forward, out, "onnx")
        return [out, _write_json(out, fmt, labels, spec, model_path, recognizer.loaded.metadata)]
    _export_folder(forward, out, labels, spec, model_path, recognizer.loaded.metadata)
    return [out, sidecar_path(out, fmt)]


def _write_json(out: Path, fmt: str, labels, spec, source, metadata: dict) -> Path:
    target = sidecar_path(out, fmt)
    atomic_write_text(target, json.dumps(description(labels, spec, fmt, source, metadata), ensure_ascii=False,
                                         indent=2))
    return target


def _export_file(forward, out: Path, fmt: str) -> None:
    import numpy as np

    from guiapp.core.inference.litert import quiet_native_logs

    workdir = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        forward(np.zeros((1, *forward.inputs[0].shape[1:]), np.float32))
        # tf2onnx's own deprecation notices (np.object …) are no news to the person exporting (a walk's stderr)
        with quiet_native_logs(), warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            forward.export(str(workdir / f"model{out.suffix}"), format=fmt, verbose=False)
        atomic_write_bytes(out, (workdir / f"model{out.suffix}").read_bytes())
    except ExportError:
        raise
    except Exception as exc:  # noqa: BLE001 - converters raise many types; the user gets one line
        raise file_error(out, Text("cannot export as {0}: {1}", fmt, exc)) from exc
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _earlier_export(folder: Path) -> bool:
    """Whether ``folder`` holds a SavedModel export (its model and the JSON beside it) and nothing else."""
    names = {entry.name for entry in folder.iterdir()}
    return {"saved_model.pb", "guiapp.json"} <= names and names <= {"saved_model.pb", "guiapp.json", "variables",
                                                                   "assets", "fingerprint.pb"}


def _export_folder(forward, out: Path, labels, spec, source, metadata: dict) -> None:
    import numpy as np

    from guiapp.core.inference.litert import quiet_native_logs

    workdir = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        built = workdir / "savedmodel"
        forward(np.zeros((1, *forward.inputs[0].shape[1:]), np.float32))
        with quiet_native_logs():
            forward.export(str(built), format="tf_saved_model", verbose=False)
        (built / "guiapp.json").write_text(json.dumps(description(labels, spec, "savedmodel", source, metadata),
                                                      ensure_ascii=False, indent=2), "utf-8")
        old = None
        if out.exists():
            old = workdir / "previous"
            os.replace(out, old)  # the old folder steps aside and the new one takes its name
        os.replace(built, out)
    except Exception as exc:  # noqa: BLE001
        raise file_error(out, Text("cannot export as a SavedModel: {0}", exc)) from exc
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


__all__ = ["ExportError", "FORMATS", "description", "export_model", "formats_here", "onnx_converter_present",
           "sidecar_path"]
