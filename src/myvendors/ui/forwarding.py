"""A document double-clicked while another MyVendors has its vault open goes to that MyVendors.

The MyVendors that has a vault unlocked listens on a local socket named by the app id, the user
and the vault (`DocumentReceiver`, QLocalServer, only the user may connect); a second MyVendors
started with a document for that vault sends it the file's path (`forward`) and, when it is
taken, ends without a window. The receiver opens the Import vendor's answer dialog with it,
which checks the file before anything is kept, as for a file she opens herself.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from myvendors import APP_ID
from myvendors.ui.qtcompat import emit

WAIT_MS = 3000  # the running MyVendors answers at once, or not at all
_MAX_LINE = 64 * 1024


def server_name(vault: Path) -> str:
    """The local socket of the MyVendors that has `vault` open (short: a path's length is limited)."""
    digest = hashlib.sha256(str(Path(vault).absolute()).encode("utf-8")).hexdigest()[:16]
    user = hashlib.sha256(getpass.getuser().encode("utf-8")).hexdigest()[:8]
    return f"{APP_ID}-{user}-{digest}"


class DocumentReceiver(QObject):
    """Listens for documents sent to the open vault; emits `received(Path)` for each."""

    received = Signal(object)

    def __init__(self, vault: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(vault)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket left by a MyVendors that was killed is replaced (only this
        process can hold the vault's lock, so no live MyVendors listens under this name)."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > _MAX_LINE:
                socket.abort()
            return
        try:
            document = Path(json.loads(bytes(socket.readLine(_MAX_LINE).data()).decode("utf-8"))["document"])
        except (ValueError, KeyError, TypeError):
            socket.write(b'{"taken": false}\n')
            socket.disconnectFromServer()
            return
        socket.write(b'{"taken": true}\n')
        socket.flush()
        socket.disconnectFromServer()
        emit(self.received, document)


def forward(vault: Path, document: Path, wait_ms: int = WAIT_MS) -> bool:
    """Send `document` to the MyVendors that has `vault` open; whether it took it."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(vault))
    if not socket.waitForConnected(wait_ms):
        return False
    socket.write((json.dumps({"document": str(Path(document).absolute())}) + "\n").encode("utf-8"))
    socket.waitForBytesWritten(wait_ms)
    while not socket.canReadLine():
        if not socket.waitForReadyRead(wait_ms):
            return False
    try:
        taken = json.loads(bytes(socket.readLine(_MAX_LINE).data()).decode("utf-8")).get("taken") is True
    except ValueError:
        taken = False
    socket.disconnectFromServer()
    return taken
