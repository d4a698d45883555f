"""verifier: check news articles against official diplomatic readouts."""

__version__ = "0.1.0"
