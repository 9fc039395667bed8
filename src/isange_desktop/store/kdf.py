"""Argon2id parameters for the password slots, stored per slot and calibrated at init."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

# The floor the project allows anywhere, tests included (OWASP's second recommendation).
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
LANES = 4
# Calibration aims at about 0.5-1 s on the workstation: slow for a guesser, bearable at login.
TARGET_SECONDS = 0.6
MAX_ITERATIONS = 40
MAX_MEMORY_KIB = 512 * 1024


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int = FLOOR_MEMORY_KIB
    iterations: int = FLOOR_ITERATIONS
    lanes: int = LANES

    def __post_init__(self) -> None:
        if self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS:
            raise ValueError("Argon2id parameters below the floor (64 MiB, t=3)")
        if self.lanes < 1:
            raise ValueError("Argon2id needs at least one lane")

    def to_json(self) -> dict[str, Any]:
        return {"alg": "argon2id", **asdict(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Argon2Params:
        if data.get("alg") != "argon2id":
            raise ValueError("unknown KDF")
        return cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))


def argon2id(secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def calibrate(target_seconds: float = TARGET_SECONDS) -> Argon2Params:
    """Raise memory first (it costs a GPU guesser most), then iterations, to reach the target."""
    salt = b"\0" * 16
    memory = FLOOR_MEMORY_KIB
    iterations = FLOOR_ITERATIONS

    def measure(m: int, t: int) -> float:
        # The fastest of two runs: on a busy machine one slow sample would pick a cost that
        # is too low for the quiet machine the guesser uses.
        samples = []
        for _ in range(2):
            start = time.perf_counter()
            argon2id(b"calibration", salt, Argon2Params(m, t))
            samples.append(time.perf_counter() - start)
        return min(samples)

    elapsed = measure(memory, iterations)
    while elapsed * 2 <= target_seconds and memory * 2 <= MAX_MEMORY_KIB:
        memory *= 2
        elapsed = measure(memory, iterations)
    if elapsed < target_seconds:
        per_pass = elapsed / iterations
        iterations = min(MAX_ITERATIONS, max(iterations, round(target_seconds / per_pass)))
    return Argon2Params(memory, iterations)
