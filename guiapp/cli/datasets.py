"""``guiapp datasets``: list, show, export, register, rename and unregister datasets (core.datasets.registry);
rename and delete the user's own (core.datasets.user_store, as the Datasets area does)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from guiapp.cli.common import HelpFormatter, ProgressPrinter, pad, print_json, require_writable_parent
from guiapp.core.datasets.builtin import DEFAULT_SAMPLES_PER_CLASS
from guiapp.core.plural import plural


def cmd_datasets_list(args) -> int:
    from guiapp.core.datasets.registry import list_datasets

    infos = list_datasets(load=True)
    if args.json:
        print_json([info.to_dict() for info in infos])
        return 0
    print(f"{pad('name', 16)} {pad('kind', 10)} {'classes':>7} {'samples':>9}  source")
    for info in infos:
        classes = "?" if info.classes is None else str(info.classes)
        samples = "?" if info.samples is None else f"{info.samples:,}"
        source = f"ERROR: {info.error}" if info.error else info.source
        print(f"{pad(info.name, 16)} {pad(info.kind, 10)} {classes:>7} {samples:>9}  {source}")
    return 0


def check_dataset_args(args) -> None:
    """The dataset named on the command line exists (nothing is read or synthesised): before any long work."""
    from guiapp.core.datasets.registry import check_dataset

    check_dataset(args.dataset, args.samples_per_class, getattr(args, "font_fraction", 0.0))


def cmd_datasets_show(args) -> int:
    from guiapp.core.datasets.registry import describe

    dataset = describe(args.dataset, args.samples_per_class, args.seed, args.font_fraction)
    counts = dataset.split_counts(validation=args.validation, test=args.test, seed=args.seed)
    summary = dataset.summary()
    summary["spec"] = dataset.spec.to_dict()
    summary["splits"] = counts
    if args.json:
        print_json(summary)
        return 0
    # "file" is the kind of anything opened by its path; a folder of images (or of IDX files) is called one.
    kind = "folder" if dataset.kind == "file" and Path(str(dataset.source)).is_dir() else dataset.kind
    print(f"{dataset.name} ({kind}): {plural('%n sample(s)', len(dataset))}, "
          f"{plural('%n class(es)', len(dataset.classes))}, "
          f"images {dataset.image_shape[0]}×{dataset.image_shape[1]}")
    print(f"source: {dataset.source}")
    print(f"{pad('class', 14)} {'train':>8} {'validation':>10} {'test':>8}")
    for name in dataset.classes:
        print(f"{pad(name, 14)} {counts['train'][name]:>8} {counts['validation'][name]:>10} {counts['test'][name]:>8}")
    totals = {split: sum(c.values()) for split, c in counts.items()}
    print(f"{pad('total', 14)} {totals['train']:>8} {totals['validation']:>10} {totals['test']:>8}")
    for problem in dataset.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    return 0


def cmd_datasets_export(args) -> int:
    if args.format == "npz" and not args.out.lower().endswith(".npz"):
        raise ValueError(f"--out must end in .npz with --format npz, got {args.out!r}")
    require_writable_parent(args.out)
    check_dataset_args(args)
    from guiapp.core.datasets.export import check_target_dir, export_folder, export_npz
    from guiapp.core.datasets.registry import open_dataset

    if args.format != "npz":  # before the data is made (minutes for a large built-in), not after (a walk)
        check_target_dir(Path(args.out))
    dataset = open_dataset(args.dataset, args.samples_per_class, args.seed, font_fraction=args.font_fraction,
                           on_progress=ProgressPrinter(f"loading {args.dataset}"))
    out = Path(args.out)
    if args.format == "npz":
        export_npz(dataset, out)
    else:
        export_folder(dataset, out, progress=ProgressPrinter(f"exporting to {out}"))
    print(f"exported {plural('%n sample(s)', len(dataset))} of {plural('%n class(es)', len(dataset.classes))} to {out}")
    return 0


def cmd_datasets_register(args) -> int:
    from guiapp.core.datasets.registry import register

    name = register(args.path, args.name)
    print(f"registered {args.path} as {name!r}")
    return 0


def cmd_datasets_unregister(args) -> int:
    from guiapp.core.datasets.registry import unregister

    unregister(args.name)
    print(f"unregistered {args.name!r}")
    return 0


def cmd_datasets_rename(args) -> int:
    from guiapp.core.datasets.registry import rename_dataset

    renamed = rename_dataset(args.name, args.new_name)
    print(f"renamed {args.name!r} to {renamed!r}")
    return 0


def cmd_datasets_delete(args) -> int:
    from guiapp.core.datasets import builtin
    from guiapp.core.datasets.base import DatasetError
    from guiapp.core.datasets.registry import builtin_names, registered
    from guiapp.core.datasets.user_store import TRASH_DAYS, TRASH_DIR, UserStore
    from guiapp.core.text import Text

    # "no user dataset named 'digits'" read as if digits were not there (walk 163), as rename once did (walk 121)
    if builtin.is_synthesised(args.name) or args.name in builtin_names():
        raise DatasetError(Text("{0!r} is a built-in dataset: it cannot be deleted", args.name))
    if args.name in registered():  # its files are the person's: unregister forgets it, as the window's Remove does
        raise DatasetError(Text("{0!r} is an imported dataset: 'guiapp datasets unregister {0}' removes it from the "
                                "list (its files are left where they are)", args.name))
    store = UserStore()
    samples = len(store.open(args.name))
    token = store.delete(args.name)
    print(f"deleted {args.name!r} ({plural('%n sample(s)', samples)}); for {TRASH_DAYS} days it can be brought back "
          f"from {store.root / TRASH_DIR / token}")
    return 0


def add_dataset_options(parser: argparse.ArgumentParser, seed_help: str = "synthesis and split seed") -> None:
    parser.add_argument("--samples-per-class", type=int, default=None, metavar="N",
                        help=f"built-in datasets: images to synthesise per class (default: {DEFAULT_SAMPLES_PER_CLASS}); "
                             "a dataset with its own test set (mnist-5k, fashion-mnist): at most N per class of the "
                             "rest, its test set whole (default: all)")
    parser.add_argument("--seed", type=int, default=0, help=seed_help)
    parser.add_argument("--font-fraction", type=float, default=0.0, metavar="FRACTION",
                        help="built-ins: share (0–1) of samples printed by installed system fonts")


def add_commands(sub) -> None:
    """The ``datasets`` command and its actions."""
    datasets = sub.add_parser("datasets", help="list, show and export datasets",
                              description="List, show and export datasets.", formatter_class=HelpFormatter)
    datasets.add_argument("--json", action="store_true", help="machine-readable output")
    datasets.set_defaults(func=cmd_datasets_list)
    dsub = datasets.add_subparsers(dest="datasets_command", metavar="ACTION")

    # The bare command lists too; "list" is what the help line promises, so it is an action as well.
    listing = dsub.add_parser("list", help="every dataset guiapp knows (the same as no action)",
                              formatter_class=HelpFormatter)
    # SUPPRESS: unset here, the command's own --json (given before "list") is not overwritten with False.
    listing.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output")
    listing.set_defaults(func=cmd_datasets_list)

    show = dsub.add_parser("show", help="classes and counts per split of one dataset",
                           formatter_class=HelpFormatter)
    show.add_argument("dataset", help="a dataset name (see 'guiapp datasets') or a file/folder path")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.add_argument("--validation", type=float, default=0.1, metavar="FRACTION",
                      help="share (0–1) held out for validation")
    show.add_argument("--test", type=float, default=0.1, metavar="FRACTION",
                      help="share (0–1) held out for testing, for datasets without their own test set")
    add_dataset_options(show)
    show.set_defaults(func=cmd_datasets_show)

    export = dsub.add_parser("export", help="write a dataset as one folder per class of PNGs, or as .npz",
                             formatter_class=HelpFormatter)
    export.add_argument("dataset", help="a dataset name or a file/folder path")
    export.add_argument("--out", required=True, help="output folder (or .npz file with --format npz)")
    export.add_argument("--format", choices=("folder", "npz"), default="folder", help="what to write")
    add_dataset_options(export)
    export.set_defaults(func=cmd_datasets_export)

    reg = dsub.add_parser("register", help="remember a dataset file or folder under a name",
                          formatter_class=HelpFormatter)
    reg.add_argument("path", help="a dataset file (.npz, MNIST IDX) or folder")
    reg.add_argument("--name", help="name to list it under (default: the file or folder name)")
    reg.set_defaults(func=cmd_datasets_register)

    unreg = dsub.add_parser("unregister", help="forget a registered dataset (its files are kept)")
    unreg.add_argument("name", help="the name it is listed under")
    unreg.set_defaults(func=cmd_datasets_unregister)

    rename = dsub.add_parser("rename", help="rename one of your own datasets, or a registered one",
                                  formatter_class=HelpFormatter)
    rename.add_argument("name", help="the dataset's name")
    rename.add_argument("new_name", metavar="new-name", help="its new name")
    rename.set_defaults(func=cmd_datasets_rename)

    delete = dsub.add_parser("delete", help="delete one of your own datasets (kept in the trash for 30 days)",
                             formatter_class=HelpFormatter)
    delete.add_argument("name", help="the dataset's name")
    delete.set_defaults(func=cmd_datasets_delete)
