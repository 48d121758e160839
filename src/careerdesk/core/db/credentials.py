"""The office's shared database server: its address kept in the data folder (without the
password), and its password in the operating system's keyring (Windows Credential Manager,
macOS Keychain, the Secret Service on Linux), never on a command line or in a file."""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url

from careerdesk.core.errors import DatabaseError
from careerdesk.messages import msg

SERVICE = "CareerDesk"
SERVER_FILE = "server.url"
_LOCAL = {"localhost", "127.0.0.1", "::1", ""}


def account(url: URL) -> str:
    """Whose password it is, as the keyring names it: user@host:port/database."""
    return f"{url.username or ''}@{url.host or ''}:{url.port or 5432}/{url.database or ''}"


def remembered_password(url: URL) -> str | None:
    """The password kept for this server, or None (none kept, or no keyring here)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, account(url))
        except KeyringError:
            return None
    except ImportError:  # (a stripped-down install)
        return None


def remember_password(url: URL, password: str) -> str:
    """Keep the password in the keyring; returns the keyring's name. Refused in one
    sentence where the computer has none."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account(url), password)
    except KeyringError as exc:
        raise DatabaseError(msg(
            "This computer has no keyring to keep the password in ({reason}); CareerDesk "
            "does not keep it anywhere else.", reason=str(exc) or type(exc).__name__),
            code="no_keyring") from exc
    return type(keyring.get_keyring()).__name__


def with_password(url: URL) -> URL:
    """The server's address with its password from the keyring (where none is given), and
    encryption asked for (sslmode=require) unless the server is this computer or the
    address says otherwise."""
    if url.get_backend_name() != "postgresql":
        return url
    if url.password is None:
        kept = remembered_password(url)
        if kept:
            url = url.set(password=kept)
    if "sslmode" not in url.query and (url.host or "") not in _LOCAL:
        url = url.update_query_dict({"sslmode": "require"})
    return url


def saved_server() -> URL | None:
    """The office's server, when this computer was connected to one (`careerdesk connect`):
    the database every command and the window use unless told another."""
    from careerdesk.core.paths import data_dir

    path = data_dir() / SERVER_FILE
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return make_url(text) if text else None


def save_server(url: URL) -> None:
    """Remember the server's address, never its password."""
    from careerdesk.core.paths import data_dir

    (data_dir() / SERVER_FILE).write_text(
        url.set(password=None).render_as_string(hide_password=False) + "\n", encoding="utf-8")


def forget_server() -> None:
    from careerdesk.core.paths import data_dir

    (data_dir() / SERVER_FILE).unlink(missing_ok=True)
