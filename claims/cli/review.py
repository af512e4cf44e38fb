"""`claims review`: a line-driven loop (one key and Enter per decision), so it works in a
plain terminal, over SSH, and when driven from a script."""

from __future__ import annotations

import sys

from claims.cli.render import console, info
from claims.cli.views import show_claim

STATUS_KEYS = {"p": "in-progress", "n": "not-applicable"}


def _prompt(keys: dict[str, str]) -> str:
    verdicts = " ".join(f"{k}={v}" for k, v in keys.items())
    return (f"{verdicts} | p=in-progress n=n/a | e=write a note  s=skip q=quit "
            "(a note may also follow the key after a space): ")


def run_review(db, speaker, since, status, by) -> None:
    from claims.usecases import browse, curate, scale

    keys = scale.review_keys(scale.get(db))
    prompt = _prompt(keys)
    queue = curate.review_queue(db, speaker, since, status)
    if not queue:
        info("nothing to review")
        return
    from claims.errors import Conflict

    done = skipped = 0
    for i, cid in enumerate(queue, 1):
        detail = browse.claim(db, cid)
        if detail["status"] != status:  # someone else decided it since the queue was made
            info(f"claim {cid}: now {detail['status']}, decided by someone else meanwhile")
            continue
        console().rule(f"{i}/{len(queue)}")
        show_claim(detail)
        pending_note = None
        while True:
            sys.stderr.write(prompt)
            sys.stderr.flush()
            line = sys.stdin.readline()
            if not line:  # end of input: stop, everything decided so far is saved
                info(f"{done} decided, {skipped} skipped")
                return
            key, _, note = line.strip().partition(" ")
            note = note or pending_note
            if key == "e":  # a longer note on a line of its own, kept for the next decision
                sys.stderr.write("note (Enter when done): ")
                sys.stderr.flush()
                pending_note = sys.stdin.readline().strip() or pending_note
                info("note kept for your decision on this claim")
                continue
            if key == "q":
                info(f"{done} decided, {skipped} skipped")
                return
            if key == "s" or key == "":
                skipped += 1
                break
            if key in keys or key in STATUS_KEYS:
                # The decision is about the version shown: if someone changed the claim since,
                # show it again rather than overwrite their work.
                try:
                    if key in keys:
                        value = keys[key]
                        curate.verify(db, cid, value, by, note or None, expected_version=detail["version"])
                    else:
                        value = STATUS_KEYS[key]
                        curate.set_status(db, cid, value, by, note or None, expected_version=detail["version"])
                except Conflict as exc:
                    info(str(exc).split(";")[0] + "; here it is again")
                    detail = browse.claim(db, cid)
                    show_claim(detail)
                    continue
                done += 1
                info(f"claim {cid}: {value}")
                break
            info(f"unknown key {key!r}")
    info(f"{done} decided, {skipped} skipped; queue finished")
