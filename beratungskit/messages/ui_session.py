"""Texts of the joint session app: what the IFK and the eLb read together on one screen.

Plain, short, friendly. Addressed to the eLb with "Sie"; no technical words.
"""

TEXTS = {
    # app frame
    "app_title": "Ressourcenkarte",
    "app_title_case": "Ressourcenkarte von {alias}",
    "tab_map": "Unsere Karte",
    "tab_transparency": "Was wir festhalten",
    "tab_will_placeholder": "Wille & Ziele",
    "saved": "Gespeichert ✓ (Stand {revision})",
    "not_saved_yet": "Noch nichts geändert.",
    "undo": "↶ Rückgängig",
    "undone": "Rückgängig gemacht. Gespeichert ✓ (Stand {revision})",
    "nothing_to_undo": "Es gibt nichts mehr rückgängig zu machen.",
    # several steps back and forward again; each says what it takes back („Fahrrad“ festgehalten.)
    "redo": "↷ Wiederholen",
    "undo_what": "Rückgängig: {what}",
    "redo_what": "Wiederholen: {what}",
    "undone_step": "Rückgängig gemacht:",
    "redone_step": "Wiederholt:",
    "nothing_to_redo": "Es gibt nichts zu wiederholen.",
    "other_case": "Anderen Fall öffnen",
    # „Hilfe in einer Krise“ (ui/crisis_help.py): always one click away, whatever the guard finds
    "crisis_help": "Hilfe in einer Krise",
    "crisis_help_title": "Hilfe in einer Krise – kostenlos und rund um die Uhr",
    "crisis_help_self_harm": (
        "Wenn Sie daran denken, sich etwas anzutun, oder nicht mehr weiterwissen: Telefonseelsorge "
        "0800 111 0 111 oder 0800 111 0 222 – kostenlos, anonym, Tag und Nacht."
    ),
    "crisis_help_violence": (
        "Bei Gewalt in der Familie oder Partnerschaft: Hilfetelefon Gewalt gegen Frauen 116 016 "
        "(Tag und Nacht, in vielen Sprachen), Hilfetelefon Gewalt an Männern 0800 123 99 00."
    ),
    "crisis_help_emergency": "In akuter Gefahr: Notruf 112 (Rettungsdienst) oder 110 (Polizei).",
    "crisis_help_local": "Hier vor Ort:",
    "crisis_help_private": "Nichts davon wird im Fall gespeichert.",
    "crisis_help_close": "Schließen",
    "language_label": "Ihre Sprache:",
    # dates are written TT.MM.JJJJ (ui/datefield.py)
    "date_placeholder": "TT.MM.JJJJ",
    "date_invalid": "Bitte so schreiben: TT.MM.JJJJ, zum Beispiel 04.12.2026.",
    "date_no_such_day": "Dieses Datum gibt es nicht. Bitte so schreiben: TT.MM.JJJJ, zum Beispiel 04.12.2026.",
    "language_option": "{german} · {own}",
    # one whole text per language: with the language's name as a value it stayed German in the
    # translation („Diliniz artık: Türkisch.“)
    "language_changed.de": "Ihre Sprache ist jetzt: Deutsch.",
    "language_changed.en": "Ihre Sprache ist jetzt: Englisch.",
    "language_changed.ar": "Ihre Sprache ist jetzt: Arabisch.",
    "language_changed.tr": "Ihre Sprache ist jetzt: Türkisch.",
    "language_changed.uk": "Ihre Sprache ist jetzt: Ukrainisch.",
    "language_changed.ru": "Ihre Sprache ist jetzt: Russisch.",
    "language_changed.fa": "Ihre Sprache ist jetzt: Persisch (Farsi).",
    "stale": (
        "Dieser Fall wurde inzwischen an anderer Stelle geändert. Ihre Eingabe ist noch da. "
        "Bitte zuerst „Neu laden“ drücken, dann noch einmal speichern."
    ),
    "reload": "Neu laden",
    "reloaded": "Neu geladen ✓ (Stand {revision})",
    "save_failed": "Speichern hat nicht geklappt: {reason}",
    "map_missing": "Die Karte wird gerade vorbereitet. Sie können trotzdem schon Ressourcen festhalten.",
    "map_help": (
        "Tippen Sie auf eine Ressource, um sie zu ändern. Ziehen Sie sie in einen anderen Ring, "
        "wenn sie jetzt näher oder weiter weg ist."
    ),
    "side_new": "Neu",
    "side_connect": "Verbinden",
    "side_partner": "Angebote",
    # question cards
    "card_heading": "Frage zum Gespräch",
    "card_category": "{symbol} {category}",
    "card_next": "Nächste Frage ›",
    "card_skip": "Andere Richtung",
    "card_count": "Frage {n} von {total}",
    "cards_empty": "Keine Fragen hinterlegt.",
    # resource form
    "form_new_heading": "Was hilft Ihnen?",
    "form_edit_heading": "„{label}“ ändern",
    "label_label": "Was ist es?",
    "label_placeholder": "Zum Beispiel: Ich koche gern, Fahrrad, meine Nachbarin",
    "label_required": "Bitte schreiben Sie kurz, was es ist.",
    "category_label": "Welche Art?",
    "origin_label": "Woher kommt es?",
    "origin.eigen": "Von mir selbst",
    "origin.lebensumfeld": "Familie, Freunde",
    "origin.sozialraum": "Im Stadtteil",
    "origin.fachdienst": "Fachdienst, Amt",
    "origin.open": "Herkunft noch offen",
    "choice_open": "noch offen",
    "partners_already": "„{name}“ ist schon auf der Karte – es wird nicht noch einmal hinzugefügt.",
    "closeness_label": "Wie nah ist es Ihnen?",
    "person_label": "Wer oder was ist das?",
    "person_yes": "eine Person",
    "person_group": "eine Gruppe oder ein Ort",
    "role_label": "Wer ist das für Sie?",
    "role_placeholder": "Zum Beispiel: Schwester, Nachbarin, Trainer",
    "note_label": "In Ihren Worten (freiwillig)",
    "note_placeholder": "Was ist daran wichtig für Sie?",
    "more_details": "Mehr dazu (freiwillig)",
    "named_by_label": "Wer hat es genannt?",
    "named_by.elb": "Sie selbst",
    "named_by.ifk": "Ihre Beraterin oder Ihr Berater",
    "add": "Festhalten",
    "save_changes": "Änderung speichern",
    "delete": "Löschen",
    "cancel_edit": "Fertig – etwas Neues aufschreiben",
    # the list holds what is on the map (to change it), not suggestions (trial of session 16)
    "pick_label": "Etwas von der Karte ändern:",
    "pick_none": "– bitte wählen –",
    "added": "„{label}“ festgehalten.",
    "changed": "„{label}“ geändert.",
    "unchanged": "An „{label}“ hat sich nichts geändert.",
    "deleted": "„{label}“ gelöscht. Mit „Rückgängig“ kommt es zurück.",
    "deleted_step": "„{label}“ gelöscht.",
    # relation form
    "rel_heading": "Zwei Dinge verbinden",
    "rel_help": "Wählen Sie hier – oder tippen Sie nacheinander auf zwei Dinge in der Karte.",
    "rel_first": "Von:",
    "rel_second": "Zu:",
    "rel_elb": "Sie (in der Mitte)",
    "rel_strength": "Wie stark?",
    "rel_direction": "Wer unterstützt wen?",
    "rel_dir.gibt": "„Von“ hilft „Zu“",
    "rel_dir.bekommt": "„Zu“ hilft „Von“",
    "rel_dir.gegenseitig": "Beide helfen sich",
    "rel_helps": "{a} hilft {b}",
    "rel_helps_you": "{a} hilft Ihnen",
    "rel_you_help": "Sie helfen {b}",
    "rel_save": "Verbinden",
    "rel_same": "Bitte zwei verschiedene Dinge wählen.",
    "rel_added": "Verbindung festgehalten.",
    "rel_changed": "Verbindung geändert.",
    "rel_exists": "Diese beiden sind schon verbunden. Sie können die Verbindung hier ändern.",
    "rel_remove": "Verbindung löschen",
    "rel_removed": "Verbindung gelöscht.",
    # partners
    "partners_heading": "Angebote in der Nähe",
    "partners_help": (
        "Diese Stellen können Ihnen helfen. Ihre Beraterin oder Ihr Berater kann eine davon in die Karte legen."
    ),
    "partners_example_note": "Beispiele – Ihr Jobcenter ersetzt sie durch die Angebote vor Ort.",
    "partners_topics": "Passt bei: {topics}",
    "partners_add": "In die Karte legen",
    "partners_added": "„{name}“ liegt jetzt in der Karte.",
    "partners_problem": "Die Liste der Angebote konnte nicht geladen werden: {reason}",
    # case conference: the eLb decides whether the note may be shown (without names)
    "note_conference_ok": "Notiz darf ohne Namen in einer Fallbesprechung gezeigt werden",
    "note_conference_ok_help": "Sie entscheiden. Namen werden dort nie gezeigt.",
    "note_conference_ok_on": "Die Notiz darf jetzt ohne Namen in einer Fallbesprechung gezeigt werden.",
    "note_conference_ok_off": "Die Notiz wird in einer Fallbesprechung nicht gezeigt.",
    # transparency
    "tr_heading": "Das haben wir über Sie festgehalten",
    "tr_intro": (
        "Hier steht alles, was zu Ihrem Fall gespeichert ist. Sie können jederzeit fragen, "
        "etwas zu ändern oder zu löschen."
    ),
    # case picker
    "picker_heading": "Mit welchem Fall arbeiten wir?",
    "picker_open_heading": "Fall öffnen",
    "picker_empty": "Noch keine Fälle gespeichert.",
    "picker_case": "{alias}  ·  zuletzt geändert am {date}",
    "picker_new_heading": "Neuen Fall anlegen",
    "picker_alias_label": "Name für den Fall:",
    "picker_alias_placeholder": "z. B. Sonnenblume oder M. K.",
    "picker_alias_help": (
        "Ein Spitzname oder Kürzel genügt. Bitte keinen echten Namen – so bleibt der Fall geschützt."
    ),
    "picker_create": "Neuen Fall anlegen",
    "picker_alias_missing": "Bitte einen Spitznamen oder ein Kürzel eingeben.",
    "picker_problems_heading": "Diese Dateien konnten nicht gelesen werden (sie bleiben unverändert):",
    "picker_problem": "{name}: {reason}",
    "picker_open_failed": "Der Fall konnte nicht geöffnet werden: {reason}",
    "picker_opening": "„{alias}“ wird geöffnet …",
    "picker_creating": "Der neue Fall wird angelegt …",
    # wording guard
    "hint_missing": "",
}
