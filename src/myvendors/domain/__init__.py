"""Domain services over an unlocked vault: pure Python, typed values in and out."""
