"""Team figures across many cases (Teamreflexion): do we work the way the concept says?

Privacy rules, built in rather than left to the report:

* **every figure rests on at least** :data:`MIN_GROUP` **cases.** A number that fewer cases
  contribute to is not kept at all — :class:`Figure` then holds ``None`` and the report says
  "zu wenige Fälle". The raw small count never leaves :func:`team_aggregates`.
* **nothing groups people.** The case model has no person attributes (no age, gender, target group);
  the figures count resources, steps, goals and referrals, never people.
* **no free text from a case** reaches the figures. Network partners are named only when their name
  is in the office's public partner directory (``templates/partners.yaml``); referrals are counted by
  the *kind* of institution.

Cases are read one at a time (a stream), so memory does not grow with the number of cases.

>>> from beratungskit.demo import demo_case
>>> agg = team_aggregates([demo_case()] * 5)
>>> agg.n_cases, agg.resources_by_category["sozial"].value
(5, 25)
>>> team_aggregates([demo_case()] * 4).resources_by_category["sozial"].value is None
True
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from itertools import combinations
from pathlib import Path
from typing import Any

from beratungskit.model import (
    Case,
    Category,
    GoalStatus,
    Origin,
    Owner,
    StepStatus,
)

__all__ = [
    "MIN_GROUP",
    "CaseFigures",
    "Figure",
    "Partner",
    "Progress",
    "TeamAggregates",
    "case_figures",
    "iter_cases",
    "load_partners",
    "team_aggregates",
]

#: No figure is shown that fewer cases than this contribute to.
MIN_GROUP = 5

#: ``progress(done, total)`` — called while cases are read.
Progress = Callable[[int, int], None]

_OWN_OR_SOCIAL = {Origin.EIGEN, Origin.LEBENSUMFELD, Origin.SOZIALRAUM}
_PARTNER_ORIGINS = {Origin.SOZIALRAUM, Origin.FACHDIENST}


@dataclass(frozen=True)
class Figure:
    """One number and how many cases it rests on; both ``None`` when fewer than MIN_GROUP cases.

    >>> Figure.of(7, 5).shown, Figure.of(7, 4).shown, Figure.of(7, 4).value
    (True, False, None)
    """

    value: float | None
    cases: int | None

    @classmethod
    def of(cls, value: float, cases: int) -> Figure:
        if cases < MIN_GROUP:
            return cls(None, None)
        return cls(value, cases)

    @property
    def shown(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Share:
    """``part`` of ``whole`` (e.g. eLb-owned steps of all steps), over ``cases`` cases."""

    part: int | None
    whole: int | None
    cases: int | None

    @classmethod
    def of(cls, part: int, whole: int, cases: int) -> Share:
        if cases < MIN_GROUP or whole == 0:
            return cls(None, None, None)
        return cls(part, whole, cases)

    @property
    def shown(self) -> bool:
        return self.whole is not None

    @property
    def ratio(self) -> float | None:
        if self.part is None or not self.whole:
            return None
        return self.part / self.whole


@dataclass(frozen=True)
class Partner:
    """One entry of the network-partner directory."""

    name: str
    kind: str | None = None


@dataclass
class TeamAggregates:
    """Everything the team report shows. Dict keys are vocabulary values (``"sozial"`` …)."""

    n_cases: int
    n_unreadable: int = 0
    resources_by_category: dict[str, Figure] = field(default_factory=dict)
    resources_by_origin: dict[str, Figure] = field(default_factory=dict)
    steps_by_owner: dict[str, Figure] = field(default_factory=dict)
    elb_step_share: Share = field(default_factory=lambda: Share(None, None, None))
    goals_own_or_social: Share = field(default_factory=lambda: Share(None, None, None))
    goals_reached: Share = field(default_factory=lambda: Share(None, None, None))
    #: kind of institution ("" = not given) → number of referrals; only kinds from ≥ MIN_GROUP cases
    referrals_by_kind: dict[str, Figure] = field(default_factory=dict)
    referral_kinds_hidden: bool = False
    #: None when there is no partner directory
    partners: dict[str, Figure] | None = None
    partners_hidden: bool = False
    #: (partner, partner) → number of cases that use both; only pairs from ≥ MIN_GROUP cases
    partner_pairs: dict[tuple[str, str], Figure] = field(default_factory=dict)
    #: confidence 0–10 → number of goals with that value
    confidence: dict[int, Figure] = field(default_factory=dict)
    confidence_goals: Figure = field(default_factory=lambda: Figure(None, None))
    #: cases in which the wording guard found something; None when the guard is not installed
    wording_cases: Share | None = None
    wording_findings: Figure | None = None

    @property
    def enough(self) -> bool:
        """Are there enough cases for any figure at all?"""
        return self.n_cases >= MIN_GROUP


# --- partner directory ---------------------------------------------------------------------------


def load_partners(path: Path | None = None) -> list[Partner] | None:
    """Names and kinds from the office's partner directory (``analysis.partners``); ``None`` when
    there is no readable directory — the team report then says so instead of failing.
    """
    from beratungskit.analysis.partners import load_partners as load_directory
    from beratungskit.analysis.template_yaml import TemplateFileError

    try:
        entries = load_directory(path)
    except (OSError, TemplateFileError):
        return None
    return [Partner(entry.name, entry.kind) for entry in entries]


# --- reading many cases ------------------------------------------------------------------------


def _fast_load(path: Path) -> Case | None:
    """One case file read by the store's own rules (``check_case_file``: a regular file, never
    blocking, bounded, named after its key, pydantic reading the bytes directly for a current file);
    ``None`` for whatever the store would refuse.
    """
    try:
        from beratungskit.store import StoreError, check_case_file
    except ImportError:  # pragma: no cover - the store is part of the package
        return None
    try:
        return check_case_file(path)
    except StoreError:
        return None


def _case_paths(source: Any) -> list[Path] | None:
    """The case files of a store or folder, or ``None`` when ``source`` holds cases already."""
    if isinstance(source, str | Path):
        folder = Path(source)
    elif hasattr(source, "folder") and hasattr(source, "list"):
        folder = Path(source.folder)
    else:
        return None
    if not folder.is_dir():
        return []
    # Only the current files, as the store lists them: its history (.verlauf/), lock and temporary
    # files start with a dot. store.list() is not used because it validates every file once more.
    return sorted(p for p in folder.glob("*.json") if not p.name.startswith("."))


def iter_cases(
    source: Any, *, progress: Progress | None = None, unreadable: list[Path] | None = None
) -> Iterator[Case]:
    """Yield the cases of a ``CaseStore``, a store folder or an iterable of cases, one at a time.

    Unreadable files are skipped (and appended to ``unreadable``); the store reports them itself.
    ``progress(done, total)`` is called about a hundred times over the run and once at the end.
    """
    paths = _case_paths(source)
    if paths is None:
        items: Iterable[Case] = source
        total = len(source) if hasattr(source, "__len__") else 0
        step = max(1, total // 100)
        done = 0
        for done, case in enumerate(items, start=1):
            yield case
            if progress is not None and done % step == 0:
                progress(done, max(total, done))
        if progress is not None:
            progress(done, max(total, done))
        return
    total = len(paths)
    step = max(1, total // 100)
    for done, path in enumerate(paths, start=1):
        loaded = _fast_load(path)
        if loaded is None:
            if unreadable is not None:
                unreadable.append(path)
        else:
            yield loaded
        if progress is not None and (done % step == 0 or done == total):
            progress(done, total)
    if progress is not None and total == 0:
        progress(0, 0)


# --- the aggregation ---------------------------------------------------------------------------


class _Tally:
    """A count per key and, per key, how many cases contributed (each case once)."""

    def __init__(self) -> None:
        self.count: Counter[Any] = Counter()
        self.cases: Counter[Any] = Counter()

    def add_case(self, counts: Counter[Any]) -> None:
        self.count.update(counts)
        self.cases.update(counts.keys())

    def figures(self, keys: Iterable[Any] | None = None) -> dict[Any, Figure]:
        keys = list(keys) if keys is not None else sorted(self.count, key=str)
        return {k: Figure.of(self.count[k], self.cases[k]) for k in keys}


# free-text fields the wording guard reads (as ``wording.check_case`` does)
_CACHE_LIMIT = 100_000


def _wording_checker() -> Callable[[Case], int] | None:
    """Counts the wording guard's findings in a case; ``None`` when the guard is not available.

    Same texts as ``wording.check_case``, but the guard is loaded once and each distinct text is
    checked once: across a team the same labels ("Fahrrad", "Buslinie 11") recur in many cases, and
    the German "where" descriptions ``check_case`` builds are not needed for a count.
    """
    try:
        from beratungskit.analysis.wording import case_texts, load_guard

        guard = load_guard()
    except Exception:  # missing module or unreadable term list: the report says "nicht verfügbar"
        return None
    seen: dict[str, int] = {}

    def count(case: Case) -> int:
        total = 0
        for text, writer in case_texts(case):
            key = f"{writer}:{text}"
            found = seen.get(key)
            if found is None:
                if len(seen) >= _CACHE_LIMIT:
                    seen.clear()
                found = seen[key] = len(guard.check(text, writer))
            total += found
        return total

    return count


@dataclass
class CaseFigures:
    """What one case adds to the team figures: counts only, no text, no ids, no dates.

    This is what an IFK's app puts into the team folder for each case (JSON, see :meth:`to_json`),
    so the team reflection can count the cases of a whole team without reading anybody's cases.

    >>> from beratungskit.demo import demo_case
    >>> record = case_figures(demo_case(), partners=None, wording=False)
    >>> CaseFigures.from_json(record.to_json()) == record, record.categories["sozial"]
    (True, 5)
    """

    categories: dict[str, int] = field(default_factory=dict)
    origins: dict[str, int] = field(default_factory=dict)
    owners: dict[str, int] = field(default_factory=dict)
    steps: int = 0
    steps_elb: int = 0
    goals: int = 0
    goals_own_or_social: int = 0
    goals_reached: int = 0
    #: confidence 0–10 (as text, for JSON) → number of goals
    confidence: dict[str, int] = field(default_factory=dict)
    referral_kinds: dict[str, int] = field(default_factory=dict)
    #: names from the office's partner directory that the case uses; None: no directory
    partners: list[str] | None = None
    #: wording-guard findings; None: guard not available
    wording_findings: int | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> CaseFigures:
        """Read a record back; raises ``ValueError`` for anything that is not one."""
        data = json.loads(text)
        if not isinstance(data, dict) or set(data) - {f.name for f in fields(cls)}:
            raise ValueError("not a case-figures record")
        record = cls(**data)
        counts = [record.categories, record.origins, record.owners, record.confidence, record.referral_kinds]
        if not all(isinstance(v, int) and v >= 0 for c in counts for v in c.values()):
            raise ValueError("counts must be whole numbers")
        return record


class _Counter:
    """Turns cases into :class:`CaseFigures` with one partner directory and one wording guard."""

    def __init__(self, partners: list[Partner] | bool | None, wording: bool) -> None:
        from beratungskit.analysis.partners import partner_key

        self.key = partner_key
        self.directory = load_partners() if partners is True else (partners or None)
        # "Die Tafel Nord e.V." in a map is the directory's "Tafel Nord" (analysis.partners.partner_key)
        self.by_name = {partner_key(p.name): p.name for p in self.directory or []}
        self.kinds: dict[str, list[str]] = {}
        for p in self.directory or []:
            if p.kind:
                self.kinds.setdefault(p.kind.casefold(), []).append(p.name)
        self.check = _wording_checker() if wording else None

    def __call__(self, case: Case) -> CaseFigures:
        origin_of = {r.id: r.origin for r in case.resources}
        active = [s for s in case.steps if s.status is not StepStatus.VERWORFEN]
        goals_social = goals_reached = 0
        step_res: dict[str, set[str]] = {}
        for s in active:
            step_res.setdefault(s.goal_id, set()).update(s.resource_ids)
        for goal in case.goals:
            ids = set(goal.resource_ids) | step_res.get(goal.id, set())
            if any(origin_of[i] in _OWN_OR_SOCIAL for i in ids):
                goals_social += 1
            if goal.status is GoalStatus.ERREICHT:
                goals_reached += 1
        record = CaseFigures(
            categories=dict(Counter(r.category.value for r in case.resources)),
            origins=dict(Counter(r.origin.value for r in case.resources if r.origin is not None)),
            owners=dict(Counter(s.owner.value for s in active)),
            steps=len(active),
            steps_elb=sum(1 for s in active if s.owner is Owner.ELB),
            goals=len(case.goals),
            goals_own_or_social=goals_social,
            goals_reached=goals_reached,
            confidence={
                str(k): v
                for k, v in Counter(g.confidence for g in case.goals if g.confidence is not None).items()
            },
            referral_kinds=dict(Counter((r.institution_kind or "").casefold() for r in case.referrals)),
        )
        if self.directory is not None:
            used: set[str] = set()
            for res in case.resources:
                if res.origin in _PARTNER_ORIGINS and not res.is_person:
                    name = self.by_name.get(self.key(res.label))
                    if name:
                        used.add(name)
            for ref in case.referrals:
                name = self.by_name.get(self.key(ref.institution))
                if name:
                    used.add(name)
                elif ref.institution_kind and len(self.kinds.get(ref.institution_kind.casefold(), [])) == 1:
                    used.add(self.kinds[ref.institution_kind.casefold()][0])
            record.partners = sorted(used)
        if self.check is not None:
            record.wording_findings = self.check(case)
        return record


def case_figures(
    case: Case, *, partners: list[Partner] | bool | None = True, wording: bool = True
) -> CaseFigures:
    """What ``case`` adds to the team figures (options as for :func:`team_aggregates`)."""
    return _Counter(partners, wording)(case)


def team_aggregates(
    source: Any,
    *,
    progress: Progress | None = None,
    partners: list[Partner] | bool | None = True,
    wording: bool = True,
) -> TeamAggregates:
    """Team figures over every case of ``source`` in one pass: a ``CaseStore``, a folder, cases, or
    :class:`CaseFigures` records (from a team folder), or a mix.

    ``partners=True`` reads the office's directory (``templates/partners.yaml``) if there is one;
    pass a list to use another, or ``None`` for none. ``wording=False`` skips the wording guard.
    """
    counter = _Counter(partners, wording)
    directory, check = counter.directory, counter.check

    category, origin, owner = _Tally(), _Tally(), _Tally()
    referral_kinds, partner_use, pair_use, confidence = _Tally(), _Tally(), _Tally(), _Tally()
    n_cases = 0
    step_cases = steps_elb = steps_all = 0
    goal_cases = goals_social = goals_all = goals_reached = 0
    wording_hit_cases = wording_total = conf_cases = 0
    wording_known = 0
    unreadable: list[Path] = []

    for item in iter_cases(source, progress=progress, unreadable=unreadable):
        record = item if isinstance(item, CaseFigures) else counter(item)
        n_cases += 1
        category.add_case(Counter(record.categories))
        origin.add_case(Counter(record.origins))
        owner.add_case(Counter(record.owners))
        if record.steps:
            step_cases += 1
            steps_all += record.steps
            steps_elb += record.steps_elb
        if record.goals:
            goal_cases += 1
            goals_all += record.goals
            goals_social += record.goals_own_or_social
            goals_reached += record.goals_reached
        scaled = Counter({int(k): v for k, v in record.confidence.items() if v})
        confidence.add_case(scaled)
        conf_cases += bool(scaled)
        referral_kinds.add_case(Counter(record.referral_kinds))
        if directory is not None and record.partners is not None:
            used = [name for name in record.partners if name in counter.by_name.values()]
            partner_use.add_case(Counter(used))
            pair_use.add_case(Counter(combinations(sorted(used), 2)))
        if check is not None and record.wording_findings is not None:
            wording_known += 1
            wording_total += record.wording_findings
            wording_hit_cases += record.wording_findings > 0

    agg = TeamAggregates(n_cases=n_cases, n_unreadable=len(unreadable))
    agg.resources_by_category = category.figures(c.value for c in Category)
    agg.resources_by_origin = origin.figures(o.value for o in Origin)
    agg.steps_by_owner = owner.figures(o.value for o in Owner)
    agg.elb_step_share = Share.of(steps_elb, steps_all, step_cases)
    agg.goals_own_or_social = Share.of(goals_social, goals_all, goal_cases)
    agg.goals_reached = Share.of(goals_reached, goals_all, goal_cases)
    agg.confidence = confidence.figures(range(11))
    agg.confidence_goals = Figure.of(sum(confidence.count.values()), conf_cases)
    kinds_all = referral_kinds.figures()
    agg.referrals_by_kind = {k: f for k, f in kinds_all.items() if f.shown}
    agg.referral_kinds_hidden = len(agg.referrals_by_kind) < len(kinds_all)
    if directory is not None:
        partners_all = partner_use.figures()
        agg.partners = {k: f for k, f in sorted(partners_all.items()) if f.shown}
        agg.partners_hidden = len(agg.partners) < len(partners_all)
        agg.partner_pairs = {k: f for k, f in pair_use.figures().items() if f.shown}
    if check is not None:
        agg.wording_cases = Share.of(wording_hit_cases, wording_known, wording_known)
        agg.wording_findings = Figure.of(wording_total, wording_known)
    return agg
