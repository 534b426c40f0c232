"""Texts of step drafts and the activation balance (``beratungskit/analysis/drafts.py``, ``activation.py``).

Hints are gentle questions for the IFK and the eLb together, never reproaches and never advice.
"""

TEXTS = {
    "draft_unfinished": "Dieser Schritt ist noch ein halber Satz. Bitte zu Ende schreiben, dann festhalten.",
    # drafts
    "no_drafts": (
        "Für dieses Ziel gibt es noch keine Vorschläge. Verbinden Sie zuerst etwas von der Karte mit "
        "dem Ziel („Was hilft Ihnen dabei?“)."
    ),
    "draft_hint": "Ein Vorschlag zum Weiterschreiben – übernehmen, umschreiben oder weglassen.",
    "bad_phrasings": "Die Vorlage für Schritt-Entwürfe ({path}) ist fehlerhaft: {detail}",
    "bad_placeholder": (
        "unbekannter Platzhalter {{{name}}} in „{text}“ (erlaubt: {{label}}, {{who}}, {{who_dat}})"
    ),
    "placeholder_format": "der Platzhalter {{{name}}} in „{text}“ darf keine Formatangabe (nach „:“ oder „!“) haben",
    "who_outside_people": "{{who}} und {{who_dat}} gibt es nur bei Personen (people), nicht in „{text}“",
    "label_not_neutral": (
        "In „{text}“ steht {{label}} an einer Stelle, die Artikel und Fall bräuchte. {{label}} darf nur "
        "nach einem Doppelpunkt stehen („Dabei hilft mir: {{label}}. …“) oder in einer Regel mit „heads“."
    ),
    "bad_possessive": "„{article}“ ist unter possessive nicht vorgesehen (erlaubt: meine, meinen, mein)",
    "rule_without_words": "Die Regel „{text}“ braucht „heads“ oder „words“.",
    "phrasings_missing": "Die Vorlage für Schritt-Entwürfe fehlt: {path}",
    # activation
    "ifk_question": "Was davon können Sie selbst tun?",
    "ifk_question_named": "Was davon kann {who} selbst tun?",
    "ifk_question_more": (
        "Vielleicht lässt sich ein Teil davon als eigener Schritt festhalten – in Ihren Worten."
    ),
    "hint_ifk_majority": (
        "Das Jobcenter hat im Moment mehr Schritte ({ifk}) als Sie selbst ({elb}). "
        "Gibt es etwas davon, das Sie selbst tun möchten?"
    ),
    "hint_sgb2_only": (
        "Für das Ziel „{goal}“ sind bisher nur Angebote des Jobcenters oder von Fachdiensten "
        "eingeplant. Auf Ihrer Karte stehen auch eigene Stärken und Menschen oder Orte aus Ihrem "
        "Umfeld ({examples}). Kann davon etwas helfen?"
    ),
    "share": "{elb} von {total} Schritten machen Sie selbst ({percent} %).",
    "share_none": "Noch keine Schritte festgehalten.",
}
