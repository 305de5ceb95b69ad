"""Translation files: ``update`` refreshes resources/translations/guiapp_<lang>.ts from the code (pyside6-lupdate),
``compile`` writes the .qm files (pyside6-lrelease) into a folder, ``coverage`` prints translated / total per
language. The build compiles (hatch_build.py, packaging/guiapp.spec); nobody commits a .qm.

    python scripts/translations.py update
    python scripts/translations.py compile OUT_DIR
    python scripts/translations.py coverage
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ja", "zh_CN", "zh_TW", "fr")


def lupdate() -> str:
    import PySide6

    own = Path(PySide6.__file__).parent / "lupdate"
    return str(own) if own.is_file() else (shutil.which("pyside6-lupdate") or "lupdate")


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "guiapp" / "qt").rglob("*.py"))
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TS_DIR / f"guiapp_{language}.ts"
        # -no-obsolete: a string that left the code leaves the file; locations relative so diffs stay small
        subprocess.run([lupdate(), "-no-obsolete", "-locations", "none", "-target-language", language, *sources,
                        "-ts", str(ts.relative_to(ROOT))], check=True, cwd=ROOT)


def coverage() -> dict[str, tuple[int, int]]:
    result = {}
    for ts in sorted(TS_DIR.glob("guiapp_*.ts")):
        messages = ET.parse(ts).getroot().iter("message")
        total = done = 0
        for message in messages:
            total += 1
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete") \
                    and (translation.text or message.find("translation/numerusform") is not None):
                done += 1
        result[ts.stem.removeprefix("guiapp_")] = (done, total)
    return result


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "coverage"
    if command == "update":
        update()
    elif command == "compile":
        sys.path.insert(0, str(ROOT))
        from guiapp.qt.i18n import compile_translations

        for qm in compile_translations(TS_DIR, Path(argv[1])):
            print(qm)
    else:
        for language, (done, total) in coverage().items():
            print(f"{language}: {done} / {total} strings translated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
