#!/usr/bin/env python3
"""Pin the Flatpak's Python sources to the project's hashed locks (run from the repository's top).

    python3 packaging/flatpak/generate_sources.py

Writes, beside this script:
- python3-requirements.json: a module with every wheel of requirements/run.txt for CPython 3.12
  (the KDE 6.8 runtime's Python) on x86_64 and aarch64, except PySide6-Essentials and shiboken6,
  which the PySide base app provides;
- build-tools.json: the setuptools and wheel of requirements/build.txt, the sources the app's
  own module builds its wheel with (offline: flatpak-builder gives a build no network).

Each file is downloaded once by pip from the configured index, checked against the lock's hashes
(--require-hashes), and written as a flatpak-builder `file` source: PyPI's stable per-file
address (https://files.pythonhosted.org/packages/<python tag>/<p>/<project>/<file>) and its
sha256, which flatpak-builder checks again. Needs the network; run it after `make lock`.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PYTHON = "3.12"  # the Python of org.kde.Platform 6.8 (freedesktop 24.08)
ARCHES = ("x86_64", "aarch64")
# Glibc 2.40 in the runtime: every manylinux wheel up to 2_39 runs there.
PLATFORMS = ("manylinux2014", "manylinux_2_17", "manylinux_2_28", "manylinux_2_34")
FROM_BASE_APP = {"pyside6-essentials", "shiboken6"}


def blocks(lock: Path) -> dict[str, str]:
    """Each pinned requirement of a uv/pip-compile lock (with its hashes), by canonical name."""
    found: dict[str, str] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", lock.read_text(encoding="utf-8")):
        match = re.match(r"([A-Za-z0-9._-]+)==", block)
        if match:
            lines = [line for line in block.splitlines() if not line.lstrip().startswith("#")]
            found[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = "\n".join(lines).rstrip(" \\\n") + "\n"
    return found


def download(requirements: str, arch: str, into: Path) -> list[Path]:
    """The wheels pip picks for CPython 3.12 on `arch`, hash-checked."""
    into.mkdir(parents=True, exist_ok=True)
    wanted = into / "requirements.txt"
    wanted.write_text(requirements, encoding="utf-8")
    platforms = [arg for name in PLATFORMS for arg in ("--platform", f"{name}_{arch}")]
    subprocess.run(  # noqa: S603 (pip of this interpreter, with arguments this script makes)
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:", "--require-hashes",
         "--implementation", "cp", "--python-version", PYTHON, *platforms, "--dest", str(into), "-r", str(wanted)],
        check=True,
    )
    return sorted(into.glob("*.whl"))


def source(wheel: Path, arch: str | None) -> dict[str, object]:
    project = re.sub(r"[-_.]+", "-", wheel.name.split("-")[0]).lower()  # PyPI's normalised name
    python_tag = wheel.name.split("-")[-3]
    entry: dict[str, object] = {
        "type": "file",
        "url": f"https://files.pythonhosted.org/packages/{python_tag}/{project[0]}/{project}/{wheel.name}",
        "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
    }
    if arch is not None:
        entry["only-arches"] = [arch]
    return entry


def sources(requirements: str, work: Path) -> list[dict[str, object]]:
    """One source per pure wheel, one per architecture for the others."""
    per_arch = {arch: download(requirements, arch, work / arch) for arch in ARCHES}
    pure = sorted({w.name for wheels in per_arch.values() for w in wheels if w.name.endswith("-none-any.whl")})
    made = [source(work / ARCHES[0] / name, None) for name in pure]
    for arch, wheels in per_arch.items():
        made += [source(w, arch) for w in wheels if w.name not in pure]
    return made


def main() -> int:
    run = blocks(ROOT / "requirements" / "run.txt")
    build = blocks(ROOT / "requirements" / "build.txt")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        app_wheels = sources("".join(v for k, v in sorted(run.items()) if k not in FROM_BASE_APP), work / "run")
        tools = sources("".join(build[name] for name in ("setuptools", "wheel")), work / "build")
    module = {
        "name": "python3-requirements",
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --no-index --no-deps --no-build-isolation --prefix=${FLATPAK_DEST} *.whl",
        ],
        "sources": app_wheels,
    }
    note = "made by packaging/flatpak/generate_sources.py from requirements/*.txt: do not edit"
    (HERE / "python3-requirements.json").write_text(json.dumps({"//": note, **module}, indent=2) + "\n", encoding="utf-8")
    (HERE / "build-tools.json").write_text(json.dumps(tools, indent=2) + "\n", encoding="utf-8")
    print(f"{len(app_wheels)} wheels for the app, {len(tools)} build tools")
    return 0


if __name__ == "__main__":
    sys.exit(main())
