"""`claims review`: a line-driven loop (one key and Enter per decision), so it works in a
plain terminal, over SSH, and when driven from a script."""

from __future__ import annotations

import sys

from claims.cli.render import console, info
from claims.cli.views import show_claim

KEYS = {
    "t": ("verdict", "true"), "T": ("verdict", "mostly-true"), "x": ("verdict", "mixed"),
    "m": ("verdict", "misleading"), "F": ("verdict", "mostly-false"), "f": ("verdict", "false"),
    "u": ("verdict", "unproven"), "a": ("verdict", "satire"), "o": ("verdict", "opinion"),
    "p": ("status", "in-progress"), "n": ("status", "not-applicable"),
}
PROMPT = ("[t]rue [T]mostly-true [x]mixed [m]isleading [F]mostly-false [f]alse [u]nproven "
          "s[a]tire [o]pinion | [p]rogress [n]/a | [s]kip [q]uit; add a note after a space: ")


def run_review(db, speaker, since, status, by) -> None:
    from claims.usecases import browse, curate

    queue = curate.review_queue(db, speaker, since, status)
    if not queue:
        info("nothing to review")
        return
    done = skipped = 0
    for i, cid in enumerate(queue, 1):
        console().rule(f"{i}/{len(queue)}")
        show_claim(browse.claim(db, cid))
        while True:
            sys.stderr.write(PROMPT)
            sys.stderr.flush()
            line = sys.stdin.readline()
            if not line:  # end of input: stop, everything decided so far is saved
                info(f"{done} decided, {skipped} skipped")
                return
            key, _, note = line.strip().partition(" ")
            if key == "q":
                info(f"{done} decided, {skipped} skipped")
                return
            if key == "s" or key == "":
                skipped += 1
                break
            if key in KEYS:
                field, value = KEYS[key]
                if field == "verdict":
                    curate.verify(db, cid, value, by, note or None)
                else:
                    curate.set_status(db, cid, value, by, note or None)
                done += 1
                info(f"claim {cid}: {value}")
                break
            info(f"unknown key {key!r}")
    info(f"{done} decided, {skipped} skipped; queue finished")
