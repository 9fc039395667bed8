"""The tamper-evident audit log: appended by services in their transaction, verified on demand."""
