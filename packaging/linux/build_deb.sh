#!/bin/sh
# Build dist/myvendors_VERSION_amd64.deb from the PyInstaller bundle with dpkg-deb (`make deb`).
#
#   sh packaging/linux/build_deb.sh VERSION BUNDLE_DIR ICONS_DIR OUT_DIR
#
# The bundle goes to /usr/lib/myvendors/ with /usr/bin/myvendors linking to it (the bundle finds
# its own folder through /proc/self/exe); the desktop entry, AppStream metainfo, MIME types and
# icons go where the desktop looks for them. No maintainer scripts: Debian's triggers of
# desktop-file-utils, shared-mime-info and hicolor-icon-theme update their caches. Depends names the
# system libraries the bundle leaves out (packaging/myvendors.spec, SYSTEM_LIBRARIES): Qt's xcb and
# wayland platforms (app.py's XCB_LIBRARIES among them), GL, fonts, GLib, D-Bus and printing.
set -eu

VERSION=$1
BUNDLE=$2
ICONS=$3
OUT=$4
APP_ID=org.myvendors.MyVendors
HERE=$(cd "$(dirname "$0")" && pwd)
ARCH=$(dpkg --print-architecture)
STAGE=build/deb/myvendors_${VERSION}_${ARCH}
DEB=$OUT/myvendors_${VERSION}_${ARCH}.deb

[ -x "$BUNDLE/myvendors" ] || { echo "no bundle at $BUNDLE: run make bundle" >&2; exit 1; }
[ -d "$ICONS/hicolor" ] || { echo "no icons at $ICONS: run make icons" >&2; exit 1; }

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/usr/lib" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/metainfo" "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/icons" \
         "$STAGE/usr/share/doc/myvendors"
cp -a "$BUNDLE" "$STAGE/usr/lib/myvendors"
ln -s ../lib/myvendors/myvendors "$STAGE/usr/bin/myvendors"
cp "$HERE/$APP_ID.desktop" "$STAGE/usr/share/applications/"
cp "$HERE/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
cp "$HERE/$APP_ID.mime.xml" "$STAGE/usr/share/mime/packages/$APP_ID.xml"
cp -a "$ICONS/hicolor" "$STAGE/usr/share/icons/"

cat > "$STAGE/usr/share/doc/myvendors/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: MyVendors
Source: https://myvendors.example/

Files: *
Copyright: 2026 The MyVendors engineers
License: GPL-3.0-or-later
 On Debian systems, the complete text of the GNU General Public License version 3
 can be found in /usr/share/common-licenses/GPL-3.

Files: usr/lib/myvendors/_internal/*
Copyright: the authors of each bundled component
License: various
 /usr/lib/myvendors/ holds a Python runtime and the libraries MyVendors uses (Qt and
 PySide6 under LGPL-3.0, OpenSSL and cryptography under Apache-2.0, SQLCipher under
 BSD-3-Clause, DejaVu fonts under the Bitstream Vera licence, and others): each
 one's licence is in its *.dist-info folder or beside it.
EOF
# A changelog, as Debian packages have one (compressed without a time stamp: reproducible)
printf 'myvendors (%s) unstable; urgency=medium\n\n  * Release %s: see https://myvendors.example/releases\n\n -- The MyVendors engineers <engineers@myvendors.example>  %s\n' \
    "$VERSION" "$VERSION" "$(date -u -R -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")" \
    | gzip -9n > "$STAGE/usr/share/doc/myvendors/changelog.gz"

# Files 0644 and folders 0755; executables (ELF programs, not libraries) 0755.
find "$STAGE/usr" -type d -exec chmod 0755 {} +
find "$STAGE/usr" -type f -exec chmod 0644 {} +
chmod 0755 "$STAGE/usr/lib/myvendors/myvendors"

DEPENDS="libc6 (>= 2.34), libstdc++6, libgcc-s1, zlib1g,
 libgl1, libegl1, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, libcups2,
 libxkbcommon0, libxkbcommon-x11-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4,
 libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-xkb1, libxcb-shape0, libxcb-randr0,
 libxcb-render0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-util1, libxcb-glx0,
 libwayland-client0, libwayland-cursor0, libwayland-egl1"
INSTALLED_SIZE=$(du -sk --apparent-size "$STAGE/usr" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: myvendors
Version: $VERSION
Architecture: $ARCH
Maintainer: The MyVendors engineers <engineers@myvendors.example>
Installed-Size: $INSTALLED_SIZE
Depends: $(echo "$DEPENDS" | tr '\n' ' ' | sed 's/  */ /g; s/ *$//')
Recommends: gnome-keyring | kwalletmanager | keepassxc
Section: utils
Priority: optional
Homepage: https://myvendors.example/
Description: encrypted record of the companies you deal with
 MyVendors keeps your side of every customer relationship: the companies you
 buy from, your subscriptions and contracts with their renewal and
 cancellation dates, what you paid, what was said and what you think of them,
 in one vault on your computer encrypted with your passphrase.
 .
 The desktop app and the command line are one program, myvendors. It needs
 no Python: it is a self-contained bundle in /usr/lib/myvendors. A Secret
 Service keyring (GNOME Keyring, KWallet or KeePassXC) lets it remember the
 vault on this device.
EOF
(cd "$STAGE" && find usr -type f -print0 | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
chmod 0644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

# Every file stamped with the last commit's time, so that two builds of one commit are alike.
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
    find "$STAGE" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
fi
mkdir -p "$OUT"
dpkg-deb --root-owner-group -Zxz -z3 --build "$STAGE" "$DEB"
echo "$DEB: $(du -h "$DEB" | cut -f1), installed $(( INSTALLED_SIZE / 1024 )) MB"
