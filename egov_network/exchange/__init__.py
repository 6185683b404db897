"""Excel and CSV exchange: the lists coordinators send and receive (no Qt here)."""
