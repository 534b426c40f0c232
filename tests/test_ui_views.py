"""Verlauf tab, case-conference view and team view — widget tests without a browser."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from beratungskit.demo import DEMO_KEY, demo_case
from beratungskit.model import Case
from beratungskit.store import CaseStore
from beratungskit.ui.conference_view import ConferenceView
from beratungskit.ui.history_panel import HistoryPanel
from beratungskit.ui.session import Session
from beratungskit.ui.team_view import TeamView


@pytest.fixture
def store(store_dir: Path) -> CaseStore:
    store = CaseStore(store_dir)
    store.save(demo_case())
    return store


def _srcdoc(frame_value: str) -> str:
    match = re.search(r'srcdoc="([^"]*)"', frame_value)
    assert match, "no iframe srcdoc"
    return html.unescape(match.group(1))


def test_history_says_what_changed_since_an_earlier_state(store: CaseStore) -> None:
    session = Session(store, store.load(DEMO_KEY))
    panel = HistoryPanel(session)
    assert panel.since.options == ()
    session.apply(lambda case: case.add_resource("Gitarre"))
    first = session.case.resources[0]
    session.apply(lambda case: case.update_resource(first.id, closeness=3))

    # everything happened today: compare with the first kept state
    assert [value for _label, value in panel.since.options] == [1]
    lines = [w.value for w in panel.changes.children]
    assert any("Gitarre" in line for line in lines)
    assert any(first.label in line and "1 → 3" in line for line in lines)


def test_history_offers_the_end_of_each_earlier_day(store: CaseStore) -> None:
    from datetime import timedelta

    # Three earlier conversations, each ending in a saved state; then today's session.
    case = store.load(DEMO_KEY)
    for days_ago, label in ((30, "Gitarre"), (30, "Chor"), (10, "Garten")):
        case.add_resource(label)
        object.__setattr__(case, "updated_at", case.updated_at - timedelta(days=days_ago))
        store.save(case)
        object.__setattr__(case, "updated_at", case.updated_at + timedelta(days=days_ago))
    session = Session(store, store.load(DEMO_KEY))
    session.apply(lambda c: c.add_resource("Heute neu"))
    panel = HistoryPanel(session)
    # revision 1 (demo) is from today; 2 and 3 from 30 days ago (3 ends that day); 4 from 10 days ago
    assert [value for _label, value in panel.since.options] == [4, 3]
    panel.since.value = 3
    lines = [w.value for w in panel.changes.children]
    assert any("Garten" in line for line in lines) and not any("Chor" in line for line in lines)


def test_conference_preview_is_pseudonymised_and_sandboxed(store: CaseStore) -> None:
    view = ConferenceView(store)
    assert view.picker.value == DEMO_KEY
    assert 'sandbox=""' in view.preview.value
    document = _srcdoc(view.preview.value)
    assert "<svg" in document
    for secret in ("Mira K.", DEMO_KEY, "Jana", "Okafor", "Tamara"):
        assert secret not in document
    # the goal picker names goals by number, never by their (private) wording
    assert all("Bäckerei" not in label for label, _v in view.idea_goal.options)


def test_team_idea_is_recorded_as_a_suggestion_in_the_case(store: CaseStore) -> None:
    view = ConferenceView(store)
    goal_id = store.load(DEMO_KEY).goals[0].id
    view.idea.value = "Gibt es im Stadtteil einen Lauftreff?"
    view.idea_goal.value = goal_id
    view.record_idea()
    ideas = store.load(DEMO_KEY).team_ideas
    assert [(i.text, i.goal_id, i.taken_up) for i in ideas] == [
        ("Gibt es im Stadtteil einen Lauftreff?", goal_id, None)
    ]
    assert view.idea.value == ""
    assert "Lauftreff" in _srcdoc(view.preview.value)


def test_team_idea_on_a_stale_case_keeps_the_text(store: CaseStore) -> None:
    view = ConferenceView(store)
    other = store.load(DEMO_KEY)
    other.add_resource("Gitarre")
    store.save(other)  # someone else saved meanwhile
    view.idea.value = "Eine Idee"
    view.record_idea()
    assert view.idea.value == "Eine Idee"
    assert "neu wählen" in view.message.value
    assert store.load(DEMO_KEY).team_ideas == ()


def test_conference_file_is_written_next_to_the_store(store: CaseStore) -> None:
    view = ConferenceView(store)
    path = view.write()
    assert path is not None and path.parent == store.folder / "ausdrucke"
    text = path.read_text(encoding="utf-8")
    assert "Mira K." not in text and "<svg" in text


def test_projector_mode_hides_the_case_picker(store: CaseStore) -> None:
    view = ConferenceView(store)
    view.projector(True)
    assert view.chooser.layout.display == "none" and view.ideas_box.layout.display == "none"
    view.projector(False)
    assert view.chooser.layout.display == ""


def test_team_view_runs_with_progress_and_writes_the_report(store_dir: Path) -> None:
    store = CaseStore(store_dir)
    for n in range(6):
        case = demo_case()
        store.save(Case.model_validate({**case.model_dump(), "key": f"fall-{n}", "revision": 0}))
    view = TeamView(store)
    assert view.progress.layout.display == "none"  # no empty bar before anything runs
    path = view.build()
    assert view.progress.layout.display != "none"
    assert path is not None and path.is_file()
    assert view.progress.value == view.progress.max == 6
    assert "6" in view.message.value
    document = _srcdoc(view.report.value)
    assert "Mira" not in document and "<svg" in document


def _visible_texts(widget: object) -> list[str]:
    """Every text a person reads in a widget tree (labels, descriptions, HTML and framed pages)."""
    import ipywidgets as widgets

    texts: list[str] = []
    if isinstance(widget, widgets.HTML):
        texts.append(_srcdoc(widget.value) if "srcdoc=" in widget.value else widget.value)
    elif isinstance(widget, widgets.Label | widgets.Button):
        texts.append(widget.value if isinstance(widget, widgets.Label) else widget.description)
    for child in getattr(widget, "children", ()):
        texts.extend(_visible_texts(child))
    return texts


def test_under_the_hub_the_team_view_speaks_of_the_team_folder(store_dir: Path, tmp_path: Path) -> None:
    """Issue 14: the figures come from the team folder there; "Fallordner" (the own folder) was wrong."""
    from beratungskit.store.teamfolder import TeamFolder
    from beratungskit.ui.teamshare import share_figures

    store = CaseStore(store_dir)
    team = TeamFolder(tmp_path / "team")
    team.folder.mkdir()
    for n in range(6):
        case = demo_case()
        store.save(Case.model_validate({**case.model_dump(), "key": f"fall-{n}", "revision": 0}))
        share_figures(store, store.load(f"fall-{n}"), team)
    view = TeamView(store, team=team)
    assert view.build() is not None
    text = "\n".join(_visible_texts(view.widget))
    assert "Fälle mit Zahlen: 6" in text and "Zahlen aus dem Teamordner" in text
    assert "Fallordner" not in text
    # on one PC the same view reads the own case folder and says so
    alone = TeamView(store)
    alone.build()
    assert "Zahlen aus dem Fallordner" in "\n".join(_visible_texts(alone.widget))


def test_session_app_offers_the_history_tab(store: CaseStore) -> None:
    from beratungskit.ui.app import SessionApp

    app = SessionApp(store)
    app.open_case(store.load(DEMO_KEY))
    titles = list(app.tabs.titles)
    assert "Was hat sich verändert?" in titles
    assert "Wille & Ziele" in titles


def test_an_output_folder_that_cannot_be_used_is_said_in_german(store: CaseStore) -> None:
    """Issue 9: the conference and team views showed the system's English error text."""
    (store.folder / "ausdrucke").write_text("eine Datei, wo ein Ordner sein sollte", encoding="utf-8")
    conference = ConferenceView(store)
    assert conference.write() is None
    team = TeamView(store)
    assert team.build() is None
    for message in (conference.message.value, team.message.value):
        assert "Ein Teil des Pfades ist kein Ordner." in message, message
        assert "Errno" not in message and "Not a directory" not in message


