"""The share wizard: recipient → exactly what goes → terms → preview of what leaves → share."""
