"""Texts of the case-conference file (Fallbesprechung, pseudonymised, for a projector)."""

TEXTS = {
    "notes": "Notizen, die gezeigt werden dürfen (in den Worten der Kundin/des Kunden)",
    "title": "Fallbesprechung – {alias}",
    "pseudonym_note": (
        "Diese Datei ist pseudonymisiert: keine Namen, keine privaten Notizen, Daten nur auf den Monat "
        "genau. Bitte nach der Besprechung löschen und nicht weitergeben."
    ),
    "nav": "Ablauf",
    "phase1": "1. Fallvorstellung",
    "phase1_hint": (
        "Die fallgebende Fachkraft stellt vor, was sie gemeinsam mit der Kundin/dem Kunden festgehalten "
        "hat – in deren eigenen Worten, soweit es geteilt werden darf."
    ),
    "question": "Meine Frage an das Team:",
    "question_blank": "(Die fallgebende Fachkraft nennt ihre Frage zu Beginn.)",
    "map": "Ressourcenkarte",
    "legend": "So lesen Sie die Karte",
    "map_missing": "Die Karte kann in dieser Version nicht gezeichnet werden.",
    "resources_count": "{count} Ressourcen auf der Karte",
    "origins": "Woher die Ressourcen kommen",
    "origin_row": "{origin}: {count}",
    "will": "Wille der Kundin/des Kunden",
    "will_none": "Noch kein Wille festgehalten.",
    "goals": "Ziele und nächste Schritte",
    "goals_none": "Noch keine Ziele festgehalten.",
    "goal_of_will": "zu: {will}",
    "confidence": "Zuversicht (eigene Einschätzung): {value} von 10",
    "confidence_none": "Zuversicht: noch nicht gefragt",
    "goal_status": "Stand: {status}",
    "step_owner": "Wer: {owner}",
    "step_due": "bis {month}",
    "step_status": "Stand: {status}",
    "steps_none": "Noch keine Schritte.",
    "uses": "nutzt: {resources}",
    "activation": "Wer macht die Schritte?",
    "activation_share": "{elb} von {total} Schritten macht die Kundin/der Kunde selbst ({percent} %).",
    "activation_none": "Noch keine Schritte festgehalten.",
    "activation_rest": "Jobcenter: {ifk} · Netzwerk und Umfeld: {others}",
    "referrals": "Hinweise auf Einrichtungen",
    "referral_row": "{institution} – Thema: {topic} ({month})",
    "phase2": "2. Fragen zum Verständnis",
    "phase2_hint": "Nur Verständnisfragen – noch keine Ideen, keine Ratschläge, keine Bewertung.",
    "phase2_q1": "Was will die Kundin/der Kunde – in ihren/seinen eigenen Worten?",
    "phase2_q2": "Welche Ressourcen hat sie/er selbst schon genannt? Welche sind noch ungenutzt?",
    "phase2_q3": "Was davon kann sie/er selbst tun? Wer aus dem Umfeld oder Sozialraum könnte helfen?",
    "phase2_q4": "Wie zuversichtlich ist sie/er selbst – und was bräuchte es für einen Punkt mehr?",
    "phase3": "3. Hypothesen und Ideen sammeln",
    "phase3_hint": (
        "Das Team sammelt Ideen. Jede Idee ist ein Vorschlag, den die Fachkraft der Kundin/dem Kunden "
        "anbieten kann – die Kundin/der Kunde entscheidet, ob sie/er ihn aufgreift."
    ),
    "ideas": "Ideen aus dem Team",
    "ideas_none": "Noch keine Ideen festgehalten.",
    "ideas_hidden": "Die Ideen aus dem Team sind in dieser Ansicht ausgeblendet.",
    "suggestion": "Vorschlag – die Kundin/der Kunde entscheidet",
    "idea_goal": "zu {goal}",
    "idea_open": "noch nicht besprochen",
    "idea_taken": "von der Kundin/dem Kunden aufgegriffen",
    "idea_left": "von der Kundin/dem Kunden nicht aufgegriffen",
    "phase4": "4. Rückmeldung der fallgebenden Fachkraft",
    "phase4_hint": (
        "Die fallgebende Fachkraft sagt, was sie mitnimmt – als Angebot für das nächste Gespräch, nicht "
        "als Auftrag an die Kundin/den Kunden."
    ),
    "phase4_q1": "Was war für mich hilfreich?",
    "phase4_q2": "Welche Frage nehme ich mit in das nächste Gespräch?",
    "phase5": "5. Abschluss",
    "phase5_hint": (
        "Kurzer Rückblick der Runde. Die Kundin/der Kunde ist Expertin/Experte ihres/seines Lebens: sie/er "
        "entscheidet, was von den Ideen sie/er aufgreift."
    ),
    "phase5_delete": "Diese Datei nach der Besprechung löschen.",
    "footer": "Erstellt mit beratungskit · Stand {month} · pseudonymisiert",
}
