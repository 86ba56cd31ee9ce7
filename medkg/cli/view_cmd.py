"""Commands not built yet (placeholder until their issue lands)."""
import click

@click.command("view", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def view_command(args):
    """Not built yet."""
    raise click.ClickException("'view' is not built yet")

COMMANDS = [view_command, ]
