"""Qt item models that hold frozen service dataclasses (never database rows)."""