def test_a_damaged_history_entry_is_left_out_not_a_broken_tab(store: CaseStore) -> None:
    """Issue 9, the history reader: one odd file in ``.verlauf`` made the history tab fail to build."""
    session = Session(store, store.load(DEMO_KEY))
    session.apply(lambda case: case.add_resource("Gitarre"))
    session.apply(lambda case: case.add_resource("Flöte"))
    entry = store.folder / ".verlauf" / DEMO_KEY / "000001.json"
    entry.write_bytes(b"[" * 100_000)
    panel = HistoryPanel(session)
    assert [value for _label, value in panel.since.options] == [2]
    assert entry.read_bytes() == b"[" * 100_000  # reported by the store, never repaired silently


def test_under_the_hub_the_newest_team_page_is_chosen_and_no_empty_list_is_shown(
    store: CaseStore, tmp_path: Path
) -> None:
    """Issue 14: the list of colleagues' pages showed a blank choice although a page was there."""
    from beratungskit.store.teamfolder import CONFERENCES, TeamFolder

    team = TeamFolder(tmp_path / "team")
    team.folder.mkdir()
    view = ConferenceView(store, team=team)
    assert view.shared_row.layout.display == "none" and "noch keine" in view.shared_note.value
    team.write(CONFERENCES, "fallbesprechung-A-7K2.html", "<p>Fall A-7K2</p>")
    view.refresh_shared()
    assert view.shared.value == "fallbesprechung-A-7K2.html"
    assert view.shared_row.layout.display == "" and not view.show_shared.disabled
