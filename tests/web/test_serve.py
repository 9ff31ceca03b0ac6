"""`readiness serve` starts uvicorn on the register (migrated first), with one or two worker
processes, and stops cleanly."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.support.certs import check, issue


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_serve(tmp_path, workers):
    reg = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    r, _ = issue(check("kopi-sembalun"), tmp_path / "k.pdf", reg)
    number = r["certificate"]["number"]
    port = free_port()
    p = subprocess.Popen([sys.executable, "-m", "readiness", "serve", "--port", str(port),
                          "--database-url", reg, "--workers", workers, "--base-url",
                          "https://sertifikat.example.go.id/"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env={**os.environ, "READINESS_LANG": "id"})
    try:
        deadline = time.time() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v/{number}", timeout=2) as resp:
                    body = resp.read().decode()
                break
            except OSError:
                if time.time() > deadline or p.poll() is not None:
                    raise AssertionError(p.stderr.read() if p.poll() is not None else "no answer") from None
                time.sleep(0.1)
        assert "BERLAKU" in body and "UD Kopi Sembalun Lestari" in body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/certificates/{number}") as resp:
            assert b'"url":"https://sertifikat.example.go.id/v/' in resp.read()
    finally:
        p.send_signal(signal.SIGINT)
        try:
            _, err = p.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()
            _, err = p.communicate()
    assert "Traceback" not in err, err
    assert f"http://127.0.0.1:{port}/" in err


def test_serve_refuses_a_bad_base_url(tmp_path):
    p = subprocess.run([sys.executable, "-m", "readiness", "serve", "--database-url",
                        str(tmp_path / "r.sqlite3"), "--base-url", "not a url"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and "Traceback" not in p.stderr
