"""Texts of the links between the app's pages."""

TEXTS = {
    "home": "Startseite",
    "to_conference": "Fallbesprechung zu diesem Fall",
    "to_session": "Zurück zur gemeinsamen Sitzung",
}
