"""The optional semantic re-ranking of `claims match` (claims[semantic]). CI installs it and
sets CLAIMS_TEST_SEMANTIC=1, so these run there; elsewhere they skip when it is missing."""

from __future__ import annotations

import json
import os

import pytest

from claims.xref import semantic


@pytest.fixture(autouse=True)
def needs_semantic():
    if not semantic.available():
        if os.environ.get("CLAIMS_TEST_SEMANTIC"):
            pytest.fail("CLAIMS_TEST_SEMANTIC is set but claims[semantic] is not installed")
        pytest.skip("claims[semantic] not installed")


def _status(cli, db_url):
    r = cli("--db", db_url, "index", "--format", "json")
    assert r.code == 0, r.err
    return json.loads(r.out)


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_semantic_ranking_follows_meaning_and_stays_current(cli, db_url, tmp_path):
    f = _write(tmp_path / "claims.jsonl", [
        {"id": "vax", "text": "Vaccines given to children cause autism."},
        {"id": "sugar", "text": "Children who eat sugar become hyperactive at school."},
        {"id": "moon", "text": "The moon landing was filmed in a studio."},
    ])
    assert cli("--db", db_url, "import", f).code == 0
    assert _status(cli, db_url)["ranking"] == "lexical"
    r = cli("--db", db_url, "index", "--semantic", "--format", "json")
    assert r.code == 0, r.err
    st = json.loads(r.out)
    assert (st["ranking"], st["vectors"], st["model"]) == ("semantic", 3, semantic.MODEL)
    # one shared word ("children") for two claims: meaning decides
    top = json.loads(cli("--db", db_url, "match", "Do jabs make children autistic?", "--format", "json").out)
    assert top[0]["claim"] == "vax"
    # new and changed claims get vectors at import; a changed text gets a new one
    _write(f, [{"id": "vax", "text": "Vaccines given to children cause autism."},
               {"id": "sugar", "text": "Sugar makes children hyperactive."},
               {"id": "moon", "text": "The moon landing was filmed in a studio."},
               {"id": "wall", "text": "The border wall was finished in 2019."}])
    assert "1 added, 1 updated" in cli("--db", db_url, "import", f).err
    assert _status(cli, db_url)["vectors"] == 4
    q = _write(tmp_path / "q.jsonl", [{"id": "q1", "text": "Was the wall at the border completed?"},
                                      {"id": "q2", "text": "children autism vaccines"}])
    rows = [json.loads(x) for x in cli("--db", db_url, "match", "--queries", q, "--top", "1",
                                       "--format", "jsonl").out.splitlines()]
    assert [(x["query"], x["claim"]) for x in rows] == [("q1", "wall"), ("q2", "vax")]
    # back to lexical: vectors dropped, ranking still answers
    assert cli("--db", db_url, "index", "--lexical").code == 0
    assert _status(cli, db_url)["vectors"] == 0
    assert json.loads(cli("--db", db_url, "match", "children autism vaccines", "--format", "json").out)[0]["claim"] == "vax"


def test_fuse_weighs_lexical_and_cosine():
    import numpy as np

    q = np.array([1, 0, 0], dtype=np.float32).tobytes()
    near = np.array([1, 0, 0], dtype=np.float32).tobytes()
    far = np.array([0, 1, 0], dtype=np.float32).tobytes()
    # the lexical leader loses to a candidate that means the same; one without a vector keeps
    # only its lexical share
    out = semantic.fuse(q, [(1, 10.0), (2, 5.0), (3, 8.0)], {1: far, 2: near})
    assert [cid for cid, _ in out] == [2, 1, 3]
    assert out[0][1] == pytest.approx(semantic.LEXICAL_WEIGHT * 0.5 + (1 - semantic.LEXICAL_WEIGHT))
