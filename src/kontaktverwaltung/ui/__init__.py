"""Qt widgets, models, delegates and dialogs. The only layer that imports Qt."""
