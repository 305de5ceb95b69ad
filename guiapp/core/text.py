"""Core text the window shows in the user's language, while the core stays free of Qt and the CLI English.

A message is made as ``Text("Unknown dataset {0}", name)``: it *is* the English string (``str``, so the CLI, logs
and ``str(exc)`` read it unchanged) and keeps its template and arguments, so the window can look the template up
in its translations and fill in the same arguments (:func:`guiapp.qt.i18n.localise`). An argument may itself be
a Text (a clause, a nested error): it is translated the same way.

A counted message is ``Plural("%Ln class(es) with fewer than {0} samples", "", n, limit)``: Qt's ``tr(source,
disambiguation, n)`` order, so each language supplies its own plural forms; in English, "1 class" / "2 classes"
(:func:`guiapp.core.plural.plural`).

``scripts/translations.py update`` has pyside6-lupdate read ``Text("...")`` calls as ``QT_TR_NOOP`` and
``Plural("...", "", n)`` as ``tr`` (its ``-tr-function-alias`` option), so the templates land in the ``.ts`` files.
That needs the template to be a string literal at the call (adjacent literals are fine; an f-string is not), and
lupdate files them under the empty context (:data:`CONTEXT`), whatever class the call is in.
"""

from __future__ import annotations

CONTEXT = ""  # the translation context pyside6-lupdate gives a QT_TR_NOOP outside a Qt class


class Text(str):
    """English text that remembers the template and arguments it was made from."""

    template: str
    args: tuple

    def __new__(cls, template: str, *args) -> "Text":
        self = super().__new__(cls, template.format(*args) if args else template)
        self.template, self.args = template, args
        return self

    def __reduce__(self):  # a worker process's error reaches the window with its template
        return type(self), (self.template, *self.args)


class Plural(Text):
    """English text with a count: ``%n`` / ``%Ln`` in ``template`` is ``n``, "(s)" / "(es)" markers follow it."""

    disambiguation: str
    n: int

    def __new__(cls, template: str, disambiguation: str, n: int, *args) -> "Plural":
        from guiapp.core.plural import plural

        english = plural(template, n)
        self = str.__new__(cls, english.format(*args) if args else english)
        self.template, self.disambiguation, self.n, self.args = template, disambiguation, int(n), args
        return self

    def __reduce__(self):
        return type(self), (self.template, self.disambiguation, self.n, *self.args)


class Names(Text):
    """Names listed in quotes: 'ㄆ', 'ㄇ' in English (the CLI, logs); the window quotes and lists them as its
    language does, 「ㄆ」、「ㄇ」 (Python's quotes stood in a Chinese health check: walk 120)."""

    names: tuple

    def __new__(cls, names) -> "Names":
        names = tuple(map(str, names))
        self = str.__new__(cls, ", ".join(map(repr, names)))
        self.template, self.args, self.names = "", (), names
        return self

    def __reduce__(self):
        return type(self), (self.names,)


def listed(items) -> str:
    """``a, b, c`` for a message's list argument. A ``", ".join(…)`` written inside ``Text(…)`` right after the
    template reads to lupdate as the template's disambiguation (``Text`` is its ``QT_TR_NOOP``), so the message was
    never found in a translation and stayed English."""
    return ", ".join(map(str, items))


def to_json(value) -> dict | str:
    """``value`` as JSON data that :func:`from_json` makes a Text of again (a run record keeps the message it ended
    with, so the window can show it in the user's language after a restart). Arguments that are neither Text nor
    JSON numbers become their English text."""
    if not isinstance(value, Text):
        return str(value)
    args = [a if isinstance(a, (int, float)) and not isinstance(a, bool) else to_json(a) for a in value.args]
    data = {"template": value.template, "args": args}
    if isinstance(value, Plural):
        data.update(disambiguation=value.disambiguation, n=value.n)
    return data


def from_json(data, english: str = "") -> str:
    """The Text :func:`to_json` made ``data`` of; ``english`` (the plain message) where ``data`` is not one."""
    try:
        if isinstance(data, str):
            return data
        args = [from_json(a) if isinstance(a, dict) else a for a in data["args"]]
        if "n" in data:
            made = Plural(str(data["template"]), str(data["disambiguation"]), int(data["n"]), *args)
        else:
            made = Text(str(data["template"]), *args)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return english  # a damaged or hand-edited record: its English message still reads
    return made if not english or str(made) == english else english


__all__ = ["CONTEXT", "Plural", "Text", "from_json", "listed", "to_json"]
