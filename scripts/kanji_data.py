"""Make resources/kanji/kanjidic.tsv from Debian's KANJIDIC (package ``kanjidic``): the jōyō kanji with grade,
readings and English meanings. Run at build time, when KANJIDIC changes; the app reads only the TSV it writes.

    python3 scripts/kanji_data.py [--kanjidic /usr/share/edict/kanjidic] [--out resources/kanji/kanjidic.tsv]

KANJIDIC (EDRDG, CC BY-SA 3.0, https://www.edrdg.org/wiki/index.php/KANJIDIC_Project) is EUC-JP text, one kanji
a line: the kanji, its JIS code, fields such as ``G3`` (grade) and ``U4e9c``, then readings (katakana: on,
hiragana: kun; after ``T1``/``T2`` name and radical-name readings, which are left out) and ``{meanings}``.
Grades 1–6 are the 1,026 kyōiku kanji, grade 8 the rest of the 2,136 jōyō. Only grade, readings and meanings
are kept: not Halpern's frequency or SKIP codes, which carry extra conditions.

This KANJIDIC covers JIS X 0208 only, so the four jōyō kanji of 2010 outside it (𠮟 塡 剝 頰) are absent; the
JIS X 0208 forms it has (叱 填 剥 頬) are the jōyō table's own accepted alternatives, ungraded there. They are
added by hand (OUTSIDE_JIS_X_0208, grade 8), with the readings and meanings of their JIS X 0208 form and the
``source`` column saying so; the script checks the count comes to exactly 2,136.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KANJIDIC = Path("/usr/share/edict/kanjidic")
OUT = ROOT / "resources" / "kanji" / "kanjidic.tsv"
JOYO_COUNT, KYOIKU_COUNT = 2136, 1026
# The jōyō kanji of 2010 outside JIS X 0208 → the JIS X 0208 form KANJIDIC has (same character, another glyph).
OUTSIDE_JIS_X_0208 = {"𠮟": "叱", "塡": "填", "剝": "剥", "頰": "頬"}
COLUMNS = ("kanji", "grade", "on", "kun", "meanings", "source")
_KATAKANA = re.compile(r"^-?[\u30a0-\u30ff]+-?$")
_HIRAGANA = re.compile(r"^-?[\u3040-\u309f.]+-?$")


def parse_line(line: str) -> dict | None:
    """One KANJIDIC line → {kanji, grade, on, kun, meanings}; None for the header and comments."""
    if not line.strip() or line.startswith("#"):
        return None
    meanings = re.findall(r"\{([^}]*)\}", line)
    fields = re.sub(r"\{[^}]*\}", " ", line).split()
    kanji, grade, on, kun = fields[0], None, [], []
    for field in fields[2:]:
        if field in ("T1", "T2"):  # name and radical-name readings follow: not what a reader looks up
            break
        if re.fullmatch(r"G\d+", field):
            grade = int(field[1:])
        elif _KATAKANA.match(field):
            on.append(field)
        elif _HIRAGANA.match(field):
            kun.append(field)
    return {"kanji": kanji, "grade": grade, "on": on, "kun": kun, "meanings": meanings}


def read_kanjidic(path: Path) -> dict[str, dict]:
    entries = {}
    for line in path.read_bytes().decode("euc_jp").splitlines():
        entry = parse_line(line)
        if entry is not None:
            entries[entry["kanji"]] = entry
    return entries


def joyo_rows(entries: dict[str, dict]) -> tuple[list[dict], list[str]]:
    """The jōyō rows in grade then KANJIDIC (JIS) order, and the characters taken from another form."""
    rows = [dict(e, source="kanjidic") for e in entries.values() if e["grade"] in (1, 2, 3, 4, 5, 6, 8)]
    missing = [c for c in OUTSIDE_JIS_X_0208 if c not in entries]
    for char in missing:
        variant = entries.get(OUTSIDE_JIS_X_0208[char])
        if variant is None:
            raise SystemExit(f"KANJIDIC has neither {char} nor its JIS X 0208 form {OUTSIDE_JIS_X_0208[char]}")
        rows.append(dict(variant, kanji=char, grade=8, source=f"hand list: readings of {variant['kanji']}"))
    rows.sort(key=lambda row: row["grade"])  # stable: JIS order within a grade
    return rows, missing


def write_tsv(rows: list[dict], out: Path) -> None:
    lines = ["# jōyō kanji from KANJIDIC (EDRDG, CC BY-SA 3.0), made by scripts/kanji_data.py; fields: "
             "grade 1-6 kyōiku, 8 the rest of jōyō; readings and meanings separated by ';'",
             "\t".join(COLUMNS)]
    for row in rows:
        lines.append("\t".join([row["kanji"], str(row["grade"]), ";".join(row["on"]), ";".join(row["kun"]),
                                ";".join(m.replace(";", ",") for m in row["meanings"]), row["source"]]))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kanjidic", type=Path, default=KANJIDIC, help="KANJIDIC (EUC-JP text)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.kanjidic.is_file():
        raise SystemExit(f"{args.kanjidic}: not found (Debian: apt install kanjidic)")
    rows, missing = joyo_rows(read_kanjidic(args.kanjidic))
    kyoiku = sum(row["grade"] <= 6 for row in rows)
    print(f"{len(rows)} jōyō kanji ({kyoiku} kyōiku); not in this KANJIDIC, added from the hand list: "
          + (" ".join(f"{c} (U+{ord(c):04X}, as {OUTSIDE_JIS_X_0208[c]})" for c in missing) or "none"))
    if (len(rows), kyoiku) != (JOYO_COUNT, KYOIKU_COUNT):
        raise SystemExit(f"expected {JOYO_COUNT} jōyō and {KYOIKU_COUNT} kyōiku kanji; not written")
    write_tsv(rows, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    sys.exit(main())
