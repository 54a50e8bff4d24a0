"""Data files shipped inside the wheel as the `myvendors.resources` package (icons, and later schemas, terms, translations).

This folder stays at the top of the repository; pyproject.toml maps it to `myvendors.resources`,
and code finds files with `importlib.resources.files("myvendors.resources")`.
"""
