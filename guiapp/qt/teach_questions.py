"""What Teach… asks before a round starts, about the characters typed: a word or a run of Chinese characters, one
class or several (``word_or_letters``); characters the model in use knows already (``new_or_agreed``); new ones
added to it or learnt as a model of their own (``learn_alone``); and, after a Stop mid-collection, whether to learn
from the drawings made so far (``learn_now``)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP

from guiapp.qt.confirm import Role, choose
from guiapp.qt.i18n import listing, translate


def kanji_meant(parent, text: str, lookup: bool) -> str:
    """A Latin word that names a kanji's meaning or reading ("forest", "mori"), typed where the lookup is offered and
    sent with Enter: the kanji it means, asked (Enter chose to teach the word "forest" as one class, though the list
    had just shown 森 and 林: walk 130). Returns the kanji chosen, ``text`` to teach the word, "" to cancel."""
    from guiapp.core import kanji_info

    if not lookup or not (text.isascii() and text.isalpha() and len(text) >= 2):
        return text
    found = kanji_info.find(text, limit=3)
    if not found:
        return text
    buttons = [(translate("teach", "{0} ({1})").format(info.kanji, ", ".join(info.meanings[:2])), Role.AcceptRole)
               for info in found]
    buttons.append((translate("teach", "The word “{0}”").format(text), Role.AcceptRole))
    answer = choose(parent, translate("teach", "A kanji, or the word?"),
                    translate("teach", "“{0}” is what these kanji mean or how they are read. Teach one of them, or "
                                       "the word {0} as a class of its own?").format(text),
                    buttons, cancel=True)
    if answer is None:
        return ""
    return found[answer].kanji if answer < len(found) else text


def word_or_letters(parent, text: str, known=(), model_labels=(), collecting: bool = False) -> str:
    """A single Latin word ("star", "étoile") is asked about: it was taught as its letters s, t, a, r, though "Already
    known" suggests typing a word such as star; collected, "lune" asked for l, u, n, e and made a class of each (walk
    105). So is a run of Chinese characters (笑脸, "smiley", was taught as 笑 and 脸: a walk), unless a class of
    that name is in ``known`` already, which it then is. Returns what to teach or collect ("star," is the one
    class), "" to cancel. Kana and other scripts' runs of characters (αβγ, あいう) are the characters they list, as
    the prompt says. Enter chooses the characters where ``model_labels`` (or ``known``) are Japanese or Chinese
    characters (see :func:`writes_cjk`) or two or three letters the model knows, else the one class."""
    from guiapp.qt.recognize.collect_mode import separated

    if len(text) < 2 or separated(text):
        return text
    if text in known or text in model_labels:
        return text + ","  # the class of that name: its drawings count
    # Latin letters, accents too: "étoile" and "flèche" were cut into letters unasked (walk 105)
    latin = text.isalpha() and all(unicodedata.name(char, "").startswith("LATIN") for char in text)
    if not (latin or all(unicodedata.name(char, "").startswith("CJK") for char in text)):
        return text
    each = list(dict.fromkeys(text))  # each once, in order
    if not latin and all(char in known or char in model_labels for char in each):
        return text  # classes of their own already: the question came again at each round of 森山川 (walk 136)
    if collecting:  # Collect… asks it too, in its own words (``collecting``)
        question = (translate("teach", "Collect “{0}” as one class named {0}, or as the {1} letters {2}?") if latin
                    else translate("teach", "Collect “{0}” as one class named {0}, or as the {1} characters {2}?"))
    else:
        question = (translate("teach", "Teach “{0}” as one character named {0}, or as the {1} letters {2}?") if latin
                    else translate("teach", "Teach “{0}” as one class named {0}, or as the {1} characters {2}?"))
    several = (translate("teach", "Letters: {0}") if latin else translate("teach", "Characters: {0}"))
    answer = choose(parent, translate("teach", "One character or several?"),
                    # as the language lists them (s, t, a, r · s、t、a、r), Latin unbroken ("r?" wrapped alone)
                    # as many as it lists: "the 5 letters c, r, o, s" for cross (each once: walk 161)
                    question.format(text, len(each), listing(each).replace(" ", "\u00a0") if latin else listing(each)),
                    [(translate("teach", "One: {0}").format(text), Role.AcceptRole),
                     (several.format(" ".join(each)), Role.AcceptRole)],
                    default=1 if (latin and _known_letters(each, model_labels)) or (
                        not latin and writes_cjk(list(model_labels) or list(known))) else 0,
                    cancel=True)
    return {0: text + ",", 1: text}.get(answer, "")


def _known_letters(letters: list[str], model_labels) -> bool:
    """Two or three letters the model knows each of ("lt" on Latin) are those letters, which Enter then chooses: a
    walk teaching his l and t got the class "lt" by Enter (walk 117). A longer run ("star") names a symbol."""
    return len(letters) <= 3 and all(letter in model_labels for letter in letters)


def writes_cjk(labels) -> bool:
    """Whether a model's classes are Japanese or Chinese characters, one each (kana, kanji). Its user typing 日本 for
    Teach… means the two characters, which Enter then chooses: the first answer, one class named 日本, filed 20
    drawings of 日 and 本 under it (walk 104). On other models a run of Chinese characters names a symbol (笑脸)."""
    return any(len(label) == 1 and unicodedata.name(label, "").startswith(("CJK", "HIRAGANA", "KATAKANA"))
               for label in labels)


# Characters a model that writes no Japanese or Chinese might be taught, as the prompts' example: letters of another
# script, one the window's readers know (ㄅㄆㄇ in Traditional Chinese, where αβγ read as foreign: walk 120)
LETTERS_EXAMPLE = QT_TRANSLATE_NOOP("teach", "αβγ")


def example_characters(labels, cjk_example: str) -> str:
    """The example of characters to teach or collect for a model with ``labels``: ``cjk_example`` in its script on
    a kana or kanji model (αβγ on the kana model of a Japanese desktop meant nothing: walk 106), else
    :data:`LETTERS_EXAMPLE` in the window's language."""
    return cjk_example if writes_cjk(labels) else translate("teach", LETTERS_EXAMPLE)


