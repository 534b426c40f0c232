"""Texts of the case store: why a file cannot be read, why a save was refused."""

TEXTS = {
    # a file that cannot be used: "{name}" is the file name, "{reason}" one of the reasons below
    "file_broken": "Die Datei „{name}“ kann nicht geöffnet werden: {reason} Sie bleibt unverändert liegen.",
    "reason_too_deep": "Sie ist zu tief verschachtelt (mehr als {limit} Ebenen aus Listen und Objekten).",
    "reason_number": "Sie enthält eine Zahl mit zu vielen Ziffern.",
    "reason_not_utf8": "Sie ist nicht in UTF-8 gespeichert (Byte {pos}).",
    "reason_json": "Sie ist kein gültiges JSON (Zeile {line}, Spalte {column}).",
    "reason_not_object": "Sie enthält keinen Fall (erwartet ist ein JSON-Objekt mit Feldern).",
    "reason_invalid_more": "{detail} (und {more} weitere Fehler)",
    "reason_invalid_one_more": "{detail} (und ein weiterer Fehler)",
    "reason_key_mismatch": "Sie enthält den Fall „{key}“, der Dateiname passt nicht dazu.",
    "reason_bad_name": (
        "Der Dateiname ist keine gültige Fallkennung (nur a–z, 0–9, „-“ und „_“, höchstens 40 Zeichen, "
        "am Anfang ein Buchstabe oder eine Ziffer)."
    ),
    "reason_reserved_name": "„{stem}“ ist unter Windows ein reservierter Gerätename und keine gültige Fallkennung.",
    "reason_hidden": (
        "Der Name beginnt mit einem Punkt; solche Dateien (versteckte und temporäre) übergeht der Fallordner."
    ),
    "reason_not_json_name": "Der Dateiname endet nicht auf „.json“; der Fallordner liest nur solche Dateien.",
    # why a file or folder entry cannot be used, from the operating system: sentences about the file
    "os.missing": "Die Datei gibt es nicht.",
    "os.access": "Es fehlt die Berechtigung dafür.",
    "os.name_too_long": "Der Name ist zu lang für das Dateisystem.",
    "os.symlink": "Sie ist eine Verknüpfung (symbolischer Link) auf eine andere Datei; der Fallordner nimmt nur echte Dateien.",
    "os.folder": "Sie ist ein Ordner, keine Datei.",
    "os.not_dir": "Ein Teil des Pfades ist kein Ordner.",
    "os.no_device": "Sie ist keine gewöhnliche Datei.",
    "os.fifo": "Sie ist keine gewöhnliche Datei, sondern eine Pipe (FIFO).",
    "os.socket": "Sie ist keine gewöhnliche Datei, sondern ein Socket.",
    "os.device": "Sie ist keine gewöhnliche Datei, sondern ein Gerät.",
    "os.io": "Der Datenträger meldet einen Lese- oder Schreibfehler.",
    "os.full": "Der Datenträger ist voll.",
    "os.read_only": "Der Datenträger ist schreibgeschützt.",
    "os.too_many": "Es sind zu viele Dateien gleichzeitig geöffnet.",
    "os.busy": "Sie wird gerade von einem anderen Programm benutzt.",
    "os.other": "Das Betriebssystem meldet den Fehler Nr. {number}.",
    "os_failed": "Die Datei „{name}“ lässt sich nicht schreiben oder lesen: {reason}",
    "os.too_big": "Sie ist größer als {limit} und wird deshalb nicht gelesen.",
    # schema versions
    "version_missing": (
        "Die Angabe „schema_version“ fehlt; so ist nicht erkennbar, wie die Datei zu lesen ist."
    ),
    "version_bad": "Die Formatversion „{version}“ ist keine ganze Zahl.",
    "version_newer": (
        "Sie wurde mit einer neueren Version von beratungskit gespeichert (Formatversion {version}; "
        "diese Version kennt bis {known}). Bitte beratungskit aktualisieren."
    ),
    "version_unknown": "Die Formatversion {version} ist unbekannt.",
    # refused saves
    "stale": (
        "Der Fall „{key}“ wurde inzwischen an anderer Stelle geändert (gespeichert: Stand {stored}, "
        "hier: Stand {mine}). Bitte neu laden – Ihre Eingabe bleibt erhalten."
    ),
    "exists": (
        "Einen Fall „{key}“ gibt es schon (Datei „{name}“, Stand {stored}). Er wird nicht überschrieben – "
        "bitte eine andere Kennung wählen oder den vorhandenen Fall laden."
    ),
    "vanished": (
        "Die Datei „{name}“ des Falls „{key}“ gibt es nicht mehr (hier: Stand {mine}); sie wurde "
        "inzwischen gelöscht oder verschoben. Ihre Eingabe bleibt erhalten."
    ),
    "save_broken": (
        "Der Fall „{key}“ wird nicht gespeichert, weil die vorhandene Datei „{name}“ nicht lesbar ist: "
        "{reason} Sie bleibt unverändert liegen; bitte zuerst prüfen lassen."
    ),
    "bad_key": (
        "Die Fallkennung „{key}“ ist als Dateiname nicht erlaubt: nur Kleinbuchstaben a–z, Ziffern, "
        "„-“ und „_“, höchstens 40 Zeichen, am Anfang ein Buchstabe oder eine Ziffer."
    ),
    "no_revision": "Den Stand {revision} des Falls „{key}“ gibt es nicht (mehr) (Datei „{name}“).",
    "write_failed": (
        "Die Datei „{name}“ konnte nicht geschrieben werden: {detail} Der alte Stand bleibt erhalten."
    ),
    "history_failed": (
        "Der Fall „{key}“ wurde nicht gespeichert, weil sein bisheriger Stand nicht im Verlauf "
        "(Ordner „{folder}“) abgelegt werden konnte: {detail} Der alte Stand bleibt erhalten."
    ),
    "history_not_folder": "„{name}“ ist kein echter Ordner.",
    "lock_failed": (
        "Der Fall „{key}“ wurde nicht gespeichert: Die Sperrdatei „{name}“ im Fallordner lässt sich "
        "nicht öffnen. {detail} Der alte Stand bleibt erhalten."
    ),
    "secret_broken": (
        "Das Pseudonym-Geheimnis „{path}“ ist beschädigt: {detail} Es wurde nicht verändert: Ein neues "
        "Geheimnis gäbe jedem Fall ein neues Pseudonym. Bitte die Datei aus einer Sicherung zurückholen "
        "oder bewusst löschen (dann bekommen alle Fälle neue Pseudonyme)."
    ),
    "secret_unwritable": "Das Pseudonym-Geheimnis „{path}“ konnte nicht angelegt werden: {detail}",
    "secret_not_hex": "Es besteht nicht aus 64 Hexadezimalziffern.",
    "secret_length": "Es hat {n} Bytes statt {expected}.",
}
