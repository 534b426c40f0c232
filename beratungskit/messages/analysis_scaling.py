"""Scaling questions (analysis/scaling.py): solution-focused, following the number."""

TEXTS = {
    "ask": "Auf einer Skala von 0 bis 10: Wie zuversichtlich sind Sie, dass Sie das schaffen?",
    "not_lower": "Warum {n} und nicht {lower}?",
    "helped": "Was hat schon geholfen?",
    "one_higher": "Woran würden Sie merken, dass Sie bei {higher} sind?",
    "own_part": "Was könnten Sie selbst dafür tun?",
    "keep_going": "Was hilft Ihnen, trotzdem dranzubleiben?",
    "small_step": "Was wäre ein ganz kleiner Schritt in Richtung {higher}?",
    "keeps_there": "Was sorgt dafür, dass es bei {n} bleibt?",
    "went_up": "Beim letzten Mal {old}, heute {new} – was hat dazu beigetragen?",
    "went_down": "Beim letzten Mal {old}, heute {new} – was ist anders geworden, und was hilft jetzt?",
    "stayed": "Beim letzten Mal auch {old} – was hat geholfen, das zu halten?",
    "change": "Beim letzten Mal {old}, heute {new}.",
    "change_answer": "Beim letzten Mal {old} – „{answer}“, heute {new}.",
    "out_of_range": "Die Zuversicht geht von 0 bis 10, nicht {value}.",
}
