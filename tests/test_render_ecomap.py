"""The offline ecomap HTML: self-contained, no network, the data intact, every user text escaped."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from beratungskit.model import ELB_ID, Case, Category, Direction, Strength
from beratungskit.render.ecomap import ecomap_html, json_for_script, vis_network_assets, write_ecomap
from beratungskit.render.visdata import VIS_OPTIONS, vis_edges, vis_nodes

HOSTILE = [
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"Anführung\" & 'einfach' <b>",
    'href="javascript:alert(1)"',
    "Zeile\u2028Trenner\u2029<!--",
]


def hostile_case() -> Case:
    """A case whose every free-text field holds markup an attacker might try."""
    case = Case.new(alias=HOSTILE[0], key="boese")
    ids = []
    for i, text in enumerate(HOSTILE):
        res = case.add_resource(
            text,
            category=list(Category)[i % 4],
            is_person=True,
            role=HOSTILE[(i + 1) % len(HOSTILE)][:40],
            note=HOSTILE[(i + 2) % len(HOSTILE)],
        )
        ids.append(res.id)
        case.connect(ELB_ID, res.id, note=text, direction=list(Direction)[i % 3])
    case.connect(ids[0], ids[1], strength=Strength.SCHWACH, note=HOSTILE[1])
    return case


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.json_blocks: list[str] = []
        self._in_json = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_json = tag == "script" and dict(attrs).get("type") == "application/json"

    def handle_endtag(self, tag: str) -> None:
        self._in_json = False

    def handle_data(self, data: str) -> None:
        if self._in_json:
            self.json_blocks.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_self_contained_and_offline(demo_case: Case) -> None:
    html = ecomap_html(demo_case)
    js, css = vis_network_assets()
    assert js in html and css in html  # vis-network itself is inside the file
    tags = _parse(html).tags
    assert not [t for t, a in tags if t in {"link", "iframe", "img", "object", "embed", "base"}]
    assert not [a for t, a in tags if t == "script" and "src" in a]
    # The only URLs are inside vis-network's own code (licence comments, the SVG namespace string).
    rest = html.replace(js, "")
    assert "http://" not in rest and "https://" not in rest
    csp = [a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0] or "")


def test_data_parses_back_one_node_per_resource_plus_elb(demo_case: Case) -> None:
    blocks = _parse(ecomap_html(demo_case)).json_blocks
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    ids = [n["id"] for n in data["nodes"]]
    assert ids == [ELB_ID] + [r.id for r in demo_case.resources]
    assert [e["id"] for e in data["edges"]] == [r.id for r in demo_case.relations]
    assert data["options"] == json.loads(json.dumps(VIS_OPTIONS))
    assert data["options"]["physics"]["enabled"] is False
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    jana = next(r for r in demo_case.resources if r.label == "Jana")
    assert labels[jana.id] == "Jana\n(Schwester)"


def test_german_legend_and_title(demo_case: Case) -> None:
    html = ecomap_html(demo_case)
    for text in (
        "Ressourcenkarte von Mira K.",
        "Persönlich",
        "Sozial",
        "Materiell",
        "Infrastruktur",
        "gestrichelte Linie",
        "Ring 1: ganz nah",
        'lang="de"',
    ):
        assert text in html
    assert "Fallbesprechung" in ecomap_html(demo_case, title="Fallbesprechung")


def test_hostile_text_never_becomes_markup() -> None:
    case = hostile_case()
    html = ecomap_html(case)
    parsed = _parse(html)
    tags = parsed.tags
    assert [t for t, _ in tags].count("script") == 4  # data, vis-network, shared drawing, our code
    assert not [t for t, _ in tags if t in {"img", "b", "a"}]
    assert not [a for _, a in tags if any(k.startswith("on") for k in a)]
    assert not [a for _, a in tags if any("javascript:" in (v or "") for v in a.values())]
    js, _ = vis_network_assets()
    rest = html.replace(js, "")
    for text in ("</script><script>", "<img", "<b>", 'href="javascript', "<!--", "\u2028", "\u2029"):
        assert text not in rest, text
    # ... and yet every text arrives intact in the data
    data = json.loads(parsed.json_blocks[0])
    titles_by_id = {n["id"]: n["title"] for n in data["nodes"]}
    for res in case.resources:
        assert titles_by_id[res.id].startswith(res.label)  # the tooltip names the label verbatim
    titles = " ".join(n["title"] for n in data["nodes"]) + " ".join(e["title"] for e in data["edges"])
    for text in HOSTILE[:4]:
        assert text in titles


@pytest.mark.parametrize("text", HOSTILE)
def test_json_for_script_cannot_close_the_script(text: str) -> None:
    out = json_for_script({"t": text})
    assert "<" not in out and ">" not in out and "&" not in out
    assert "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == {"t": text}


def test_titles_are_plain_strings(demo_case: Case) -> None:
    for item in vis_nodes(demo_case) + vis_edges(demo_case):
        assert isinstance(item["title"], str)
    notes = [r.note for r in demo_case.resources if r.note]
    quiet = " ".join(n["title"] for n in vis_nodes(demo_case, include_notes=False))
    assert notes and not any(note in quiet for note in notes)


def test_export_does_not_change_the_case_and_writes_a_file(demo_case: Case, tmp_path: Path) -> None:
    before = demo_case.model_dump()
    path = write_ecomap(demo_case, tmp_path / "karte.html")
    assert demo_case.model_dump() == before
    assert path.read_text(encoding="utf-8") == ecomap_html(demo_case)


def test_empty_case_still_draws(demo_case: Case) -> None:
    case = Case.new(alias="Neu", key="leer")
    html = ecomap_html(case)
    data = json.loads(_parse(html).json_blocks[0])
    assert [n["id"] for n in data["nodes"]] == [ELB_ID]
    assert "Noch nichts auf der Karte." in html


def test_a_box_whose_closeness_is_open_has_a_dashed_border() -> None:
    """Trial 15 point 8: an open closeness is drawn in the middle ring (the layout's place), but
    its box says that nothing was chosen: a dashed border; a chosen one sets the dashes off again."""
    case = Case.new("Sonnenblume", key="sonne")
    chosen = case.add_resource("Geduld", closeness=2)
    still_open = case.add_resource("Fahrrad fahren")
    nodes = {n["id"]: n for n in vis_nodes(case)}
    assert nodes[still_open.id]["shapeProperties"]["borderDashes"]
    assert nodes[chosen.id]["shapeProperties"]["borderDashes"] is False
    assert "Nähe noch offen" in nodes[still_open.id]["title"]
    # the exported map's legend says what the dashes mean
    assert "gestrichelter Rahmen: Nähe noch offen" in ecomap_html(case)


def test_the_printed_sheet_says_what_a_dashed_box_is_when_it_shows_one(demo_case: Case) -> None:
    """rings17: the A4 map sheet (and the plan's map page) printed dashed boxes — a closeness nobody
    chose yet — without a word for them in its legend, while the screen's legend has one. It is said
    where such a box is drawn, in the eLb's language too, and only there."""
    from beratungskit.model import Language
    from beratungskit.render.ecomap import karte_sheet

    def said(case: Case) -> list[str]:
        return [line["text"] for line in karte_sheet(case)["legend"]["lines"]]

    assert all(r.closeness is not None for r in demo_case.resources)
    assert "Nähe noch offen" not in said(demo_case)
    demo_case.add_resource("Nähmaschine", category="materiell")  # no closeness chosen
    demo_case.set_language(Language.UK)
    sheet = karte_sheet(demo_case)
    line = next(x for x in sheet["legend"]["lines"] if x["text"] == "Nähe noch offen")
    assert "stroke-dasharray" in str(line["icon"]) and "<span" in str(line["tr"])