def new_or_agreed(window, text: str) -> bool:
    """Characters the model in use already knows are not new: its class takes the drawings. Said before any is
    drawn, with a way back (a walk typed "sh" for a star and a heart onto Latin, was told the pad "now
    recognizes the new characters", and a star then read as S)."""
    from guiapp.qt.recognize.collect_mode import parse_classes
    from guiapp.qt.recognize.model_picker import model_display_name

    recognizer = window.recognize.recognizer
    try:
        typed = parse_classes(text)
    except ValueError:
        return True  # start says what is wrong with it
    known = [label for label in typed if label in recognizer.labels] if recognizer is not None else []
    if not known:
        return True
    # Enter goes on: teaching one's own way of writing a character the model knows is the commonest round, and Enter
    # on Cancel ended it with nothing said (walk 158)
    return choose(window, translate("teach", "Already known"),
                  translate("teach", "{0} already knows {1}: your drawings of them are added to those classes (it "
                                     "learns your way of writing them), not taught as new characters.\n\nTo teach "
                                     "new characters, press Cancel and type others (a symbol, or a word such as "
                                     "star).").format(model_display_name(window.current_model_path() or ""),
                                                      listing(known)),
                  [(translate("teach", "Learn my way of writing them"), Role.AcceptRole)], cancel=True) == 0


def learn_alone(window, text: str, dataset: str) -> bool | None:
    """Whether the characters typed, all new to the bundled model in use, are to make a model of only the person's
    characters (True) or be added to that model (False); None: cancelled. Taught onto Digits, a hobbyist's five
    symbols came with ten digits, and a circle was read as 0 at 98 % (walk 151). Asked only on a bundled model (a
    model of one's own grows as taught), and where the dataset would give more than one class."""
    from guiapp.core.training.engine import MIN_SAMPLES_PER_CLASS
    from guiapp.qt.recognize.collect_mode import parse_classes
    from guiapp.qt.recognize.model_picker import is_bundled, model_display_name

    recognizer, path = window.recognize.recognizer, window.current_model_path()
    try:
        typed = parse_classes(text)
    except ValueError:
        return False  # start says what is wrong with them
    if recognizer is None or not path or not is_bundled(path) or any(label in recognizer.labels for label in typed):
        return False
    counts = window.collect_bar.counts if window.collect_bar.dataset_name() == dataset else {}
    if len(set(typed) | {label for label, n in counts.items() if n >= MIN_SAMPLES_PER_CLASS}) < 2:
        return False  # one class: nothing to tell apart on its own
    name = model_display_name(path)
    # the circle read as 0 is Digits' example only: beside kanji taught to Katakana it read oddly (walk 154)
    question = (translate("teach", "Add {0} to {1}? It then reads every drawing as one of its characters or "
                                   "yours (a circle as 0, say).\n\nOr learn a new model of only your characters "
                                   "(those in {2}): it reads every drawing as one of them.") if "0" in recognizer.labels
                else translate("teach", "Add {0} to {1}? It then reads every drawing as one of its characters or "
                                        "yours.\n\nOr learn a new model of only your characters (those in {2}): it "
                                        "reads every drawing as one of them."))
    answer = choose(window, translate("teach", "Teach new characters"), question.format(listing(typed), name, dataset),
                    [(translate("teach", "Add to {0}").format(name), Role.AcceptRole),
                     (translate("teach", "Only my characters"), Role.AcceptRole)], cancel=True)
    return None if answer is None else answer == 1


def learn_now(parent, labels: list[str], counts: dict, enough: list[str], dataset: str, asked: int,
              minimum: int) -> bool:
    """Asked after a Stop mid-collection of ``labels`` (``counts`` drawings of each, ``asked`` asked of each):
    learn the characters that have ``minimum`` drawings or more (``enough``) now, or keep them all."""
    def counted(chosen) -> str:  # "moins : 5" in French, as the collect row's counter writes it
        return listing(translate("recognize", "{0}: {1}", "a class and how many samples it has").format(
            label, counts.get(label, 0)) for label in chosen)

    short = [label for label in labels if label not in enough and counts.get(label, 0)]
    undrawn = [label for label in labels if not counts.get(label, 0)]
    text = translate("teach", "Learn from the drawings made so far ({0})?\n\n{1} of each read better; a round "
                              "learns from {2} or more.").format(counted(enough), asked, minimum)
    if short:
        text += "\n" + translate("teach", "Too few drawings to learn yet: {0} (kept in {1}).").format(
            counted(short), dataset)
    if undrawn:  # "(kept in …)" for a character never drawn said something was kept (two walks)
        text += "\n" + translate("teach", "Not drawn yet: {0}.").format(listing(undrawn))
    return choose(parent, translate("teach", "Learn now?"), text,
                  [(translate("teach", "Learn now"), Role.AcceptRole),
                   (translate("teach", "Keep for later"), Role.RejectRole)]) == 0


__all__ = ["learn_alone", "learn_now", "new_or_agreed", "word_or_letters", "writes_cjk"]
