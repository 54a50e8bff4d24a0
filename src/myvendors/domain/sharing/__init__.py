"""Sharing on her terms: pseudonyms, the terms library, signed packages, documents coming back,
and the ledger of who got what under which promise (DESIGN §5)."""
