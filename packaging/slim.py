"""Build-time helpers for packaging/guiapp.spec (Linux): shrink files without changing what the app loads.

* ``drop_symbol_tables``: a shared library without the symbol tables and debug information stored after its last
  loadable byte. Unlike ``strip`` it never moves anything: every byte the dynamic loader maps (the program headers
  and all segments) is copied unchanged, only the section table at the end is rewritten. That makes it safe for
  wheels repaired by auditwheel, whose patchelf-edited layout ``strip`` can break ("ELF load command
  address/offset not page-aligned").
* ``filter_icu_data`` / ``icu_data_library``: ICU's data library (``libicudata.so.NN``, 32 MB) rebuilt with only the
  data that the ICU functions Qt calls can reach (see ``ICU_UNREACHABLE``).
* ``slim_kanjivg_svg``: a KanjiVG file without its licence comment, DTD and stroke-number labels; the stroke paths,
  which are all the synthesiser reads, stay byte for byte.
* ``compress_model_h5``: a bundled model's ``.h5`` with its larger datasets stored compressed (HDF5's shuffle and
  gzip filters): every value, attribute and the converted (``.tflite``) form read back identical.

Plain Python (struct, re) plus a C compiler driver for the ICU library; ``compress_model_h5`` imports h5py and
numpy (the build environment has both: they are guiapp dependencies).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

# ---- ELF --------------------------------------------------------------------------------------------------------
_SHF_ALLOC = 0x2
_SHT_NOBITS = 8


def _elf64_le(data: bytes) -> bool:
    return data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1  # ELFCLASS64, little-endian


_PHDR = "<IIQQQQQQ"  # p_type, p_flags, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align
_SHDR = "<IIQQQQIIQQ"  # sh_name, sh_type, sh_flags, sh_addr, sh_offset, sh_size, sh_link, sh_info, ...
_PT_LOAD = 1
_SHT_RELA, _SHT_REL = 4, 9


def _merged(ranges):
    out = []
    for start, stop in sorted(r for r in ranges if r[1] > r[0]):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], stop)
        else:
            out.append([start, stop])
    return out


def drop_symbol_tables(source: Path, target: Path, minimum_saving: int = 16 * 1024) -> int:
    """Write ``source`` to ``target`` without the sections the dynamic loader never maps (``.symtab``,
    ``.strtab``, ``.debug_*``, ``.comment``, …). Returns the bytes saved; 0 (and no ``target``) when the file is not
    a 64-bit little-endian ELF, there is nothing worth dropping, or a kept section refers to a dropped one.

    Unlike ``strip`` it never rewrites what is loaded: the ELF header and program headers (but for their file
    offsets) and every segment's bytes are copied unchanged, and a segment only moves within the file by a
    multiple of the largest segment alignment, so each one's offset stays congruent to its address (patchelf puts
    segments after the symbol tables; ``strip`` misplaced those). The result is checked segment by segment."""
    data = Path(source).read_bytes()
    if not _elf64_le(data):
        return 0
    e_phoff, e_shoff = struct.unpack_from("<QQ", data, 0x20)
    e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx = struct.unpack_from("<HHHHH", data, 0x36)
    if e_phentsize != 56 or e_shoff == 0 or e_shnum == 0 or e_shentsize != 64 or e_shstrndx >= e_shnum:
        return 0
    phdrs = [list(struct.unpack_from(_PHDR, data, e_phoff + i * 56)) for i in range(e_phnum)]
    headers = [list(struct.unpack_from(_SHDR, data, e_shoff + i * 64)) for i in range(e_shnum)]
    shstr_off, shstr_size = headers[e_shstrndx][4], headers[e_shstrndx][5]

    def name_of(header):
        start = shstr_off + header[0]
        return data[start:data.index(b"\0", start, shstr_off + shstr_size)]

    # What must stay where it is (relative to what follows): the headers and every segment's bytes.
    needed = [(0, 0x40), (e_phoff, e_phoff + 56 * e_phnum)] + [(ph[2], ph[2] + ph[5]) for ph in phdrs]
    keep, dropped = [], []
    for index, header in enumerate(headers):
        span = (header[4], header[4] + (0 if header[1] == _SHT_NOBITS else header[5]))
        if index == e_shstrndx:
            dropped.append(span)  # written anew at the end
        elif index == 0 or header[2] & _SHF_ALLOC or any(a < span[1] and span[0] < b for a, b in needed):
            keep.append((index, name_of(header), header))
            needed.append(span)
        else:
            dropped.append(span)
    needed = _merged(needed)
    new_index = {old: new for new, (old, _name, _header) in enumerate(keep)}
    new_index[e_shstrndx] = len(keep)
    for _old, _name, header in keep:
        if header[6] and header[6] not in new_index:
            return 0  # e.g. a symbol table kept (inside a segment) whose string table would go
        header[6] = new_index.get(header[6], 0)
        if header[1] in (_SHT_RELA, _SHT_REL) and header[7]:  # sh_info: the section the relocations apply to
            if header[7] not in new_index:
                return 0
            header[7] = new_index[header[7]]
    # Cut the dropped sections' bytes out: all of them after the last needed byte, elsewhere the largest multiple
    # of the alignment that fits in each gap between needed ranges.
    align = max([ph[7] for ph in phdrs if ph[0] == _PT_LOAD and ph[7]] + [1])
    last = needed[-1][1]
    cuts = []
    for start, stop in _merged(dropped):
        for a, b in needed:  # a dropped range never overlaps a needed one; clip to the gap it lies in
            if a <= start < b:
                start = b
            if a < stop <= b:
                stop = a
        if stop <= start:
            continue
        if start >= last:
            cuts.append((start, len(data) - start if stop >= last else stop - start))
        else:
            length = (stop - start) // align * align
            if length:
                cuts.append((start, length))
    cuts = [(start, length) for start, length in _merged([(s, s + n) for s, n in cuts])]
    cuts = [(start, stop - start) for start, stop in cuts]

    def moved(offset):
        return offset - sum(length for start, length in cuts if start + length <= offset)

    out = bytearray()
    position = 0
    for start, length in cuts:
        out += data[position:start]
        position = start + length
    out += data[position:last] if position < last else b""
    out += b"\0" * (-len(out) % 8)
    names = bytearray(b"\0")
    for _old, name, header in keep[1:]:
        header[0] = len(names)
        names += name + b"\0"
    shstrtab_name = len(names)
    names += b".shstrtab\0"
    names_offset = len(out)
    out += names
    out += b"\0" * (-len(out) % 8)
    table_offset = len(out)
    for _old, _name, header in keep:
        if header[1] != _SHT_NOBITS or header[4] < last:
            header[4] = moved(header[4])
        out += struct.pack(_SHDR, *header)
    out += struct.pack(_SHDR, shstrtab_name, 3, 0, 0, names_offset, len(names), 0, 0, 1, 0)
    struct.pack_into("<QQ", out, 0x20, moved(e_phoff), table_offset)
    struct.pack_into("<HH", out, 0x3C, len(keep) + 1, len(keep))
    new_phoff = moved(e_phoff)
    for i, ph in enumerate(phdrs):
        struct.pack_into(_PHDR, out, new_phoff + i * 56, ph[0], ph[1], moved(ph[2]), *ph[3:])
    saved = len(data) - len(out)
    if saved < minimum_saving:
        return 0
    # The loader's view is the original's: with the file offsets it does not map by (e_phoff, e_shoff, e_shnum,
    # e_shstrndx, each p_offset) put back, every segment's bytes are the original's, and each segment is still
    # congruent to its address.
    check = bytearray(out)
    check[0x20:0x40] = data[0x20:0x40]
    for i, ph in enumerate(phdrs):
        new = struct.unpack_from(_PHDR, out, new_phoff + i * 56)
        assert new[:2] == tuple(ph[:2]) and new[3:] == tuple(ph[3:]) and new[2] == moved(ph[2])
        assert ph[0] != _PT_LOAD or ph[7] <= 1 or (new[2] - ph[3]) % ph[7] == 0
        struct.pack_into("<Q", check, new_phoff + i * 56 + 8, ph[2])
    for ph in phdrs:
        assert check[moved(ph[2]):moved(ph[2]) + ph[5]] == data[ph[2]:ph[2] + ph[5]], "a segment changed"
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(out)
    shutil.copymode(source, target)
    return saved


def _dynamic_symbol(data: bytes, wanted: bytes) -> tuple[int, int]:
    """(file offset, size) of the defined dynamic symbol ``wanted``."""
    e_shoff, = struct.unpack_from("<Q", data, 0x28)
    _entsize, e_shnum = struct.unpack_from("<HH", data, 0x3A)
    headers = [struct.unpack_from("<IIQQQQIIQQ", data, e_shoff + i * 64) for i in range(e_shnum)]
    for header in headers:
        if header[1] != 11:  # SHT_DYNSYM
            continue
        strtab = headers[header[6]]
        for position in range(header[4], header[4] + header[5], 24):
            st_name, _info, _other, st_shndx, st_value, st_size = struct.unpack_from("<IBBHQQ", data, position)
            start = strtab[4] + st_name
            if data[start:data.index(b"\0", start)] == wanted and st_shndx:
                section = headers[st_shndx]
                return section[4] + (st_value - section[3]), st_size
    raise ValueError(f"no dynamic symbol {wanted.decode()}")


# ---- ICU data ---------------------------------------------------------------------------------------------------
# Qt 6 calls ICU only for collation (ucol_*: QCollator, the file dialog's sorting), codecs (ucnv_*: QStringConverter
# for encodings beyond UTF/Latin-1), time-zone names and IDs (ucal_*) and locale-aware upper/lower case
# (u_strTo*; ICU's case tables are compiled into libicuuc). Check with
#   nm -D --undefined-only libQt6Core.so.6 | grep _73
# (no other bundled library links ICU). None of those functions reads these trees of ICU's data, which serve
# break iteration (BreakIterator, incl. the 2 MB CJK dictionary), transliteration, spelled-out numbers (RBNF),
# measurement units, currency, language and region display names:
ICU_UNREACHABLE = ("brkitr", "translit", "rbnf", "unit", "curr", "lang", "region")


def _common_data_items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """ICU common data (the ``CmnD`` format of ``icupkg``/``pkgdata``): its header and (name, item) pairs."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:  # not little-endian CmnD
        raise ValueError("not little-endian ICU common data")
    toc = header_size
    count, = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name = blob[toc + name_offset:blob.index(b"\0", toc + name_offset)].decode("ascii")
        stop = toc + entries[i + 1][1] if i + 1 < count else len(blob)
        items.append((name, blob[toc + data_offset:stop]))
    return blob[:header_size], items


