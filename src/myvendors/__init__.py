"""MyVendors: Vendor Relationship Management, kept encrypted on the customer's own desktop."""

__version__ = "0.1.0"
APP_NAME = "MyVendors"
# The one reverse-DNS id of the app, used everywhere a desktop or OS names it: the desktop file
# (packaging/linux/APP_ID.desktop), the AppStream id, QGuiApplication.setDesktopFileName, the
# keyring service, the Flatpak id and the MIME types' owner. Never change it: keyring entries and
# file associations on people's machines are filed under it.
APP_ID = "org.myvendors.MyVendors"
