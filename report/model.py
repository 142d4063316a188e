"""What the report shows, gathered after the run: the run's units of source, every function's
tier story, the feedback sites, the optimized versions and the deopts, all cross-referenced.

Place in the pipeline: reads the tier's event log (llvm_tier/events.py), the
tier's history of optimized code and the isolate's functions and feedback;
report/html.py renders what it builds. Times are seconds since the script
started running.
"""
from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from deopt.deoptimizer import DeoptEvent, DeoptResumed
from interpreter.bytecodes import BYTECODES, Bytecode
from interpreter.frontend.compiler import iter_functions
from llvm_tier.events import (CodeInstalled, CompileDiscarded, CompileStarted, OptimizationDisabled, OSREntered,
                              OSRUnsupported)

from .feedback import Describer, SlotView, worst
from .source import function_spans, site_range, split_lines

# The story a function's line range is coloured by, from least to most eventful.
STORIES = ("not-run", "interpreted", "inlined", "optimized", "deopted", "disabled")
STORY_LABELS = {"not-run": "never ran", "interpreted": "interpreted only", "inlined": "inlined only",
                "optimized": "optimized", "deopted": "optimized, deoptimized",
                "disabled": "stays in the interpreter"}


@dataclass
class Unit:
    """One compiled source: the main script or a required module."""
    index: int
    name: str
    script: object                 # its script SharedFunctionInfo
    lines: list[str]               # the lines shown
    text: str                      # the text positions refer to (a module: inside its wrapper)
    first_line_shift: int = 0      # columns of line 1 that are the module wrapper, not the file


@dataclass
class Site:
    """A feedback site: a property access, call or arithmetic/compare bytecode."""
    function: "FunctionInfo"
    pc: int
    bytecode: str
    label: str
    line: int
    start: int                     # [start, end) characters of the line its marker covers
    end: int
    view: SlotView


@dataclass
class Version:
    """One optimized (or OSR) compile that was installed."""
    index: int
    code: object                   # the OptimizedCode
    installed: CodeInstalled
    started: CompileStarted | None
    function: "FunctionInfo | None" = None
    start_time: float = 0.0        # lowering began
    install_time: float = 0.0
    compile_started: float | None = None   # LLVM began (on the compile thread when concurrent)
    end_time: float | None = None  # unlinked by a deopt at this time (None: still installed)
    deopts: list = field(default_factory=list)
    hits: dict = field(default_factory=dict)   # deopt id -> its Deopts
    record_hits: dict = field(default_factory=dict)   # stack map record ID (a shared deopt exit) -> its Deopts

    @property
    def symbol(self) -> str:
        return self.code.symbol

    @property
    def osr_offset(self):
        return self.code.osr_offset


@dataclass
class Deopt:
    index: int
    event: DeoptEvent
    time: float
    resumed: DeoptResumed | None = None
    version: Version | None = None
    function: "FunctionInfo | None" = None     # the innermost frame's function: where the guard failed
    line: int = 0
    col: int = 0
    record: object = None          # the stack map record (its id is the deopt id)
    record_function: str = ""


@dataclass
class FunctionInfo:
    sfi: object
    unit: Unit | None
    span: tuple[int, int] | None
    versions: list[Version] = field(default_factory=list)
    inlined_into: list = field(default_factory=list)     # (Version, InlinedFrame)
    deopts: list[Deopt] = field(default_factory=list)     # guards that failed in its code
    own_deopts: list[Deopt] = field(default_factory=list)  # deopts of its own optimized versions
    osr_entries: int = 0
    discarded: list = field(default_factory=list)          # CompileDiscarded events
    no_osr: list = field(default_factory=list)             # OSRUnsupported events
    disabled: str | None = None
    sites: list[Site] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.sfi.id

    @property
    def name(self) -> str:
        return self.sfi.display_name

    @property
    def story(self) -> str:
        if self.disabled is not None:
            return "disabled"
        if self.versions and self.own_deopts:
            return "deopted"
        if self.versions:
            return "optimized"
        if self.inlined_into:
            return "inlined"
        if self.sfi.invocations or self.sfi.back_edges or self.sfi.is_script:
            return "interpreted"
        return "not-run"

    @property
    def compile_seconds(self) -> float:
        return sum(v.installed.elapsed for v in self.versions)

    @property
    def deopt_seconds(self) -> float:
        return sum(d.event.latency for d in self.deopts)

    @property
    def cost(self) -> float:
        """What the tier spent on it: compiling its versions and handling its deopts."""
        return self.compile_seconds + self.deopt_seconds


