"""``guiapp export``: a model for other runtimes (ONNX, LiteRT, SavedModel, Keras) with its labels and
preprocessing beside it (core.inference.export; File → Export model… calls the same function)."""

from __future__ import annotations

from guiapp.cli.common import EXIT_OK, HelpFormatter, model_help, require_model_file, require_writable_parent


def cmd_export(args) -> int:
    from guiapp.core.inference.export import export_model

    # What the user typed is checked before the model (and perhaps TensorFlow: seconds) is loaded.
    args.model = str(require_model_file(args.model))
    require_writable_parent(args.out)
    written = export_model(args.model, args.format, args.out)
    for path in written:
        print(path)
    return EXIT_OK


def add_commands(sub) -> None:
    from guiapp.core.inference.export import FORMATS, formats_here

    p = sub.add_parser("export", help="write a model for ONNX Runtime, LiteRT, TensorFlow or Keras, with its labels "
                       "and preprocessing as JSON and the preprocessing's code",
                       # the guiapp_input folder appeared unannounced (walk 156)
                       description="Write the model (--model) in another format. The network outputs probabilities "
                       "over the labels; the JSON beside it (inside a SavedModel folder) gives the labels and the "
                       "preprocessing the app applies, and the guiapp_input folder beside it is that preprocessing "
                       "as Python code (numpy and Pillow only: see its __init__.py) to feed the model exactly what "
                       "the app feeds it. Prints each path written. Exit 0 on success, 2 for a bad model or target.",
                       formatter_class=HelpFormatter)
    p.add_argument("--model", required=True, help=model_help())  # shown as MODEL, as in recognize and evaluate
    onnx = "onnx (needs tf2onnx + onnx)" if "onnx" in formats_here() else "onnx (not in this packaged app)"
    p.add_argument("--format", required=True, choices=FORMATS, help=f"{onnx}, tflite (LiteRT), "
                   "savedmodel (a folder) or keras")
    p.add_argument("--out", required=True, metavar="PATH", help="the file (or SavedModel folder) to write")
    p.set_defaults(func=cmd_export)