def _common_data(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of ``_common_data_items``: header, table of contents, names, then items aligned to 16 bytes."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _item in items)
    toc_size = 4 + 8 * len(items)
    first = toc_size + len(names)
    first += -(len(header) + first) % 16
    offsets, position = [], first
    for _name, item in items:
        offsets.append(position)
        position += len(item) + (-len(item) % 16)
    out = bytearray(header)
    out += struct.pack("<I", len(items))
    name_position = toc_size
    for (name, _item), offset in zip(items, offsets):
        out += struct.pack("<II", name_position, offset)
        name_position += len(name) + 1
    out += names
    out += b"\0" * (len(header) + first - len(out))
    for _name, item in items:
        out += item + b"\0" * (-len(item) % 16)
    return bytes(out)


def filter_icu_data(blob: bytes, drop_trees=ICU_UNREACHABLE) -> tuple[bytes, list[str]]:
    """ICU common data without the items under ``<package>/<tree>/`` for each of ``drop_trees``; also the names
    dropped. Items keep their order (ICU looks names up by binary search)."""
    header, items = _common_data_items(blob)
    dropped = [name for name, _item in items if name.split("/")[1] in drop_trees and name.count("/") >= 2]
    gone = set(dropped)
    return _common_data(header, [(name, item) for name, item in items if name not in gone]), dropped


def icu_data_library(source: Path, target: Path, work: Path, drop_trees=ICU_UNREACHABLE) -> tuple[int, int]:
    """Rebuild ICU's data library ``source`` (e.g. PySide6's libicudata.so.73) at ``target``: the same soname and
    the one exported symbol (``icudtNN_dat``), holding the filtered data. Needs a C compiler driver (cc/gcc/clang)
    for ``.incbin``. Returns (items kept, items dropped)."""
    source, target, work = Path(source), Path(target), Path(work)
    match = re.fullmatch(r"libicudata\.so\.(\d+)(?:\.\d+)*", source.name)
    if not match:
        raise ValueError(f"{source.name} is not an ICU data library")
    symbol = f"icudt{match.group(1)}_dat"
    data = source.read_bytes()
    offset, size = _dynamic_symbol(data, symbol.encode())
    filtered, dropped = filter_icu_data(data[offset:offset + size], drop_trees)
    work.mkdir(parents=True, exist_ok=True)
    blob = work / f"{symbol}.bin"
    blob.write_bytes(filtered)
    assembly = work / f"{symbol}.S"
    assembly.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f"{symbol}:\n\t.incbin \"{blob}\"\n\t.size {symbol}, . - {symbol}\n"
        "\t.section .note.GNU-stack,\"\",@progbits\n"
    )
    compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if compiler is None:
        raise FileNotFoundError("no C compiler driver (cc, gcc or clang) to assemble ICU's data library")
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-Wl,-z,noexecstack",
                    "-Wl,--build-id=none", "-o", str(target), str(assembly)], check=True)
    check_offset, check_size = _dynamic_symbol(target.read_bytes(), symbol.encode())
    if target.read_bytes()[check_offset:check_offset + check_size] != filtered:
        raise RuntimeError(f"{target}: {symbol} does not hold the filtered data")
    kept = len(_common_data_items(filtered)[1])
    return kept, len(dropped)


