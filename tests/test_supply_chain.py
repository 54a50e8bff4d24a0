"""The dependency promise: everything `make` installs comes from a lock file with hashes.

requirements/build.txt (pip, setuptools, wheel), run.txt (what the app needs) and test.txt (run.txt
plus the test and lint tools) are made by `make lock` from pyproject.toml; the Makefile installs
them with `pip install --require-hashes`. These tests fail when pyproject.toml gains a dependency
(or an extra such as jsonschema[format-nongpl]) the locks do not cover, when a lock line is not an
exact pin with a hash, when the Makefile installs anything without hash checking, and when the
venv would not be rebuilt after a lock file changes. `make lint` (bandit) is checked by running it;
here only that every `# nosec` in src/ names its check and says why.
"""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENTS = ROOT / "requirements"
FIX = "run `make lock` (it regenerates requirements/*.txt from pyproject.toml) and commit the lock files"

# The platform the locks are resolved for (Makefile: UV_COMPILE): markers are evaluated for it.
TARGET = {
    "python_version": "3.11",
    "python_full_version": "3.11.0",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "platform_machine": "x86_64",
    "os_name": "posix",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
}

_PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[A-Za-z0-9._,-]+\])?==(?P<version>[A-Za-z0-9.!+_-]+)"
    r"(?:\s*;[^\\]*?)?(?P<hashes>(?:\s+--hash=sha256:[0-9a-f]{64})+)\s*$"
)


def lock_entries(path: Path) -> tuple[dict[str, Version], list[str]]:
    """The pins of one lock file (canonical name -> version) and what is wrong with its lines."""
    pins: dict[str, Version] = {}
    problems: list[str] = []
    logical = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        if line.endswith("\\"):
            logical += line[:-1] + " "
            continue
        logical += line
        entry, logical = logical.strip(), ""
        match = _PIN.match(entry)
        if match is None:
            problems.append(f"{path.name}: not an exact pin (name==version) with --hash=sha256: {entry[:100]!r}")
            continue
        pins[canonicalize_name(match["name"])] = Version(match["version"])
    if logical.strip():
        problems.append(f"{path.name}: ends in a continued line: {logical[:100]!r}")
    return pins, problems


def _applies(req: Requirement, extra: str = "") -> bool:
    return req.marker is None or req.marker.evaluate({**TARGET, "extra": extra})


def coverage_problems(pyproject: Path, lock: Path, groups: list[str]) -> list[str]:
    """What `lock` lacks of pyproject's dependencies (and the optional groups named), followed
    through the installed packages' metadata (so an extra's own requirements count too)."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    if groups == ["build-system"]:
        wanted = [Requirement(r) for r in project["build-system"]["requires"]]
    else:
        wanted = [Requirement(r) for r in project["project"]["dependencies"]]
        for group in groups:
            wanted += [Requirement(r) for r in project["project"]["optional-dependencies"][group]]
    pins, problems = lock_entries(lock)
    where = f"requirements/{lock.name}"
    queue = [(req, "pyproject.toml") for req in wanted if _applies(req)]
    seen: set[tuple[str, frozenset[str]]] = set()
    while queue:
        req, why = queue.pop()
        name = canonicalize_name(req.name)
        if name not in pins:
            problems.append(f"{where} does not pin {req.name} (needed by {why}): {FIX}")
            continue
        if not req.specifier.contains(pins[name], prereleases=True):
            problems.append(f"{where} pins {req.name}=={pins[name]}, outside {req} (needed by {why}): {FIX}")
        key = (name, frozenset(req.extras))
        if key in seen:
            continue
        seen.add(key)
        try:
            requires = importlib.metadata.requires(req.name) or []
        except importlib.metadata.PackageNotFoundError:
            continue  # not installed here; its own name is checked above, its needs by `make lock`
        label = f"{req.name}[{','.join(sorted(req.extras))}]" if req.extras else req.name
        for text in requires:
            sub = Requirement(text)
            if _applies(sub) or any(_applies(sub, extra) for extra in req.extras):
                queue.append((sub, label))
    return problems


LOCKS = {
    "build.txt": ["build-system"],
    "run.txt": [],
    "test.txt": ["test", "lint"],
}


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_lock_covers_every_dependency_in_pyproject(lock: str) -> None:
    assert coverage_problems(ROOT / "pyproject.toml", REQUIREMENTS / lock, LOCKS[lock]) == []


@pytest.mark.parametrize("lock", ["build.txt", "run.txt", "test.txt", "tools.txt", "bundle.txt"])
def test_every_lock_line_is_an_exact_pin_with_a_hash(lock: str) -> None:
    pins, problems = lock_entries(REQUIREMENTS / lock)
    assert problems == []
    assert pins, f"requirements/{lock} pins nothing"


def test_test_lock_keeps_the_run_locks_versions() -> None:
    """`make test` installs test.txt over run.txt and build.txt: the versions they share must agree,
    or the app would be tested with other releases than it runs with."""
    test_pins, _ = lock_entries(REQUIREMENTS / "test.txt")
    for lock in ("run.txt", "build.txt"):
        pins, _ = lock_entries(REQUIREMENTS / lock)
        if lock == "run.txt":
            assert pins.keys() <= test_pins.keys(), f"{FIX}: test.txt lacks {pins.keys() - test_pins.keys()}"
        differ = {name: (pins[name], test_pins[name]) for name in pins.keys() & test_pins.keys()
                  if pins[name] != test_pins[name]}
        assert differ == {}, f"{lock} and test.txt pin different versions: {FIX}"


def test_bundle_lock_keeps_the_run_locks_versions() -> None:
    """`make bundle` installs bundle.txt (PyInstaller) over run.txt and build.txt: the bundle must
    hold the releases the tests ran with."""
    bundle_pins, _ = lock_entries(REQUIREMENTS / "bundle.txt")
    assert {"pyinstaller", "pyinstaller-hooks-contrib"} <= bundle_pins.keys()
    for lock in ("run.txt", "build.txt"):
        pins, _ = lock_entries(REQUIREMENTS / lock)
        differ = {name: (pins[name], bundle_pins[name]) for name in pins.keys() & bundle_pins.keys()
                  if pins[name] != bundle_pins[name]}
        assert differ == {}, f"{lock} and bundle.txt pin different versions: {FIX}"


def test_a_dependency_or_extra_missing_from_the_lock_is_named_with_the_fix(tmp_path: Path) -> None:
    """What the next engineer sees after adding a dependency without `make lock`."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"keyring>=25",' in pyproject
    (tmp_path / "pyproject.toml").write_text(
        pyproject.replace('"keyring>=25",', '"keyring[completion]>=25", "zzz-not-locked>=1",'), encoding="utf-8"
    )
    run = tmp_path / "run.txt"
    run.write_text(re.sub(r"(?ms)^jeepney==.*?(?=^\S)", "", (REQUIREMENTS / "run.txt").read_text(encoding="utf-8")),
                   encoding="utf-8")
    problems = coverage_problems(tmp_path / "pyproject.toml", run, [])
    assert any("zzz-not-locked" in p and "pyproject.toml" in p for p in problems), problems
    assert any("shtab" in p and "keyring[completion]" in p for p in problems), problems  # an extra's own needs
    assert any(p.startswith("requirements/run.txt does not pin jeepney") for p in problems), problems
    assert all("make lock" in p for p in problems)


