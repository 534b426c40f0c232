"""Texts of ``beratungskit hub``: starting JupyterHub for a team."""

TEXTS = {
    "needs_root": (
        "beratungskit hub braucht root-Rechte: JupyterHub startet die App jeder Integrationsfachkraft "
        "unter deren eigenem Benutzerkonto. Zum Ausprobieren ohne root: beratungskit hub --demo"
    ),
    "no_group": (
        "Die Teamgruppe „{group}“ gibt es nicht. Anlegen mit: groupadd {group}; Mitglieder aufnehmen mit: "
        "usermod -aG {group} BENUTZERNAME"
    ),
    "no_jupyterhub": (
        "JupyterHub ist nicht installiert. Installieren mit: make hub (oder .venv/bin/pip install -e '.[hub]')"
    ),
    "no_proxy": (
        "configurable-http-proxy fehlt. Installieren mit: make hub (oder npm install --prefix .venv/proxy "
        "configurable-http-proxy)"
    ),
    "started": "JupyterHub läuft: {url}  (nur auf diesem Rechner; Beenden mit Strg+C)",
    "team_folder": "Teamordner: {folder} (Gruppe {group})",
    "demo_users": "Probebetrieb mit zwei Demo-Benutzern: {users}",
    "demo_password": "Passwort für beide: {password}",
    "demo_warning": (
        "Nur zum Ausprobieren: beide Demo-Benutzer teilen sich ein Benutzerkonto dieses Rechners. "
        "Für echte Fälle: beratungskit hub (als root, mit Benutzerkonten)."
    ),
    "start_failed": "JupyterHub ist nicht gestartet. Die Meldungen stehen in {log}.",
    "help": "JupyterHub für ein Team starten (jede Fachkraft mit eigenem Fallordner)",
    "help_demo": "Probebetrieb mit zwei Demo-Benutzern ohne Benutzerkonten (Passwort wird angezeigt)",
    "help_port": "Port des Hubs auf 127.0.0.1 (Standard 8000)",
    "help_team_folder": "Teamordner für pseudonymisierte Ausgaben (Standard /srv/beratungskit/team)",
    "help_team_group": "Unix-Gruppe des Teams: ihre Mitglieder dürfen sich anmelden (Standard beratungskit)",
    "help_state": "Ordner für Datenbank und Einstellungen des Hubs",
    "help_proxy": "Pfad zu configurable-http-proxy (sonst der von make hub installierte)",
    "help_user": "zusätzlich erlaubter Benutzer (mehrfach möglich)",
}
