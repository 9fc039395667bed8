"""The vault: SQLCipher database, key slots, device secret, migrations and backups.

No other package opens a connection or a file of the vault.
"""
