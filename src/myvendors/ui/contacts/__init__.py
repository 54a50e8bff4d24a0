"""Trusted contacts in the app: the dialogs the Trusted contacts page (ui/pages/contacts.py) opens.

`add_dialog` adds a contact from their key (a file, pasted text or an image of its QR code) with
its digit groups to compare by phone and a trust level (`trust`: the three choices, and the
dialog that changes them); `key_dialog` shows her own key for one contact (QR code, digit
groups) and saves it; `bundle_dialog` checks a contact's notes, puts an unknown key to her,
asks about unsure vendors and imports them; `voice_dialog` shows one contact's note on a vendor.
Sending notes is the share wizard's (ui/sharing/wizard/, "a trusted contact"). The rules are in
domain/contacts.
"""
