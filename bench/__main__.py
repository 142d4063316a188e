"""`python -m bench`: the benchmark command (see run.py)."""
import sys

from bench.run import main

sys.exit(main())
