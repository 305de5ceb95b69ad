"""``guiapp recognize`` and ``guiapp evaluate``: the pad's recognition path on image files, and evaluation of a
model on a dataset (core.recognition, core.evaluation)."""

from __future__ import annotations

import sys

from guiapp.cli.common import (EXIT_ERROR, EXIT_OK, HelpFormatter, keep_converted_form, model_help, pad, print_json,
                               require_file, require_model_file, say_first_load, unsure, usage_error)
from guiapp.cli.datasets import add_dataset_options, check_dataset_args
from guiapp.core.plural import plural


def cmd_recognize(args) -> int:
    # Everything the user typed is checked before the model (and with it TensorFlow: seconds) is loaded.
    if args.top < 1:
        raise usage_error(f"--top must be at least 1, got {args.top}")
    args.model = str(require_model_file(args.model))
    args.images, unreadable = _with_folders_opened(args.images)
    # a missing image among others is one entry of the results, as a damaged one is: it ended the whole command,
    # and the readable images' JSON was lost (walk 111)
    for name in args.images:
        try:
            if name not in unreadable:
                require_file(name, "image file")
        except ValueError as exc:
            unreadable[name] = str(exc)
    if len(unreadable) == len(args.images):  # nothing to read: said before the model loads
        raise usage_error(next(iter(unreadable.values())))
    from guiapp.core.imagefile import ImageFileError, read_image
    from guiapp.core.kana import near_misses
    from guiapp.core.confidence import is_unsure
    from guiapp.core.recognition import Recognizer

    say_first_load(args.model)
    recognizer = Recognizer(args.model)
    results, failed = [], 0
    for name in args.images:
        problem = unreadable.get(name)
        if problem is None:
            try:
                prediction = recognizer.recognize(read_image(name), top=args.top)
            except ImageFileError as exc:
                # Named as typed: "x.png: …" for img/a/x.png and img/b/x.png could not tell which failed (a walk)
                problem = f"{name}: {exc.reason}"
            else:
                problem = None if prediction.found_ink else f"{name}: no character found in the image (it has no ink)"
        if problem is not None:
            print(f"guiapp: error: {problem}", file=sys.stderr)
            failed += 1
            # In the JSON too, in its place: a script could not tell which image was missing from the list (a walk)
            results.append({"image": name, "error": problem})
            continue
        results.append({"image": name, "predictions": [{"label": l, "probability": p} for l, p in prediction.top]})
        # the top answer's near-misses the model may not rank (a small っ read as つ: the window offers っ beside
        # it, the command line said nothing: walk 146); not of an answer to several characters side by side
        listed = [label for label, _ in prediction.top] if prediction.side_by_side == 1 else []
        also = [label for label in near_misses(listed[0]) if label not in listed] if listed else []
        if also:
            results[-1]["also"] = also
        if is_unsure(prediction.top):  # as the window says "Not sure"
            results[-1]["unsure"] = True
        if prediction.side_by_side > 1:  # an image of two characters was read as one at 99 % (walk 146)
            results[-1].update(unsure=True, side_by_side=prediction.side_by_side)
            if prediction.parts:  # each read on its own, left to right
                results[-1]["parts"] = list(prediction.parts)
    keep_converted_form(recognizer, args.model)
    if args.json:
        print_json(results)
    else:
        for entry in (entry for entry in results if "predictions" in entry):  # errors: said on stderr
            best = "  ".join(f"{p['label']} {_percent(p['probability'])}" for p in entry["predictions"])
            also = f"  (also: {', '.join(entry['also'])})" if entry.get("also") else ""
            unsure = ("  (unsure: the best guess has only "
                      f"{_percent(entry['predictions'][0]['probability'])})") if entry.get("unsure") else ""
            if entry.get("side_by_side"):
                one_by_one = f"; one by one: {' '.join(entry['parts'])}" if entry.get("parts") else ""
                unsure = (f"  (unsure: it looks like {entry['side_by_side']} characters side by side, and the model "
                          f"reads one at a time{one_by_one})")
            print(f"{entry['image']}: {best}{also}{unsure}")
    return EXIT_ERROR if failed else EXIT_OK


