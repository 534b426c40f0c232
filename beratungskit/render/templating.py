"""The one Jinja2 environment every HTML export renders with.

Autoescaping for every template whatever its file name (user text never becomes markup), strict
about undefined names, and the message catalogue as ``t``. Templates are looked up in the office's
folder (``BERATUNGSKIT_TEMPLATES``) first and then in the ones that come with beratungskit, file by
file, so an office may override just one template.

>>> render_string("<p>{{ text }}</p>", text="<script>")
'<p>&lt;script&gt;</p>'
"""

from __future__ import annotations

import functools
from typing import Any

from beratungskit.messages import t
from beratungskit.resources import builtin_templates_dir, templates_dir

__all__ = ["environment", "render", "render_string"]


def environment() -> Any:
    """The environment for the current templates folder (cached per folder)."""
    return _environment(str(templates_dir() / "html"), str(builtin_templates_dir() / "html"))


@functools.cache
def _environment(*folders: str) -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(list(dict.fromkeys(folders))),
        autoescape=True,  # every template, whatever its file name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["t"] = t
    env.globals["bi"] = jinja2.pass_context(_bilingual)
    env.globals["translation"] = jinja2.pass_context(_translation)
    return env


def _bilingual(context: Any, key: str, **values: Any) -> Any:
    """``{{ bi("area.key") }}``: the German text and, when the page's ``lang`` is another
    language, the translation below it (see :mod:`beratungskit.render.bilingual`)."""
    from beratungskit.render.bilingual import text_html

    return text_html(key, context.get("lang", "de"), **values)


def render(name: str, **context: Any) -> str:
    """Render ``templates/html/<name>`` with ``context``."""
    return str(environment().get_template(name).render(**context))


def render_string(source: str, **context: Any) -> str:
    """Render a template given as text (for tests and small pieces)."""
    return str(environment().from_string(source).render(**context))


def _translation(context: Any, key: str, **values: Any) -> Any:
    """``{{ translation("area.key") }}``: only the translation (nothing for a German page)."""
    from beratungskit.render.bilingual import translation_html

    return translation_html(key, context.get("lang", "de"), **values)
