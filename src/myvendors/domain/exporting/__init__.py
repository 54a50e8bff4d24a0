"""Exporters of plain data: the vault's records in formats other programs read (iCalendar, …).

Each exporter is a pure function from domain values to bytes; writing the bytes to a file
(temp file, 0600, fsync, replace) is the caller's job.
"""
