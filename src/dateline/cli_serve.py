"""The `serve` command: the API and the browser UI on one store."""

from __future__ import annotations

import secrets

import click
from rich.console import Console

from dateline.cli_options import db_option
from dateline.cli_store import open_for_command

console = Console(stderr=True)


def serve_store(db_path: str, host: str, port: int, token: str | None) -> None:
    """Run the server; a loopback server without --token gets a fresh random write token."""
    # The web stack is imported here, not with the module: other commands do not pay for it.
    from dateline.api.security import UnsafeBinding, check_binding

    try:
        check_binding(host, token)
    except UnsafeBinding as error:
        raise click.ClickException(str(error)) from error
    import uvicorn

    from dateline.api.app import create_app

    open_for_command(db_path).close()  # a file that is no store stops here, with its reason
    write_token = token or secrets.token_urlsafe(24)
    if token is None:
        console.print(
            f"Uploads need this token (Authorization: Bearer …): [bold]{write_token}[/bold]",
            soft_wrap=True,
        )
    console.print(
        f"dateline UI: http://{host}:{port}/   API docs: http://{host}:{port}/docs", soft_wrap=True
    )
    uvicorn.run(create_app(db_path, token=write_token), host=host, port=port, log_level="warning")


@click.command()
@db_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but loopback needs --token.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--token",
    default=None,
    envvar="DATELINE_TOKEN",
    help="Secret that every write (upload) must carry. Also read from DATELINE_TOKEN.",
)
def serve(db_path: str, host: str, port: int, token: str | None) -> None:
    """Serve the browser UI and the JSON API (OpenAPI at /openapi.json).

    \b
    dateline serve --db libya.db            # http://127.0.0.1:8000/
    dateline serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"
    """
    serve_store(db_path, host, port, token)
