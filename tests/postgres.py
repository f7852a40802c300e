"""A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder, on 127.0.0.1.

``postgres_server`` (session) runs ``initdb`` and ``pg_ctl start`` on a free port, and stops and
deletes the cluster at the end; ``postgres_url`` (per test) gives each test its own empty database.
As root, the server runs as the ``postgres`` user (PostgreSQL refuses to run as root).

The tests are skipped, with the reason shown, only when no server binary is found; when the ``CI``
environment variable is set they fail instead, so CI never passes without PostgreSQL.
Binaries: ``KIOSK_PG_BIN`` (a folder), else ``pg_ctl`` on the PATH, else Debian's
``/usr/lib/postgresql/<version>/bin`` (the ``postgresql`` package that ``scripts/setup.sh`` installs).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_USER = "kiosk"


def _version_key(path: Path) -> tuple[int, ...]:
    version = path.parent.parent.name
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def find_postgres_bin() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None."""
    override = os.environ.get("KIOSK_PG_BIN")
    if override:
        return Path(override)
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=_version_key)
    return found[-1].parent if found else None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI (CI is set): {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass(frozen=True)
class PostgresServer:
    port: int
    root: Path
    bin_dir: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{PG_USER}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        """Stop the server at once, as a crash or a pulled cable would (tests of outages)."""
        _run([str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop"], self.root)

    def start(self) -> None:
        """Start it again on the same port (after :meth:`stop`)."""
        _start(self.bin_dir, self.root, self.port)


def _start(bin_dir: Path, root: Path, port: int) -> None:
    options = f"-h 127.0.0.1 -p {port} -k {root} -c fsync=off -c full_page_writes=off"
    command = [str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-o", options, "-l", str(root / "server.log")]
    _run([*command, "-w", "start"], root)


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--", *command]
    return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{part}'" for part in command)]


def _run(command: list[str], root: Path) -> None:
    result = subprocess.run(
        _as_server_user(command), cwd=root, capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of our own, started for the test session."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable('the psycopg driver is not installed (pip install -e ".[test]")')
    bin_dir = find_postgres_bin()
    if bin_dir is None or not (bin_dir / "initdb").exists():
        _unavailable("no PostgreSQL server binaries (initdb, pg_ctl) found; install the Debian package postgresql")
    assert bin_dir is not None
    if os.geteuid() == 0:
        try:
            import pwd

            server_user = pwd.getpwnam("postgres")
        except KeyError:
            _unavailable("running as root and there is no 'postgres' user to run the server as")
    root = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        os.chown(root, server_user.pw_uid, server_user.pw_gid)
    root.chmod(0o700)
    started = False
    try:
        _run(
            [str(bin_dir / "initdb"), "-D", str(data), "-U", PG_USER, "--auth=trust", "-E", "UTF8", "--no-locale"], root
        )
        for _attempt in range(3):
            port = _free_port()
            try:
                _start(bin_dir, root, port)
            except RuntimeError:
                continue
            started = True
            break
        if not started:
            log = (root / "server.log").read_text(errors="replace") if (root / "server.log").exists() else ""
            raise RuntimeError(f"PostgreSQL did not start:\n{log}")
        yield PostgresServer(port, root, bin_dir)
    finally:
        if started:
            _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], root)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped after the test."""
    from sqlalchemy import create_engine, text

    name = f"kiosk_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server.url(), isolation_level="AUTOCOMMIT", pool_pre_ping=True)  # outage tests
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield postgres_server.url(name)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
