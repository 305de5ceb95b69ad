"""The window's language: Qt's translation system (``QCoreApplication.translate`` and ``Plural`` in the code,
``resources/translations/guiapp_<lang>.ts`` written by ``pyside6-lupdate``, compiled to ``.qm`` by
``pyside6-lrelease``).

The ``.qm`` files are build output, never committed: the wheel build (``hatch_build.py``) and the PyInstaller
spec compile them into ``resources/translations``; a source checkout compiles them into the cache folder on first
use (and again whenever a ``.ts`` is newer). ``scripts/translations.py update`` refreshes the ``.ts`` files from
the code. The language follows the system locale unless View → Language chose one; a switch applies at the next
start (the window says so), because every widget would otherwise have to rebuild its texts.

guiapp.core has no Qt: its messages are :class:`guiapp.core.text.Text` (English, with template and arguments), and
the window shows them through :func:`localise`, which translates the template.
"""

from __future__ import annotations

import logging
import numbers
import re
import shutil
import string
import subprocess
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLibraryInfo, QLocale, Qt, QTranslator

from guiapp import paths
from guiapp.core.tasks import error_message, is_user_error
from guiapp.core.plural import resolve
from guiapp.core.text import CONTEXT, Names, Plural, Text

log = logging.getLogger(__name__)
# Qt's rich text reads U+202F, the narrow no-break space QLocale groups French digits with (and ICU puts before
# "AM"), as a breaking space: a health check's "(4 800 entraînement" wrapped between "4" and "800" (walk 167). The
# window writes a no-break space instead, which it keeps whole in rich text and plain alike.
NARROW_NO_BREAK, NO_BREAK = "\u202f", "\u00a0"


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` (the form pyside6-lupdate finds, with the context spelled out: self.tr would
    take it from the runtime class, so a subclass would miss its base class's translations), the number Qt puts
    for ``%Ln`` kept whole (NARROW_NO_BREAK)."""
    return QCoreApplication.translate(context, source, disambiguation, n).replace(NARROW_NO_BREAK, NO_BREAK)

# Each language named in itself, so someone lost in a foreign window still finds theirs.
LANGUAGES = {"en": "English", "ja": "日本語", "zh_CN": "简体中文", "zh_TW": "繁體中文", "fr": "Français"}
_INSTALLED: list[QTranslator] = []


def system_language() -> str:
    """The supported language closest to the system locale ("en" when none is)."""
    for name in QLocale.system().uiLanguages():
        name = name.replace("-", "_")
        if name.startswith("zh"):
            # Hant (Taiwan, Hong Kong, Macau) reads Traditional; everything else Simplified
            return "zh_TW" if any(t in name for t in ("Hant", "TW", "HK", "MO")) else "zh_CN"
        if name.split("_")[0] in LANGUAGES:
            return name.split("_")[0]
    return "en"


def ts_dir() -> Path:
    return paths.resource("translations")


def lrelease() -> str | None:
    """PySide6's own lrelease (the wheel ships it), else one on PATH."""
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / "lrelease", Path(PySide6.__file__).parent / "lrelease.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(source: Path, target: Path) -> list[Path]:
    """``source/*.ts`` → ``target/*.qm`` (only those missing or older than their .ts); the build and a checkout
    share this."""
    tool = lrelease()
    target.mkdir(parents=True, exist_ok=True)
    done = []
    for ts in sorted(source.glob("guiapp_*.ts")):
        qm = target / (ts.stem + ".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            if tool is None:
                raise FileNotFoundError("pyside6-lrelease is missing: cannot compile the translations")
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        done.append(qm)
    return done


def qm_file(language: str) -> Path | None:
    """The compiled translation for ``language``: shipped with the build, else compiled from the checkout's .ts."""
    try:
        source = ts_dir()
    except FileNotFoundError:
        return None
    built = source / f"guiapp_{language}.qm"
    if built.is_file():
        return built
    if not (source / f"guiapp_{language}.ts").is_file():
        return None
    try:
        compiled = paths.cache_dir() / "translations"
        compile_translations(source, compiled)
    except (OSError, subprocess.CalledProcessError) as error:
        log.warning("translations not compiled: %s", error)
        return None
    qm = compiled / f"guiapp_{language}.qm"
    return qm if qm.is_file() else None


def install(app, language: str = "") -> str:
    """Load ``language`` ("" = the system's) into ``app``: guiapp's strings and Qt's own (dialog buttons).
    Numbers and dates follow the same locale. Returns the language in use."""
    for translator in _INSTALLED:
        app.removeTranslator(translator)
    _INSTALLED.clear()
    language = language if language in LANGUAGES else system_language()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    for path in (qm_file(language),
                 Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"):
        translator = QTranslator(app)
        if path is not None and path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            _INSTALLED.append(translator)
    return language


def key_names(keys: str) -> str:
    """Keys as the window's language names them, through Qt's own key names ("Esc" is "Échap" in French, "Ctrl+Shift+Z"
    "Ctrl+Maj+Z"): each part of "Ctrl+Z / Ctrl+Shift+Z" or "Alt+1 … Alt+9"."""
    from PySide6.QtGui import QKeySequence

    parts = re.split(r"( / | … )", keys)
    # The key keyboards label Enter (Qt's Return): "Ctrl+Retour" in French named no key on the keyboard (walk 105),
    # and the window's texts say Enter
    parts = [re.sub(r"\bReturn$", "Enter", part) for part in parts]
    return "".join(part if part in (" / ", " … ") else
                   QKeySequence(part).toString(QKeySequence.SequenceFormat.NativeText) or part for part in parts)


# Qt's own translations (qtbase_<language>.qm) lack these labels of its file dialog in every language the window
# offers ("&Look in:" stayed English in French): guiapp's files carry them, and Qt asks each installed translator
# in turn until one has a string.
QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


# A dataset's parts (core.datasets.base.SPLITS) and "all" of them, as the Datasets, Train and model-info views name them.
SPLIT_NAMES = {"train": QT_TRANSLATE_NOOP("datasets", "train"), "validation": QT_TRANSLATE_NOOP("datasets", "validation"),
               "test": QT_TRANSLATE_NOOP("datasets", "test"), "all": QT_TRANSLATE_NOOP("datasets", "all")}


def split_label(split: str) -> str:
    """A split's name in the window's language; an unknown one (a file's own key) as it is."""
    return translate("datasets", SPLIT_NAMES[split]) if split in SPLIT_NAMES else str(split)


def listing(items) -> str:
    """``items`` as the window's language lists them: "★, ♥" in English and French, "★、♥" in Chinese and
    Japanese (a Traditional Chinese run title read "追加學習：★, ♥": a walk)."""
    return translate("i18n", ", ", "between the items of a list").join(map(str, items))


def sample_number(index) -> int:
    """The number a person sees for the sample at ``index``: counted from 1, as people count (sample #1 of 30). An
    identifier, shown without a thousands separator: "#10,006" read as an amount (walk 132)."""
    return int(index) + 1


def number(value, decimals: int = 0) -> str:
    """``value`` with the locale's digits and thousands separator (1,234 · 1 234 · 1.234,5)."""
    if decimals or not isinstance(value, numbers.Integral):
        return QLocale().toString(float(value), "f", decimals).replace(NARROW_NO_BREAK, NO_BREAK)
    return QLocale().toString(int(value)).replace(NARROW_NO_BREAK, NO_BREAK)


def unbroken(text, spaces: bool = False) -> str:
    """``text`` for a rich-text label: escaped, its hyphens unbreakable (a word-wrapped label broke
    "my-handwriting-letters" and "read-only" after a hyphen); with ``spaces``, its spaces too, for a short part
    such as "10 samples" (a name or a path keeps its spaces as places to wrap)."""
    import html

    text = html.escape(str(text), quote=False).replace("-", "\u2011")
    if not spaces:
        return text
    # Chinese and Japanese break between any two characters: a word joiner keeps "唯讀" whole (it wrapped as
    # "唯" / "讀": a walk)
    return _CJK_PAIR.sub("\u2060", text).replace(" ", "&nbsp;")


_CJK = "\u3001-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"  # with 、。「」〇
_CJK_PAIR = re.compile(f"(?<=[{_CJK}])(?=[{_CJK}])")
_CJK_CHAR = re.compile(f"[{_CJK}]")


def is_cjk(char: str) -> bool:
    """Whether ``char`` is kana, a kanji or hanzi, or their punctuation and full-width forms (see _CJK)."""
    return bool(_CJK_CHAR.fullmatch(char))


def glued(text: str) -> str:
    """``text`` with each number kept on one line with the word after it, for a word-wrapped label: "10" above
    "samples" read as two things (a walk). The label may still wrap between "1,234 of" and "5,000 shown"."""
    return re.sub(r"(\d) (?=\S)", "\\1\u00a0", text)


def date_time(iso: str, seconds: bool = False, date: bool = True, two_lines: bool = False) -> str:
    """An ISO 8601 time stamp (what the core stores) as the locale writes a short date and time; ``seconds``: with
    them (two runs started in one minute had the same name); ``date=False``: the time alone; ``two_lines``: the
    time under the date (a narrow column)."""
    stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODate)  # with its UTC offset, when it has one
    if not stamp.isValid():
        return iso
    locale = QLocale()
    # The locale's short time, with seconds after its minutes when asked ("h:mm AP" → "h:mm:ss AP", "HH:mm" →
    # "HH:mm:ss"): its long time format adds a time zone.
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and ":ss" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    day = short_date_format(locale) + ("\n" if two_lines else " ") if date else ""
    return locale.toString(stamp.toLocalTime(), f"{day}{time_format}").replace(NARROW_NO_BREAK, NO_BREAK)


def short_date_format(locale: QLocale) -> str:
    """The locale's short date with the whole year ("12/4/26" was read as 2012, or as 4 December or 12 April); in
    English, year-month-day: the window's English is one for readers of month-first and of day-first dates, and
    only 2026-12-04 reads the same to both."""
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):  # C: LANG=C.UTF-8 wrote "5 12 2026"
        return "yyyy-MM-dd"
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


def percent(fraction: float, decimals: int = 1) -> str:
    """``fraction`` as a percentage with the locale's decimal sign (7.3 % · 7,3 %; a no-break space before %,
    as everywhere in the window)."""
    return f"{number(100 * fraction, decimals)}\u00a0%"


QUOTED = QT_TRANSLATE_NOOP("i18n", "{0!r}")  # a language's quotation marks around {0}; English: “{0}”


class _LocaleFormatter(string.Formatter):
    """``str.format`` whose numbers (``{0:,}``, ``{0:,.1f}``, ``{0:.1f}``) and percentages (``{0:.1%}``) follow the
    locale: the templates in the code and in the translations keep Python's spec, the reader gets their own
    separators."""

    NUMBER = re.compile(r",|,?\.(\d+)f")  # {0:,} {0:,.1f} {0:.1f}
    PERCENT = re.compile(r"\.(\d+)%")

    def format_field(self, value, format_spec: str) -> str:
        if isinstance(value, numbers.Real) and not isinstance(value, bool):  # numpy's numbers too
            if grouped := self.NUMBER.fullmatch(format_spec):
                return number(value, int(grouped[1] or 0))
            if share := self.PERCENT.fullmatch(format_spec):
                return percent(value, int(share[1]))
        return super().format_field(value, format_spec)

    def convert_field(self, value, conversion):
        """``{0!r}`` of a text (a label, a dataset's name) in the language's quotation marks: « ★ » in French,
        「★」 in Japanese, where Python's '★' read as English in them; “★” in English, as the menus and the
        candidates' tooltips write it (Python's '1' beside them read as two styles: a walk)."""
        if conversion == "r" and isinstance(value, str):
            quoted = translate("i18n", QUOTED)
            return (quoted if quoted != QUOTED and "{0}" in quoted else "“{0}”").replace("{0}", str(value))
        return super().convert_field(value, conversion)


_FORMATTER = _LocaleFormatter()


def fmt(template: str, *args) -> str:
    """``template.format(*args)`` with grouped numbers in the locale's form (see :class:`_LocaleFormatter`)."""
    return _FORMATTER.format(template, *args)


def sentence(text: str) -> str:
    """``text`` begun as a sentence on a line of its own (after "⚠"): the core words its messages to follow
    "warning: " on the command line, in lower case, and the window showed "⚠ the smallest class has only 3…" (walk
    163). Only a plain first word is capitalised: a file's or a dataset's name ("digits.h5:", "my-handwriting:")
    keeps its case."""
    first = text.split(" ", 1)[0]
    return text[0].upper() + text[1:] if first.isalpha() and first.islower() else text


def sentences(*parts: str) -> str:
    """Sentences one after another: a space after a Latin full stop, none after a Japanese or Chinese one ("保存され
    ます。 保存済みの…": walk 168)."""
    text = ""
    for part in filter(None, parts):
        text += ("" if not text or text.endswith(("。", "！", "？", "\n")) else " ") + part
    return text


def localise(value) -> str:
    """Core text in the window's language: a :class:`~guiapp.core.text.Text` by its template (its arguments
    localised in turn), an exception by its message as :func:`~guiapp.core.tasks.error_message` words it; other
    values as ``str`` gives them (a file name, a plain English message not yet made a Text)."""
    if isinstance(value, BaseException):
        message = value.args[0] if len(value.args) == 1 else None
        if isinstance(message, Text) and is_user_error(value):
            return localise(message)
        return error_message(value)
    if isinstance(value, Names):
        return listing(fmt("{0!r}", name) for name in value.names)
    if isinstance(value, Text):
        if isinstance(value, Plural):  # Qt puts in the count and picks the language's plural form
            template = resolve(translate(CONTEXT, value.template, value.disambiguation, value.n), value.n)
        else:
            template = translate(CONTEXT, value.template)
        if not value.args:
            return template
        # non-Text arguments stay objects, so a template's format spec ({0:.0%}) still applies to them
        return fmt(template, *(localise(arg) if isinstance(arg, (Text, BaseException)) else arg for arg in value.args))
    return str(value)


RESTART_NOTE = QT_TRANSLATE_NOOP("i18n", "The language changes when Inkling is started again.")


def restart_note(in_language=translate) -> str:
    return in_language("i18n", RESTART_NOTE)


def translator_for(language: str):
    """``translate(context, text)`` into ``language`` ("" = the system's) whatever language the window is in: the
    box that offers to switch languages speaks the chosen one, which is the one its reader knows. A text the
    language lacks stays in English."""
    language = language if language in LANGUAGES else system_language()
    path = qm_file(language) if language != "en" else None
    translator = QTranslator()
    if path is None or not translator.load(str(path)):
        return lambda _context, text: text
    return lambda context, text: translator.translate(context, text) or text


__all__ = ["LANGUAGES", "compile_translations", "date_time", "fmt", "install", "is_cjk", "localise", "number",
           "percent", "qm_file", "restart_note", "sentence", "sentences", "system_language", "translate",
           "translator_for"]
