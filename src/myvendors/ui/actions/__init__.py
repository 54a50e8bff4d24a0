"""The window's commands that are not a page: vault, settings and sharing actions."""
