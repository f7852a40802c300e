"""Passwords never shown, whatever the shape of the URL staff typed."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.data.catalogue_store import CatalogueOrigin, import_catalogue, open_catalogue, read_catalogue_at
from kiosk.data.schema import CatalogueUnavailableError
from kiosk.data.urls import display_url, hide_secrets
from tests.conftest import SOURCES

SECRET = "s3cr3t-P4ss"
#: What staff type, right or wrong; every one holds SECRET somewhere.
SHAPES = [
    f"postgresql+psycopg://kiosk:{SECRET}@127.0.0.1:1/kiosk",
    f"postgresql://kiosk:{SECRET}@127.0.0.1:1/kiosk?connect_timeout=1",
    f"kiosk:{SECRET}@127.0.0.1:1/kiosk",  # the scheme forgotten
    f"//kiosk:{SECRET}@127.0.0.1/kiosk",
    f"postgresql://kiosk:{SECRET[:4]}@{SECRET[4:]}@127.0.0.1:1/kiosk",  # an @ not percent-encoded
    f"postgresql://kiosk:{SECRET[:4]}/{SECRET[4:]}@127.0.0.1:1/kiosk",  # a / not percent-encoded
    f"postgresql://kiosk:{SECRET}@127.0.0.1:port/kiosk",  # a bad port
    f"postgresql://kiosk:{SECRET}@[::1/kiosk",  # a bad IPv6 address
    f"postgresql://kiosk@127.0.0.1:1/kiosk?password={SECRET}",
    f"postgresql://kiosk@127.0.0.1:1/kiosk?sslmode=disable&PASSWORD={SECRET}",
    f"postgresql+nosuchdriver://kiosk:{SECRET}@127.0.0.1/kiosk",
    f"nosuchdialect://kiosk:{SECRET}@127.0.0.1/kiosk",
    f"postgresql://kiosk:{SECRET.replace('-', '%2D')}@127.0.0.1:1/kiosk",  # percent-encoded
    f"://:{SECRET}@",
    f"{SECRET}",  # not a URL at all: it cannot be told from a host name, and is never a password
]
PARTS = [SECRET, SECRET[:4] + "@" + SECRET[4:], SECRET[4:], SECRET.replace("-", "%2D")]


def leaked(text: str, url: str) -> bool:
    if url == SECRET:
        return False
    return any(part in text for part in PARTS if len(part) >= 6) or SECRET.replace("-", "%2D") in text


@pytest.mark.parametrize("url", SHAPES)
def test_display_url_never_shows_the_password(url: str) -> None:
    shown = display_url(url)
    assert not leaked(shown, url), shown


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://kiosk:pw12@server/kiosk", "postgresql://kiosk:***@server/kiosk"),
        ("kiosk:pw12@server/kiosk", "kiosk:***@server/kiosk"),
        ("postgresql://kiosk:p@w12@server/kiosk", "postgresql://kiosk:***@server/kiosk"),
        ("postgresql://kiosk@server/kiosk?password=pw12&x=1", "postgresql://kiosk@server/kiosk?password=***&x=1"),
        ("sqlite:///C:/kiosk/catalogue.sqlite", "sqlite:///C:/kiosk/catalogue.sqlite"),
        ("postgresql://server/kiosk", "postgresql://server/kiosk"),
    ],
)
def test_display_url_keeps_what_staff_need(url: str, shown: str) -> None:
    assert display_url(url) == shown


# Text a URL can hold: no lone surrogates (they have no UTF-8 form, so no settings file or
# command line can carry them).
@given(
    st.text(alphabet=st.characters(blacklist_characters=":@=/", blacklist_categories=("Cs",)), max_size=12),
    st.text(alphabet=st.characters(blacklist_characters="@*", blacklist_categories=("Cs",)), min_size=3, max_size=20),
)
def test_any_user_and_password(user: str, password: str) -> None:
    url = f"postgresql://{user}:{password}@server/kiosk"
    assert display_url(url) == f"postgresql://{user}:***@server/kiosk"
    assert password not in hide_secrets(f"could not connect to {url} as {user} with {password}", url)


@pytest.mark.parametrize("url", SHAPES[:-1])
def test_no_message_status_or_log_line_shows_the_password(
    url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    with caplog.at_level(logging.DEBUG):
        loaded = open_catalogue(url, tmp_path)
        assert loaded.origin is CatalogueOrigin.BUNDLED and loaded.degraded
        assert not leaked(loaded.status, url) and not leaked(loaded.location, url)
        with pytest.raises(CatalogueUnavailableError) as read_error:
            read_catalogue_at(url)
        assert not leaked(str(read_error.value), url)
        with pytest.raises(CatalogueUnavailableError) as import_error:
            import_catalogue(SOURCES, url, tmp_path)
        assert not leaked(str(import_error.value), url)
    for record in caplog.records:
        assert not leaked(record.getMessage(), url), record.getMessage()
    for argv in (["--db", url, "catalogue", "status"], ["catalogue", "import", str(SOURCES), "--db", url]):
        assert main(argv) == 1
        captured = capsys.readouterr()
        assert not leaked(captured.out + captured.err, url), captured
    assert main(["--db", url, "catalogue", "export", "-o", str(tmp_path / "out")]) == 1
    captured = capsys.readouterr()
    assert not leaked(captured.out + captured.err, url), captured


def test_an_unencoded_at_is_named_before_connecting() -> None:
    with pytest.raises(CatalogueUnavailableError, match="%40"):
        read_catalogue_at("postgresql://kiosk:pa@ss@127.0.0.1:1/kiosk")
