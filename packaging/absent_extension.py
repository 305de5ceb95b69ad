"""Stand-in for an extension module that Inkling's app bundle leaves out (ABSENT_EXTENSIONS in packaging/guiapp.spec).

``import tensorflow`` imports the Python side of TF Lite (``tf.lite``) and of the remote-profiler client
(``tf.profiler.experimental.client``), which import these compiled modules at once but call into them only when
those features are used. The app uses neither, so the bundle ships this module under their names instead of the
compiled ones (33 MB with TF Lite's shared library): importing works, using the feature raises an error that says
why. Run guiapp from pip to use TF Lite or remote profiling.

Likewise PySide6's ``QtOpenGL`` binding: pyqtgraph imports it eagerly but uses it only to draw with OpenGL, which
guiapp never enables.
"""

_WHY = ("is not part of the Inkling app bundle (TensorFlow Lite, the remote profiler client and PySide6's QtOpenGL "
        "binding are left out); run guiapp from a pip install to use them")


class MetricsWrapper:
    """``tf.lite``'s converter metrics (imported by name when ``tf.lite`` loads)."""

    def __init__(self, *args, **kwargs):
        raise RuntimeError(f"{__name__}.MetricsWrapper {_WHY}")


def __getattr__(name: str):
    # AttributeError, so that hasattr() and getattr(module, name, default) behave as for any missing attribute.
    if name.startswith("__") and name.endswith("__"):
        raise AttributeError(name)
    raise AttributeError(f"{__name__}.{name} {_WHY}")
