"""The shared Jinja2 environment: escaping everywhere and an office's override, file by file."""

from __future__ import annotations

from pathlib import Path

import pytest

from beratungskit.demo import demo_case
from beratungskit.render.plan import plan_html
from beratungskit.render.templating import render_string


def test_user_text_is_escaped_in_any_template() -> None:
    assert (
        render_string("{{ x }}", x='<img src=x onerror="a()">') == "&lt;img src=x onerror=&#34;a()&#34;&gt;"
    )


def test_an_office_overrides_one_template_and_keeps_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "html").mkdir()
    # The office's own plan page; its base template and every other file still come built in.
    (tmp_path / "html" / "plan.html.j2").write_text(
        '{% extends "_base.html.j2" %}{% block body %}<h1>Unser eigener Plan für {{ alias }}</h1>'
        "{% endblock %}",
        encoding="utf-8",
    )
    monkeypatch.setenv("BERATUNGSKIT_TEMPLATES", str(tmp_path))
    html = plan_html(demo_case())
    assert "Unser eigener Plan für Mira K." in html
    monkeypatch.delenv("BERATUNGSKIT_TEMPLATES")
    assert "Unser eigener Plan" not in plan_html(demo_case())