# ---- KanjiVG ----------------------------------------------------------------------------------------------------
_KANJIVG_HEAD = re.compile(rb"\A<\?xml[^>]*\?>\s*<!--.*?-->\s*<!DOCTYPE svg [^[]*\[.*?\]>\s*(?=<svg )", re.S)
_KANJIVG_NUMBERS = re.compile(rb"<g id=\"kvg:StrokeNumbers_[^\"]*\"[^>]*>[^<]*(?:<text[^>]*>[^<]*</text>[^<]*)*</g>\s*")


def kanjivg_notice(svg: bytes) -> bytes:
    """The licence comment at the top of a KanjiVG file, without the comment markers."""
    match = re.search(rb"<!--(.*?)-->", svg, re.S)
    if match is None:
        raise ValueError("no licence comment")
    return match.group(1).strip() + b"\n"


def slim_kanjivg_svg(svg: bytes) -> bytes:
    """A KanjiVG file from its ``<svg>`` element on, without the stroke-number labels: the XML declaration (the
    file is UTF-8, XML's default), the licence comment (the archive carries it once), the DTD (it only declares the
    ``kvg:`` attributes, whose namespace the ``<svg>`` element declares too) and the ``<text>`` labels, which the
    synthesiser skips, go; the stroke groups and paths stay byte for byte. Raises ValueError when a file does not
    look like that, so nothing is dropped blindly."""
    head = _KANJIVG_HEAD.match(svg)
    if head is None or b"xmlns:kvg=" not in svg[head.end():svg.index(b">", head.end())]:
        raise ValueError("unexpected KanjiVG header")
    slim, count = _KANJIVG_NUMBERS.subn(b"", svg[head.end():])
    if count > 1 or not slim.rstrip().endswith(b"</svg>") or b"<text" in slim:
        raise ValueError("unexpected KanjiVG stroke-number group")
    return slim


