"""The ``medkg`` command: a click group whose commands are thin calls into the library."""
from __future__ import annotations

import os
import signal
import sys
from typing import Any

import click

from medkg.graph.store import GraphStore, open_store, resolve_db


class AppContext:
    """Carries ``--db`` and opens the store once, on first use."""

    def __init__(self, db: str | None) -> None:
        self.db = resolve_db(db)
        self._store: GraphStore | None = None

    def store(self) -> GraphStore:
        if self._store is None:
            self._store = open_store(self.db)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class OneLineErrors(click.Group):
    """Any failure becomes one clear line and a non-zero exit, never a traceback.

    Set ``MEDKG_DEBUG=1`` to see the traceback.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except Exception as exc:  # noqa: BLE001 - the CLI's last line of defence
            if os.environ.get("MEDKG_DEBUG"):
                raise
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise click.ClickException(f"{type(exc).__name__}: {message}") from None


@click.group(cls=OneLineErrors)
@click.option("--db", metavar="PATH|URI", help="Embedded store folder (default ./medkg-data or $MEDKG_DB), "
              "or a bolt:// / neo4j:// URI for Neo4j.")
@click.version_option(package_name="medkg")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """medkg: build and query a knowledge graph of China's medical-engineering collaborations."""
    app = AppContext(db)
    ctx.obj = app
    ctx.call_on_close(app.close)


def _register() -> None:
    from . import demo_cmd, load_cmd, report_cmds, store_cmds, view_cmd

    for module in (load_cmd, store_cmds, report_cmds, view_cmd, demo_cmd):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    # A command stopped by `timeout` or CI exits normally, so the store shuts its server down.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    cli(prog_name="medkg")


if __name__ == "__main__":
    sys.exit(main())
