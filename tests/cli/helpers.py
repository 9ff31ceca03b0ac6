import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args, cwd=None, input=None, env=None):
    """Run the real CLI in a subprocess (what a user sees: exit code, stdout, stderr)."""
    return subprocess.run([sys.executable, "-m", "readiness", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd or ROOT, input=input, env=env, timeout=120)
