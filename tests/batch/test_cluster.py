"""`batch --cluster` and `impact --cluster` on a Dask LocalCluster of 2 worker processes: the
same outputs as a local run, a worker killed mid-run, resume; the errors of a missing Dask or
an unreachable scheduler."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import shutil
import signal
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from readiness.batch.runner import run_batch  # noqa: E402
from readiness.errors import InputError  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "examples" / "registrations-form-export.csv"
DOSSIERS = ROOT / "examples" / "dossiers"
AS_OF = dt.date(2026, 11, 27)
STANDARD = "mandalika-motogp@2027.3"


@pytest.fixture(scope="module")
def cluster():
    """One LocalCluster of 2 single-threaded worker processes for the module: its scheduler's
    address (tcp://...), as an office's cluster would be given, and a client to reach it."""
    import logging

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=logging.ERROR) as c:
        with distributed.Client(c) as client:
            yield c.scheduler_address, client


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("gen_province", ROOT / "benchmarks" / "gen_province.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    folder = tmp_path_factory.mktemp("province")
    mod.generate(folder, n=2000)
    return folder


def _run(inputs, out, **kw):
    kw = {"standard": STANDARD, "pdf": False, "as_of": AS_OF, "lang": "en", "progress": False, **kw}
    return run_batch([str(i) for i in inputs], out, **kw)


def _same_outputs(a: Path, b: Path) -> None:
    la = (a / "results.jsonl").read_bytes().splitlines()
    lb = (b / "results.jsonl").read_bytes().splitlines()
    assert sorted(la) == sorted(lb)
    assert la == lb                                  # and even in the same (input) order
    for name in ("summary.csv", "errors.csv"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_shared_examples_same_as_local(cluster, tmp_path):
    address, _ = cluster
    local = _run([EXPORT, DOSSIERS], tmp_path / "local", jobs=1)
    on_cluster = _run([EXPORT, DOSSIERS], tmp_path / "cluster", cluster=address)
    assert on_cluster.total == local.total == 14
    assert (on_cluster.certified, on_cluster.not_certified, on_cluster.errors) == \
        (local.certified, local.not_certified, local.errors)
    _same_outputs(tmp_path / "local", tmp_path / "cluster")


@pytest.fixture(scope="module")
def province_runs(cluster, province, tmp_path_factory):
    """The generated province of 2,000 run once locally and once on the cluster."""
    address, _ = cluster
    base = tmp_path_factory.mktemp("runs")
    local = _run([province], base / "local", jobs=2)
    on_cluster = _run([province], base / "cluster", cluster=address, chunk=50)
    return base, local, on_cluster


def test_province_of_2000_same_as_local(province_runs):
    base, local, on_cluster = province_runs
    assert on_cluster.total == local.total == 2000
    assert on_cluster.checked == 2000 and on_cluster.not_certified == local.not_certified
    _same_outputs(base / "local", base / "cluster")


def test_resume_on_the_cluster(cluster, province, province_runs, tmp_path):
    address, _ = cluster
    base = province_runs[0]
    out = tmp_path / "out"
    shutil.copytree(base / "cluster", out)
    # a run stopped after 1,700 businesses: keep their markers only
    idx = out / ".state" / "index.jsonl"
    idx.write_text("".join(idx.read_text(encoding="utf-8").splitlines(keepends=True)[:1700]),
                   encoding="utf-8")
    stats = _run([province], out, cluster=address, resume=True)
    assert (stats.reused, stats.checked) == (1700, 300)
    _same_outputs(base / "local", out)


def test_worker_killed_mid_run_every_business_once(cluster, province, tmp_path):
    address, client = cluster
    killed = []

    def kill_one(done, total):
        if not killed and 0 < done < total:          # after the first results came back
            pid = next(iter(client.run(os.getpid).values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    part = province / "00"                            # its first 1,000 businesses
    stats = _run([part], tmp_path / "out", cluster=address, chunk=20, progress=kill_one)
    assert killed
    lines = (tmp_path / "out" / "results.jsonl").read_text(encoding="utf-8").splitlines()
    names = [json.loads(line)["dossier"]["file"] for line in lines]
    assert len(names) == len(set(names)) == stats.total == stats.checked == 1000
    client.wait_for_workers(2, timeout=60)           # the nanny restarted it, for the next tests


def test_impact_on_the_cluster(cluster):
    from readiness.batch.impact import format_text, run_impact

    address, _ = cluster
    args = ([str(DOSSIERS), str(EXPORT)], "mandalika-motogp@2022.1", "mandalika-motogp@2027.1")
    local = run_impact(*args, jobs=1, as_of=AS_OF, lang="en")
    remote = run_impact(*args, as_of=AS_OF, lang="en", cluster=address)
    assert remote.total == local.total and remote.lose == local.lose
    assert format_text(remote, lang="en") == format_text(local, lang="en")


def test_local_n_through_the_cli(tmp_path, capsys):
    from readiness.cli import main

    with pytest.raises(SystemExit) as e:
        main(["batch", str(DOSSIERS), "-o", str(tmp_path / "out"), "--no-pdf", "--cluster", "local:1",
              "--as-of", "2026-11-27", "--standard", STANDARD, "--lang", "en"])
    assert e.value.code == 1
    assert "6 businesses:" in capsys.readouterr().err


def test_unreachable_scheduler_is_one_line_exit_2(tmp_path, capsys, monkeypatch):
    import socket

    from readiness.batch import cluster
    from readiness.cli import main

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1)
    with socket.socket() as s:                       # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    for address, words in ((f"tcp://127.0.0.1:{port}", "cannot reach the Dask scheduler"),
                           ("local:zero", "is not understood")):
        with pytest.raises(SystemExit) as e:
            main(["batch", str(DOSSIERS), "-o", str(tmp_path / "out"), "--no-pdf",
                  "--cluster", address, "--lang", "en"])
        err = capsys.readouterr().err
        assert e.value.code == 2 and words in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()            # nothing written before the cluster answered


def test_without_dask_a_clear_error(monkeypatch):
    import builtins
    import sys

    from readiness.batch.pool import ordered_map

    real = builtins.__import__

    def no_dask(name, *a, **kw):
        if name.split(".")[0] in ("distributed", "dask"):
            raise ImportError(f"No module named {name!r}", name=name)
        return real(name, *a, **kw)

    monkeypatch.delitem(sys.modules, "readiness.batch.cluster", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(InputError) as e:
        ordered_map(abs, [1], cluster="local:2")
    assert e.value.code == "cluster_needs_dask"
    assert "pip install 'readiness[cluster]'" in e.value.one_line("en")


@pytest.mark.parametrize("command", ["batch", "impact"])
def test_jobs_with_cluster_is_refused(tmp_path, capsys, command):
    from readiness.cli import main

    out = tmp_path / "out"
    args = (["batch", str(DOSSIERS), "-o", str(out), "--no-pdf"] if command == "batch" else
            ["impact", str(DOSSIERS), "--from", "mandalika-motogp@2022.1", "--to",
             "mandalika-motogp@2027.1", "-o", str(out)])
    with pytest.raises(SystemExit) as e:
        main(args + ["--cluster", "local:2", "--jobs", "2", "--lang", "en"])
    err = capsys.readouterr().err
    assert e.value.code == 2 and "--jobs does not apply with --cluster" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()
