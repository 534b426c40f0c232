"""Pure functions on one case or many: graph, layout, step drafts, balance, pseudonymisation …

Submodules are imported where they are used (``from beratungskit.analysis.layout import layout``);
this package file stays empty on purpose so that each analysis can be added on its own.
"""
