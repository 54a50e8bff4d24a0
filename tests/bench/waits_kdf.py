"""The key derivation: a deliberate wait, reported apart from everything else.

Argon2id at the floor (64 MiB, 3 passes) and at the parameters a new vault is calibrated to on
this machine (about 0.75 s), time and the memory it takes, each in a fresh process so that one's
peak is not the other's. The baseline is the floor: calibration exists to spend more than it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from waits import Figure, median

_CHILD = r"""
import json, resource, secrets, sys, time
from myvendors.vault.envelope import KdfParams, argon2id, calibrate
which, runs = sys.argv[1], int(sys.argv[2])
params = KdfParams.floor() if which == "floor" else calibrate(0.75)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
times = []
for _ in range(runs):
    started = time.perf_counter()
    argon2id(b"benchmark", secrets.token_bytes(16), params)
    times.append(time.perf_counter() - started)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"times": times, "peak_kib": peak, "base_kib": base, "memory_kib": params.memory_kib,
                  "iterations": params.iterations}))
"""


def _run(which: str, runs: int) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", _CHILD, which, str(runs)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def measure(size: str, workdir: Path) -> list[Figure]:
    runs = 1 if size == "tiny" else 5
    floor = _run("floor", runs)
    figures = [
        Figure("kdf", "Argon2id at the floor (64 MiB, t=3)", median(floor["times"]) * 1000, "ms",  # type: ignore[arg-type]
               note="deliberate cost, not counted in unlock figures"),
    ]
    if size != "tiny":
        calibrated = _run("calibrated", runs)
        figures.append(Figure(
            "kdf",
            f"Argon2id as calibrated here ({int(calibrated['memory_kib']) // 1024} MiB, "  # type: ignore[call-overload]
            f"t={calibrated['iterations']})",
            median(calibrated["times"]) * 1000, "ms",  # type: ignore[arg-type]
            baseline_name="floor", baseline=median(floor["times"]) * 1000,  # type: ignore[arg-type]
            note="a new vault's passphrase slot",
        ))
        figures.append(Figure(
            "kdf", "peak RSS deriving the calibrated key",
            int(calibrated["peak_kib"]) / 1024, "MiB",  # type: ignore[call-overload]
            baseline_name="before", baseline=int(calibrated["base_kib"]) / 1024,  # type: ignore[call-overload]
            note="transient: freed when the derivation ends",
        ))
    return figures
