"""Screenshots of the Recognize tab (docs/screenshot-recognize*.png): a drawn character and its predictions.

Usage: python3 scripts/screenshot_recognize.py — offscreen, with a throwaway settings folder: the default size with
the bundled digits model and a drawn 3, the small size with the hiragana model and a drawn あ (kana in the
candidates), the letters model with a small c written on the ruled lines (C offered under "Also:"), and two words
written in the text line one drawing at a time, Enter after each, the last one still on the pad (issue #23): がっこう
with the hiragana model and パーティー with the katakana model, their small っ and ィ drawn small.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-shots-"))

DOCS = Path(__file__).resolve().parent.parent / "docs"


def main() -> None:
    from guiapp.qt.app import create_application
    from guiapp.qt.main_window import MainWindow
    from guiapp.qt.self_test import _wait
    from guiapp.qt.settings import Settings

    from guiapp.qt.recognize.model_picker import bundled_models

    models = {path.stem: str(path) for _, path in bundled_models()}
    app = create_application()
    window = MainWindow(Settings(reset=True), start_backend=False)
    window.show()
    window.start_backend()
    _wait(app, lambda: window.tf_state == "ready")
    panel = window.recognize

    def use(model_name: str, size: tuple[int, int]) -> None:
        model = models.get(model_name) or next(iter(models.values()))
        window.use_model(model)
        _wait(app, lambda: window.current_model_path() == model)
        window.resize(*size)

    shots = (((1100, 720), "screenshot-recognize.png", "digits", "3", "2025"),
             ((640, 500), "screenshot-recognize-small.png", "hiragana", "あ", "ひらがな"),
             ((1100, 720), "screenshot-recognize-letters.png", "latin", "c", "Cat"))
    for size, name, model_name, char, written in shots:
        use(model_name, size)
        draw(app, panel, char)
        panel.write_line.set_text(written)
        settle(app)
        window.grab().save(str(DOCS / name))
        print("wrote", DOCS / name)
    words = (("hiragana", "がっこう", "screenshot-kana-gakkou.png"),
             ("katakana", "パーティー", "screenshot-kana-party.png"))
    for model_name, word, name in words:
        use(model_name, (1100, 720))
        panel.write_line.set_text("")
        read = write_word(app, panel, word)
        window.grab().save(str(DOCS / name))
        print("wrote", DOCS / name, "- read", read, "for", word)
    window.close()


def draw(app, panel, char: str) -> str:
    """Put ``char``'s template drawing on the pad and wait for its answer; returns the top answer."""
    from guiapp.qt.self_test import _wait, template_drawing

    seen = []
    panel.predictionShown.connect(seen.append)
    panel.pad.set_drawing(template_drawing(char))
    _wait(app, lambda: bool(seen), 30)
    panel.predictionShown.disconnect(seen.append)
    return panel.prediction.top[0][0]


def settle(app) -> None:
    """Let the window paint what it just received before it is grabbed."""
    for _ in range(10):
        app.processEvents()
        time.sleep(0.02)


def write_word(app, panel, word: str) -> str:
    """Write ``word`` as a user does: draw each character, Enter; the last one stays on the pad, recognised.
    Returns what the app read (the text line and the pad's top answer)."""
    top = ""
    for index, char in enumerate(word):
        top = draw(app, panel, char)
        if index < len(word) - 1:
            panel.enter()
    settle(app)
    return panel.write_line.text() + top


if __name__ == "__main__":
    main()
