"""The benchmark suite: measures and reports, never asserts a speed (`python bench/run.py`)."""
