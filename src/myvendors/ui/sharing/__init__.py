"""Sharing in the desktop app: the share wizard and the answer dialog."""
