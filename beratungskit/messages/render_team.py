"""Texts of the team report (Teamreflexion): captions of the charts and the privacy notes."""

TEXTS = {
    "title": "Teamreflexion – arbeiten wir so, wie es das Konzept sagt?",
    "intro": (
        "Zahlen aus dem Fallordner (Anzahl der Fälle: {n}). Jede Zahl beruht auf mindestens {min} Fällen; wo es "
        "weniger sind, steht „zu wenige Fälle“. Es gibt keine Gruppierung nach Personen – die Fälle "
        "enthalten keine Merkmale von Personen."
    ),
    "unreadable": "{n} Datei(en) im Fallordner konnten nicht gelesen werden und fehlen in den Zahlen.",
    # Under the hub the figures come from the team folder (the cases' counts, no case files).
    "intro_team": (
        "Zahlen aus dem Teamordner: die Fälle, deren Zahlen die Fachkräfte des Teams dort abgelegt haben "
        "(Anzahl der Fälle: {n}). Jede Zahl beruht auf mindestens {min} Fällen; wo es weniger sind, steht "
        "„zu wenige Fälle“. Es gibt keine Gruppierung nach Personen – die Zahlen enthalten keine Merkmale "
        "von Personen."
    ),
    "unreadable_team": "{n} Datei(en) im Teamordner konnten nicht gelesen werden und fehlen in den Zahlen.",
    "too_few_cases": (
        "Zu wenige Fälle: Anzahl der Fälle ist {n}, gezeigt wird erst ab {min} Fällen. So kann niemand "
        "aus den Zahlen auf einzelne Kundinnen oder Kunden schließen."
    ),
    "too_few": "zu wenige Fälle",
    "not_available": "nicht verfügbar",
    "share": "{part} von {whole} ({percent} %)",
    "cases_basis": "Grundlage: {cases} Fälle",
    "sec_resources": "Ressourcen",
    "chart_category": "Ressourcen nach Bereich (Anzahl aller Ressourcen auf den Karten)",
    "chart_origin": (
        "Ressourcen nach Herkunft – das Konzept sagt: eigene Ressourcen, Lebensumfeld und Sozialraum "
        "vor Fachdienst/SGB\u00a0II"
    ),
    "sec_activation": "Aktivierung: Wer macht die Schritte?",
    "chart_owner": "Schritte nach Zuständigkeit (ohne „nicht mehr nötig“)",
    "elb_share": "Anteil der Schritte, die die Kundinnen und Kunden selbst machen",
    "goals_social": "Anteil der Ziele, die eigene Ressourcen, Lebensumfeld oder Sozialraum nutzen",
    "goals_reached": "Anteil der erreichten Ziele",
    "sec_confidence": "Zuversicht",
    "chart_confidence": (
        "Wie zuversichtlich sind die Kundinnen und Kunden bei ihren Zielen? (eigene Einschätzung 0–10, "
        "Anzahl der Ziele je Wert)"
    ),
    "sec_referrals": "Verweise an Einrichtungen",
    "chart_referrals": "Verweise nach Art der Einrichtung (Anzahl der Verweise)",
    "referrals_none": "Keine Verweise mit mindestens {min} Fällen je Art.",
    "kinds_hidden": "Arten, die in weniger als {min} Fällen vorkommen, werden nicht einzeln gezeigt.",
    "kind_unknown": "ohne Angabe der Art",
    "sec_partners": "Netzwerkpartner",
    "chart_partners": "Genutzte Netzwerkpartner aus dem Partnerverzeichnis (Anzahl der Fälle)",
    "no_directory": "Kein Partnerverzeichnis gefunden (templates/partners.yaml) – diese Zahlen fehlen.",
    "partners_none": "Kein Netzwerkpartner kommt in mindestens {min} Fällen vor.",
    "partners_hidden": "Partner, die in weniger als {min} Fällen vorkommen, werden nicht einzeln gezeigt.",
    "chart_network": (
        "Welche Netzwerkpartner werden im selben Fall zusammen genutzt? (Linie: in mindestens {min} "
        "Fällen gemeinsam; je dicker, desto öfter)"
    ),
    "network_none": "Kein Paar von Netzwerkpartnern kommt in mindestens {min} Fällen gemeinsam vor.",
    "sec_wording": "Sprach-Hinweise",
    "wording_cases": "Fälle, in denen der Sprach-Hinweis (defizitorientierte Wörter) angeschlagen hat",
    "wording_findings": "Hinweise insgesamt: {n}",
    "footer": "Erstellt mit beratungskit · ohne Namen und ohne Merkmale von Personen",
}
