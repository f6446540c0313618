"""A throwaway PostgreSQL cluster for the tests and benchmarks: initdb in a temporary
folder, ``pg_ctl start`` bound to 127.0.0.1 on a free port, a fresh database per test.

``SOURCETRACE_TEST_PG_URL`` (an admin URL to an existing server, such as
``postgresql://postgres@127.0.0.1:5432/postgres``) replaces the cluster; the databases
are still made fresh per test on it.

initdb refuses to run as root. Run as root (as ``.ci/run`` does in a container), the
cluster runs as the ``postgres`` system user that Debian's package creates (the folder is
handed to it); no such user is an error saying so.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["Cluster", "PgUnavailable", "find_bindir", "running_cluster"]

#: The databases get this locale (see ``storage/postgres.py`` for why).
CREATE_OPTIONS = "TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'"
_RUN_AS = "postgres"


class PgUnavailable(RuntimeError):
    """No PostgreSQL server can be started or reached here; the message says why."""


def find_bindir() -> Path | None:
    """The folder with initdb, pg_ctl and postgres, or None."""
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[4]) if Path(p).parts[4].isdigit() else 0)
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    """An admin URL and the means to make databases on it."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self._names = itertools.count(1)
        self._prefix = f"st_{os.getpid()}_"
        self._template: str | None = None

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def url(self, name: str) -> str:
        return f"{self.admin_url.rpartition('/')[0]}/{name}"

    def new_database(self, *, migrated: bool = True) -> str:
        """A fresh database; returns its URL. ``migrated`` copies one that was migrated
        once per session (a copy is much faster than migrating each test's database)."""
        name = f"{self._prefix}{next(self._names)}"
        if not migrated:
            self.admin(f"CREATE DATABASE {name} {CREATE_OPTIONS}")
            return self.url(name)
        if self._template is None:
            from sourcetrace.storage import open_store

            template = f"{self._prefix}template"
            self.admin(f"DROP DATABASE IF EXISTS {template}")
            self.admin(f"CREATE DATABASE {template} {CREATE_OPTIONS}")
            open_store(self.url(template)).close()
            self._template = template
        self.admin(f"CREATE DATABASE {name} TEMPLATE {self._template}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rpartition("/")[2]
        with contextlib.suppress(Exception):
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _as_server_user() -> tuple[list[str], int | None, int | None]:
    """The command prefix and ids to run the server with: nothing unless we are root."""
    if os.geteuid() != 0:
        return [], None, None
    try:
        user = pwd.getpwnam(_RUN_AS)
    except KeyError as exc:
        raise PgUnavailable(
            f"running as root, and initdb refuses root: no {_RUN_AS!r} system user to run "
            "the test cluster as (Debian's postgresql package creates it)") from exc
    return ["runuser", "-u", _RUN_AS, "--"], user.pw_uid, user.pw_gid


@contextlib.contextmanager
def running_cluster(*, durable: bool = False) -> Iterator[Cluster]:
    """A cluster for this test session, stopped and deleted at the end.

    The tests' cluster skips fsync (a crash of the test machine loses nothing of value);
    ``durable`` keeps the server's defaults, for benchmarks."""
    given = os.environ.get("SOURCETRACE_TEST_PG_URL")
    if given:
        yield Cluster(given)
        return
    bindir = find_bindir()
    if bindir is None:
        raise PgUnavailable("no PostgreSQL binaries (initdb) on PATH or in "
                            "/usr/lib/postgresql/*/bin; install Debian's postgresql package "
                            "or set SOURCETRACE_TEST_PG_URL")
    prefix, uid, gid = _as_server_user()
    root = Path(tempfile.mkdtemp(prefix="sourcetrace-pg-"))
    data = root / "data"
    if uid is not None and gid is not None:
        os.chown(root, uid, gid)
    port = _free_port()
    log = root / "server.log"

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise PgUnavailable(f"{Path(args[0]).name} failed: {done.stderr.strip()} {tail}")

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--lc-collate=C",
            *([] if durable else ["--no-sync"]))
        settings = (f"-c listen_addresses=127.0.0.1 -c port={port} "
                    f"-c unix_socket_directories={root} -c max_connections=200")
        if not durable:
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
            "-o", settings, "start")
        try:
            yield Cluster(f"postgresql://postgres@127.0.0.1:{port}/postgres")
        finally:
            subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m",
                            "immediate", "-w", "stop"], capture_output=True, check=False)
    finally:
        shutil.rmtree(root, ignore_errors=True)
