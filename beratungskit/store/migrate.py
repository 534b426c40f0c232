"""Schema versions of the case file and the steps that lift an old file to the current one.

Every case file says which format it follows (``schema_version``). Reading a file runs the chain of
step functions from that version up to :data:`~beratungskit.model.CURRENT_SCHEMA_VERSION`; the file on
disk is left as it is until the case is saved again (then in the current format; the old file stays in
the history).

Version history:

* **1** — the first field version. A goal's "Wie zuversichtlich sind Sie?" was stored as
  ``zuversicht``; there was no place for wishes/ideas (``wishes``) nor for ideas from a case
  conference (``team_ideas``), and a will statement could not point to a wish.
* **2** — ``zuversicht`` became ``confidence`` (with ``confidence_next`` for the follow-up
  question); ``wishes`` and ``team_ideas`` were added.
* **3** — (issue 11). A resource's origin, closeness and "who named it" may be unset
  (``null`` = "noch offen"; a version-2 file always had values, which stay); the case got the IFK's
  own note (``ifk_note``) and the day the plan was made (``plan_on``); a goal keeps the scaling
  question as asked (``confidence_question``) and one confidence mark per conversation day
  (``confidence_history``), which starts with the stored confidence on the goal's first day.

* **4** — (issue 12). ``language``: the language the eLb reads beside the German (``de``
  for files written before: German only, as they were shown).
* **5** — current (issue 11). A resource's ``is_person`` may be unset (``null`` = "noch offen"):
  person, group or place is asked openly where a social resource is added. Before, ``false`` was
  also what nobody chose (the tick "Das ist eine Person" was hidden in "Mehr dazu"), so a version-4
  ``false`` becomes ``null``; ``true`` stays. A confidence mark keeps the day's scaling ``question``
  and the eLb's ``answer``: the newest mark gets the goal's stored pair when it holds the goal's
  number (the stored answer belongs to the stored number).

>>> old = {"schema_version": 1, "key": "k", "alias": "A", "goals": [{"id": "z1", "zuversicht": 7}]}
>>> new = migrate(old)
>>> new["schema_version"], new["goals"][0]["confidence"], new["wishes"], new["language"]
(5, 7, [], 'de')
>>> old["goals"][0]["zuversicht"]  # the input is not changed
7
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from beratungskit.messages import t
from beratungskit.model import CURRENT_SCHEMA_VERSION
from beratungskit.model.text import visible
from beratungskit.store.errors import SchemaVersionError

__all__ = ["CURRENT_SCHEMA_VERSION", "STEPS", "migrate", "schema_version_of"]

Data = dict[str, Any]


def _v1_to_v2(data: Data) -> Data:
    for goal in data.get("goals") or []:
        if isinstance(goal, dict) and "zuversicht" in goal:
            goal["confidence"] = goal.pop("zuversicht")
    data.setdefault("wishes", [])
    data.setdefault("team_ideas", [])
    data["schema_version"] = 2
    return data


def _v2_to_v3(data: Data) -> Data:
    for goal in data.get("goals") or []:
        if not isinstance(goal, dict) or "confidence_history" in goal:
            continue
        value, created = goal.get("confidence"), goal.get("created_at")
        # The day the confidence was given is not known; the goal's first day is the best guess.
        day = created[:10] if isinstance(created, str) and len(created) >= 10 else None
        goal["confidence_history"] = (
            [{"on": day, "value": value}] if isinstance(value, int) and day is not None else []
        )
    data["schema_version"] = 3
    return data


def _v3_to_v4(data: Data) -> Data:
    data.setdefault("language", "de")
    data["schema_version"] = 4
    return data


def _v4_to_v5(data: Data) -> Data:
    for resource in data.get("resources") or []:
        # an unticked box was nobody's answer: it becomes "noch offen", never "not a person"
        if isinstance(resource, dict) and resource.get("is_person") is False:
            resource["is_person"] = None
    for goal in data.get("goals") or []:
        marks = goal.get("confidence_history") if isinstance(goal, dict) else None
        if not marks or not all(isinstance(m, dict) for m in marks):
            continue
        newest = max(marks, key=lambda m: str(m.get("on")))
        if newest.get("value") == goal.get("confidence") and "answer" not in newest:
            newest["question"] = goal.get("confidence_question")
            newest["answer"] = goal.get("confidence_next")
    data["schema_version"] = 5
    return data


#: version → function lifting data of that version to the next one
STEPS: dict[int, Callable[[Data], Data]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}


def schema_version_of(data: Data) -> int:
    """The schema version a file declares; :class:`SchemaVersionError` (German) when missing or odd."""
    if "schema_version" not in data:
        raise SchemaVersionError(t("store.version_missing"))
    version = data["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        # shown as one printable line: a NUL or a line break in the file must not reach the message
        raise SchemaVersionError(t("store.version_bad", version=visible(version, 40)))
    return version


def migrate(data: Data) -> Data:
    """Return ``data`` lifted to the current schema version (a copy when anything changes).

    A version newer than this program knows raises :class:`SchemaVersionError` with a German
    message asking to update beratungskit, so a newer file is never misread or overwritten.
    """
    version = schema_version_of(data)
    if version == CURRENT_SCHEMA_VERSION:
        return data  # the common case: no copy, no work
    if version > CURRENT_SCHEMA_VERSION:
        raise SchemaVersionError(t("store.version_newer", version=version, known=CURRENT_SCHEMA_VERSION))
    if version not in STEPS:
        raise SchemaVersionError(t("store.version_unknown", version=version))
    data = copy.deepcopy(data)
    while version < CURRENT_SCHEMA_VERSION:
        data = STEPS[version](data)
        version = schema_version_of(data)
    return data
