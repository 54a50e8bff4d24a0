"""Storage: the one SQLCipher database of a vault. The only package that writes SQL."""

from myvendors.storage.db import PAGE_SIZE, Database, IntegrityReport, sqlcipher_version

__all__ = ["PAGE_SIZE", "Database", "IntegrityReport", "sqlcipher_version"]
