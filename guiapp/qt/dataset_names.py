"""The built-in datasets' names in the window's language: "digits", "hiragana", "kyoiku" read as English words in
every window (walks in Japanese and Chinese). The name itself stays what the command line, the run records and
the files use; only what the window shows changes, and in English nothing does."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from guiapp.qt.i18n import translate

CONTEXT = "dataset names"
# Each built-in's name as its own source text, translated where shown. mnist-5k and fashion-mnist are the names of
# public datasets, spelt the same in every language, and are not listed.
TRANSLATED = {
    "digits": QT_TRANSLATE_NOOP("dataset names", "digits"),
    "latin": QT_TRANSLATE_NOOP("dataset names", "latin"),
    "alnum": QT_TRANSLATE_NOOP("dataset names", "alnum"),
    "hiragana": QT_TRANSLATE_NOOP("dataset names", "hiragana"),
    "hiragana-71": QT_TRANSLATE_NOOP("dataset names", "hiragana-71"),
    "hiragana-all": QT_TRANSLATE_NOOP("dataset names", "hiragana-all"),
    "katakana": QT_TRANSLATE_NOOP("dataset names", "katakana"),
    "katakana-all": QT_TRANSLATE_NOOP("dataset names", "katakana-all"),
    "kyoiku": QT_TRANSLATE_NOOP("dataset names", "kyoiku"),
    "joyo": QT_TRANSLATE_NOOP("dataset names", "joyo"),
    "five-fonts": QT_TRANSLATE_NOOP("dataset names", "five-fonts"),
}


# The dataset the Recognize pad's Add makes when there is none, named in the window's language: a dataset of one's
# own keeps the name it was made with ("my-handwriting" stood in a Chinese window: walk 120)
FIRST_DATASET = QT_TRANSLATE_NOOP("dataset names", "my-handwriting")


def first_dataset() -> str:
    return translate(CONTEXT, FIRST_DATASET)


def dataset_title(name: str) -> str:
    """``name`` as the window shows it: a built-in's in the window's language, any other dataset's as it is; a
    personalisation's mix ("mine+digits") part by part ("mnist-5k-practice+digits" stood in Chinese: walk 116)."""
    if name in TRANSLATED:
        return translate(CONTEXT, TRANSLATED[name])
    if isinstance(name, str) and "+" in name:  # (a panel between datasets passes None, shown as it was)
        return "+".join(map(dataset_title, name.split("+")))
    return name


def name_of_title(text: str) -> str:
    """The dataset a name typed or shown in the window stands for: a built-in's title ("数字") gives its name
    ("digits"); any other text is taken as the name itself."""
    return next((name for name in TRANSLATED if dataset_title(name) == text), text)


def check_not_a_title(name: str) -> None:
    """ValueError when ``name`` is how the window names a built-in (数字): the core refuses the built-in's own name
    (digits), and a dataset of one's own renamed 数字 stood twice in every list, read as the built-in (walk 124)."""
    from guiapp.core.text import Text

    typed = name.strip().casefold()
    if any(dataset_title(builtin).casefold() == typed for builtin in TRANSLATED if dataset_title(builtin) != builtin):
        raise ValueError(Text("{0!r} is the name of a built-in dataset; choose another name", name.strip()))


def with_command_line_name(name: str, about: str) -> str:
    """``about`` (a tooltip) followed, where the window shows ``name`` in another form, by the name the command
    line takes: ``guiapp train --dataset digits`` is not typed in Japanese."""
    if dataset_title(name) == name:
        return about
    said = translate("datasets", "On the command line: {0}").format(name)
    return f"{about}\n{said}" if about else said


__all__ = ["TRANSLATED", "check_not_a_title", "dataset_title", "first_dataset", "name_of_title", "with_command_line_name"]