def test_a_loose_or_unhashed_line_is_refused(tmp_path: Path) -> None:
    lock = tmp_path / "run.txt"
    digest = "0" * 64
    lock.write_text(
        f"good==1.0 \\\n    --hash=sha256:{digest}\n    # via x\nloose>=1.0 \\\n    --hash=sha256:{digest}\n"
        "nohash==2.0\n-e ./somewhere\n",
        encoding="utf-8",
    )
    pins, problems = lock_entries(lock)
    assert pins == {"good": Version("1.0")}
    assert len(problems) == 3, problems


def _make(cwd: Path, *args: str) -> str:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    done = subprocess.run([make, "--no-print-directory", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout


def test_make_installs_every_dependency_with_hash_checking(tmp_path: Path) -> None:
    """What `make test`, `make run`, `make lock` and `make bundle` would run in a fresh clone (make -n): every pip
    install is hash-checked from a lock and takes only wheels, except the project itself (--no-deps,
    built offline with the locked setuptools)."""
    installs: list[str] = []
    for target in ("test", "run", "lint", "lock", "bundle"):
        out = _make(ROOT, "-n", "-B", target, f"VENV={tmp_path / 'venv'}")
        installs += [line for line in out.splitlines() if re.search(r"\bpip\b.*\binstall\b", line)]
    assert len(installs) >= 4, installs
    for line in installs:
        if line.rstrip().endswith((" -e .", " .")):  # the project itself (editable, or into the bundle's venv)
            assert "--no-deps" in line and "--no-build-isolation" in line, line
        else:
            assert "--require-hashes" in line and re.search(r" -r requirements/\w+\.txt\b", line), line
            assert "--only-binary :all:" in line, f"a dependency could run code while it installs: {line}"
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install" not in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_venv_is_rebuilt_when_pyproject_or_a_lock_changes(tmp_path: Path) -> None:
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(REQUIREMENTS, tmp_path / "requirements")
    show = ["--eval", "show-stamps: ; @echo $(STAMP) $(TEST_STAMP)", "show-stamps"]
    before = _make(tmp_path, *show).split()
    assert len(before) == 2
    for changed, stamps in [("pyproject.toml", (0, 1)), ("requirements/build.txt", (0, 1)),
                            ("requirements/run.txt", (0, 1)), ("requirements/test.txt", (1,))]:
        with open(tmp_path / changed, "a", encoding="utf-8") as f:
            f.write("# changed\n")
        after = _make(tmp_path, *show).split()
        for i in stamps:
            assert after[i] != before[i], f"changing {changed} keeps {before[i]}: the venv would not be rebuilt"
        before = after


_NOSEC = re.compile(r"#\s*nosec\b(?P<rest>.*)$")


def test_every_nosec_names_its_check_and_says_why() -> None:
    bare: list[str] = []
    for path in sorted((ROOT / "src").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = _NOSEC.search(line)
            if match is None:
                continue
            why = re.fullmatch(r"\s+B\d{3}(?:\s*,\s*B\d{3})*\s+#\s*(?P<why>.+)", match["rest"])
            if why is None or len(why["why"].split()) < 3:
                bare.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert bare == [], "write `# nosec BXXX  # why it is safe here` (a reason of a few words): " + "; ".join(bare)
