from claims.cli import run

run()
