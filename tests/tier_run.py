"""One in-process run of a script with the optimizing tier installed (compiling synchronously),
for the tests that look inside it: what it printed, the tier's compiles, deopts and crossings,
and what node prints for the same source (tests/llvm_tier, tests/deopt)."""
from __future__ import annotations

import contextlib
import io
import subprocess
import textwrap

import cli
from interpreter.isolate import Flags, Isolate
from llvm_tier.lower_calls import InliningOptions
from llvm_tier.tierup import install_tier


class TierRun:
    def __init__(self, source: str, threshold: int = 100, gc_interval: int = 0, escape_analysis: bool = True):
        self.out: list[str] = []
        self.iso = Isolate(Flags(gc_interval=gc_interval), write=self.out.append)
        self.tier = install_tier(self.iso, threshold=threshold, inlining=InliningOptions(),
                                 escape_analysis=escape_analysis)
        self.source = textwrap.dedent(source)
        with contextlib.redirect_stderr(io.StringIO()):
            cli.run_in_big_stack(lambda: self.iso.run(self.source))
        self.stdout = "".join(self.out)

    @property
    def crossings(self):
        return self.tier.stats.crossings

    def codes(self, name: str):
        """The (non-OSR) code objects made for the function `name`, in order."""
        return [c for c in self.tier.history if c.sfi.name == name and c.osr_offset is None]

    def deopts_with_objects(self):
        """The deopts that materialized captured objects."""
        return [e for e in self.tier.deoptimizer.events if e.materialized]

    def node(self) -> str:
        return subprocess.run(["node", "-e", self.source], capture_output=True, text=True, check=True).stdout
