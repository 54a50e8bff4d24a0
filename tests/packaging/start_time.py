"""Start time of the bundle beside the source install (not a test): `myvendors VAULT --quit-when-shown`.

Each figure is the wall time from starting the process until it exits, having shown the unlock
window (offscreen unless QT_QPA_PLATFORM says otherwise): the median of --runs runs, which
alternate bundle and source; one unmeasured run of each first (the source install's bytecode
cache is then warm, as users have it). The vault is a new one in a temporary folder.

    python tests/packaging/start_time.py [--runs 5] [--bundle dist/myvendors/myvendors]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


def _once(command: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, check=False, timeout=120)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or not done.stdout.startswith("shown: UnlockWindow"):
        raise SystemExit(f"{command[0]} did not show the unlock window: {done.stdout!r} {done.stderr!r}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "myvendors" / "myvendors")
    parser.add_argument("--source", type=Path, default=ROOT / ".venv" / "bin" / "myvendors")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(work / "home"), "LANG": "C.UTF-8",
               "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        vault = work / "start.myvendors"
        subprocess.run([str(args.source), "init", str(vault), "--kdf-seconds", "0.1", "--passphrase-stdin"],
                       input=PASSPHRASE + "\n", capture_output=True, text=True, env=env, check=True)
        kinds = {"bundle": args.bundle, "source": args.source}
        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        for exe in kinds.values():
            _once([str(exe), str(vault), "--quit-when-shown"], env, work)  # unmeasured: caches warm
        for _ in range(args.runs):
            for kind, exe in kinds.items():
                times[kind].append(_once([str(exe), str(vault), "--quit-when-shown"], env, work))
    for kind, values in times.items():
        print(f"{kind:7} {statistics.median(values) * 1000:7.0f} ms  median of {len(values)} "
              f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})  {kinds[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
