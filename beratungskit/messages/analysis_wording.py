"""Texts of the wording guard (``beratungskit.analysis.wording``): kinds, hint lines, field names.

Reasons and suggestions for each term live in ``templates/wording_guard.yaml`` so an office can adapt
them; what is fixed wording of the tool lives here.
"""

TEXTS = {
    # kinds of findings
    "kind.deficit": "Defizitzuschreibung",
    "kind.typing": "Zielgruppe oder Typisierung",
    "kind.profiling": "Profiling, Gesundheit oder Vorgeschichte",
    "kind.judging": "Bewertung oder Ratschlag",
    "kind.crisis": "Lebens- oder Krisenthema – verweisen",
    # severities
    "severity.hint": "Hinweis",
    "severity.soft": "Leiser Hinweis",
    # the one- or two-line hint under a text field
    "hint.head": "{severity} zur Formulierung: {items} – Sie entscheiden.",
    "hint.item": "„{words}“ ({kind})",
    "hint.more": "und {n} weitere Stellen",
    "hint.more_one": "und eine weitere Stelle",
    "hint.suggestion": "Vorschlag: {suggestion}",
    # where in a case a finding is
    "where.item": "{kind} „{text}“, {field}",
    "where.relation": "Verbindung „{a} – {b}“, {field}",
    "field.label": "Bezeichnung",
    "field.role": "Rolle",
    "field.note": "Notiz",
    "field.text": "Text",
    "field.confidence_next": "Antwort auf die Skalenfrage",
    "field.helper": "Wer hilft",
    "field.ifk_note": "Notiz der Fachkraft",
    "where.case": "Fall, {field}",
    # a crisis topic, in any text: a gentle question, and an offer of the fitting service
    "crisis.question": (
        "Muss das aufgeschrieben werden? Für den Plan reicht oft, wohin die Person sich wenden kann – "
        "Einzelheiten einer Krise gehören nicht in die Akte."
    ),
    "crisis.offer": "Passende Stelle zum Weitergeben: {services}",
    "crisis.service": "{name} ({description})",
    "crisis.line": (
        "Bei Gedanken, sich etwas anzutun: Telefonseelsorge 0800 111 0 111 oder 0800 111 0 222 "
        "(kostenlos, rund um die Uhr), im Notfall 112. Sprechen Sie es direkt und ruhig an."
    ),
    # under the eLb's own words the numbers are said once, to the eLb (ui_session.crisis_help_self_harm,
    # in their language too); the IFK keeps what only they need
    "crisis.line_beside_elb": "Sprechen Sie es direkt und ruhig an; im Notfall 112.",
    # problems in an office's own wording_guard.yaml
    "term_too_long": "ein einzelnes Wort darf höchstens {max} Zeichen haben",
    "bad_shape": "Die Einträge haben nicht die erwartete Form (siehe die Erklärung oben in der Datei).",
    "bad_file": "Die Formulierungs-Hinweise in „{file}“ lassen sich nicht lesen: {detail}",
    "bad_entry": (
        "Die Formulierungs-Hinweise in „{file}“ enthalten einen ungültigen Eintrag „{entry}“: {detail}"
    ),
    "bad_kind": "unbekannte Art „{kind}“ (erlaubt: {allowed})",
    "unknown_list": "unbekannte Liste „{name}“ (die Listen stehen unter „unless_lists“)",
    "nested_list": "eine Liste unter „unless_lists“ kann keine andere Liste nennen",
    "unknown_fragment": "unbekanntes Teilstück „{name}“ (die Teilstücke stehen unter „fragments“)",
    "bad_fragment": (
        "ein Teilstück unter „fragments“ hat einen Namen aus Großbuchstaben (ZWEIFEL) und einen Text"
    ),
    "builtin_fragment": (
        "„{name}“ ist ein eingebautes Teilstück (die Abkürzungen, nach denen kein Satz endet) und kann "
        "nicht neu geschrieben werden; bitte einen anderen Namen wählen"
    ),
    "bad_writer": "unbekannter Schreiber „{writer}“ (erlaubt: ifk, elb)",
    "bad_severity": "unbekannte Stärke „{severity}“ (erlaubt: hint, soft)",
    "bad_threshold": "eine Schwelle ist eine Zahl über 0 bis 1 (z. B. 0.3)",
}
