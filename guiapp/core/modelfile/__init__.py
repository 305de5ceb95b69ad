"""Model files: save ``.h5`` (Keras legacy HDF5) and ``.keras`` with guiapp's metadata; load any Keras model file
safely.

Where guiapp's metadata lives
  * ``.h5``: root attributes of the HDF5 file, written with h5py after Keras wrote the model:
    ``guiapp_format`` (int, :data:`FORMAT_VERSION`), ``guiapp_labels`` (JSON list), ``guiapp_spec`` (JSON of
    :meth:`PreprocessSpec.to_dict`) and ``guiapp_metadata`` (JSON object: whatever the caller gave, plus
    ``app_version``, ``keras_version`` and ``saved_at``). Keras ignores attributes it does not know.
  * ``.keras``: under the key ``"guiapp"`` of the archive's ``metadata.json`` (which Keras writes and never reads
    back): ``{"format": 1, "labels": [...], "spec": {...}, "metadata": {...}}``. Keeping the archive at Keras'
    own three members matters: Keras unpacks archives with more members to a temporary folder on every load.

Saving is atomic: Keras writes into a hidden temporary folder next to the target (named like
:mod:`guiapp.core.atomic`'s temporary files, ``.<name>.<pid>-<random>.tmp``, because Keras picks the format from the
file's suffix), the metadata is added, the file is fsynced and ``os.replace``d over the target, and the folder is
removed; on any failure the old file is untouched and nothing is left behind.

Loading (:func:`load_model`) accepts any Keras ``.h5``/``.keras`` file, including ones guiapp did not make, but
only after :func:`guiapp.core.modelfile.safety.check_file` passed, and then with ``compile=False, safe_mode=True``.

  * Labels: guiapp's metadata; else a sidecar next to the file, the first of ``<stem>.labels.txt``,
    ``<stem>.labels.json``, ``<stem>_labels.txt``, ``<stem>_labels.json``, ``labels.txt``, ``labels.json``
    (text: one label per line; JSON: a list, ``{"0": "a", ...}`` or Keras' ``class_indices`` ``{"a": 0, ...}``);
    else numbered classes ``"0"`` … ``"K-1"``. ``labels_source`` says which.
  * Preprocessing spec: guiapp's metadata; else inferred from the model's input (``spec_source="inferred"``):
      - input per sample ``(H, W, C)`` with C 1 or 3, ``(H, W)`` (grey), or ``(N,)`` with N = S² (a flattened
        S×S grey image); sides from 4 to 4096 pixels;
      - 28×28 grey (MNIST-like): ``fit="mnist"``, ``fit_size=20`` (LeCun's normalisation); any other size or
        colour: ``fit="resize"`` (the whole drawing, letterboxed), ``fit_size`` = side × 20/28 for a later switch;
      - ``ink="light"`` (light ink on dark, the MNIST convention);
      - ``value_range="0..255"`` when the model starts with a ``Rescaling`` layer (it scales raw pixels itself),
        else ``"0..1"``.
    Models with a 2-D or flat input are wrapped in a functional model that takes ``(H, W, 1)`` and reshapes, so
    every caller feeds ``spec.apply`` output as is; ``metadata["input_adapter"]`` records it. Whatever was
    inferred or guessed is explained in ``metadata["load_notes"]``.
  * Refused: several inputs or outputs; an output that is not one vector of at least 2 scores per sample; an
    output size different from the number of labels; an input that is not an image as above; a fixed-size spec
    from metadata that disagrees with the model's input.

:func:`read_metadata` reads labels, spec, metadata, input shape and parameter count with h5py/zipfile only (no
Keras import, no model built) for the GUI's model info view.

Every failure raises :class:`ModelFileError` with a message that names the file and the reason.
"""

from guiapp.core.modelfile.errors import ModelFileError
from guiapp.core.modelfile.labels import sidecar_candidates
from guiapp.core.modelfile.load import LoadedModel, load_model, model_spec
from guiapp.core.modelfile.metadata import FORMAT_VERSION, read_metadata
from guiapp.core.modelfile.save import SAVE_SUFFIXES, save_model
from guiapp.core.modelfile.shape import infer_spec

__all__ = [
    "FORMAT_VERSION", "SAVE_SUFFIXES", "LoadedModel", "ModelFileError", "infer_spec", "load_model", "model_spec",
    "read_metadata", "save_model", "sidecar_candidates",
]