def _with_folders_opened(names: list[str]) -> tuple[list[str], dict[str, str]]:
    """The images to read: a folder given stands for its images, by name (walk 165: "new is a folder, not an image
    file", for a folder of new images); one with none is an entry of its own, said so."""
    from pathlib import Path

    from guiapp.core.datasets.folder import image_files

    images, unreadable = [], {}
    for name in names:
        folder = Path(name).expanduser()
        if not folder.is_dir():
            images.append(name)
            continue
        problems = []
        inside = image_files(folder, problems)
        images += [str(Path(name) / entry.name) for entry in inside]
        if not inside:
            images.append(name)
            unreadable[name] = (str(problems[0]) if problems else
                                f"{name}: a folder with no images in it (PNG, JPEG, BMP, GIF, WebP)")
    return images, unreadable


def _percent(probability: float) -> str:
    """As the window writes it: a share that rounds to 0.0 % is "<0.1%", not a flat zero."""
    return "<0.1%" if probability < 0.0005 else f"{100 * probability:.1f}%"


def _nothing_to_measure(dataset: str, labels: list) -> ValueError:
    return usage_error(f"{dataset}: accuracy not measured: no samples of classes the model knows "
                       f"(the model knows {', '.join(map(str, labels[:10]))}" + ("…" if len(labels) > 10 else "") + ")")


def _check_classes_first(args) -> None:
    """A built-in's classes (known without synthesising it) against the labels a guiapp model file stores (read
    without Keras): sharing none, nothing can be measured, and that is said before TensorFlow is imported and
    the dataset synthesised (seconds to minutes). Anything else is only known once both are loaded."""
    from guiapp.core.datasets import builtin
    from guiapp.core.datasets.registry import plan_builtin
    from guiapp.core.evaluation import knows_any
    from guiapp.core.modelfile import ModelFileError, read_metadata

    if not builtin.is_synthesised(args.dataset):
        return
    try:
        labels = read_metadata(args.model).get("labels")
    except (ModelFileError, OSError):
        return  # loading the model says what is wrong with it
    classes = plan_builtin(args.dataset, args.samples_per_class, args.seed or 0).classes
    if labels and not knows_any(labels, classes):
        raise _nothing_to_measure(args.dataset, labels)


def _split_plan(args):
    """(the model's metadata, the split plan, the synthesis seed) of an evaluation: on the dataset the model learnt
    from, unless --seed says otherwise, split as its run split it, so that its test split is the part the run held
    out (walk 119 read 94.5 % where the fair figure was 92.5 %)."""
    from guiapp.core.evaluation_split import evaluation_plan
    from guiapp.core.modelfile import ModelFileError, read_metadata

    try:
        info = read_metadata(args.model)
    except (ModelFileError, OSError):
        info = {}
    return (info, *evaluation_plan(info, args.dataset, args.samples_per_class, args.seed))


