"""benchmarks/ write their figures as JSON beside the table (issue 15 item 6): the import benchmark
adds its figures to the file benchmarks/run.py wrote, under "sqlite", and keeps what was there."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_benchmark_adds_its_figures_to_the_json_file(tmp_path):
    figures = tmp_path / "figures.json"
    figures.write_text(json.dumps({"sqlite": {"merge_5k_ms": 120.0}, "postgresql": {"open_big_ms": 80.0}}))
    script = ROOT / "benchmarks" / "import_export.py"
    command = [sys.executable, str(script), "--rows", "200", "--companies", "20", "--no-dialog", "--json", str(figures)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    written = json.loads(figures.read_text())
    assert written["postgresql"] == {"open_big_ms": 80.0}
    sqlite = written["sqlite"]
    assert sqlite["merge_5k_ms"] == 120.0
    for key in ("import_200_s", "import_200_floor_s", "import_200_again_s", "import_preview_s"):
        assert sqlite[key] > 0, key
    assert "import 200 rows" in result.stdout  # the table is still printed
