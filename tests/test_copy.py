"""Moving an archive between databases (`claims db copy`): everything a team curated comes
along with its ids, and work goes on in the new database."""

from __future__ import annotations

import json

import pytest


def _snapshot(cli, url):
    def j(*args):
        r = cli("--db", url, *args, "--format", "json")
        assert r.code == 0, r.err
        return json.loads(r.out)

    claims = sorted({q["claim"] for q in j("list", "--limit", "0")})
    return {
        "quotes": j("list", "--limit", "0"),
        "articles": j("articles"),
        "speakers": j("speakers"),
        "claims": [j("show", str(c)) for c in claims],
        "history": [j("history", str(c)) for c in claims],
        "suggestions": j("suggestions", "--limit", "0"),
        "scale": j("scale"),
        "repeated": j("repeated", "--limit", "0"),
    }


@pytest.mark.postgres
@pytest.mark.parametrize("direction", ["sqlite-to-postgresql", "postgresql-to-sqlite"])
def test_copy_keeps_everything_and_work_goes_on(cli, pg_url, tmp_path, seeds_dir, direction):
    lite = f"sqlite:///{tmp_path / 'archive.db'}"
    src, dst = (lite, pg_url) if direction == "sqlite-to-postgresql" else (pg_url, lite)
    assert cli("--db", src, "load", seeds_dir).code == 0
    assert cli("--db", src, "scale", "add", "four-pinocchios", "--value", "1").code == 0
    assert cli("--db", src, "verify", "3", "false", "--note", "n1", "--source", "https://x.org/1").code == 0
    assert cli("--db", src, "verify", "5", "four-pinocchios").code == 0
    assert cli("--db", src, "undo", "5").code == 0
    assert cli("--db", src, "link", "2", "1").code == 0  # a merge: claim 2 now redirects
    assert cli("--db", src, "speakers", "rename", "1", "Someone Renamed").code == 0
    before = _snapshot(cli, src)

    r = cli("--db", src, "db", "copy", "--to", dst)
    assert r.code == 0, r.err
    assert _snapshot(cli, dst) == before

    # the copy is a working database: new rows get fresh ids, verdicts land, nothing collides
    extra = tmp_path / "new.txt"
    extra.write_text('New talks\n\nMEXICO CITY (Reuters) - "We will keep talking about the border '
                     'every single week," Foreign Minister Alicia Barcena said on Friday.\n')
    assert cli("--db", dst, "load", extra).code == 0
    assert cli("--db", dst, "verify", "3", "true").code == 0
    hist = json.loads(cli("--db", dst, "history", "3", "--format", "json").out)
    assert [e["new"] for e in hist if e["field"] == "verdict"] == ["false", "true"]
    ids = [q["id"] for q in json.loads(cli("--db", dst, "list", "--limit", "0", "--format", "json").out)]
    assert len(ids) == len(set(ids)) == len(before["quotes"]) + 1

    # copying again into a database that holds data is refused, and changes nothing
    r = cli("--db", src, "db", "copy", "--to", dst)
    assert r.code != 0 and "already holds data" in r.err
    assert len(json.loads(cli("--db", dst, "articles", "--format", "json").out)) == len(before["articles"]) + 1
