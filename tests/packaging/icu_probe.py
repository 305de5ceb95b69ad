"""Calls the ICU functions Qt 6 calls (collation, codecs, time-zone names and IDs, case mapping) in the ICU
libraries of one folder and prints the answers as JSON; tests/packaging compares the bundle's (filtered data) with
the build environment's (full data).

    python icu_probe.py <folder with libicudata/libicuuc/libicui18n.so.NN>

Run it in a fresh process: a process that already loaded an ICU of the same soname would answer from that one.
"""

from __future__ import annotations

import ctypes
import functools
import json
import sys
from pathlib import Path

WORDS = ["カナ", "かな", "日本", "あい", "ア", "Zebra", "apple", "Äpfel", "ábc", "中文", "拼音", "ñu", "nu", "file10",
         "file9"]
COLLATORS = ["", "en_US", "ja_JP", "de_DE", "sv_SE", "zh_CN", "zh_TW@collation=stroke", "ko_KR", "tr_TR", "es_ES"]
CODECS = ["Shift_JIS", "EUC-JP", "ISO-2022-JP", "GB18030", "Big5", "EUC-KR", "windows-1252", "KOI8-R", "ibm-037",
          "UTF-16BE", "macintosh"]
ZONES = ["Asia/Tokyo", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Adelaide", "Asia/Calcutta"]
ZONE_LOCALES = ["en_US", "ja_JP", "de_DE", "zh_CN", "fr_FR"]
CASES = [("tr", "istanbul ıi"), ("el", "άδικος"), ("de", "straße"), ("lt", "i̇̀"), ("ja", "ａｂｃかな")]


def probe(folder: Path) -> dict:
    major = next(folder.glob("libicuuc.so.*")).name.split(".")[2]
    ctypes.CDLL(str(folder / f"libicudata.so.{major}"), mode=ctypes.RTLD_GLOBAL)
    uc = ctypes.CDLL(str(folder / f"libicuuc.so.{major}"), mode=ctypes.RTLD_GLOBAL)
    i18n = ctypes.CDLL(str(folder / f"libicui18n.so.{major}"), mode=ctypes.RTLD_GLOBAL)

    def fn(library, name, restype, *argtypes):
        function = getattr(library, f"{name}_{major}")
        function.restype, function.argtypes = restype, argtypes
        return function

    P, I32, STATUS = ctypes.c_void_p, ctypes.c_int32, ctypes.POINTER(ctypes.c_int32)

    def u16(text):
        raw = text.encode("utf-16-le")
        return (ctypes.c_uint16 * (len(raw) // 2 + 1)).from_buffer_copy(raw + b"\0\0"), len(raw) // 2

    def text16(buffer, length):
        return bytes(buffer)[:2 * length].decode("utf-16-le")

    out: dict = {}
    err = ctypes.c_int32()
    ucol_open = fn(i18n, "ucol_open", P, ctypes.c_char_p, STATUS)
    ucol_strcoll = fn(i18n, "ucol_strcoll", I32, P, P, I32, P, I32)
    ucol_close = fn(i18n, "ucol_close", None, P)
    for locale in COLLATORS:
        err.value = 0
        collator = ucol_open(locale.encode(), ctypes.byref(err))
        status = err.value

        def compare(a, b, collator=collator):
            (ua, na), (ub, nb) = u16(a), u16(b)
            return ucol_strcoll(collator, ua, na, ub, nb)

        out[f"collate {locale or 'root'}"] = [status, sorted(WORDS, key=functools.cmp_to_key(compare))]
        ucol_close(collator)

    ucnv_open = fn(uc, "ucnv_open", P, ctypes.c_char_p, STATUS)
    ucnv_close = fn(uc, "ucnv_close", None, P)
    ucnv_get_name = fn(uc, "ucnv_getName", ctypes.c_char_p, P, STATUS)
    ucnv_from_uchars = fn(uc, "ucnv_fromUChars", I32, P, ctypes.c_char_p, I32, P, I32, STATUS)
    ucnv_to_uchars = fn(uc, "ucnv_toUChars", I32, P, P, I32, ctypes.c_char_p, I32, STATUS)
    out["converters available"] = fn(uc, "ucnv_countAvailable", I32)()
    sample = "日本語のかなとカナ, Grüße, ½"
    for name in CODECS:
        err.value = 0
        converter = ucnv_open(name.encode(), ctypes.byref(err))
        if not converter:
            out[f"codec {name}"] = ["cannot open", err.value]
            continue
        canonical = ucnv_get_name(converter, ctypes.byref(err)).decode()
        source, length = u16(sample)
        encoded = ctypes.create_string_buffer(256)
        err.value = 0
        size = ucnv_from_uchars(converter, encoded, 256, source, length, ctypes.byref(err))
        decoded = (ctypes.c_uint16 * 256)()
        err.value = 0
        back = ucnv_to_uchars(converter, decoded, 256, encoded.raw[:size], size, ctypes.byref(err))
        out[f"codec {name}"] = [canonical, encoded.raw[:size].hex(), text16(decoded, back)]
        ucnv_close(converter)

    ucal_open = fn(i18n, "ucal_open", P, P, I32, ctypes.c_char_p, I32, STATUS)
    ucal_close = fn(i18n, "ucal_close", None, P)
    ucal_display_name = fn(i18n, "ucal_getTimeZoneDisplayName", I32, P, I32, ctypes.c_char_p, P, I32, STATUS)
    ucal_canonical = fn(i18n, "ucal_getCanonicalTimeZoneID", I32, P, I32, P, I32, ctypes.POINTER(ctypes.c_int8),
                        STATUS)
    for zone in ZONES:
        zone16, zone_length = u16(zone)
        for locale in ZONE_LOCALES:
            err.value = 0
            calendar = ucal_open(zone16, zone_length, locale.encode(), 0, ctypes.byref(err))
            names = []
            for kind in range(4):  # UCAL_STANDARD, UCAL_SHORT_STANDARD, UCAL_DST, UCAL_SHORT_DST
                buffer = (ctypes.c_uint16 * 128)()
                err.value = 0
                length = ucal_display_name(calendar, kind, locale.encode(), buffer, 128, ctypes.byref(err))
                names.append([err.value, text16(buffer, length)])
            out[f"zone {zone} {locale}"] = names
            ucal_close(calendar)
        buffer, system_id = (ctypes.c_uint16 * 128)(), ctypes.c_int8()
        err.value = 0
        length = ucal_canonical(zone16, zone_length, buffer, 128, ctypes.byref(system_id), ctypes.byref(err))
        out[f"canonical {zone}"] = [err.value, text16(buffer, length), system_id.value]

    to_upper = fn(uc, "u_strToUpper", I32, P, I32, P, I32, ctypes.c_char_p, STATUS)
    to_lower = fn(uc, "u_strToLower", I32, P, I32, P, I32, ctypes.c_char_p, STATUS)
    for locale, text in CASES:
        source, length = u16(text)
        buffer = (ctypes.c_uint16 * 64)()
        err.value = 0
        upper = text16(buffer, to_upper(buffer, 64, source, length, locale.encode(), ctypes.byref(err)))
        source, length = u16(upper)
        lower = text16(buffer, to_lower(buffer, 64, source, length, locale.encode(), ctypes.byref(err)))
        out[f"case {locale}"] = [upper, lower, err.value]
    return out


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1])), ensure_ascii=False, sort_keys=True))
