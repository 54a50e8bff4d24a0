"""The package list, discovered: setuptools' pyproject.toml discovery searches folders for packages
but cannot map one of them elsewhere, and resources/ stays at the top of the repository (the
product's layout) while it ships as `myvendors.resources` (package-dir in pyproject.toml). Its
folders (icons/, help/en/, …) are namespace packages, so each one's files are its package data."""

from setuptools import find_namespace_packages, find_packages, setup  # type: ignore[import-untyped]  # no type information in this setuptools

RESOURCES = [
    "myvendors.resources",
    *(f"myvendors.resources.{name}" for name in find_namespace_packages("resources", exclude=["*__pycache__*"])),
]

setup(
    packages=[*find_packages("src"), *RESOURCES],
    package_data={name: ["*"] for name in RESOURCES},
)
