"""Commands not built yet (placeholder until their issue lands)."""
import click

@click.command("report", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def report_command(args):
    """Not built yet."""
    raise click.ClickException("'report' is not built yet")

@click.command("analyze", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def analyze_command(args):
    """Not built yet."""
    raise click.ClickException("'analyze' is not built yet")

COMMANDS = [report_command, analyze_command, ]
