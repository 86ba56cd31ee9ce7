"""Commands not built yet (placeholder until their issue lands)."""
import click

@click.command("demo", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def demo_command(args):
    """Not built yet."""
    raise click.ClickException("'demo' is not built yet")

COMMANDS = [demo_command, ]