@dataclass
class Run:
    filename: str
    command: str
    status: int
    total_seconds: float
    jitless: bool
    stats: object = None           # TierStats (None: --jitless)
    units: list[Unit] = field(default_factory=list)
    functions: dict[int, FunctionInfo] = field(default_factory=dict)
    versions: list[Version] = field(default_factory=list)
    by_symbol: dict[str, Version] = field(default_factory=dict)
    deopts: list[Deopt] = field(default_factory=list)
    events: list = field(default_factory=list)     # the tier's event log
    started: float = 0.0           # perf_counter() when the script started
    describer: Describer | None = None
    collections: list = field(default_factory=list)   # the collector's log (objects/gc.py Collection)

    def rel(self, t: float) -> float:
        return t - self.started

    def function(self, shared_id: int) -> FunctionInfo | None:
        return self.functions.get(shared_id)

    @property
    def deopts_by_reason(self) -> Counter:
        return Counter(d.event.reason for d in self.deopts)

    @property
    def sites(self):
        for f in self.functions.values():
            yield from f.sites


def site_label(sfi, pc: int) -> str:
    ins = sfi.code[pc]
    op = Bytecode(ins[0])
    info = BYTECODES[ins[0]]
    if op in (Bytecode.GetNamedProperty, Bytecode.SetNamedProperty, Bytecode.DefineNamedOwnProperty):
        name = sfi.constants[ins[1 + info.operands.index("const")]]
        verb = {Bytecode.GetNamedProperty: "load", Bytecode.SetNamedProperty: "store"}.get(op, "define")
        return f"{verb} .{name}"
    if op == Bytecode.GetKeyedProperty:
        return "keyed load [ ]"
    if op == Bytecode.SetKeyedProperty:
        return "keyed store [ ]"
    if op in (Bytecode.Call, Bytecode.Construct):
        callee = sfi.call_names.get(pc, "")
        return ("new " if op == Bytecode.Construct and not callee.startswith("new") else "call ") + (callee or "?")
    return info.name


def _units(isolate, filename: str, source: str) -> list[Unit]:
    scripts = [f for f in isolate.functions if f.is_script]
    if not scripts:
        return []
    units = [Unit(0, filename, scripts[0], split_lines(source), source)]
    # Required modules: their files, matched to their compiled wrapper by the text inside it.
    from interpreter.builtins.host import MODULE_WRAPPER_HEAD, MODULE_WRAPPER_TAIL
    paths = [p for p in getattr(isolate, "module_cache", {}) if not p.endswith(".json")]
    texts = {}
    for p in paths:
        try:
            with open(p, encoding="utf-8", newline="") as f:
                text = f.read().lstrip("\ufeff")
        except (OSError, UnicodeDecodeError):
            continue
        if text.startswith("#!"):
            text = "//" + text[2:]
        texts[p] = text
    for script in scripts[1:]:
        wrapper = script.inner[0].source_text if script.inner else ""
        for p, text in texts.items():
            if wrapper == (MODULE_WRAPPER_HEAD + text + MODULE_WRAPPER_TAIL)[1:-1] or (
                    text and wrapper.startswith(MODULE_WRAPPER_HEAD[1:]) and text in wrapper):
                shown = os.path.relpath(p)
                units.append(Unit(len(units), shown if not shown.startswith("..") else p, script,
                                  split_lines(text), MODULE_WRAPPER_HEAD + text + MODULE_WRAPPER_TAIL,
                                  len(MODULE_WRAPPER_HEAD)))
                del texts[p]
                break
    return units


def _sites(info: FunctionInfo, describer: Describer) -> list[Site]:
    sfi, unit = info.sfi, info.unit
    if sfi.feedback is None or unit is None:
        return []
    text_lines = split_lines(unit.text)
    sites = []
    for pc, ins in enumerate(sfi.code):
        operands = BYTECODES[ins[0]].operands
        if "fb" not in operands or pc >= len(sfi.positions):
            continue
        slot = ins[1 + operands.index("fb")]
        view = describer.describe(sfi.feedback[slot]) if slot < len(sfi.feedback) else None
        if view is None:
            continue
        line, col = sfi.positions[pc]
        if not 1 <= line <= len(text_lines):
            continue
        op = Bytecode(ins[0])
        name = None
        if "const" in operands and op != Bytecode.LdaGlobal:
            name = str(sfi.constants[ins[1 + operands.index("const")]])
        elif op in (Bytecode.Call, Bytecode.Construct):
            name = sfi.call_names.get(pc)
        start, end = site_range(text_lines[line - 1], col, op, name)
        if line == 1 and unit.first_line_shift:
            start = max(0, start - unit.first_line_shift)
            end = max(start + 1, end - unit.first_line_shift)
        sites.append(Site(info, pc, BYTECODES[ins[0]].name, site_label(sfi, pc), line, start, end, view))
    return sites


