"""Texts of the ``beratungskit`` command."""

TEXTS = {
    "description": "Ressourcenkarte, Ziele und Kooperationsplan – gemeinsam mit der Kundin oder dem Kunden.",
    "help_store": "Ordner mit den Falldateien (Standard: $BERATUNGSKIT_STORE oder ./faelle)",
    "help_start": "die gemeinsame Sitzung im Browser starten (nur auf diesem Rechner erreichbar)",
    "help_port": "Port auf 127.0.0.1 (Standard 8866; ist er belegt, wird ein freier gewählt)",
    "help_no_demo": "keinen Demo-Fall in einen leeren Fallordner legen",
    "help_demo": "den erfundenen Demo-Fall „Mira K.“ in den Fallordner schreiben",
    "help_validate": "Falldateien prüfen (Exit 0: gültig, 1: Fehler)",
    "help_export": "einen Fall als Datei ausgeben",
    "help_case": "Pfad einer Falldatei (.json) oder Fallkennung im Fallordner",
    "help_as": "Format: karte, plan, festgehalten, fallbesprechung, graphml, csv, json",
    "help_output": "Zieldatei (bei csv: Zielordner für die drei Tabellen)",
    "help_pdf": "zusätzlich als PDF drucken (braucht Chromium)",
    "help_klarnamen": "graphml/csv/json ohne Pseudonymisierung (nur für die eigene Ablage!)",
    "help_seit": "nur plan: Veränderungen seit diesem gespeicherten Stand des Falls zeigen (für das Überprüfungsgespräch)",
    "help_sprache": (
        "nur plan und festgehalten: die Sprache der Kundin oder des Kunden neben dem Deutschen "
        "({codes}; Standard: die im Fall gewählte Sprache, de = nur Deutsch)"
    ),
    "sprache_not_for": "--sprache gibt es nur für plan und festgehalten, nicht für {format}.",
    "help_schema": "das JSON-Schema der Falldatei ausgeben",
    "help_team": "anonymen Teambericht über alle Fälle eines Ordners erstellen",
    "usage": "Aufruf nicht verstanden ({prog}): {detail}. Hilfe: beratungskit --help",
    "error": "Fehler: {message}",
    "os_error": "Fehler beim Dateizugriff auf „{path}“: {message}",
    "unexpected": "Unerwarteter Fehler ({kind}): {message}",
    "no_file": "Die Datei „{path}“ gibt es nicht.",
    "no_case": "Einen Fall „{key}“ gibt es im Fallordner {folder} nicht.",
    "no_port": "Es ist kein freier Port auf 127.0.0.1 zu finden.",
    "demo_exists": "Der Demo-Fall „{key}“ liegt schon in {folder} – nichts geändert.",
    "demo_written": "Demo-Fall geschrieben: {path}",
    "demo_seeded": "Der Fallordner war leer: Demo-Fall „Mira K.“ angelegt in {folder}",
    "valid": "{path}: gültig",
    "invalid": "ungültig – {error}",
    "wording_warning": "{path}: Hinweis zur Wortwahl – {warning}",
    "pdf_not_for": "PDF gibt es nur für Karte, Plan, Festgehalten und Fallbesprechung, nicht für „{format}“.",
    "written": "geschrieben: {path}",
    "progress": "Teambericht: {done} von {total} Fällen",
    "started": (
        "beratungskit läuft. Im Browser öffnen:\n\n    {url}\n\nFallordner: {folder}\nBeenden mit Strg+C."
    ),
    "start_failed": "Die Sitzung ließ sich nicht starten (Voilà antwortet nicht).",
    "stopping": "beratungskit wird beendet.",
}
