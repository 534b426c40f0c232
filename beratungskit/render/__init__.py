"""Strings and files made from cases: the ecomap (HTML, SVG), handouts, plans, exports.

Submodules are imported where they are used (``from beratungskit.render.ecomap import ecomap_html``);
this package file stays empty on purpose so that each export can be added on its own.
"""
