"""The Qt user interface: main window, tabs, item models and the detail view."""