def build(isolate, filename: str, source: str, command: str, status: int, total_seconds: float,
          started: float) -> Run:
    tier = isolate.tier
    run = Run(filename, command, status, total_seconds, tier is None,
              tier.stats if tier is not None else None, started=started,
              collections=list(isolate.collector.stats.log))
    run.describer = describer = Describer(isolate)
    run.units = _units(isolate, filename, source)
    for unit in run.units:
        spans = function_spans(unit.script, unit.text)
        for sfi in iter_functions(unit.script):
            info = FunctionInfo(sfi, unit, spans.get(sfi.id))
            run.functions[sfi.id] = info
            info.sites = _sites(info, describer)
    if tier is None:
        return run

    def function(sfi_or_id) -> FunctionInfo:
        sid = sfi_or_id if isinstance(sfi_or_id, int) else sfi_or_id.id
        info = run.functions.get(sid)
        if info is None:   # a function of no unit the report found (eval'd code, a lost module)
            info = run.functions[sid] = FunctionInfo(isolate.functions[sid], None, None)
        return info

    run.events = tier.log.events
    started_by_symbol = {}
    resumed = {}
    for e in run.events:
        if isinstance(e, CompileStarted):
            started_by_symbol[e.symbol] = e
        elif isinstance(e, CodeInstalled):
            v = Version(len(run.versions), e.code, e, started_by_symbol.get(e.code.symbol))
            v.function = function(e.sfi)
            v.install_time = run.rel(e.time)
            if v.started is not None:
                v.start_time = run.rel(v.started.time) - v.started.lowering_seconds
            else:
                v.start_time = v.install_time - e.elapsed
            run.versions.append(v)
            run.by_symbol[v.symbol] = v
            v.function.versions.append(v)
            for inl in e.inlined:
                function(inl.shared_id).inlined_into.append((v, inl))
        elif isinstance(e, CompileDiscarded):
            function(e.sfi).discarded.append(e)
        elif isinstance(e, OSRUnsupported):
            function(e.sfi).no_osr.append(e)
        elif isinstance(e, OSREntered):
            function(e.sfi).osr_entries += 1
        elif isinstance(e, DeoptResumed):
            resumed[id(e.deopt)] = e
    for sid, reason in tier.disabled.items():
        function(sid).disabled = reason
    for e in run.events:
        if isinstance(e, OptimizationDisabled):
            function(e.sfi).disabled = e.reason
    for v in run.versions:
        v.compile_started = run.rel(v.installed.compile_started) if v.installed.compile_started else None

    for e in run.events:
        if not isinstance(e, DeoptEvent):
            continue
        d = Deopt(len(run.deopts), e, run.rel(e.time), resumed.get(id(e)))
        d.version = run.by_symbol.get(e.code_symbol)
        inner = e.views[-1].shared_id if e.views else isolate.shared_of(e.frame.function).id
        d.function = function(inner)
        sfi = d.function.sfi
        if 0 <= e.guard_offset < len(sfi.positions):
            d.line, d.col = sfi.positions[e.guard_offset]
        if d.version is not None:
            v = d.version
            v.deopts.append(d)
            v.hits.setdefault(e.deopt_id, []).append(d)
            v.record_hits.setdefault(e.record_id, []).append(d)
            if v.end_time is None:
                v.end_time = d.time
            v.function.own_deopts.append(d)
            compiled = v.code.compiled
            for fi, fname in enumerate(compiled.stackmap_functions):
                for rec in compiled.stackmap.records_of(fi):
                    if rec.id == e.record_id:
                        d.record, d.record_function = rec, fname
        d.function.deopts.append(d)
        run.deopts.append(d)
    return run


def top_functions(run: Run, n: int = 10) -> list[FunctionInfo]:
    costly = [f for f in run.functions.values() if f.cost > 0]
    return sorted(costly, key=lambda f: -f.cost)[:n]


def line_stories(run: Run, unit: Unit) -> dict[int, list[FunctionInfo]]:
    """line -> the functions whose range covers it, outermost first (not the script itself)."""
    cover = defaultdict(list)
    for f in run.functions.values():
        if f.unit is not unit or f.span is None or f.sfi.is_script:
            continue
        for line in range(f.span[0], f.span[1] + 1):
            cover[line].append(f)
    for fs in cover.values():
        fs.sort(key=lambda f: (f.span[0], -f.span[1]))
    return cover


def site_state(sites) -> str:
    return worst(s.view.state for s in sites)
