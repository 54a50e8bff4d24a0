"""The desktop interface: PySide6 windows, dialogs and item models over the services."""
