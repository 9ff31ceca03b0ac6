"""The shipped standards are found from a normal (non-editable) wheel install."""

import os
import subprocess
import sys
import sysconfig
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]


def test_wheel_install_finds_standards(tmp_path):
    dist = tmp_path / "dist"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(dist.glob("readiness-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    vpy = venv / "bin" / "python"
    # The fresh venv gets the wheel's files only; its dependencies come from this environment's
    # site-packages through a .pth file (no network, no editable install: .pth files inside an
    # added directory are not processed, so the editable `readiness` there stays invisible).
    site = subprocess.run([str(vpy), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    import zipfile

    zipfile.ZipFile(wheel).extractall(site)
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("readiness/_standards/") and n.endswith(".yaml") for n in names)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    code = "import readiness.cli as c, sys; sys.argv=['readiness','standards','list']; c.main()"
    p = subprocess.run([str(vpy), "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert p.returncode == 0, p.stderr
    for ref in ("ikm-baseline@2021.1", "ikm-baseline@2026.1", "mandalika-motogp@2022.1", "mandalika-motogp@2027.1"):
        assert ref in p.stdout
    where = subprocess.run([str(vpy), "-c", "import readiness; print(readiness.__file__)"], capture_output=True,
                           text=True, cwd=tmp_path, env=env).stdout
    assert where.startswith(site), where
    p = subprocess.run([str(vpy), "-m", "readiness", "check", str(ROOT / "examples/dossiers/kopi-sembalun.yaml"),
                        "--format", "json"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert p.returncode == 0, p.stderr
    # the register's migrations and the web app's pages ship in the wheel: a register is made
    # from the installed package and the page answers from it
    for shipped in ("readiness/register/migrations/env.py",
                    "readiness/register/migrations/versions/0001_register.py",
                    "readiness/web/templates/certificate.html.j2", "readiness/web/static/site.css",
                    "readiness/render/templates/certificate.html.j2"):
        assert shipped in names, shipped
    code = ("from fastapi.testclient import TestClient; from readiness.web.app import create_app; "
            "from readiness.web.settings import Settings; import sys; "
            "c = TestClient(create_app(Settings(database_url=sys.argv[1]))); c.__enter__(); "
            "r = c.get('/v/MM27-000001-3'); print(r.status_code, 'TIDAK DITEMUKAN' in r.text)")
    p = subprocess.run([str(vpy), "-c", code, f"sqlite:///{tmp_path / 'r.sqlite3'}"],
                       capture_output=True, text=True, cwd=tmp_path, timeout=120,
                       env={**env, "XDG_DATA_HOME": str(tmp_path / "data"),
                            "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert p.returncode == 0 and p.stdout.split() == ["404", "True"], p.stderr[-2000:]
