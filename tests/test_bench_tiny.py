"""`make bench` keeps working: the waits table at its smallest size, every topic, no figure missing.

Nothing here is timed: the figures are printed, never compared. What is checked is that each
topic measured something, beside a baseline where it has one, and that the JSON has the keys
the table prints.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).parent / "bench" / "waits.py"


def test_the_waits_benchmark_runs_at_its_smallest_size(tmp_path: Path) -> None:
    out = tmp_path / "waits.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_DIR=str(tmp_path / "work"))
    done = subprocess.run(
        [sys.executable, str(BENCH), "--size", "tiny", "--json", str(out)],
        capture_output=True, text=True, env=env, timeout=240, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text())
    assert result["size"] == "tiny" and result["problems"] == []
    topics = {figure["topic"] for figure in result["figures"]}
    sys.path.insert(0, str(BENCH.parent))
    try:
        from waits import TOPICS
    finally:
        sys.path.remove(str(BENCH.parent))
    assert topics == set(TOPICS)
    for figure in result["figures"]:
        assert figure["value"] is not None and figure["value"] >= 0, figure
        assert figure["unit"] and figure["name"], figure
        if figure["baseline_name"]:
            assert figure["baseline"] is not None and figure["ratio"] is not None, figure
    assert "what a person waits for" in done.stdout
