"""Reminder notifications while the app runs: each reminder (domain/reminders.py) told once.

`ReminderNotifier` lives as long as the app (the controller owns it), across locking. Unlocked,
it asks the vault at once, then every `CHECK_MS` and just after midnight, for the reminders not
shown yet; it tells them in one notification and records them as shown.

Locked, the vault cannot be read. At locking (`detach`, while the vault is still open) it keeps
in memory only what comes round in the next `LOCKED_DAYS` days: the day, the reminder's key and
a neutral text ("A cancel-by date is near — unlock to see"), with the vendor's name only when she
allowed it (the vault setting `reminder_names_when_locked`, off by default). Those are told on
their day while locked, and recorded as shown at the next unlock; nothing else of the vault
stays. Quitting forgets them (the next run tells what is due at unlock).

How it is told: the system tray's notification (`QSystemTrayIcon.showMessage`, which is the
desktop's own notification service on Linux, Windows and macOS) where a tray exists; otherwise
`fallback(title, text)` — the controller shows it in the window on screen. desktop-notifier
was weighed and not taken: it needs an asyncio loop beside Qt's and a dependency per platform,
for what Qt's tray already does.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from myvendors.domain import reminders
from myvendors.domain.reminders import Reminder, What
from myvendors.errors import MyVendorsError
from myvendors.storage import Database
from myvendors.ui import formatting
from myvendors.ui import icons

CHECK_MS = 30 * 60_000  # a missed midnight (the computer asleep) is caught within this
LOCKED_DAYS = 31  # how far ahead a lock keeps what comes round
MESSAGE_MS = 15_000
LISTED = 4  # a notification of many reminders names this many, then says how many more

Present = Callable[[str, str], None]


@dataclass(frozen=True)
class LockedReminder:
    """What a locked app keeps of a reminder: its key, its day and a text without vault data
    (with the vendor's name only when she allowed it)."""

    key: str
    starts: date
    text: str




def what_text(what: What) -> str:
    """A reminder's kind, as a person says it."""
    if what is What.RENEWAL:
        return QCoreApplication.translate("ReminderNotifier", "Renews")
    if what is What.CANCEL_BY:
        return QCoreApplication.translate("ReminderNotifier", "Cancel by")
    if what is What.TRIAL_END:
        return QCoreApplication.translate("ReminderNotifier", "Free trial ends")
    if what is What.OFFER_EXPIRES:
        return QCoreApplication.translate("ReminderNotifier", "Offer runs out")
    return QCoreApplication.translate("ReminderNotifier", "Follow up")


def when_text(on: date, today: date) -> str:
    days = (on - today).days
    if days == -1:
        return QCoreApplication.translate("ReminderNotifier", "yesterday")
    if days < 0:
        return QCoreApplication.translate("ReminderNotifier", "%d days ago") % -days
    if days == 0:
        return QCoreApplication.translate("ReminderNotifier", "today")
    if days == 1:
        return QCoreApplication.translate("ReminderNotifier", "tomorrow")
    return QCoreApplication.translate("ReminderNotifier", "in %d days") % days


def reminder_line(reminder: Reminder, today: date) -> str:
    """One line of a notification: "Cancel by 2025-06-03 (in 2 days): Gym — Flex"."""
    subject = " — ".join(part for part in (reminder.vendor_name, reminder.title) if part)
    line = QCoreApplication.translate("ReminderNotifier", "%s %s (%s): %s")
    return line % (what_text(reminder.what), formatting.date_text(reminder.on), when_text(reminder.on, today), subject)


def _neutral(what: What) -> tuple[str, str]:
    """What a locked app says of a kind of reminder: without a name, and with one (%s)."""
    if what is What.RENEWAL:
        plain = QCoreApplication.translate("ReminderNotifier", "A renewal is near — unlock to see")
        named = QCoreApplication.translate("ReminderNotifier", "A renewal is near: %s — unlock to see")
    elif what is What.CANCEL_BY:
        plain = QCoreApplication.translate("ReminderNotifier", "A cancel-by date is near — unlock to see")
        named = QCoreApplication.translate("ReminderNotifier", "A cancel-by date is near: %s — unlock to see")
    elif what is What.TRIAL_END:
        plain = QCoreApplication.translate("ReminderNotifier", "A free trial ends soon — unlock to see")
        named = QCoreApplication.translate("ReminderNotifier", "A free trial ends soon: %s — unlock to see")
    elif what is What.OFFER_EXPIRES:
        plain = QCoreApplication.translate("ReminderNotifier", "An offer runs out soon — unlock to see")
        named = QCoreApplication.translate("ReminderNotifier", "An offer runs out soon: %s — unlock to see")
    else:
        plain = QCoreApplication.translate("ReminderNotifier", "A follow-up is due — unlock to see")
        named = QCoreApplication.translate("ReminderNotifier", "A follow-up is due: %s — unlock to see")
    return plain, named


def neutral_text(reminder: Reminder, *, name: bool) -> str:
    """What a locked app says of a reminder: what is near, never which (unless `name`)."""
    plain, named = _neutral(reminder.what)
    return named % reminder.vendor_name if name and reminder.vendor_name else plain


def message(lines: Sequence[str]) -> tuple[str, str]:
    """The title and text of one notification telling `lines`."""
    if len(lines) == 1:
        return QCoreApplication.translate("ReminderNotifier", "MyVendors reminder"), lines[0]
    shown = list(lines[:LISTED])
    if len(lines) > LISTED:
        more = QCoreApplication.translate("ReminderNotifier", "… and %d more on the Overview")
        shown.append(more % (len(lines) - LISTED))
    title = QCoreApplication.translate("ReminderNotifier", "MyVendors: %d reminders")
    return title % len(lines), "\n".join(shown)


def tray_present() -> Present | None:
    """A `Present` through the system tray's notifications, or None where there is no tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(icons.app_icon(), QCoreApplication.instance())
    tray.setToolTip("MyVendors")

    def present(title: str, text: str) -> None:
        tray.show()  # a message needs the icon in the tray
        tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    return present


class ReminderNotifier(QObject):
    """Tells each reminder once while the app runs (see the module)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        present: Present | None = None,
        fallback: Present | None = None,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        """`present` tells a notification (default: the tray's, where there is one, else
        `fallback`); `today` and `now` are the clock (tests move it)."""
        super().__init__(parent)
        self._present = present
        self._fallback = fallback
        self._today = today
        self._now = now
        self._db: Database | None = None
        self._locked: list[LockedReminder] = []
        self._told_locked: list[str] = []  # keys told while locked, recorded as shown at unlock
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self._after_midnight)

    # -- the vault comes and goes -------------------------------------------------------------
    def attach(self, db: Database) -> None:
        """The vault is unlocked: record what was told while locked, then check now and from now on."""
        self._db = db
        told, self._told_locked, self._locked = self._told_locked, [], []
        with contextlib.suppress(MyVendorsError):  # a vault that cannot be written now tells them again
            reminders.mark_shown(db, told)
        self.check()
        self._timer.start()
        self._arm_midnight()

    def detach(self) -> None:
        """The vault is about to lock (still open): keep what comes round, as neutral texts."""
        db, self._db = self._db, None
        if db is None:
            return
        try:
            name = reminders.names_when_locked(db)
            coming = reminders.upcoming(db, today=self._today(), days=LOCKED_DAYS)
        except MyVendorsError:
            coming, name = [], False
        self._locked = [LockedReminder(r.key, r.starts, neutral_text(r, name=name)) for r in coming]

    def stop(self) -> None:
        """The app quits: no more checks, nothing kept."""
        self._timer.stop()
        self._midnight.stop()
        self._db = None
        self._locked, self._told_locked = [], []

    @property
    def kept_while_locked(self) -> tuple[LockedReminder, ...]:
        return tuple(self._locked)

    # -- checking ------------------------------------------------------------------------------
    def check(self) -> None:
        """Tell what has come round and was not told yet."""
        today = self._today()
        if self._db is not None:
            try:
                due = reminders.to_notify(self._db, today=today)
            except MyVendorsError:
                return
            if due:
                self._tell([reminder_line(r, today) for r in due])
                with contextlib.suppress(MyVendorsError):
                    reminders.mark_shown(self._db, [r.key for r in due])
            return
        come = [item for item in self._locked if item.starts <= today]
        if come:
            self._locked = [item for item in self._locked if item.starts > today]
            self._told_locked.extend(item.key for item in come)
            self._tell(list(dict.fromkeys(item.text for item in come)))

    def _tell(self, lines: list[str]) -> None:
        title, text = message(lines)
        if self._present is None:
            self._present = tray_present() or self._fallback
        if self._present is not None:
            self._present(title, text)

    def _arm_midnight(self) -> None:
        now = self._now()
        midnight = datetime.combine(now.date() + timedelta(days=1), time(0, 0, 30))
        self._midnight.start(max(1000, int((midnight - now).total_seconds() * 1000)))

    def _after_midnight(self) -> None:
        self.check()
        self._arm_midnight()
