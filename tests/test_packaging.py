"""The installed (non-editable) package finds its migrations, and every command explains
itself with an example."""

from __future__ import annotations

import os
import subprocess
import sys
import venv

import pytest

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))

from conftest import ROOT, SEEDS

COMMANDS = ["load", "articles", "extract", "list", "show", "repeated", "match", "import",
            "suggestions", "link", "unlink", "verify", "status", "history", "undo", "export",
            "review", "speakers", "speakers merge", "speakers rename", "db upgrade", "db current",
            "db path"]


@pytest.mark.parametrize("cmd", COMMANDS)
def test_every_command_has_help_with_an_example(cli, cmd):
    r = cli(*cmd.split(), "--help")
    assert r.code == 0, r.err
    assert "Example" in r.out or cmd == "speakers", r.out


def test_top_level_help(cli):
    r = cli("--help")
    assert r.code == 0 and "--db" in r.out and "Example" in r.out


@pytest.mark.slow
def test_wheel_installs_and_migrates(tmp_path):
    """Build a wheel, install it (not editable) in a fresh venv, run db upgrade and a load."""
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    env = {**os.environ, "CLAIMS_DATA_DIR": str(tmp_path / "data")}
    env.pop("CLAIMS_DATABASE_URL", None)
    url = f"sqlite:///{tmp_path / 'w.db'}"
    cl = env_dir / "bin" / "claims"
    out = subprocess.run([str(cl), "--db", url, "db", "upgrade"], env=env, capture_output=True,
                         text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    out = subprocess.run([str(cl), "--db", url, "load", str(SEEDS)], env=env, capture_output=True,
                         text=True, cwd=tmp_path)
    assert out.returncode == 0 and "5 loaded" in out.stderr, out.stderr
    out = subprocess.run([str(py), "-m", "claims", "--db", url, "db", "current"], env=env,
                         capture_output=True, text=True, cwd=tmp_path)
    assert "(head)" in out.stdout


def test_listings_and_help_do_not_import_the_orm(tmp_path):
    """Start-up (issue 6): --help loads no SQLAlchemy, and the listings read through Core
    without the ORM (~100 ms of imports), on a database that was loaded and so is real."""
    env = {**os.environ, "CLAIMS_DATA_DIR": str(tmp_path)}
    env.pop("CLAIMS_DATABASE_URL", None)
    url = f"sqlite:///{tmp_path / 'c.db'}"
    load = subprocess.run([sys.executable, "-m", "claims", "--db", url, "load", str(SEEDS)],
                          env=env, capture_output=True, text=True)
    assert load.returncode == 0, load.stderr
    probe = (  # the CLI leaves through os._exit: report the loaded modules there
        "import os, sys, runpy\n"
        "_exit = os._exit\n"
        "def report(code):\n"
        "    sys.stdout.flush()\n"
        "    sys.stderr.write('MODULES ' + ' '.join(sorted(sys.modules)) + '\\n')\n"
        "    sys.stderr.flush()\n"
        "    _exit(code)\n"
        "os._exit = report\n"
        "sys.argv = ['claims'] + sys.argv[1:]\n"
        "runpy.run_module('claims', run_name='__main__')\n"
    )

    def modules(*args: str) -> tuple[set[str], str]:
        r = subprocess.run([sys.executable, "-c", probe, *args], env=env, capture_output=True,
                           text=True)
        line = [x for x in r.stderr.splitlines() if x.startswith("MODULES ")]
        assert line, r.stderr
        return set(line[-1].split()[1:]), r.stdout

    mods, _ = modules("--help")
    assert not any(m.startswith("sqlalchemy") for m in mods)
    for cmd in (["list", "--limit", "3", "--speaker", "blinken"], ["articles"],
                ["repeated", "--limit", "2"], ["show", "1"]):
        mods, out = modules("--db", url, *cmd, "--format", "jsonl")
        assert out.strip(), cmd  # the listing really ran and found rows
        assert "sqlalchemy.orm" not in mods, cmd
        assert "claims.store.models" not in mods, cmd
