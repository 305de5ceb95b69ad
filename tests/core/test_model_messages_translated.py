"""A model file refused in a translated window reads whole in its language: a picture renamed .h5 ("png.h5 is a PNG
image, not a model…") and a .keras whose config.json is not JSON were English inside a Chinese or Japanese
sentence. Each message is a Text whose templates (and those of the Texts inside it) the .ts files translate; the
command line still prints the English."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from guiapp.core.filekind import not_a_model
from guiapp.core.modelfile import ModelFileError
from guiapp.core.modelfile.safety import check_file
from guiapp.core.text import Text

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ja", "zh_CN", "zh_TW", "fr")


def templates(text: Text) -> list[str]:
    """The templates of ``text`` and of every Text among its arguments."""
    found = [text.template]
    for arg in text.args:
        if isinstance(arg, Text):
            found += templates(arg)
    return found


def plain_arguments(text: Text) -> list[str]:
    """The arguments no language translates: file names, a library's own words."""
    found = []
    for arg in text.args:
        found += plain_arguments(arg) if isinstance(arg, Text) else [str(arg)]
    return found


def translated(language: str) -> set[str]:
    """The templates ``language`` translates (the core's messages: the empty context)."""
    done = set()
    for context in ET.parse(ROOT / "resources" / "translations" / f"guiapp_{language}.ts").iter("context"):
        if context.findtext("name"):
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished" and (translation.text or translation.find("numerusform")
                                                             is not None):
                done.add(message.findtext("source"))
    return done


@pytest.fixture
def refusals(tmp_path) -> dict[str, Text]:
    """The messages a user meets opening each file as a model (Recognize's Open model…, Evaluate's Browse…)."""
    picture = tmp_path / "png.h5"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    garbage = tmp_path / "garbage.keras"
    with zipfile.ZipFile(garbage, "w") as archive:
        archive.writestr("config.json", "{this is not json")
        archive.writestr("metadata.json", "{}")
    found = {"png.h5 (what it is)": not_a_model(picture)}
    assert not_a_model(garbage) is None  # a zip archive: it could be a model, so the loader says why it is not
    for name, path in (("png.h5 (loading)", picture), ("garbage.keras (loading)", garbage)):
        with pytest.raises(ModelFileError) as caught:
            check_file(path, deep=False)
        found[name] = caught.value.args[0]
    assert all(isinstance(message, Text) for message in found.values()), found
    return found


def test_the_command_line_reads_the_same_english(refusals):
    assert refusals["png.h5 (what it is)"] == (
        "png.h5 is a PNG image, not a model. Expected a Keras model file: .h5 (HDF5) or .keras (a zip archive), as "
        "Inkling and Keras save them.")
    assert refusals["png.h5 (loading)"] == "png.h5: not a readable HDF5 file (damaged, truncated or not a model)"
    assert refusals["garbage.keras (loading)"].startswith(
        "garbage.keras: not a Keras model file: its config.json is not valid JSON (")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_is_translated(refusals, language):
    done = translated(language)
    missing = {name: [t for t in templates(message) if t not in done] for name, message in refusals.items()}
    assert not any(missing.values()), missing


@pytest.mark.parametrize("language", ["ja", "zh_CN", "zh_TW"])
def test_no_english_sentence_in_the_window(refusals, language, qapp):
    from guiapp.qt import i18n

    i18n.install(qapp, language)
    try:
        for name, message in refusals.items():
            shown = i18n.localise(message)
            assert shown != str(message), (name, shown)
            for phrase in ("not a model", "Expected", "not a Keras model file", "is not valid JSON", "PNG image",
                           "zip archive"):
                assert phrase not in shown, (name, shown)
            words = shown
            for plain in plain_arguments(message):  # the file's name and the JSON library's reason stay as they are
                words = words.replace(plain, " ")
            # English reads as words in a row ("is a", "not valid"); names stand alone ("Keras のモデルファイル")
            assert not re.search(r"\b[A-Za-z]{2,} +[a-z]+\b", words), (name, shown)
    finally:
        i18n.install(qapp, "en")


def _starts_with_a_string(node) -> bool:
    """What lupdate reads as a string literal: "…", or "…".join(…) and the like."""
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        node = node.func.value
    return isinstance(node, (ast.Constant, ast.JoinedStr)) and isinstance(getattr(node, "value", ""), str)


def test_no_message_has_a_string_where_lupdate_takes_its_disambiguation():
    """``Text`` is lupdate's QT_TR_NOOP: a string right after the template (``", ".join(OPTIMIZERS)``, ``"×".join(…)``)
    became the message's disambiguation, so the message was never found in a translation: Filters & feature maps
    said "lays the 12×12×4 values out in one row…" in English in the French window (a walk)."""
    found = []
    for path in sorted((ROOT / "guiapp").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Text"
                    and len(node.args) >= 2 and _starts_with_a_string(node.args[1])):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found
    for language in LANGUAGES:  # and no such disambiguation is left in the translations
        comments = [c.text for c in ET.parse(ROOT / f"resources/translations/guiapp_{language}.ts").iter("comment")]
        assert not {", ", "×"} & set(comments), language
