"""The person's own drawings of a class, as the scribble check's stand-in for its templates.

A symbol of one's own (a spiral, a lightning bolt) has no template, so the check measured it against the limits of
any character: a spiral taught as "spiral" and read at 100 % was called "a scribble, not a character" every time
(walk 161). Its own drawings, in the datasets of the person's that the model learnt from (and the one being drawn
into), say how much a spiral winds.
"""

from __future__ import annotations

import numpy as np

OWN_FORMS = 20  # drawings measured at most: the most ink and turns among a few are enough


def own_datasets(metadata: dict, also: str | None = None) -> list[str]:
    """The datasets of the person's that a model (its file's ``metadata``, as :class:`LoadedModel` holds it)
    learnt from, then ``also`` (the dataset drawings go into now), each once, those that exist."""
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.evaluation import datasets_learnt_from

    store = UserStore()
    names = sorted(datasets_learnt_from({"metadata": metadata}))
    return [name for name in dict.fromkeys([*names, *([also] if also else [])]) if store.exists(name)]


def own_forms(datasets: list[str], label: str, limit: int = OWN_FORMS) -> list[list[np.ndarray]]:
    """The strokes (point arrays) of up to ``limit`` drawings of ``label`` in ``datasets`` (user datasets);
    imported images, without strokes, and damaged files are passed over."""
    from guiapp.core.datasets.base import DatasetError
    from guiapp.core.datasets.user_store import UserStore

    store, forms = UserStore(), []
    for name in datasets:
        try:
            dataset = store.open(name)
            records = [r for r in dataset.samples() if r.label == label and r.has_strokes]
        except (DatasetError, OSError, ValueError):
            continue
        for record in records:
            try:
                _, drawing, _ = dataset.load_sample(record.id)
            except (DatasetError, KeyError, OSError):
                continue
            if drawing is not None and drawing.strokes:
                forms.append([np.asarray(stroke.points) for stroke in drawing.strokes])
            if len(forms) >= limit:
                return forms
    return forms


__all__ = ["OWN_FORMS", "own_datasets", "own_forms"]
