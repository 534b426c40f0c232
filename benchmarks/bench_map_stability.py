"""How far the boxes the person did NOT touch move on the live Ressourcenkarte after an edit.

The finding of the new-user trial: "the map moves under the eLb's finger". For the demo case and
generated cases of 10/25/40/60 resources, at the live map's canvas on a 1280×800 screen (1240×671,
the form folded away) and on a 1920×1080 screen (1884×890), each edit is made the way the live map
makes it (:class:`~beratungskit.ui.mapwidget.CaseMap` ``show_case``, the picture shown before as
the start), and every OTHER box's move is measured:

- **hinzufügen**: one resource added in each of the 12 cells (4 areas × 3 rings), each from the
  picture shown;
- **rückgängig**: that add taken back (the case as before, as ``Session.undo`` restores it), against
  the picture before the add (every box counts here);
- **ziehen**: one box dropped on a free spot elsewhere in its own ring and area (an order hint);
- **umbenennen**: one label made longer;
- **wieder öffnen**: the case opened again on a canvas 3 % and 5 % wider or narrower than the one it
  was left on (the kept picture, ``ui/kept_maps.py``), every box counted — the picture is fitted into
  the canvas, so a move is measured after fitting both pictures' rings to the canvas.

A move is measured between the box's centres (map units), then given in px of the drawn map (map
units × the zoom at which the whole map before fits the canvas) and as a share of the box's width;
"moved" counts boxes that moved more than :data:`MOVED_PX` px on screen.

Figures (``python benchmarks/bench_map_stability.py``, ~25 s; every box counted once per edit,
summed over the five cases; "moved": boxes that moved more than 3 px of the drawn map):

=============  =========  ======================================  ===============================
edit           canvas     before (main 48d627c): mean/max, moved  after (map16): mean/max, moved
=============  =========  ======================================  ===============================
hinzufügen     1280×800   42.1/415 px, 957 of 1812 (0.56 widths)  6.5/350 px, 128 of 1812 (0.05)
hinzufügen     1920×1080  80.4/637 px, 1325 of 1812 (0.66)        20.4/530 px, 276 of 1812 (0.16)
rückgängig     1280×800   1.9/263 px, 59 of 1812                  0/0 px, 0 of 1812
rückgängig     1920×1080  5.9/638 px, 64 of 1812                  0/0 px, 0 of 1812
ziehen         1280×800   7.9/222 px, 84 of 518                   4.5/176 px, 40 of 521
ziehen         1920×1080  52.7/507 px, 214 of 482                 0.9/146 px, 4 of 473
umbenennen     1280×800   10.5/417 px, 70 of 438                  10.4/222 px, 59 of 438
umbenennen     1920×1080  39.6/514 px, 134 of 438                 7.4/594 px, 29 of 438
wieder öffnen  1280×800   50.6/390 px, 261 of 604 (0.81)          0/0 px, 0 of 604
wieder öffnen  1920×1080  42.4/621 px, 261 of 604 (0.33)          0/0 px, 0 of 604
=============  =========  ======================================  ===============================

What still moves after an add: where the box can only go on a line that no other place keeps clear
(ring 1 of a map of 40-60 whose every resource has a line to the eLb), the map is searched anew when
that search has fewer lines through labels — the rule of the layout, kept; and where a ring had to
grow by a row, the boxes beyond that side step out with it (counted here as moved).
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT)]

from benchmarks.cases import synthetic_case  # noqa: E402
from beratungskit.analysis import layout as layout_module  # noqa: E402
from beratungskit.analysis.kept_layout import content_fingerprint, kept_layout, layout_data  # noqa: E402
from beratungskit.analysis.layout import MapLayout  # noqa: E402
from beratungskit.model import ELB_ID, Case, Category  # noqa: E402

#: The live map's canvas (px) on a 1280×800 screen (form folded away) and on a 1920×1080 screen.
CANVASES = {"1280x800": (1240.0, 671.0), "1920x1080": (1884.0, 890.0)}
#: A box that moved more than this (px on screen) counts as moved.
MOVED_PX = 3.0
SIZES = (10, 25, 40, 60)
#: The label of the resource each "hinzufügen" adds.
ADDED = "Nachbarin aus dem dritten Stock"


@dataclass
class Moves:
    """The moves of the boxes measured after one kind of edit (px on screen, share of box width)."""

    px: list[float] = field(default_factory=list)
    share: list[float] = field(default_factory=list)

    def add(self, other: Moves) -> None:
        self.px += other.px
        self.share += other.share

    @property
    def mean_px(self) -> float:
        return statistics.fmean(self.px) if self.px else 0.0

    @property
    def max_px(self) -> float:
        return max(self.px, default=0.0)

    @property
    def mean_share(self) -> float:
        return statistics.fmean(self.share) if self.share else 0.0

    @property
    def max_share(self) -> float:
        return max(self.share, default=0.0)

    @property
    def moved(self) -> int:
        return sum(1 for p in self.px if p > MOVED_PX)

    def row(self) -> str:
        return (
            f"mean {self.mean_px:6.1f} px  max {self.max_px:6.1f} px  "
            f"(box widths: mean {self.mean_share:.2f}, max {self.max_share:.2f})  "
            f"moved > {MOVED_PX:g} px: {self.moved} of {len(self.px)}"
        )


def zoom(shown: MapLayout, width: float, height: float) -> float:
    """Screen px per map unit when the whole map ``shown`` is fitted into the canvas."""
    e = shown.extent
    return min(width / (e.x1 - e.x0), height / (e.y1 - e.y0))


def moves(
    before: MapLayout,
    after: MapLayout,
    width: float,
    height: float,
    *,
    skip: Iterable[str] = (),
    fitted: bool = False,
) -> Moves:
    """How far each box of ``before`` (but the eLb and ``skip``) stands elsewhere in ``after``.

    ``fitted``: each picture fitted into the canvas on its own (a reopen: the picture is drawn at
    its own zoom); else both at the zoom of ``before`` (an edit: the view stays)."""
    skipped = {ELB_ID, *skip}
    z0 = zoom(before, width, height)
    z1 = zoom(after, width, height) if fitted else z0
    c0 = _centre(before.extent)
    c1 = _centre(after.extent) if fitted else c0
    out = Moves()
    for node_id, box in before.boxes.items():
        if node_id in skipped or node_id not in after.boxes:
            continue
        (x0, y0), (x1, y1) = box.centre, after.boxes[node_id].centre
        d = math.dist(((x0 - c0[0]) * z0, (y0 - c0[1]) * z0), ((x1 - c1[0]) * z1, (y1 - c1[1]) * z1))
        out.px.append(d)
        out.share.append(d / (z0 * (box.x1 - box.x0)))
    return out


def _centre(box: Any) -> tuple[float, float]:
    return (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2


def cases() -> dict[str, Case]:
    from beratungskit.demo import demo_case

    out = {"demo": demo_case()}
    for n in SIZES:
        out[f"{n}"] = synthetic_case(n, seed=n)
    return out


def _live(case: Case, width: float, height: float) -> Any:
    """A live map of ``case`` on a canvas of ``width`` × ``height`` (as the session app holds it)."""
    from beratungskit.ui.mapwidget import CaseMap

    live = CaseMap.from_case(case, aspect=width / height)
    live._resized(width, height)
    return live


def _edited(case: Case, change: Callable[[Case], Any]) -> Case:
    """``case`` after ``change``, as the session changes it: the same case object, new lists."""
    edited = case.model_copy(deep=True)
    change(edited)
    return edited


def free_spot(shown: MapLayout, res_id: str) -> tuple[float, float] | None:
    """A spot in ``res_id``'s own ring and area, away from where it is, where its box would touch
    no other box: where a person drags it to order it among its neighbours."""
    box = shown.boxes[res_id]
    cell = shown.cell_at(*box.centre)
    hw, hh = (box.x1 - box.x0) / 2, (box.y1 - box.y0) / 2
    others = [b for k, b in shown.boxes.items() if k != res_id]
    e = shown.extent
    best: tuple[float, tuple[float, float]] | None = None
    step = 8.0
    y = e.y0 + hh
    while y <= e.y1 - hh:
        x = e.x0 + hw
        while x <= e.x1 - hw:
            corners = ((x - hw, y - hh), (x + hw, y - hh), (x - hw, y + hh), (x + hw, y + hh))
            if all(shown.cell_at(cx, cy) == cell for cx, cy in corners) and not any(
                o.x0 < x + hw + 4 and x - hw - 4 < o.x1 and o.y0 < y + hh + 4 and y - hh - 4 < o.y1
                for o in others
            ):
                far = math.dist((x, y), box.centre)
                if far > 2 * hw and (best is None or far < best[0]):
                    best = (far, (x, y))
            x += step
        y += step
    return None if best is None else best[1]


def measure(case: Case, width: float, height: float) -> dict[str, Moves]:
    """Every edit of the module docstring on ``case`` at a canvas of ``width`` × ``height``."""
    layout_module._CACHE.clear()
    out = {name: Moves() for name in ("hinzufügen", "rückgängig", "ziehen", "umbenennen", "wieder öffnen")}
    live = _live(case, width, height)
    shown = live.placed
    for cat in Category:
        for ring in (1, 2, 3):
            live.show_case(case)
            start = live.placed
            added = _edited(
                case, lambda c, cat=cat, ring=ring: c.add_resource(ADDED, category=cat, closeness=ring)
            )
            new_id = next(r.id for r in added.resources if r.id not in start.boxes)
            live.show_case(added)
            out["hinzufügen"].add(moves(start, live.placed, width, height, skip=[new_id]))
            live.show_case(case)  # "Rückgängig": the case as before
            out["rückgängig"].add(moves(start, live.placed, width, height))
    live.show_case(case)
    start = live.placed
    ids = [r.id for r in case.resources]
    for res_id in ids[:: max(1, len(ids) // 4)][:4]:
        spot = free_spot(start, res_id)
        if spot is None:
            continue
        dragged = _edited(case, lambda c, res_id=res_id, spot=spot: c.move_resource(res_id, *spot))
        live.show_case(dragged)
        out["ziehen"].add(moves(start, live.placed, width, height, skip=[res_id]))
        live.show_case(case)
        start = live.placed
    for res_id in ids[1 :: max(1, len(ids) // 3)][:3]:
        label = next(r.label for r in case.resources if r.id == res_id)
        renamed = _edited(
            case, lambda c, res_id=res_id, label=label: c.update_resource(res_id, label=label + " und mehr")
        )
        live.show_case(renamed)
        out["umbenennen"].add(moves(start, live.placed, width, height, skip=[res_id]))
        live.show_case(case)
        start = live.placed
    data = layout_data(shown, content_fingerprint(case))
    for factor in (0.95, 0.97, 1.03, 1.05):
        layout_module._CACHE.clear()
        out["wieder öffnen"].add(reopened(case, data, shown, width * factor, height))
    return out


class Keeper:
    """A :class:`~beratungskit.ui.kept_maps.MapKeeper` that holds one picture as data (the map's
    reopening without a store)."""

    def __init__(self, data: Any) -> None:
        self.data = data

    def picture(self, case: Case, aspect: float) -> MapLayout | None:
        return kept_layout(case, self.data, aspect)

    def keep(self, case: Case, shown: MapLayout, *, now: bool = False) -> None:
        pass


def reopened(case: Case, data: Any, shown: MapLayout, width: float, height: float) -> Moves:
    """The case opened again on a canvas of ``width`` × ``height`` with the picture ``data`` kept
    (as ``MapKeeper.picture``; laid out afresh where it is not used), then the canvas reported."""
    from beratungskit.ui.mapwidget import CaseMap

    live = CaseMap.from_case(case, aspect=width / height, keeper=Keeper(data))
    live._resized(width, height)
    return moves(shown, live.placed, width, height, fitted=True)


def run(canvases: Iterable[str] = CANVASES) -> dict[str, dict[str, Moves]]:
    """Figures per canvas and edit, over every case."""
    out: dict[str, dict[str, Moves]] = {}
    for name in canvases:
        width, height = CANVASES[name]
        total: dict[str, Moves] = {}
        for case_name, case in cases().items():
            for edit, m in measure(case, width, height).items():
                total.setdefault(edit, Moves()).add(m)
                print(f"  {name} {case_name:>4} {edit:<14} {m.row()}", flush=True)
        out[name] = total
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--canvas", choices=list(CANVASES), action="append")
    args = parser.parse_args()
    layout_module.warm_up().join()
    figures = run(args.canvas or CANVASES)
    for name, total in figures.items():
        print(f"\n{name}")
        for edit, m in total.items():
            print(f"  {edit:<14} {m.row()}")


if __name__ == "__main__":
    main()
