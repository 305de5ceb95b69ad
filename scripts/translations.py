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


def run_lupdate(ts: Path, *options: str) -> None:
    """Refresh ``ts`` from the window's code and the core's ``Text("...")`` and ``Plural("...", "", n)`` messages
    (guiapp.core.text): lupdate reads them as ``QT_TR_NOOP`` and ``tr``. -no-obsolete: a string that left the code
    leaves the file."""
    sources = sorted(str(p.relative_to(ROOT)) for folder in ("qt", "core") for p in (ROOT / "guiapp" / folder).rglob(
        "*.py"))
    subprocess.run([lupdate(), "-no-obsolete", "-tr-function-alias", "QT_TR_NOOP+=Text,tr+=Plural", *options, *sources,
                    "-ts", str(ts)], check=True, cwd=ROOT)


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        # no locations, so that moving code does not change the files
        run_lupdate(TS_DIR / f"guiapp_{language}.ts", "-locations", "none", "-target-language", language)


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
