"""Run by tests/core/test_fuzz_loaders.py in a child process: load each file named on stdin under an address-space
limit and print one JSON line per file; a loader that raises anything but its own error type is reported with
its traceback (the test fails on it), and one that needs more memory than the limit fails with MemoryError."""

from __future__ import annotations

import json
import resource
import sys
import traceback


def main() -> None:
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from guiapp.core.datasets.base import DatasetError
    from guiapp.core.datasets.folder import load_folder_dataset
    from guiapp.core.datasets.idx import load_idx_dataset
    from guiapp.core.datasets.npz import load_npz_dataset
    from guiapp.core.modelfile.errors import ModelFileError
    from guiapp.core.modelfile.safety import check_file

    loaders = {"idx": load_idx_dataset, "npz": load_npz_dataset, "folder": load_folder_dataset,
               "model": lambda path: check_file(path, deep=False)}
    for line in sys.stdin:
        kind, path = json.loads(line)
        try:
            loaders[kind](path)
            result = {"path": path, "result": "ok"}
        except (DatasetError, ModelFileError) as exc:
            result = {"path": path, "result": "error", "message": str(exc)}
        except BaseException as exc:  # noqa: BLE001 - exactly what the test looks for
            result = {"path": path, "result": "crash", "type": type(exc).__name__,
                      "traceback": traceback.format_exc(limit=-6)}
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
