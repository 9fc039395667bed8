"""Use cases: the only door for the GUI and the CLI.

Each service takes the logged-in session and plain arguments, checks the policy, makes the
change, writes the audit event in the same transaction, commits, and returns plain data.
"""
