"""The benchmark suite: classic programs run under bailout and node side by side (`python -m bench`)."""
