"""beratungskit — Ressourcenkarte, Ziele und Kooperationsplan für die ressourcenorientierte Beratung.

Layers (imports point down only): model → store → analysis → render → ui → cli/notebooks.
"""

__version__ = "0.1.0"
