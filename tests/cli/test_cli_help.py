"""Every command and sub-command explains itself, and failures are one line, not a traceback."""
import click
from click.testing import CliRunner

from medkg.cli.main import cli


def _walk(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from _walk(command, prefix + (name,))


def test_every_command_has_help_text():
    commands = list(_walk(cli))
    assert {path[0] for path, _ in commands} >= {"load", "export", "import", "stats", "report",
                                              "analyze", "view", "demo", "remove"}
    for path, command in commands:
        assert command.help and command.help.strip(), f"medkg {' '.join(path)} has no help text"
        result = CliRunner().invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage:" in result.output


def test_unknown_command_is_a_clear_error():
    result = CliRunner().invoke(cli, ["frobnicate"])
    assert result.exit_code != 0
    assert "No such command" in result.output


def test_library_errors_become_one_line(tmp_path):
    # A file where the store folder should be: the store cannot open, and says so in one line.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = CliRunner().invoke(cli, ["--db", str(blocker / "db"), "stats"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert len([line for line in result.output.splitlines() if line.strip()]) == 1