def cmd_evaluate(args) -> int:
    args.model = str(require_model_file(args.model))
    check_dataset_args(args)
    _check_classes_first(args)
    from guiapp.core.datasets.registry import open_dataset
    from guiapp.core.evaluation import evaluate, knows_any, recipe_held_out
    from guiapp.core.evaluation_split import counts_learnt_samples
    from guiapp.core.recognition import Recognizer

    say_first_load(args.model)
    recognizer = Recognizer(args.model)
    info, plan, synthesis_seed = _split_plan(args)
    dataset = open_dataset(args.dataset, plan.samples_per_class, synthesis_seed)
    # The test split by default, as the window's Evaluation: a dataset's own test set (MNIST's t10k, mnist-5k's
    # held-out 1,000), else the part its split holds out, which training never trains on and the Datasets area marks.
    # "All" scored one's own drawings with the ones a model learnt from among them, reading 100 % (a walk).
    split = args.split or "test"
    report = evaluate(recognizer, dataset, split=split, seed=plan.seed, validation=plan.validation, test=plan.test)
    keep_converted_form(recognizer, args.model)
    if report.n_samples == 0:  # the wrong model or dataset, most likely: a script must not read it as a pass
        if split != "all" and knows_any(recognizer.labels, dataset.classes):
            # A dataset of 2 drawings holds none out: "no samples of classes the model knows" of a model knowing
            # both was wrong (walk 163)
            raise usage_error(f"{dataset.name}: accuracy not measured: its {split} split is empty "
                              f"({plural('%n sample(s)', len(dataset))} in all, too few to hold any out); "
                              "--split all measures every sample, those a model learnt from too")
        raise _nothing_to_measure(dataset.name, recognizer.labels)
    seen = counts_learnt_samples(info, args.dataset, split, plan, synthesis_seed, dataset.predefined_test is not None)
    if args.json:
        print_json({**report.to_dict(), "counts_learnt_samples": seen})
        return EXIT_OK
    which = {"all": "all samples", "test": "its test split", "validation": "its validation split",
             "train": "its training split"}[split]
    print(f"{dataset.name} ({which}): {plural('%n sample(s)', report.n_samples)}, accuracy {100 * report.accuracy:.2f}%, "
          f"top-{report.top_k} accuracy {100 * report.top_k_accuracy:.2f}%{unsure(report)}")
    if seen and (fair := recipe_held_out(info)):  # a bundled recipe's model: no test split of its own
        print(f"note: this figure may count samples the model learnt from; {fair}'s test split gives the fair figure "
              f"(--dataset {fair} --split test)")
    elif seen:
        print("note: this figure may count samples the model learnt from; its own test split gives the fair figure "
              "(leave out --seed and --samples-per-class, with --split test)")
    if report.unknown_classes:
        print(f"left out (the model does not know these classes): {', '.join(report.unknown_classes)}")
    print(f"{pad('class', 14)} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}")
    for label, row in report.per_class.items():
        if row["support"]:
            precision = "—" if row["precision"] is None else f"{row['precision']:.3f}"  # never predicted
            print(f"{pad(str(label), 14)} {precision:>9} {row['recall']:>7.3f} {row['f1']:>6.3f} {row['support']:>8}")
    confused = report.most_confused(10)
    if confused:
        print("most confused (true → predicted: count): " + ", ".join(f"{t} → {p}: {n}" for t, p, n in confused))
    return EXIT_OK


def add_commands(sub) -> None:
    recognize = sub.add_parser("recognize", help="recognize characters in image files",
                               description="Recognize characters in image files.", formatter_class=HelpFormatter)
    recognize.add_argument("--model", required=True, help=model_help())
    recognize.add_argument("images", nargs="+", metavar="IMAGE", help="image files (PNG, JPEG, …) of one character "
                                                                     "each, or folders of them")
    recognize.add_argument("--top", type=int, default=5, metavar="K", help="how many candidates to print per image")
    recognize.add_argument("--json", action="store_true", help="machine-readable output")
    recognize.set_defaults(func=cmd_recognize)

    evaluate = sub.add_parser("evaluate", help="accuracy, per-class figures and confusions of a model on a dataset",
                              description="Accuracy, per-class figures and confusions of a model on a dataset.",
                              formatter_class=HelpFormatter)
    evaluate.add_argument("--model", required=True, help=model_help())
    evaluate.add_argument("--dataset", required=True, help="a dataset name (see 'guiapp datasets') or a path")
    evaluate.add_argument("--split", choices=("train", "validation", "test", "all"), default=None,
                          help="default: test, the part training holds out (the dataset's own test set where it has "
                               "one: MNIST, mnist-5k); all for every sample")
    evaluate.add_argument("--json", action="store_true", help="machine-readable output")
    # No seed given: the dataset the model learnt from is made and split as its run did (see _split_plan); said in
    # --help, which gave no default for it where train's said 0 (walk 160)
    add_dataset_options(evaluate, seed_help="synthesis and split seed (default: the model's run's own, so that its "
                                            "test split is the part it held out; else 0)")
    evaluate.set_defaults(func=cmd_evaluate, seed=None)
