"""Several `claims` processes on one database at once: nothing lost, nothing twice."""

from __future__ import annotations

import json

from test_claims import _claim_of, load_seeds


def _wait_all(procs):
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        results.append((p.returncode, out, err))
    return results


def test_concurrent_verdicts_all_land_in_history(cli, claims_proc, db_url, seeds_dir):
    load_seeds(cli, db_url, seeds_dir)
    claim = _claim_of(cli, db_url, "Darien Gap jungle")
    verdicts = ["true", "false", "mixed", "misleading", "satire", "opinion"]
    procs = [claims_proc("--db", db_url, "verify", claim, v, "--by", f"curator-{v}") for v in verdicts]
    results = _wait_all(procs)
    assert all(code == 0 for code, _, _ in results), results
    hist = json.loads(cli("--db", db_url, "history", claim, "--format", "json").out)
    changes = [(e["old"], e["new"], e["by"]) for e in hist if e["field"] == "verdict"]
    # every curator's verdict is in the history, once, and each event starts where the last ended:
    # no write was lost or overwrote another without a trace
    assert sorted(new for _, new, _ in changes) == sorted(verdicts)
    assert changes[0][0] is None
    assert all(a[1] == b[0] for a, b in zip(changes, changes[1:]))
    final = json.loads(cli("--db", db_url, "show", claim, "--format", "json").out)
    assert final["verdict"] == changes[-1][1]
