"""Texts of the app's own web pages: the home page at the root of the app."""

TEXTS = {
    "page_title": "Beratung mit der Ressourcenkarte",
    "home_title": "Beratung mit der Ressourcenkarte",
    "home_intro": "Was möchten Sie tun?",
    "session_title": "Gemeinsame Sitzung",
    "session_text": (
        "Mit der Kundin oder dem Kunden an einem Bildschirm die Ressourcenkarte zeichnen, "
        "Ziele und nächste Schritte finden und den Kooperationsplan drucken."
    ),
    "conference_title": "Fallbesprechung",
    "conference_text": (
        "Einen Fall ohne Namen im Team besprechen und Ideen aus dem Team als Vorschläge festhalten."
    ),
    "team_title": "Teamreflexion",
    "team_text": "Anonyme Zahlen über die Fälle des Teams: Arbeiten wir so, wie es unser Konzept sagt?",
    "loading": "Einen Moment, die Seite wird vorbereitet …",
    "signed_in": "Angemeldet als {user}",
    "logout": "Abmelden",
}
