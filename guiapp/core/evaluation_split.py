"""Which samples an evaluation may count: a model's test split is only the part its run held out when the dataset
is split as the run split it. The window's Evaluation split every dataset with seed 0 and 10 %/10 %, and the
command line synthesised a built-in at 600 a class unless told: a model trained on 200 a class read "94.5 % on its
test split", the fair figure 92.5 % (walk 119), because the 200 a class are among the 600 and a test split of those
holds some of them. Evaluated on a dataset the model learnt from, the split is the run's own (:func:`training_split`);
any other choice is said to count samples the model learnt from (:func:`counts_learnt_samples`)."""

from __future__ import annotations

from dataclasses import dataclass

TRAINING_SYNTHESIS_SEED = 0  # a run synthesises its built-in with seed 0 (its own seed splits and initialises)


@dataclass(frozen=True)
class SplitPlan:
    """How a dataset is split for an evaluation: the split's seed and fractions and, for a synthesised built-in,
    how many samples a class it is made with (None: the default, or a dataset that is not synthesised)."""

    seed: int = 0
    validation: float = 0.1
    test: float = 0.1
    samples_per_class: int | None = None


def training_split(info: dict, dataset: str) -> SplitPlan | None:
    """The split of ``dataset`` the model's run trained on and held out (``info``: its
    :func:`~guiapp.core.modelfile.read_metadata`), when ``dataset`` is the one its file says it learnt from; else
    None. A synthesised built-in's size is worked out from the split sizes the file records."""
    from guiapp.core.datasets.builtin import is_synthesised
    from guiapp.core.datasets.registry import known_classes
    from guiapp.core.modelfile.metadata import trained_on

    if not dataset or dataset != trained_on(info):
        return None
    metadata = info.get("metadata") if isinstance(info.get("metadata"), dict) else {}
    config = metadata.get("training_config") if isinstance(metadata.get("training_config"), dict) else {}
    try:
        plan = SplitPlan(int(config.get("seed", 0)), float(config.get("validation_split", 0.1)),
                         float(config.get("test_split", 0.1)))
    except (TypeError, ValueError):
        return None
    recorded = metadata.get("dataset") if isinstance(metadata.get("dataset"), dict) else {}
    limit = recorded.get("at_most_per_class")
    if isinstance(limit, int) and limit > 0 and not is_synthesised(dataset):
        # a part of a dataset with its own test set (mnist-5k at 200 a class): the same part, split as the run split
        # it (the whole's validation split held 199 of the run's 1,800 training digits: walk 139)
        plan = SplitPlan(plan.seed, plan.validation, plan.test, limit)
    if is_synthesised(dataset):
        splits = recorded.get("splits")
        sizes = list(splits.values()) if isinstance(splits, dict) else []
        total = sum(size for size in sizes if isinstance(size, int))
        classes = len(known_classes(dataset) or ())
        if total and classes and total % classes == 0:
            plan = SplitPlan(plan.seed, plan.validation, plan.test, total // classes)
    return plan


def evaluation_plan(info: dict, dataset: str, samples_per_class: int | None = None,
                    seed: int | None = None) -> tuple[SplitPlan, int]:
    """(the split plan, the synthesis seed) an evaluation of the model (``info``) on ``dataset`` uses: with no
    ``seed`` asked for, on the dataset it learnt from, its run's split, made at ``samples_per_class`` or else at its
    run's size; otherwise ``seed`` (0 by default) makes and splits it, 10 %/10 %. The window and the command line
    both ask this."""
    trained = training_split(info, dataset) if seed is None else None
    if trained is not None:
        return SplitPlan(trained.seed, trained.validation, trained.test,
                         samples_per_class or trained.samples_per_class), TRAINING_SYNTHESIS_SEED
    return SplitPlan(seed or 0, samples_per_class=samples_per_class), seed or 0


def counts_learnt_samples(info: dict, dataset: str, split: str, plan: SplitPlan,
                          synthesis_seed: int = TRAINING_SYNTHESIS_SEED, own_test: bool = False) -> bool:
    """Whether evaluating the model on ``split`` of ``dataset``, split and made as ``plan`` says, counts samples the
    model learnt from: all of (or the training split of) a dataset it learnt from; a dataset it learnt from split
    otherwise than its run split it (``own_test``: the dataset has a test set of its own, which every split keeps
    apart); another synthesised built-in sharing classes with the one it learnt from, made by the same writers
    (hiragana's samples are hiragana-71's)."""
    from guiapp.core.datasets.builtin import is_synthesised
    from guiapp.core.datasets.registry import known_classes
    from guiapp.core.evaluation import RECIPE_SOURCES, datasets_learnt_from
    from guiapp.core.modelfile.metadata import trained_on

    if split in ("all", "train") and dataset in datasets_learnt_from(info):
        return True
    same_writers = not is_synthesised(dataset) or synthesis_seed == TRAINING_SYNTHESIS_SEED
    trained = training_split(info, dataset)
    if trained is not None:
        if not same_writers or (own_test and split == "test"):
            return False
        # (a size not known, as for the run's own data in memory, is the run's)
        if is_synthesised(dataset) and None not in (plan.samples_per_class, trained.samples_per_class) \
                and plan.samples_per_class != trained.samples_per_class:
            return True
        # a part of a dataset with its own test set, evaluated on another part (or the whole): its validation and
        # training splits are drawn anew, and hold samples the run trained on
        if not is_synthesised(dataset) and trained.samples_per_class is not None \
                and plan.samples_per_class != trained.samples_per_class:
            return True
        return (plan.seed, plan.validation, plan.test) != (trained.seed, trained.validation, trained.test)
    learnt = trained_on(info)
    classes = set(known_classes(dataset) or ())
    # (a recipe's synthesised part counts as well: the bundled digits model learnt the built-in digits whole)
    return bool(same_writers and is_synthesised(dataset) and any(
        is_synthesised(source) and classes & set(known_classes(source) or ())
        for source in (learnt, *RECIPE_SOURCES.get(learnt, ()))))


__all__ = ["SplitPlan", "TRAINING_SYNTHESIS_SEED", "counts_learnt_samples", "evaluation_plan", "training_split"]
