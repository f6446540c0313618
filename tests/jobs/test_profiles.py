"""Outlet profiles: built by the corpus stage after ingest, exported, shown by the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from sourcetrace.capabilities.outlets.profiles import domain_of
from sourcetrace.capabilities.outlets.ratings import load_ratings_csv
from sourcetrace.cli import app
from sourcetrace.config import Settings
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.outputs import load_schema
from sourcetrace.outputs.contract import iter_items
from sourcetrace.storage import Store, open_store

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "signals" / "outlets.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("profiles") / "case.db"
    store = open_store(path)
    try:
        ingest_paths([FIXTURE], store, Settings(processes=1))
    finally:
        store.close()
    return path


@pytest.fixture
def store(db: Path) -> Store:
    return open_store(db, create=False)


def test_domain_of_strips_www() -> None:
    assert domain_of("https://www.calvera-wire.example/news/1") == "calvera-wire.example"
    assert domain_of(None) is None


def test_profiles_per_outlet_with_distributions(store: Store) -> None:
    profiles = {p.outlet: p for p in store.read_profiles()}
    store.close()
    assert set(profiles) == {"Calvera Wire", "Truth Rising"}
    wire, partisan = profiles["Calvera Wire"], profiles["Truth Rising"]
    assert wire.articles == partisan.articles == 2
    assert partisan.data["languages"] == {"en": 2}
    assert partisan.data["domains"] == ["truthrising.example"]
    loaded = partisan.data["signals"]["loaded_language"]
    assert loaded["share_above_half"] == 1.0 and loaded["mean"] > 0.5
    assert any("carnage" in e["text"].lower() for e in loaded["evidence"])
    assert all(e["article_id"] in {"tr-1", "tr-2"} for e in loaded["evidence"])
    assert "loaded_language" not in wire.data["signals"]
    assert partisan.data["signals"]["republication"]["mean"] > wire.data["signals"].get(
        "republication", {}
    ).get("mean", 0)


def test_export_carries_outlet_items_valid_against_the_schema(store: Store) -> None:
    items = [item for item in iter_items(store) if item.kind == "signal"]
    store.close()
    outlet_items = [i.data for i in items if i.data["article_id"] is None]
    article_items = [i.data for i in items if i.data["article_id"] is not None]
    assert outlet_items and article_items
    # One item per outlet and signal kind it shows; the wire shows no loaded language.
    assert {i["outlet"] for i in outlet_items if i["kind"] == "loaded_language"} == {"Truth Rising"}
    assert all(i["articles"] == 2 and i["languages"] == ["en"] for i in outlet_items)
    validator = jsonschema.Draft202012Validator(
        load_schema()["$defs"]["signal"] | {"$defs": load_schema()["$defs"]}
    )
    for record in [*outlet_items, *article_items]:
        validator.validate(json.loads(json.dumps(record)))


def test_ratings_are_stored_beside_never_mixed_into_signals(store: Store, tmp_path: Path) -> None:
    before = {p.outlet: p.data for p in store.read_profiles()}
    ratings = tmp_path / "ratings.csv"
    ratings.write_text(
        "domain,rating,origin\nwww.truthrising.example,low,desk list (test)\n", encoding="utf-8"
    )
    assert load_ratings_csv(store, ratings) == 1
    assert store.read_ratings()["truthrising.example"].origin == "desk list (test)"
    assert {p.outlet: p.data for p in store.read_profiles()} == before
    store.close()


def test_bad_ratings_row_names_the_file_and_row(store: Store, tmp_path: Path) -> None:
    from sourcetrace.errors import FormatError

    bad = tmp_path / "bad.csv"
    bad.write_text("domain,rating,origin\nexample.org,high\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"bad\.csv: row 1"):
        load_ratings_csv(store, bad)
    store.close()


def test_sources_command_prints_profiles_and_ratings(db: Path, tmp_path: Path) -> None:
    ratings = tmp_path / "r.csv"
    ratings.write_text("calvera-wire.example,high,desk list (test)\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["sources", "--db", str(db), "--ratings", str(ratings), "--json"]
    )
    assert result.exit_code == 0, result.output
    rows = {r["outlet"]: r for r in map(json.loads, result.output.splitlines())}
    assert rows["Calvera Wire"]["user_rating"] == {
        "domain": "calvera-wire.example",
        "rating": "high",
        "origin": "desk list (test)",
    }
    assert "loaded_language" in rows["Truth Rising"]["signals"]
    table = CliRunner().invoke(app, ["sources", "--db", str(db)])
    assert table.exit_code == 0 and "Outlet profiles" in table.output


def test_one_article_does_not_make_an_outlet() -> None:
    from sourcetrace.capabilities.outlets.profiles import PRIOR_ARTICLES, profile_outlets
    from sourcetrace.model import Document, Signal

    def doc(n: int, source: str, score: float) -> Document:
        signal = Signal(kind="loaded_language", score=score, stage="signals", evidence=())
        return Document(id=f"{source}{n}", origin="t", fmt="txt", source=source,
                        signals=(signal,))

    docs = [doc(0, "Lone Blog", 0.9)] + [doc(n, "Daily", 0.1) for n in range(20)]
    by_name = {p.outlet: p.signals
               for p in profile_outlets(docs)}
    corpus_mean = (0.9 + 20 * 0.1) / 21
    lone = by_name["Lone Blog"]["loaded_language"]
    daily = by_name["Daily"]["loaded_language"]
    assert lone["mean"] == 0.9
    # One strong article moves the outlet only a sixth of the way from the corpus mean.
    expected = (0.9 + PRIOR_ARTICLES * corpus_mean) / (1 + PRIOR_ARTICLES)
    assert lone["shrunk"] == pytest.approx(expected, abs=1e-3)
    assert lone["shrunk"] < 0.5
    assert daily["shrunk"] == pytest.approx((2.0 + PRIOR_ARTICLES * corpus_mean) / 25, abs=1e-3)
    assert abs(daily["shrunk"] - 0.1) < abs(lone["shrunk"] - 0.9)
