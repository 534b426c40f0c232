"""Texts of the one-page Kooperationsplan and of "Was über mich festgehalten ist" (render/plan.py).

Plain, short German: the eLb takes the plan home and may read little German. The plan speaks in the
first person ("Das will ich"), the way the eLb would say it.
"""

TEXTS = {
    # --- the plan -------------------------------------------------------------------------------
    "plan.doc_title": "Mein Kooperationsplan – {alias}",
    "plan.title": "Mein Plan",
    "plan.changes_more": "und {n} weitere",
    "plan.changes_none": "Seitdem hat sich nichts verändert.",
    "plan.subtitle": "Was wir zusammen vereinbaren (Kooperationsplan)",
    "plan.for": "für {alias}",
    "plan.date": "Stand: {date}",
    "plan.frame": (
        "Unser gemeinsames Ziel: Ich kann später möglichst selbst für meinen Lebensunterhalt sorgen. "
        "Das Jobcenter unterstützt mich dabei."
    ),
    "plan.will": "Das will ich",
    "plan.goals": "Meine Ziele",
    "plan.steps": "Meine nächsten Schritte",
    "plan.helps": "Dabei hilft mir",
    "plan.jobcenter": "Das macht das Jobcenter",
    "plan.referrals": "Hier kann ich mich auch melden",
    "plan.map": "Meine Karte: Was mir hilft",
    "plan.map_page": "Meine ganze Karte steht auf der nächsten Seite.",
    "plan.nothing": "Noch nichts festgehalten.",
    "plan.confidence": "So sicher bin ich: {n} von 10",
    "plan.confidence_scale": "Skala von 0 (gar nicht sicher) bis 10 (ganz sicher)",
    "plan.confidence_next": "Das würde mir noch helfen: {text}",
    # the answer to a scaling question, framed by the question asked (analysis/scaling.answer_frame)
    "plan.confidence_answer.already": "Das hilft mir schon: {text}",
    "plan.confidence_answer.notice": "Daran merke ich, dass ich weiterkomme: {text}",
    "plan.confidence_answer.own": "Das kann ich selbst dafür tun: {text}",
    "plan.confidence_answer.now": "Das hilft mir jetzt: {text}",
    "plan.goal_reached": "Erreicht!",
    "plan.goal_number": "Ziel {n}",
    "plan.for_goal": "zu Ziel {n}",
    "plan.who": "Wer:",
    "plan.due": "Bis:",
    "plan.due_date": "bis {date}",
    "plan.no_due": "ohne festen Termin",
    "plan.me": "Ich",
    "plan.jobcenter_owner": "Jobcenter",
    "plan.partner": "Partner",
    "plan.circle": "Jemand aus meinem Umfeld",
    "plan.status.begonnen": "angefangen",
    "plan.status.erledigt": "erledigt",
    "plan.review": "Wir sprechen wieder darüber: am {date}",
    # no date chosen together: the latest date the law sets (§ 15 Abs. 3 SGB II), said as such
    "plan.review_law": (
        "Wir sprechen spätestens am {date} wieder darüber. So steht es im Gesetz "
        "(Sozialgesetzbuch Zwei, kurz SGB\u00a0II, §\u00a015): nach spätestens sechs Monaten. "
        "Wir können auch einen früheren Termin ausmachen."
    ),
    # resources whose origin is still open: no word of the form ("Herkunft") on the eLb's paper (trial 16)
    "plan.group.open": "Außerdem",
    "plan.group.eigen": "Ich selbst",
    "plan.group.lebensumfeld": "Menschen um mich",
    "plan.group.sozialraum": "In meiner Umgebung",
    "plan.group.fachdienst": "Fachdienste und Jobcenter",
    "plan.festgehalten_hint": (
        "Alles, was wir aufgeschrieben haben, steht im Blatt „Was über mich festgehalten ist“."
    ),
    # --- the documentation view ("Was über mich festgehalten ist") -------------------------------
    "fest.doc_title": "Was über mich festgehalten ist – {alias}",
    "fest.title": "Was über mich festgehalten ist",
    "fest.intro": (
        "Hier steht alles, was im Jobcenter zu Ihrem Plan gespeichert ist – nichts anderes. "
        "Wenn etwas nicht stimmt, sagen Sie es bitte. Es wird dann geändert oder gelöscht."
    ),
    "fest.printed": "Erstellt am {date}",
    # pdf
    "pdf.no_chromium": (
        "Für das PDF wird der Browser Chromium gebraucht, er ist auf diesem Rechner nicht installiert. "
        "Öffnen Sie die HTML-Datei {html} und drucken Sie sie als PDF, oder installieren Sie "
        "Chromium (apt-get install chromium)."
    ),
    "pdf.failed": "Das PDF konnte nicht erstellt werden ({detail}). Die HTML-Datei liegt hier: {html}",
    "pdf.no_html": "Die HTML-Datei {html} gibt es nicht.",
}
