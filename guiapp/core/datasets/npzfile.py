"""Reading the arrays of an ``.npz`` file that may be hostile: every failure is a DatasetError naming the file and
the array, and each array's declared size is checked (:mod:`.limits`) before it is allocated.

Never unpickles: an object array is refused. numpy's own header parser is used, but whatever it raises on a
malformed header (``TokenError``, ``SyntaxError``…) becomes one line; the data then streams into the array.
"""

from __future__ import annotations

import math
import os
import zipfile
from pathlib import Path

import numpy as np

from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.limits import check_declared
from guiapp.core.text import Text

_NPY_MAGIC = b"\x93NUMPY"
_MAX_HEADER = 10_000  # numpy's own default limit on an .npy header


class NpzFile:
    """An open ``.npz`` file whose reads turn every failure into a DatasetError naming the file.

    Each array's ``.npy`` header is read and its declared size checked (:mod:`.limits`: against the limit, the
    zip member's size and the file's) before the array is allocated; the data then streams into it.
    """

    def __init__(self, path: Path):
        self.path = path
        try:
            with open(path, "rb") as handle:
                head = handle.read(6)
            self.stored = os.path.getsize(path)
        except FileNotFoundError:
            raise DatasetError(Text("{0}: no such file", path)) from None
        except OSError as exc:
            raise DatasetError(Text("{0}: cannot open ({1})", path, exc.strerror or exc)) from None
        if head.startswith(_NPY_MAGIC):
            what = (Text("pickled Python objects (refused for safety)") if _npy_holds_objects(path)
                    else Text("a single .npy array"))
            raise DatasetError(Text("{0}: is an .npy file holding {1}, not an .npz archive of images and labels",
                                    path, what))
        if head[:1] == b"\x80":
            raise DatasetError(Text("{0}: contains pickled Python objects, which are refused for safety "
                                    "(allow_pickle=False)", path))
        if not head.startswith(b"PK"):
            raise DatasetError(Text("{0}: not an .npz file (neither a zip archive of .npy arrays nor an .npy file)",
                                    path))
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except Exception as exc:  # noqa: BLE001 - zipfile raises many types on damaged archives
            raise DatasetError(Text("{0}: not a readable .npz file (damaged zip archive: {1})",
                                    path, _short(exc))) from None
        # np.load's naming: "x.npy" is the array "x"; other members keep their full name (and are not arrays).
        self.members = {(i.filename[:-4] if i.filename.endswith(".npy") else i.filename): i for i in infos}
        self.keys = list(self.members)
        self.declared = 0

    def __contains__(self, key: str) -> bool:
        return key in self.keys


    def __getitem__(self, key: str) -> np.ndarray:
        where = Text("{0}: array {1!r}", self.path, key)
        info = self.members[key]
        if not info.filename.endswith(".npy"):
            raise DatasetError(Text("{0} is not a .npy array", where))
        check_declared(where, info.file_size, info.compress_size if info.compress_type else None,
                       Text("unpacked data"))
        try:
            with self.zip.open(info) as handle:
                shape, fortran, dtype = _npy_header(handle)
                if dtype.hasobject:
                    raise DatasetError(Text("{0} holds pickled Python objects, which are refused for safety "
                                            "(allow_pickle=False)", where))
                elements = math.prod(shape)
                declared = elements * dtype.itemsize
                if declared > info.file_size - handle.tell():
                    raise DatasetError(Text("{0} declares {1:,} bytes ({2} {3}) but holds {4:,}: corrupt",
                                            where, declared, "×".join(map(str, shape)) or "scalar", dtype,
                                            max(0, info.file_size - handle.tell())))
                self.declared += max(declared, elements)  # zero-size items still cost time per element
                check_declared(Text("{0} (the arrays so far)", where), self.declared, self.stored)
                array = np.empty(shape[::-1] if fortran else shape, dtype)
                flat = array.reshape(-1).view(np.uint8)
                got = 0
                while got < declared:
                    n = handle.readinto(flat[got : got + (1 << 24)])
                    if not n:
                        break
                    got += n
                if handle.read(1):  # reading to the end also makes zipfile check the member's CRC
                    raise DatasetError(Text("{0} holds more data than its header declares: corrupt", where))
            if got != declared:
                raise DatasetError(Text("{0} is truncated: {1:,} of {2:,} bytes", where, got, declared))
        except DatasetError:
            raise
        except Exception as exc:  # noqa: BLE001 - a hostile header or member fails in many ways (TokenError, zlib…)
            raise DatasetError(Text("{0} is not a readable .npy array: corrupt or truncated ({1})",
                                    where, _short(exc))) from None
        return array.T if fortran else array

    def close(self) -> None:
        self.zip.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _npy_header(handle):
    """(shape, fortran order, dtype) from an .npy header; numpy's parser, which raises many types when hostile."""
    version = np.lib.format.read_magic(handle)
    if version == (1, 0):
        return np.lib.format.read_array_header_1_0(handle, max_header_size=_MAX_HEADER)
    if version == (2, 0):
        return np.lib.format.read_array_header_2_0(handle, max_header_size=_MAX_HEADER)
    raise ValueError(f"unsupported .npy format version {version}")


def _npy_holds_objects(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return _npy_header(handle)[2].hasobject
    except Exception:  # noqa: BLE001 - an unreadable header: not known to hold objects
        return False


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
