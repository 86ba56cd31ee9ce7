"""Commands not built yet (placeholder until their issue lands)."""
import click

@click.command("load", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def load_command(args):
    """Not built yet."""
    raise click.ClickException("'load' is not built yet")

@click.command("remove", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def remove_command(args):
    """Not built yet."""
    raise click.ClickException("'remove' is not built yet")

COMMANDS = [load_command, remove_command, ]
