"""Commands not built yet (placeholder until their issue lands)."""
import click

@click.command("export", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def export_command(args):
    """Not built yet."""
    raise click.ClickException("'export' is not built yet")

@click.command("import", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def import_command(args):
    """Not built yet."""
    raise click.ClickException("'import' is not built yet")

@click.command("stats", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def stats_command(args):
    """Not built yet."""
    raise click.ClickException("'stats' is not built yet")

COMMANDS = [export_command, import_command, stats_command, ]
