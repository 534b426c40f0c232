"""Texts of JupyterHub's own pages under ``beratungskit hub`` (login, start, errors, navigation).

They reach the hub's templates (``jupyter_data/hub_templates``) as ``bk.<key>`` through
``JupyterHub.template_vars``; values in braces are filled by the template.
"""

TEXTS = {
    "title": "Beratung mit der Ressourcenkarte",
    # navigation bar of every hub page
    "nav_session": "Meine gemeinsame Sitzung",
    "nav_home": "Startseite",
    "logout": "Abmelden",
    "login": "Anmelden",
    "theme": "Hell oder dunkel",
    "menu": "Menü",
    # login
    "login_title": "Anmelden",
    "login_intro": "Beratung mit der Ressourcenkarte: Melden Sie sich mit Ihrem Benutzernamen und Passwort an.",
    "login_with": "Anmelden mit",
    "login_error": "Benutzername oder Passwort stimmen nicht. Bitte noch einmal versuchen.",
    "username": "Benutzername:",
    "password": "Passwort:",
    # the IFK's app is starting
    "starting": "Ihre Arbeitsumgebung wird gestartet. Das dauert beim ersten Mal etwa eine halbe Minute.",
    "starting_next": "Sobald sie bereit ist, geht es von selbst weiter.",
    # the IFK's app is not running (stopped after a long pause, or its start failed)
    "not_running": "Ihre Arbeitsumgebung ist gerade nicht gestartet.",
    "not_running_text": "Sie wurde nach längerer Pause beendet. Ihre Fälle sind gespeichert.",
    "failed": "Ihre Arbeitsumgebung ließ sich nicht starten.",
    "failed_text": "Bitte versuchen Sie es noch einmal. Wenn es wieder nicht geht, sagen Sie der IT Bescheid.",
    "start": "Arbeitsumgebung starten",
    "restart": "Noch einmal starten",
    # the hub's own home page (e.g. after "Zurück")
    "home_heading": "Ihre Arbeitsumgebung",
    "home_open": "Zur Startseite der Beratung",
    "home_start": "Arbeitsumgebung starten",
    # logged out
    "logged_out": "Sie sind abgemeldet.",
    "login_again": "Wieder anmelden",
    # error pages
    "error_403": "Diese Seite gehört einer anderen Person.",
    "error_404": "Diese Seite gibt es nicht.",
    "error_other": "Etwas ist schiefgegangen ({code}).",
    "error_403_text": "Jede Fachkraft sieht nur ihre eigenen Fälle.",
    "error_404_text": "Die Adresse ist vielleicht alt oder falsch geschrieben. Der Knopf bringt Sie zu Ihrer Sitzung.",
    "error_other_text": "Bitte laden Sie die Seite neu oder gehen Sie zurück.",
    "to_session": "Zu meiner gemeinsamen Sitzung",
}
