"""``guiapp train``: train (or fine-tune) a CNN with the same core function the Train area uses."""

from __future__ import annotations

import dataclasses
import signal
import sys
from pathlib import Path

from guiapp.cli.common import (EXIT_CANCELLED, EXIT_OK, EXIT_UNEXPECTED, HelpFormatter, ProgressPrinter, percent,
                               require_model_file, unsure)
from guiapp.cli.datasets import add_dataset_options, check_dataset_args
from guiapp.core.plural import plural
from guiapp.core.tasks import format_duration


def epoch_line(event) -> str:
    val = f"  val_loss {event.val_loss:.4f} val_acc {percent(event.val_accuracy)}" if event.val_loss is not None else ""
    return (f"epoch {event.epoch:>3}/{event.epochs}  loss {event.loss:.4f} acc {percent(event.accuracy)}{val}  "
            f"{event.samples_per_s:,.0f} samples/s  ETA {format_duration(event.eta_s)}  best {event.best_epoch}")


def cmd_train(args) -> int:
    from guiapp.core.training.config import StopReason, TrainConfig, TrainingControl

    from guiapp.core.modelfile.save import check_save_path

    # Everything typed is checked before the dataset is synthesised or TensorFlow imported (seconds to minutes):
    # a model that cannot be saved where --out says would be lost after the whole run.
    out = Path(args.out)
    if out.suffix.lower() not in (".h5", ".keras"):
        raise ValueError(f"--out must end in .h5 or .keras, got {str(out.expanduser().absolute())!r}")
    out = check_save_path(out)
    config = TrainConfig(
        preset=args.preset, epochs=args.epochs, batch_size=args.batch_size, optimizer=args.optimizer,
        learning_rate=args.lr, schedule=args.schedule, dropout=args.dropout, augment=args.augment,
        augment_strength=args.augment_strength, validation_split=args.val_split, test_split=args.test_split,
        early_stopping=args.early_stopping, seed=args.seed, device=args.device,
    ).validate()
    earlier = _run_to_continue(args)
    if earlier is not None:
        args.dataset, args.samples_per_class = earlier.dataset, earlier.samples_per_class
    elif not args.dataset:
        raise ValueError("--dataset is needed (or --continue RUN to train on a stopped run)")
    check_dataset_args(args)
    cluster = _cluster(args)
    if earlier is not None and cluster is not False:
        raise ValueError("--continue trains on this machine only: leave out --distributed and --cluster")
    if cluster is not False and out.suffix.lower() != ".h5":
        raise ValueError("a distributed run saves .h5 (the runs folder's format); give --out a .h5 name")
    if args.fine_tune:
        args.fine_tune = str(require_model_file(args.fine_tune))
        from guiapp.core.modelfile import read_metadata

        read_metadata(args.fine_tune)  # a missing or refused base model fails now, before the data is made
    from guiapp.core.training.request import TrainingRequest
    from guiapp.core.training.session import run_training

    from guiapp.core.training.distributed import backup_dir
    from guiapp.core.training.runs import RunStore

    distributed = cluster is not False
    if earlier is not None:  # its settings, data and best model; the epochs it had left
        from guiapp.core.training.session import continue_request

        request = dataclasses.replace(continue_request(earlier), model_path=str(out))
        config = request.config
    else:
        request = TrainingRequest(config, args.dataset, args.samples_per_class, base_path=args.fine_tune,
                                  model_path=str(out), distributed=distributed,
                                  backup_dir=str(backup_dir(out, cluster or None)) if distributed else None,
                                  worker_timeout_s=args.worker_timeout)
    # Recorded in the runs folder like the Train area's runs (a distributed run by the chief only), so the window's
    # Runs list shows it (with its curves, Continue after Ctrl+C, Overlay); its model is then copied to --out. A
    # .keras --out is not recorded: the runs folder keeps .h5 files.
    chief = not distributed or cluster is None or cluster.is_chief
    store = RunStore() if chief and out.suffix.lower() == ".h5" else None
    control = TrainingControl()

    def on_interrupt(signum, frame):  # first Ctrl+C: stop after this batch and keep the best; second: abort
        # SIGTERM (timeout, kill, docker stop, a batch system's time limit) stops the same way: it lost every
        # finished epoch, and the run stayed "running, 0 of 20" in the window (a walk). A second one ends it.
        again = "Ctrl+C" if signum == signal.SIGINT else "another SIGTERM"
        print(f"\nstopping: the best epoch so far is kept ({again} to abort)…", file=sys.stderr, flush=True)
        control.stop()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    def on_event(event) -> None:
        if event.kind == "epoch":
            print(epoch_line(event), flush=True)
        elif event.kind == "message" and event.message and not event.warning:
            # A warning is logged as it is sent, and guiapp's log writes warnings to stderr ("WARNING: …",
            # guiapp.logs): printed here as well, each one came twice.
            print(event.message, file=sys.stderr, flush=True)

    previous = {number: signal.signal(number, on_interrupt) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        result = run_training(request, store=store, control=control, on_event=on_event,
                              on_progress=ProgressPrinter(f"preparing {args.dataset}"))
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    print(result.message, file=sys.stderr if result.stopped == StopReason.DIVERGED else sys.stdout)
    if not chief:
        print(f"worker {cluster.task_index} done; the chief (worker 0) keeps the model and the run record")
        return EXIT_OK if result.stopped != StopReason.DIVERGED else EXIT_UNEXPECTED
    if result.model_path is None:
        print("guiapp: nothing saved: no epoch finished", file=sys.stderr)
        return EXIT_CANCELLED if result.stopped == StopReason.CANCELLED else EXIT_UNEXPECTED
    summary = _test_summary(result, result.dataset, store)  # first: the run's model file records it, then is copied
    if store is not None:
        result.model_path = str(RunStore.export_model(result.run, out))
        print(f"run {result.run.id} recorded in {store.root} (listed in the window's Train → Runs)")
    # "best epoch 2 of 2" for a run of 10 stopped after 2 read as a run of 2 epochs (a walk)
    trained, planned = len(result.history.get("loss", [])), config.epochs
    epochs = (f"{trained} of {plural('%n epoch(s)', planned)} trained" if trained < planned
              else plural("%n epoch(s)", trained))  # ("1 epochs": a walk)
    print(f"saved {result.model_path} (best epoch {result.best_epoch}, {epochs}, "
          f"{format_duration(result.seconds)}){summary}")
    if store is not None and result.run is not None and trained < planned and result.stopped == StopReason.CANCELLED:
        print(f"continue it with: guiapp train --continue {result.run.id} --out {args.out}")
    if chief and store is None:  # said: a student looked for it in the window's Runs list (walk 139)
        print("not recorded in the window's Train → Runs (the runs folder keeps .h5 models): --out ….h5 records it")
    return {StopReason.CANCELLED: EXIT_CANCELLED, StopReason.DIVERGED: EXIT_UNEXPECTED}.get(result.stopped, EXIT_OK)


def _run_to_continue(args):
    """The run ``--continue`` names (its id, or "last": the newest that can be continued), checked before anything
    is loaded; None without --continue."""
    if not args.continue_run:
        return None
    from guiapp.core.training.runs import RunError, RunStore
    from guiapp.core.training.session import epochs_left, refusal_to_continue

    if args.fine_tune:
        raise ValueError("--continue goes on from the run's own best model: leave out --fine-tune")
    store = RunStore()
    try:
        if args.continue_run != "last":
            run = store.load(args.continue_run)
        elif not (runs := store.list()):  # newest first, as the window's Runs list
            raise ValueError(f"--continue last: no run in {store.root}")
        else:
            # the newest run stopped before its end: "last" took a run that had completed, and said only that it
            # could not be continued, for one of three reasons (a walk)
            run = next((run for run in runs if epochs_left(run) >= 1), None)
            if run is None:
                raise ValueError(f"--continue last: no run in {store.root} was stopped before its end (or each "
                                 "was continued already)")
    except RunError as exc:
        raise ValueError(f"--continue {args.continue_run}: {exc}") from None
    refusal = refusal_to_continue(run, lambda run: run.id)  # the window's reasons, runs named as typed here
    if refusal is not None:
        raise ValueError(f"--continue: {refusal}")
    return run


def _cluster(args):
    """False for a run on this machine only; else this worker's Cluster, or None for a lone worker (--distributed
    with neither TF_CONFIG nor Slurm). --cluster writes the TF_CONFIG that TensorFlow reads."""
    import json
    import os

    from guiapp.core.training.distributed import read_cluster, tf_config

    if args.cluster is not None:
        if args.task_index is None:
            raise ValueError("--cluster needs --task-index (this machine's place in the list, 0 = chief)")
        os.environ["TF_CONFIG"] = json.dumps(tf_config(args.cluster.split(","), args.task_index))
    elif args.task_index is not None:
        raise ValueError("--task-index needs --cluster")
    if not (args.distributed or args.cluster is not None):
        return False
    return read_cluster()


def _test_summary(result, dataset, store) -> str:
    """"; test accuracy …" for the saved line, recorded with the run as well (the window's Runs list shows it)."""
    from guiapp.core.evaluation import evaluate
    from guiapp.core.modelfile import LoadedModel
    from guiapp.core.recognition import Recognizer

    if not result.split_sizes.get("test"):
        return ""
    recognizer = Recognizer(LoadedModel(result.model, result.labels, result.spec, result.metadata()))
    report = evaluate(recognizer, dataset, split="test", seed=result.config.seed,
                      validation=result.config.validation_split, test=result.config.test_split)
    if report.n_samples == 0:
        return "; test accuracy not measured: no held-out samples"
    if store is not None and result.run is not None:
        store.note_test(result.run, report.accuracy, report.n_samples)
    return f"; test accuracy {100 * report.accuracy:.2f}% on {plural('%n held-out sample(s)', report.n_samples)}{unsure(report)}"


def add_commands(sub) -> None:
    from guiapp.core.training.config import OPTIMIZERS, SCHEDULES, TrainConfig
    from guiapp.core.training.distributed import DEFAULT_TIMEOUT_S
    from guiapp.core.training.presets import PRESETS

    d = TrainConfig()  # the defaults are TrainConfig's, defined once
    train = sub.add_parser("train", help="train (or fine-tune) a CNN and save it as .h5 / .keras",
                           description="Train (or fine-tune) a CNN and save it as .h5 / .keras.",
                           formatter_class=HelpFormatter)
    train.add_argument("--dataset", help="a dataset name (see 'guiapp datasets') or a path")
    train.add_argument("--preset", choices=list(PRESETS), default=d.preset, metavar="PRESET",
                       help=f"network architecture: {', '.join(PRESETS)}")
    train.add_argument("--epochs", type=int, default=d.epochs, metavar="N",
                       help="passes over the training data (each epoch sees every training sample once)")
    train.add_argument("--batch-size", type=int, default=d.batch_size, metavar="SAMPLES",
                       help="samples per training step on each replica (device); the global batch is this × replicas")
    train.add_argument("--optimizer", choices=OPTIMIZERS, default=d.optimizer, help="optimiser")
    train.add_argument("--lr", "--learning-rate", type=float, default=d.learning_rate, metavar="RATE",
                       help="learning rate (step size of the optimiser)")
    train.add_argument("--schedule", choices=SCHEDULES, default=d.schedule, help="learning-rate schedule")
    train.add_argument("--dropout", type=float, default=d.dropout, metavar="RATE",
                       help="dropout rate, 0–1 (default: the preset's own)")
    train.add_argument("--augment", action="store_true", default=d.augment,
                       help="random rotation, shift and zoom while training (default: off)")
    train.add_argument("--augment-strength", type=float, default=d.augment_strength, metavar="SCALE",
                       help="1.0 = rotation ±8°, shift ±10 %%, zoom ±10 %%")
    train.add_argument("--val-split", type=float, default=d.validation_split, metavar="FRACTION",
                       help="share of the data held out for validation, 0–1 (0.1 = 10 %%)")
    train.add_argument("--test-split", type=float, default=d.test_split, metavar="FRACTION",
                       help="share held out for testing, 0–1, for datasets without their own test set")
    train.add_argument("--early-stopping", type=int, default=d.early_stopping, metavar="EPOCHS",
                       help="stop after this many epochs without improvement of the validation loss (0: off)")
    train.add_argument("--device", default=d.device, help="cpu, gpu:N or all-gpus (absent GPUs fall back to cpu)")
    train.add_argument("--distributed", action="store_true",
                       help="one worker of a multi-machine run (MultiWorkerMirroredStrategy): the cluster comes "
                       "from TF_CONFIG, --cluster, or Slurm; start the same command on every worker "
                       "(see docs/scaling.md); --batch-size is per replica")
    train.add_argument("--cluster", metavar="HOST:PORT,...",
                       help="with --task-index: every worker's address, chief first (implies --distributed)")
    train.add_argument("--task-index", type=int, metavar="N", help="this worker's place in --cluster (0 = chief)")
    train.add_argument("--worker-timeout", type=float, default=None, metavar="SECONDS",
                       help="a distributed run ends with an error when another worker has not answered for this "
                       f"long (default: {DEFAULT_TIMEOUT_S:g})")
    train.add_argument("--fine-tune", metavar="MODEL", help="continue training this saved model (new classes ok)")
    train.add_argument("--continue", dest="continue_run", metavar="RUN",
                       help="train on a run stopped before its end (Ctrl+C, SIGTERM, Stop in the window): its id in "
                       "the runs folder, or 'last' (the newest such run); its best epoch, settings and data, for the epochs it had left "
                       "(the other settings are its own)")
    train.add_argument("--out", required=True, help="where to save the model: .h5 (also recorded in the window's "
                                                    "Train → Runs) or .keras (not recorded there)")
    add_dataset_options(train)
    train.set_defaults(func=cmd_train)
