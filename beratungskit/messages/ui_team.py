"""Texts of the team folder in the conference and team-reflection views (``beratungskit hub``)."""

TEXTS = {
    "save_to_team": "Für die Fallbesprechung im Team ablegen",
    "saved_to_team": "Im Teamordner abgelegt (ohne Namen): {name}",
    "team_heading": "Fallbesprechungen im Teamordner",
    "team_note": "Hier liegen die Fälle, die Kolleginnen und Kollegen ohne Namen für eine Fallbesprechung abgelegt haben.",
    "team_pick": "Fall",
    "team_show": "Zeigen",
    "team_none": "Im Teamordner liegt noch keine Fallbesprechung.",
    "team_option": "{code} (abgelegt am {date})",
    "team_too_large": "Diese Datei ist zu groß, um sie hier zu zeigen.",
    "folder": "Teamordner: {folder}. Fälle mit Zahlen: {cases}. Abgelegte Fallbesprechungen: {conferences}.",
    "intro": (
        "Anonyme Zahlen über die Fälle des Teams, aus dem Teamordner: Arbeiten wir so, wie es das Konzept "
        "sagt? Die App jeder Fachkraft legt dort zu jedem Fall nur Zahlen ab, keine Namen und keine Texte. "
        "Jede Zahl beruht auf mindestens 5 Fällen; es gibt nichts, wonach Menschen gruppiert würden."
    ),
    "unreadable": "{n} Datei(en) im Teamordner konnten nicht gelesen werden und wurden nicht mitgezählt.",
}
