"""Counted nouns in one translate-ready form: ``"%n class(es)"``.

The window passes such a text through Qt's ``tr(text, "", n)`` (translators supply each language's plural forms,
and ``%Ln`` becomes the number in the user's locale), then :func:`resolve` settles the English markers that remain
when no translation is loaded. The core and the command line, which have no Qt, call :func:`plural`. One
convention for both, so a message reads "1 class" / "2 classes" wherever it is shown, never "1 classes".
"""

from __future__ import annotations

import re

# A plural suffix in parentheses right after a word: "image(s)", "class(es)". Parentheses after a space are text.
_MARKER = re.compile(r"(?<=\w)\((s|es)\)")


def resolve(text: str, n: int) -> str:
    """English plural markers: ``"1 image(s)"`` → ``"1 image"``, ``"3 image(s)"`` → ``"3 images"``."""
    return _MARKER.sub("" if n == 1 else r"\1", text)


def plural(text: str, n: int) -> str:
    """``plural("%n class(es)", 1000)`` → ``"1,000 classes"``: ``%n`` (or ``%Ln``) becomes the number."""
    return resolve(text.replace("%Ln", f"{n:,}").replace("%n", f"{n:,}"), n)


__all__ = ["plural", "resolve"]
