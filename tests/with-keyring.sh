#!/bin/sh
# Run a command inside a private D-Bus session with an unlocked gnome-keyring, so the tests
# exercise a real Secret Service. Where either tool is missing the command runs as it is and
# the keyring tests skip themselves with the reason. (dbus-daemon's "Failed to set fd limit"
# line is harmless.)
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1 \
   && [ -z "${MYVENDORS_NO_TEST_KEYRING:-}" ]; then
  exec dbus-run-session -- sh -c '
    eval "$(printf "test\n" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" >/dev/null
    export MYVENDORS_TEST_KEYRING=secret-service
    exec "$@"' sh "$@"
else
  exec "$@"
fi
