"""Texts of the "Wille & Ziele" tab: will, wishes, goals, next steps, referrals and the plan.

Addressed to the eLb with "Sie", in short plain sentences (the eLb may read little German). The
eLb's own words are never part of these texts except as a quoted value.
"""

TEXTS = {
    "tab": "Wille & Ziele",
    "section.will": "1 Wille",
    "section.goals": "2 Ziele",
    "section.steps": "3 Schritte",
    "section.referral": "4 Andere Stellen",
    "section.plan": "5 Plan",
    "map_help": (
        "Die kräftig gefärbten Kästchen mit dickem Rand gehören zum gewählten Ziel. "
        "Beim Bearbeiten eines Ziels: Tippen Sie auf ein Kästchen, um es dazuzunehmen oder wegzunehmen."
    ),
    # will and wishes
    "will_heading": "Was wollen Sie?",
    "will_label": "In Ihren eigenen Worten: Was wollen Sie?",
    "will_placeholder": "Zum Beispiel: Ich will wieder …",
    "will_help": "Wir schreiben es genau so auf, wie Sie es sagen.",
    "will_add": "Wille festhalten",
    "will_required": "Bitte schreiben Sie zuerst auf, was Sie wollen.",
    "will_added": "Ihr Wille ist festgehalten.",
    "wills_heading": "Das wollen Sie:",
    "wills_empty": "Noch nichts festgehalten.",
    "will_item": "„{text}“",
    "will_from_wish": "(aus einem Wunsch)",
    "wish_heading": "Wünsche und Ideen",
    "wish_help": "Auch Träume und Ideen haben Platz. Später kann daraus ein Wille werden.",
    "wish_placeholder": "Zum Beispiel: Irgendwann …",
    "wish_add": "Wunsch festhalten",
    "wish_required": "Bitte schreiben Sie zuerst den Wunsch auf.",
    "wish_added": "Ihr Wunsch ist festgehalten.",
    "wish_promote": "Das will ich wirklich",
    "wish_promoted": "Aus dem Wunsch ist ein Wille geworden.",
    "wish_is_will": "✓ ist jetzt ein Wille",
    # goals
    "goal_heading": "Ziele",
    "goal_pick": "Ziel:",
    "goal_pick_none": "– bitte wählen –",
    "goal_option": "{n}. {text}",
    "goal_new": "+ Neues Ziel",
    "goal_edit_heading_new": "Neues Ziel",
    "goal_edit_heading": "Ziel ändern",
    "goal_need_will": "Halten Sie zuerst unter „1 Wille“ fest, was Sie wollen. Jedes Ziel gehört zu einem Willen.",
    "goal_will_label": "Zu welchem Willen gehört das Ziel?",
    "goal_text_label": "Was ist Ihr Ziel?",
    "goal_text_placeholder": "Zum Beispiel: Bis zum Sommer …",
    "goal_resources_label": "Was hilft Ihnen dabei? (auch in der Karte antippen)",
    "goal_resources_empty": "Auf der Karte steht noch nichts.",
    "confidence_label": "Wie sicher sind Sie, dass Sie es schaffen? (0 = gar nicht, 10 = ganz sicher)",
    "confidence_next_label": "Was bräuchte es, damit Sie einen Punkt höher kommen?",
    "confidence_next_placeholder": "In Ihren Worten …",
    # scaling questions that follow the number (ui/scaling_box.py)
    "scale_questions_label": "Fragen zur Zahl – welche stellen Sie?",
    "scale_answer_placeholder": "Die Antwort in Ihren Worten …",
    # the IFK's own note on the case (ui/ifk_note.py)
    "ifk_note_heading": "Notiz der Fachkraft",
    "ifk_note_help": (
        "Ihre eigene Notiz – getrennt von den Worten der Person. Sie steht in „Was wir festhalten“: "
        "die Person kann alles lesen, was über sie geschrieben ist."
    ),
    "ifk_note_placeholder": "Was Sie als Fachkraft festhalten (keine Diagnosen, keine Bewertungen) …",
    "ifk_note_save": "Notiz speichern",
    "ifk_note_saved": "Notiz der Fachkraft gespeichert.",
    "ifk_note_cleared": "Notiz der Fachkraft gelöscht.",
    "goal_save_new": "Ziel festhalten",
    "goal_save": "Änderungen speichern",
    "goal_cancel": "Abbrechen",
    "goal_required": "Bitte schreiben Sie das Ziel auf.",
    "goal_added": "Ziel festgehalten.",
    "goal_changed": "Ziel geändert.",
    "goal_summary_resources": "Was hilft: {names}",
    "goal_summary_no_resources": "Noch nichts verbunden – tippen Sie auf „Ziel ändern“.",
    "goal_summary_confidence": "So sicher: {n} von 10",
    "goal_summary_next": "Einen Punkt höher mit: „{text}“",
    "goal_summary_answer": "{question} – „{text}“",
    "goal_edit": "Ziel ändern",
    "goal_to_steps": "Weiter zu den Schritten ›",
    # steps
    "steps_heading": "Nächste Schritte",
    "steps_pick_goal": "Wählen Sie oben ein Ziel.",
    "drafts_heading": "Vorschläge zum Weiterschreiben",
    "drafts_help": "Nichts wird festgehalten, bevor Sie es übernehmen oder umschreiben.",
    "drafts_none": "Keine offenen Vorschläge. Sie können unten einen eigenen Schritt aufschreiben.",
    "draft_origin": "{symbol} {origin}",
    # under a draft: where it comes from and the resource („★ Von mir selbst · Fahrrad“)
    "draft_from": "{origin} · {name}",
    "draft_take": "Übernehmen",
    "draft_finish": "Zu Ende schreiben",
    "draft_rewrite": "Umschreiben",
    "draft_discard": "Verwerfen",
    "draft_rewrite_label": "In Ihren Worten:",
    "draft_rewrite_save": "So übernehmen",
    "draft_rewrite_cancel": "Abbrechen",
    "draft_taken": "Schritt festgehalten.",
    "draft_discarded": "Vorschlag weggelegt (nicht gespeichert).",
    "due_label": "Bis wann?",
    "own_step_heading": "Eigener Schritt",
    "step_text_label": "Was ist der nächste Schritt?",
    "step_text_placeholder": "Zum Beispiel: Ich rufe … an",
    "step_owner_label": "Wer macht das?",
    "step_helper_label": "Wer genau? (Rolle oder Stelle, kein Name nötig)",
    "step_resources_label": "Was hilft dabei?",
    "step_add": "Schritt festhalten",
    "step_required": "Bitte schreiben Sie den Schritt auf.",
    "step_added": "Schritt festgehalten.",
    "ifk_intro": "Dieser Schritt wäre beim Jobcenter:",
    "ifk_step": "„{text}“",
    "ifk_own_part_label": "Ihr Teil, in Ihren Worten:",
    "ifk_choice_self": "Das mache ich selbst",
    "ifk_choice_split": "Wir teilen es auf",
    "ifk_choice_keep": "Das Jobcenter macht es",
    "ifk_choice_back": "Zurück",
    "ifk_split_required": "Bitte schreiben Sie zuerst Ihren Teil auf.",
    "ifk_split_added": "Zwei Schritte festgehalten: Ihr Teil und der Teil des Jobcenters.",
    "confirmed_heading": "Festgehaltene Schritte",
    "confirmed_none": "Noch keine Schritte für dieses Ziel.",
    "step_meta": "{owner} · {status}",
    "step_meta_due": "{owner} · bis {due} · {status}",
    "step_status_to": "→ {status}",
    "step_status_changed": "Schritt ist jetzt: {status}.",
    # case conference: the eLb decides whether their words may be shown (without names)
    "conference_ok": "Darf ohne Namen in einer Fallbesprechung gezeigt werden",
    "conference_ok_help": (
        "Sie entscheiden: Nur was Sie ankreuzen, darf das Team in einer Fallbesprechung lesen. "
        "Namen werden dort nie gezeigt."
    ),
    "conference_ok_on": "Darf jetzt ohne Namen in einer Fallbesprechung gezeigt werden.",
    "conference_ok_off": "Wird in einer Fallbesprechung nicht gezeigt.",
    # activation
    "share_title": "Wer macht die Schritte?",
    "share_text": "{elb} von {total} Schritten gehen Sie selbst.",
    "share_none": "Noch keine Schritte festgehalten.",
    "share_legend": "Sie selbst: {elb}, Umfeld und Partner: {others}, Jobcenter: {ifk}",
    "share_legend_elb": "Sie selbst: {n}",
    "share_legend_others": "Umfeld und Partner: {n}",
    "share_legend_ifk": "Jobcenter: {n}",
    # referral
    "referral_heading": "Andere Stellen",
    "referral_why": (
        "Manche Themen gehören nicht ins Jobcenter – zum Beispiel Krisen, Gesundheit oder Sorgen "
        "im Alltag. Dafür gibt es Stellen, die genau dafür da sind. Wir schreiben nur auf, zu welcher "
        "Stelle wir Sie geschickt haben und um welchen Bereich es grob geht – keine Einzelheiten."
    ),
    "referral_partner_label": "Welche Stelle?",
    "referral_partner_none": "– bitte wählen –",
    "referral_topic_label": "Um welchen Bereich geht es, grob?",
    "referral_add": "Hinweis auf diese Stelle festhalten",
    "referral_required": "Bitte wählen Sie eine Stelle.",
    "referral_added": "Festgehalten: Hinweis auf {name}.",
    "referral_list_heading": "Schon genannte Stellen:",
    # a referral in the list: a whole text per topic area, so that the eLb's language says the area too
    # (with the area as a value of its own the line stood in German only)
    "referral_item.alltag": "{name} – Alltag und Lebensfragen ({date})",
    "referral_item.krise": "{name} – Krise ({date})",
    "referral_item.gewalt": "{name} – Schutz vor Gewalt ({date})",
    "referral_item.gesundheit": "{name} – Gesundheit und Therapie ({date})",
    "referral_item.sucht": "{name} – Sucht ({date})",
    "referral_item.schulden": "{name} – Schulden und Geld ({date})",
    "referral_item.familie": "{name} – Familie und Erziehung ({date})",
    "referral_item.wohnen": "{name} – Wohnen ({date})",
    "referral_item.migration": "{name} – Migration und Aufenthalt ({date})",
    "referral_item.recht": "{name} – Rechtsfragen ({date})",
    "referral_item.sonstiges": "{name} – Sonstiges ({date})",
    "referral_example_note": "Die Stellen in der Liste sind Beispiele, bis Ihr Büro eigene einträgt.",
    "referral_directory_problem": "Die Liste der Stellen konnte nicht gelesen werden: {reason}",
    # plan
    "plan_heading": "Kooperationsplan",
    "plan_help": (
        "Der Plan fasst auf einer Seite zusammen, was Sie wollen, was Sie selbst tun und was hilft. "
        "Sie sehen ihn links, bevor er gedruckt wird."
    ),
    "review_label": "Wann schauen wir wieder gemeinsam darauf?",
    "review_saved": "Nächster Termin zum Draufschauen: {date}.",
    "review_cleared": "Kein Termin zum Draufschauen eingetragen.",
    "review_by_law": (
        "Noch kein gemeinsamer Termin: spätestens am {date}. So steht es im Gesetz "
        "(Sozialgesetzbuch Zwei, kurz SGB\u00a0II, §\u00a015): nach spätestens sechs Monaten. "
        "Wählen Sie gemeinsam ein Datum."
    ),
    "review_chosen": "Gemeinsam vereinbart.",
    "review_take": "Diesen Termin vereinbaren",
    "plan_make": "Kooperationsplan erstellen",
    "plan_made": "Plan erstellt.",
    "plan_open_print": "🖨 Plan öffnen und drucken",
    "plan_open_fest": "„Was über mich festgehalten ist“ öffnen",
    "plan_files": "Gespeichert im Ordner „{folder}“: {files}",
    "plan_pdf_missing": "Ein PDF war nicht möglich: {reason} Die HTML-Datei lässt sich im Browser drucken.",
    "plan_failed": "Der Plan konnte nicht gespeichert werden: {reason}",
    "plan_show_plan": "Plan ansehen",
    "plan_show_fest": "Was über mich festgehalten ist",
    "plan_preview_empty": "Hier erscheint der Plan, sobald Sie „Kooperationsplan erstellen“ tippen.",
    "plan_frame_title": "Vorschau: Kooperationsplan",
    "fest_frame_title": "Vorschau: Was über mich festgehalten ist",
    "back_to_map": "Zurück zur Karte",
}
