"""The wheel installs one package, medkg, with the top-level folders mapped under it."""
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_maps_folders_under_medkg(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("medkg-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names}
    assert top == {"medkg", wheel.name.split("-py3")[0] + ".dist-info"}
    for sub in ("graph/model.py", "loaders/__init__.py", "queries/__init__.py", "viz/__init__.py",
                "cli/main.py"):
        assert f"medkg/{sub}" in names, sub
    assert any(n.startswith("medkg/queries/") and n.endswith(".cypher") for n in names)
    assert not any(n.startswith("medkg/tests/") or n.startswith("tests/") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "medkg = medkg.cli.main:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