# ---- bundled models -------------------------------------------------------------------------------------------------
_LITERT_DATASET = "guiapp_litert"  # guiapp.core.inference.store.DATASET (packaging/ does not import guiapp)


def compress_model_h5(source: Path, target: Path, minimum_bytes: int = 4096) -> int:
    """Write ``source`` (an ``.h5`` model guiapp saved) to ``target`` with every dataset of ``minimum_bytes`` or
    more stored with HDF5's byte-shuffle and gzip (level 9) filters, which every HDF5 build decodes (h5py's
    and Keras' reads are transparent). Float32 weights shrink ~15 %, the converted form ~15 % too: its opaque
    ``.tflite`` bytes (a scalar, which HDF5 cannot compress) become a 1-D little-endian uint32 array (uint8 when the
    length is not a multiple of 4), which ``store._read_embedded`` already reads as bytes. Groups, attributes (with
    their HDF5 types) and values are copied exactly and read back to check; returns the bytes saved, or 0 (and no
    ``target``) when compressing would not make the file smaller."""
    import h5py
    import numpy as np

    def copy_attrs(src, dst):
        for key in src.attrs:
            dst.attrs.create(key, src.attrs[key], dtype=src.attrs.get_id(key).dtype)

    def litert_array(raw: bytes):
        return np.frombuffer(raw, "<u4" if len(raw) % 4 == 0 else np.uint8)

    target.parent.mkdir(parents=True, exist_ok=True)
    with h5py.File(source, "r") as src, h5py.File(target, "w") as dst:
        copy_attrs(src, dst)

        def copy(name, obj):
            if isinstance(obj, h5py.Group):
                copy_attrs(obj, dst.require_group(name))
                return
            value = obj[()]
            if name == _LITERT_DATASET and isinstance(value, np.void):
                value = litert_array(value.tobytes())
            if value.nbytes >= minimum_bytes and getattr(value, "ndim", 0) >= 1:
                # One chunk per dataset (they are at most a few MB): gzip sees it whole and compresses best.
                chunks = value.shape if value.nbytes <= (16 << 20) else True
                created = dst.create_dataset(name, data=value, dtype=value.dtype, chunks=chunks, shuffle=True,
                                             compression="gzip", compression_opts=9)
            else:
                created = dst.create_dataset(name, data=value, dtype=obj.dtype)
            copy_attrs(obj, created)

        src.visititems(copy)
    # Read both back: same groups and datasets, same attributes (types too), same values, same converted bytes.
    with h5py.File(source, "r") as src, h5py.File(target, "r") as dst:
        names = []
        src.visititems(lambda name, _obj: names.append(name))
        found = []
        dst.visititems(lambda name, _obj: found.append(name))
        if sorted(names) != sorted(found):
            raise ValueError(f"{source.name}: the compressed copy has other objects")
        for name in [""] + names:
            a, b = (src[name], dst[name]) if name else (src, dst)
            if sorted(a.attrs) != sorted(b.attrs):
                raise ValueError(f"{source.name}: attributes of '{name}' differ")
            for key in a.attrs:
                if (a.attrs.get_id(key).dtype != b.attrs.get_id(key).dtype
                        or not np.array_equal(np.asarray(a.attrs[key]), np.asarray(b.attrs[key]))):
                    raise ValueError(f"{source.name}: attribute {key} of '{name}' differs")
            if not isinstance(a, h5py.Dataset):
                continue
            if name == _LITERT_DATASET:
                same = np.asarray(b[()]).tobytes() == a[()].tobytes()
            else:
                same = a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a[()], b[()])
            if not same:
                raise ValueError(f"{source.name}: dataset '{name}' differs in the compressed copy")
    saved = source.stat().st_size - target.stat().st_size
    if saved <= 0:
        target.unlink()
        return 0
    return saved
