"""Widgets for the joint session: the live map, forms, question cards and panels (ipywidgets)."""
