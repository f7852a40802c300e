"""The Qt Widgets interface: screens in a stack, touch widgets, item models."""
