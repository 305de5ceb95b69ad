"""What a Teach… round that learnt says beside the pad, in words a class of 14-year-olds reads."""

from __future__ import annotations

from guiapp.qt.i18n import fmt, percent, translate


def what_it_cost(before: tuple[int, int], after: tuple[int, int]) -> tuple[str, str]:
    """The share of the known characters' held-out samples read right before and after a round (right, of), in
    whole percents, or to a tenth where whole ones hide a change ("83 % → 83 %" for 434 → 429 of 520: a walk)."""
    for decimals in (0, 1):
        said = (percent(before[0] / before[1], decimals), percent(after[0] / after[1], decimals))
        if said[0] != said[1] or before[0] * after[1] == after[0] * before[1]:
            break
    return said


def learnt_outcome(mine: tuple[int, int] | None, cost: tuple[str, str] | None) -> str:
    """What a round that learnt says beside the pad: how many of the person's held-out drawings it reads right
    (``mine``: right, of), and what it cost the characters it knew (``cost``: accuracy before, after). In words a
    class of 14-year-olds reads: "yours: 4 of 4 · the others: 98 % → 99 %" meant nothing to them (a walk)."""
    outcome = translate("teach", "Learnt ✔")
    if mine and cost:
        return outcome + fmt(translate("teach", " (your drawings: {0} of {1} right · what it knew: {2} → {3})"), *mine, *cost)
    if mine:
        return outcome + fmt(translate("teach", " (your drawings: {0} of {1} right)"), *mine)
    if cost:
        return outcome + translate("teach", " (what it knew: {0} → {1})").format(*cost)
    return outcome


__all__ = ["learnt_outcome", "what_it_cost"]


def kept_elsewhere_line(model_path: str | None, dataset: str, holds) -> str:
    """Said before a round: the characters the model learnt from the person's other datasets, which the round
    learns again from there, or "". Only the dataset drawn into was named, and a teacher feared the round would
    forget 森 and 休, taught from another (walk 123). ``holds``: the classes of the dataset drawn into."""
    from guiapp.core.modelfile import ModelFileError, read_metadata
    from guiapp.core.training.engine import MIN_SAMPLES_PER_CLASS
    from guiapp.core.training.personalize import drawings_kept_elsewhere, original_dataset
    from guiapp.core.datasets.registry import known_classes
    from guiapp.qt.dataset_names import dataset_title
    from guiapp.qt.i18n import listing

    if not model_path:
        return ""
    try:
        info = read_metadata(model_path)
    except (ModelFileError, OSError):
        return ""
    original = original_dataset(info)
    have = set(map(str, holds)) | set(known_classes(original) or () if original else ())
    found = drawings_kept_elsewhere(info.get("labels") or [], have, dataset, MIN_SAMPLES_PER_CLASS)
    parts = [translate("teach", "{0} (from {1})").format(listing(labels[:6] + (["…"] if len(labels) > 6 else [])),
                                                          dataset_title(name)) for name, labels in found]
    # (at most two datasets named: the dialog does not wrap its lines, and must fit a 1024 px screen)
    return translate("teach", "It learns again what it learnt from your other datasets: {0}.").format(
        listing(parts[:2] + (["…"] if len(parts) > 2 else []))) if parts else ""
