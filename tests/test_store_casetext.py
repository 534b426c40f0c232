"""A case file's text made from kept item texts is byte for byte pydantic's dump of the whole case."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import BaseModel, ValidationError

from benchmarks.cases import synthetic_case
from beratungskit.demo import demo_case
from beratungskit.model import ELB_ID, Case, Category
from beratungskit.store import CaseStore
from beratungskit.store.casetext import CaseText


def whole(case: Case, revision: int) -> bytes:
    return case.model_copy(update={"revision": revision}).model_dump_json(indent=2).encode()


@pytest.mark.parametrize(
    "case",
    [Case.new("Leer", key="leer"), demo_case(), synthetic_case(15, 15), synthetic_case(200, 200)],
    ids=["empty", "demo", "15", "200"],
)
def test_the_text_is_the_whole_dump(case: Case) -> None:
    assert CaseText().dump(case, 7) == whole(case, 7)


def test_after_each_change_the_kept_texts_still_give_the_whole_dump() -> None:
    text = CaseText()
    case = demo_case()
    first = case.resources[0].id
    changes = [
        lambda c: c.add_resource('Nachbarin „Frau A.“ \\ "B"\nzweite Zeile', category=Category.SOZIAL),
        lambda c: c.update_resource(first, label="Oma Ülkü 👵", closeness=3),
        lambda c: c.move_resource(first, 10.5, -3.25),
        lambda c: c.connect(ELB_ID, c.resources[-1].id),
        lambda c: c.add_goal(c.wills[0].id, "Ein Ziel", resource_ids=[first], confidence=5),
        lambda c: c.set_next_review(date(2027, 2, 1)),
        lambda c: c.set_ifk_note("Notiz mit\ttab"),
        lambda c: c.remove_resource(first),  # removes lines, goal ties: many lists anew
        lambda c: c.remove("wills", c.wills[0].id),
    ]
    for revision, change in enumerate(changes, start=2):
        change(case)
        assert text.dump(case, revision) == whole(case, revision)


def test_the_store_writes_the_whole_dump(store: CaseStore) -> None:
    case = synthetic_case(60, 60)
    store.save(case)
    case.add_resource("Noch eine")
    store.save(case)
    assert store.path_for(case.key).read_bytes() == whole(case, case.revision) + b"\n"
    assert store.load(case.key) == case


def _sequences(value: object) -> list[tuple[str, object]]:
    """Every list or tuple inside a model, with where it stands (fields of fields included)."""
    found: list[tuple[str, object]] = []
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            inner = getattr(value, name)
            if isinstance(inner, list | tuple):
                found.append((f"{type(value).__name__}.{name}", inner))
                for item in inner:
                    found.extend(_sequences(item))
            else:
                found.extend(_sequences(inner))
    return found


def test_no_item_or_list_of_a_case_can_be_changed_in_place() -> None:
    # CaseText keeps an item's text as long as the item object lives, and the undo snapshots keep the
    # case's lists themselves; an item or a list changed in place would be saved with its old text or
    # taken back wrongly (a lost edit). So every item is frozen and every list of a case, at any depth
    # (a goal's resources and its confidence marks too), is a tuple.
    case = demo_case()
    case.add_goal(case.wills[0].id, "Ein Ziel", resource_ids=[case.resources[0].id], confidence=4)
    sequences = _sequences(case)
    assert {"Case.resources", "Case.log", "Goal.resource_ids", "Goal.confidence_history"} <= {
        where for where, _ in sequences
    }
    assert [where for where, seq in sequences if not isinstance(seq, tuple)] == []
    checked = 0
    for name in Case.model_fields:
        items = getattr(case, name)
        if not isinstance(items, tuple):
            continue
        for item in items:
            field = next(iter(type(item).model_fields))
            with pytest.raises(ValidationError, match="frozen"):
                setattr(item, field, getattr(item, field))
            checked += 1
    assert checked > 20


@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings")  # the list by hand is the point
def test_a_list_given_by_hand_is_not_taken_for_the_one_saved_before() -> None:
    # The model's lists are tuples; a list put in their place by hand and then changed in place must
    # still be saved as it is (a list kept by identity alone would give the old text).
    text = CaseText()
    case = demo_case()
    text.dump(case, 2)
    case.add_resource("Fahrrad")
    added = case.resources[-1]
    by_hand = list(case.resources[:-1])
    object.__setattr__(case, "resources", by_hand)
    text.dump(case, 3)
    by_hand.append(added)
    by_hand.reverse()
    assert text.dump(case, 4) == whole(case, 4)
