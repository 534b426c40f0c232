"""Texts of the Verlauf tab, the case-conference view and the team-reflection view."""

TEXTS = {
    # Verlauf
    "history_tab": "Was hat sich verändert?",
    "history_intro": "Hier sehen Sie, was sich seit einem früheren Gespräch verändert hat.",
    "history_since": "Vergleichen mit dem Stand vom",
    "history_none": "Es gibt noch keinen früheren Stand. Beim nächsten Gespräch steht hier, was sich verändert hat.",
    "history_same": "Seit diesem Stand hat sich nichts verändert.",
    "history_option": "{date} (Stand {revision})",
    # Fallbesprechung
    "conf_title": "Fallbesprechung vorbereiten",
    "conf_intro": (
        "Wählen Sie an Ihrem eigenen Bildschirm den Fall. Die Vorschau darunter ist pseudonymisiert: "
        "ohne Namen, ohne Spitznamen, Personen nur mit ihrer Rolle. Nur diese Vorschau gehört auf den Beamer."
    ),
    "conf_pick": "Fall",
    "conf_none": "Im Fallordner liegt noch kein Fall.",
    "conf_beamer": "Beamer-Ansicht (Fallauswahl ausblenden)",
    "conf_back": "Fallauswahl wieder zeigen",
    "conf_ideas_heading": "Ideen aus dem Team festhalten",
    "conf_ideas_note": (
        "Ideen aus dem Team sind Vorschläge. Die Kundin oder der Kunde entscheidet, ob sie etwas davon "
        "aufgreift."
    ),
    "conf_idea_placeholder": "Eine Idee aus dem Team, z. B. „Gibt es im Stadtteil einen Lauftreff?“",
    "conf_idea_goal": "Zu welchem Ziel?",
    "conf_idea_no_goal": "zu keinem bestimmten Ziel",
    "conf_goal_option": "Ziel {n}",
    "conf_idea_add": "Idee als Vorschlag festhalten",
    "conf_idea_added": "Idee festgehalten (als Vorschlag).",
    "conf_idea_empty": "Bitte zuerst die Idee eintragen.",
    "conf_save": "Datei für den Beamer speichern",
    "conf_saved": "Gespeichert: {path}",
    "conf_stale": "Der Fall wurde inzwischen woanders geändert. Bitte den Fall neu wählen; Ihr Text bleibt stehen.",
    # Teamreflexion
    "team_title": "Teamreflexion",
    "team_intro": (
        "Anonyme Zahlen über alle Fälle im Fallordner: Arbeiten wir so, wie es das Konzept sagt? "
        "Jede Zahl beruht auf mindestens 5 Fällen; es gibt nichts, wonach Menschen gruppiert würden."
    ),
    "team_folder": "Fallordner: {folder}",
    "team_run": "Teambericht erstellen",
    "team_reading": "Fälle werden gelesen …",
    "team_done": "Fertig: {cases} Fälle ausgewertet. Gespeichert: {path}",
    "team_failed": "Der Teambericht ließ sich nicht erstellen: {reason}",
}
