"""Build the sdist and wheel with the pyproject's backend (pypa/build, no isolation: the backend
comes hash-checked from requirements/build.txt), from a copy of the source tree so the build
writes nothing (build/, *.egg-info) into the checkout and runs may overlap."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What never belongs in a build: the checkout's tools, caches, outputs and the test suite.
_SKIP = {".git", ".venv", "build", "dist", "tests", "screenshots", "bench-results", "__pycache__", ".hypothesis"}


def _ignore(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in _SKIP or n.endswith((".egg-info", "_cache", ".pyc"))}


def source_copy(into: Path) -> Path:
    """The source tree copied to `into`/src-tree, without caches, venvs, outputs or tests/."""
    tree = into / "src-tree"
    shutil.copytree(ROOT, tree, ignore=_ignore)
    return tree


def build(source: Path, out: Path, *kinds: str) -> list[Path]:
    """`python -m build --no-isolation --<kind>…` of `source` into `out`; the files made."""
    out.mkdir(parents=True, exist_ok=True)
    before = set(out.iterdir())
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", *(f"--{k}" for k in kinds), "--outdir", str(out), str(source)],
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return sorted(set(out.iterdir()) - before)


def wheel_files(wheel: Path) -> dict[str, str]:
    """Every file in `wheel` with the SHA-256 of its content."""
    with zipfile.ZipFile(wheel) as archive:
        return {
            info.filename: hashlib.sha256(archive.read(info)).hexdigest()
            for info in archive.infolist()
            if not info.is_dir()
        }


def unpack_sdist(sdist: Path, into: Path) -> Path:
    """The sdist's tree, unpacked into `into`."""
    with tarfile.open(sdist) as archive:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
            archive.extractall(into, filter="data")
        else:  # Debian 12's 3.11.2: the same refusals, by hand (files and folders inside `into` only)
            for member in archive.getmembers():
                target = (into / member.name).resolve()
                if not (member.isfile() or member.isdir()) or not target.is_relative_to(into.resolve()):
                    raise ValueError(f"unexpected member in the sdist: {member.name}")
            archive.extractall(into)  # noqa: S202 (every member checked above)
    (tree,) = into.iterdir()
    return tree
