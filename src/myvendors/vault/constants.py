"""Numbers the vault's rules are made of, in a module light enough for the first window to import
(the unlock window's forms show them; `envelope` and `vault` load cryptography and SQLCipher)."""

MIN_PASSPHRASE_CHARS = 8
DEFAULT_KDF_SECONDS = 0.75  # Argon2id time new passphrases are calibrated to
MAX_KDF_SECONDS = 30  # the most a calibration may aim for (--kdf-seconds); above, the ceilings cap it anyway
