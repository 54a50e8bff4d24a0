"""The vendor detail pane beside the vendor list: a header, then tabs for the profile, agreements,
timeline, reputation and files of the selected vendor.

`VendorDetail.show_vendor(db, vendor_id)` loads a vendor; `clear()` forgets everything (the vault
locked) and deletes the decrypted copies that "Open" wrote; `changed(vendor_id)` fires after any
edit so that the window refreshes its list and overview; before the list shows another vendor,
`can_leave()` saves the profile's unsaved edits (or keeps the vendor when they are invalid).
Deletes of agreements, interactions and notes go on the window's undo stack (Ctrl+Z adds the
record back), and so do edits of interactions and notes (Ctrl+Z puts the old values back);
deleting a file asks first, because its bytes are not kept anywhere else.

Each tab is a module here (profile, agreements, timeline, reputation, files) over the shared base in
`tab.py`; the undo commands are in `commands.py`.
"""

from myvendors.ui.pages.vendors.detail.view import VendorDetail

__all__ = ["VendorDetail"]
