"""The Qt user interface: windows, table models, editors, dialogs."""
