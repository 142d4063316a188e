"""The JIT: LLVM IR text in, loaded machine code plus its stack map out.

Place in the pipeline: the lowering (bytecode + feedback -> LLVM IR with
guards) hands a module's IR text to :meth:`JIT.compile`; this module
optimizes it, emits one object file for the host CPU, parses that object's
``.llvm_stackmaps`` section (``stackmaps.parser``), loads *the same object*
into an ORC LLJIT and returns a :class:`CompiledObject`: symbol addresses,
the stack map, and every deopt call site keyed by its absolute return
address, which is exactly what ``__llvm_deoptimize`` hands the deoptimizer.
Nothing here knows JavaScript.

Public API::

    jit = JIT(opt_level=2)                    # one per isolate, no globals; pipeline.PIPELINE's passes
    jit = JIT(passes=None)                    # LLVM's default -O2 pipeline instead
    jit.set_deopt_handler(address)            # C function the deopt stub calls
    jit.define_runtime_symbol(name, address)  # runtime entry reachable from IR
    code = jit.compile(ir_text, ["f", "f_entry"])
    code.addresses["f_entry"]                 # call through ctypes
    code.call_sites[return_address]           # -> CallSite (record, function)
    jit.call_site_at(return_address)          # same, over all live objects
    jit.compiled_object_at(pc)                # which live object holds pc
    code.stackmap, code.stackmap_functions    # parsed map, symbol per function record
    code.ir, code.optimized_ir, code.object_bytes, code.timings
    code.assembly()                           # for dumps
    code.release()                            # unloads the machine code
    jit.close()

Decisions (and why):

* Each compile runs the passes of ``pipeline.PIPELINE`` (SROA, instcombine,
  simplifycfg, NewGVN... chosen for the lowering's IR and measured against
  LLVM's default -O2 pipeline: a third less compile time, code as fast;
  docs/tiers.md, "The pass pipeline"); ``passes=None`` runs -O2 instead.

* Linking uses ORC's JITLink (``use_jit_link=True``) with the small code
  model and PIC.  JITLink allocates each object's sections in one block and
  synthesizes GOT/PLT stubs for external symbols, so RIP-relative references
  to constant pools and calls into Python callbacks anywhere in the address
  space are always in range.  RuntimeDyld maps code and data sections
  separately, so with it (``use_jitlink=False``, kept for gdb, which only
  RuntimeDyld registers objects with) the large code model is used instead.
* The ``__llvm_deoptimize`` stub (``deopt.stub``) is compiled once per JIT
  into a "runtime library" (a JITDylib) that every compiled object links
  against.  The handler is found through a pointer global in that library
  (``set_deopt_handler`` writes it), so it can change without relinking.
* Runtime entry points (ctypes callbacks optimized code calls) are ordinary
  external functions in the IR (``declare i64 @rt_x(i64)``, called
  directly).  :meth:`JIT.define_runtime_symbol` records name -> address in
  this JIT, and every later link defines them as absolute symbols of the
  new library (``JITLibraryBuilder.import_symbol``): per JIT, unlike the
  process-wide ``llvmlite.binding.add_symbol``.  A symbol defined after an
  object was linked is not seen by that object (the link fails loudly if a
  symbol is missing).
* Deopt values may live in registers at a deopt site
  (``register_deopt_values=True``, LLVM's ``-use-registers-for-deopt-values``;
  otherwise every value is spilled to a stack slot in the cold block).  The
  option is process-wide inside LLVM, so it is set right before each code
  generation of this JIT.
* Stack map function records are tied to symbols exactly, by reading the
  object's ``.rela.llvm_stackmaps`` relocations (a function record's
  address field is 0 in the object; its relocation names the function).
  Any number of functions per module may therefore have deopt sites; each
  must have external linkage so the JIT can give its address.
* A function that contains ``llvm.experimental.deoptimize`` after
  optimization must be ``preserve_nonecc`` with ``"frame-pointer"="all"``,
  because the stub returns on its behalf by popping only %rbp (see
  ``deopt.stub``).  :meth:`JIT.compile` refuses other modules, which also
  catches LLVM inlining such a function into a C-convention entry wrapper
  (mark optimized functions ``noinline``).  It must also not have been
  inferred a ``memory(...)`` attribute: LLVM thinks deoptimize only reads
  memory, callers would cache heap values across the call; each deopt block
  needs ``deopt.stub.DEOPT_MEMORY_BARRIER`` before the deoptimize call.

Lifetime: a :class:`CompiledObject` stays loaded until :meth:`release` (the
JIT keeps it registered, so dropping the Python reference does not unload
code).  Never release an object that has activations on the machine stack.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import struct
import time
from dataclasses import dataclass, field

import llvmlite.binding as llvm

from deopt.stub import DEOPTIMIZE_SYMBOL, HANDLER_SLOT_SYMBOL, stub_module_ir
from stackmaps.parser import STACKMAP_VERSION, StackMap, StackMapRecord, parse_stackmap

from .pipeline import PASSES, PIPELINE

__all__ = ["JIT", "CompiledObject", "CallSite", "CompileTimings", "JITError"]

_STACKMAP_SECTION = ".llvm_stackmaps"
_STACKMAP_RELA_SECTION = ".rela.llvm_stackmaps"
_DEOPTIMIZE_INTRINSIC = "@llvm.experimental.deoptimize"
_REGISTER_DEOPT_OPTION = "--use-registers-for-deopt-values"

# ELF64 layouts needed to tie stack map function records to symbols.
_ELF_SYM = struct.Struct("<IBBHQQ")      # name, info, other, shndx, value, size
_ELF_RELA = struct.Struct("<QQq")        # offset, info, addend
_STT_FUNC = 2
_SHN_UNDEF = 0
_STT_SECTION = 3
_R_X86_64_64 = 1
# Header (16 bytes) then 24-byte function records whose first field is the
# relocated address (see stackmaps.parser for the layout).
_STACKMAP_HEADER_SIZE = 16
_STACKMAP_FUNCTION_SIZE = 24


class JITError(RuntimeError):
    """The module cannot be compiled or loaded as optimized code."""


def _initialize_native_llvm() -> None:
    # llvm.initialize() raises since llvmlite 0.45; these three are
    # idempotent.  The asm parser is needed for the stub's module asm.
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()


@dataclass(frozen=True)
class CompileTimings:
    """Seconds spent in each phase of one :meth:`JIT.compile`.

    The four coarse phases (``parse_verify``, ``optimize``, ``codegen``,
    ``link``) add up to ``total``; each is split further so a slow compile
    can be read off (``PHASES`` in order, what ``--stats`` prints):
    ``parse_verify`` = ``parse`` + ``verify``, ``optimize`` = ``passes`` +
    ``print_ir`` (the optimized IR as text, kept for dumps) + ``abi_check``,
    ``codegen`` = ``emit_object`` (instruction selection, register
    allocation, the object file) + ``stackmap`` (reading the object's
    sections and parsing its stack map).
    """

    parse: float
    verify: float
    passes: float
    print_ir: float
    abi_check: float
    emit_object: float
    stackmap: float
    link: float

    PHASES = ("parse", "verify", "passes", "print_ir", "abi_check", "emit_object", "stackmap", "link")

    @property
    def parse_verify(self) -> float:
        return self.parse + self.verify

    @property
    def optimize(self) -> float:
        return self.passes + self.print_ir + self.abi_check

    @property
    def codegen(self) -> float:
        return self.emit_object + self.stackmap

    @property
    def total(self) -> float:
        return self.parse_verify + self.optimize + self.codegen + self.link

    def phases(self) -> dict[str, float]:
        """Phase name -> seconds, in pipeline order."""
        return {name: getattr(self, name) for name in self.PHASES}


@dataclass(frozen=True)
class CallSite:
    """A stack map record placed in memory.

    ``return_address`` is the absolute address right after the call (what
    ``__llvm_deoptimize`` sees on its stack): the function's load address
    plus the record's instruction offset.  ``record.id`` is the call's
    ``"statepoint-id"``, i.e. the deopt id.  ``stackmap`` is the whole map
    the record came from (its constants table serves ConstantIndex).
    """

    return_address: int
    function: str
    function_address: int
    function_index: int
    record: StackMapRecord
    stackmap: StackMap = field(repr=False)

    @property
    def deopt_id(self) -> int:
        return self.record.id


@dataclass(eq=False)
class CompiledObject:
    """One loaded object file and everything known about it.

    ``stackmap.functions[i]`` belongs to ``stackmap_functions[i]``;
    ``call_sites`` maps absolute return addresses to :class:`CallSite`.
    """

    name: str
    ir: str
    optimized_ir: str
    object_bytes: bytes
    stackmap: StackMap
    stackmap_functions: tuple[str, ...]
    addresses: dict[str, int]
    function_sizes: dict[str, int]
    call_sites: dict[int, CallSite]
    timings: CompileTimings
    _jit: "JIT" = field(repr=False)
    _tracker: object = field(repr=False)
    _register_deopt_values: bool = field(repr=False)
    released: bool = False

    def address_of(self, symbol: str) -> int:
        if self.released:
            raise JITError(f"{self.name} was released; {symbol} is gone")
        return self.addresses[symbol]

    def contains(self, address: int) -> bool:
        """Whether ``address`` lies inside one of the exported functions."""
        return any(
            start <= address < start + self.function_sizes.get(sym, 0)
            for sym, start in self.addresses.items()
        )

    def assembly(self) -> str:
        """The machine code as assembly text, regenerated from the optimized
        IR with this JIT's target machine (same input, same code)."""
        return self._jit._emit_assembly(self.optimized_ir, self._register_deopt_values)

    def release(self) -> None:
        """Unload the machine code.  Idempotent."""
        if self.released:
            return
        self.released = True
        self._jit._forget(self)
        self._tracker.close()


class JIT:
    """An LLVM ORC JIT for one isolate: target machine, LLJIT, runtime library."""

    def __init__(
        self,
        opt_level: int = 2,
        *,
        use_jitlink: bool = True,
        register_deopt_values: bool = True,
        passes: tuple[str, ...] | None = PIPELINE,
    ) -> None:
        if not 0 <= opt_level <= 3:
            raise ValueError(f"opt_level must be 0..3, not {opt_level}")
        unknown = [p for p in passes or () if p not in PASSES]
        if unknown:
            raise ValueError(f"unknown passes: {', '.join(unknown)} (known: {', '.join(PASSES)})")
        _initialize_native_llvm()
        self.opt_level = opt_level
        # these passes in order, or with None LLVM's default per-module pipeline at opt_level
        # (opt_level 0 always runs LLVM's -O0 pipeline)
        self.passes = passes
        self.register_deopt_values = register_deopt_values
        target = llvm.Target.from_triple(llvm.get_process_triple())
        self.target_machine = target.create_target_machine(
            cpu=llvm.get_host_cpu_name(),
            features=llvm.get_host_cpu_features().flatten(),
            # The backend always runs at -O2 (an -O0 backend spills every value;
            # -O1 saved no measurable time).
            opt=2,
            reloc="pic",
            codemodel="small" if use_jitlink else "large",
            jit=True,
        )
        self._lljit = llvm.create_lljit_compiler(
            self.target_machine, use_jit_link=use_jitlink
        )
        self._library_ids = itertools.count()
        self._runtime_symbols: dict[str, int] = {}
        self._live: dict[str, CompiledObject] = {}
        self._call_sites: dict[int, CallSite] = {}
        self.closed = False
        self._runtime_library = "bailout.runtime"
        runtime_object = self._emit_object(self._parse(stub_module_ir()))
        self._runtime_tracker = (
            llvm.JITLibraryBuilder()
            .add_object_img(runtime_object)
            .export_symbol(DEOPTIMIZE_SYMBOL)
            .export_symbol(HANDLER_SLOT_SYMBOL)
            .link(self._lljit, self._runtime_library)
        )
        self.deoptimize_address: int = self._runtime_tracker[DEOPTIMIZE_SYMBOL]
        self.deopt_handler_slot: int = self._runtime_tracker[HANDLER_SLOT_SYMBOL]

    # -- runtime wiring ---------------------------------------------------

    def set_deopt_handler(self, address: int) -> None:
        """Make the deopt stub call the C function at ``address`` (0 clears
        it; the stub then traps).  The caller keeps the callback alive."""
        ctypes.c_uint64.from_address(self.deopt_handler_slot).value = address

    def define_runtime_symbol(self, name: str, address: int) -> None:
        """Let objects linked from now on call ``name`` at ``address``."""
        if not address:
            raise ValueError(f"runtime symbol {name} needs a non-null address")
        self._runtime_symbols[name] = address

    @property
    def runtime_symbols(self) -> dict[str, int]:
        return dict(self._runtime_symbols)

    # -- compiling --------------------------------------------------------

    def compile(
        self, ir_text: str, symbols: list[str], opt_level: int | None = None
    ) -> CompiledObject:
        """Optimize, emit, load; return addresses of ``symbols`` and the map.

        Functions that own deopt sites are exported as well, whether listed
        or not, since their addresses place the stack map records.
        """
        self._check_open()
        level = self.opt_level if opt_level is None else opt_level
        clock = time.perf_counter
        t0 = clock()
        module = self._parse(ir_text, verify=False)
        t_parsed = clock()
        self._verify(module)
        t1 = clock()
        self._optimize(module, level)
        t_passes = clock()
        optimized_ir = str(module)
        t_printed = clock()
        _check_deopt_abi(module, optimized_ir)
        t2 = clock()
        object_bytes = self._emit_object(module, self.register_deopt_values)
        t_emitted = clock()
        sections = _object_sections(object_bytes)
        stackmap, record_functions = _read_stackmap(sections)
        self._check_symbols(sections, symbols)
        t3 = clock()

        name = f"bailout.code.{next(self._library_ids)}"
        exports = list(dict.fromkeys([*symbols, *record_functions]))
        builder = llvm.JITLibraryBuilder().add_object_img(object_bytes)
        builder.add_jit_library(self._runtime_library).add_current_process()
        for rt_name, rt_address in self._runtime_symbols.items():
            builder.import_symbol(rt_name, rt_address)
        for sym in exports:
            builder.export_symbol(sym)
        try:
            tracker = builder.link(self._lljit, name)
        except RuntimeError as exc:
            raise JITError(f"linking {name} failed: {exc}") from exc
        t4 = time.perf_counter()

        addresses = {sym: tracker[sym] for sym in exports}
        sizes = _function_sizes(sections)
        call_sites: dict[int, CallSite] = {}
        for index, fn_name in enumerate(record_functions):
            base = addresses[fn_name]
            for record in stackmap.records_of(index):
                site = CallSite(
                    base + record.instruction_offset, fn_name, base, index, record, stackmap
                )
                call_sites[site.return_address] = site
        compiled = CompiledObject(
            name=name,
            ir=ir_text,
            optimized_ir=optimized_ir,
            object_bytes=object_bytes,
            stackmap=stackmap,
            stackmap_functions=tuple(record_functions),
            addresses=addresses,
            function_sizes={s: sizes[s] for s in exports if s in sizes},
            call_sites=call_sites,
            timings=CompileTimings(t_parsed - t0, t1 - t_parsed, t_passes - t1, t_printed - t_passes,
                                   t2 - t_printed, t_emitted - t2, t3 - t_emitted, t4 - t3),
            _jit=self,
            _tracker=tracker,
            _register_deopt_values=self.register_deopt_values,
        )
        self._live[name] = compiled
        self._call_sites.update(call_sites)
        return compiled

    def call_site_at(self, return_address: int) -> CallSite | None:
        """The deopt call site whose return address this is, in any live object."""
        return self._call_sites.get(return_address)

    def compiled_object_at(self, address: int) -> CompiledObject | None:
        """The live object whose exported functions contain ``address``."""
        for compiled in self._live.values():
            if compiled.contains(address):
                return compiled
        return None

    @property
    def live_objects(self) -> tuple[CompiledObject, ...]:
        return tuple(self._live.values())

    def close(self) -> None:
        """Release every object, the runtime library and the LLJIT."""
        if self.closed:
            return
        for compiled in list(self._live.values()):
            compiled.release()
        self._runtime_tracker.close()
        self._lljit.close()
        self.closed = True

    # -- internals --------------------------------------------------------

    def _check_open(self) -> None:
        if self.closed:
            raise JITError("this JIT is closed")

    def _check_symbols(self, sections: dict[str, bytes], wanted: list[str]) -> None:
        # ORC only reports a missing symbol on stderr and then fails with a
        # vague "Failed to materialize"; say which one, before linking.
        symbols = _symbols(sections)
        defined = {name for name, _, shndx, _, _ in symbols if name and shndx != _SHN_UNDEF}
        absent = [name for name in wanted if name not in defined]
        if absent:
            raise JITError("not defined by the module: " + ", ".join(absent))
        provided = {
            DEOPTIMIZE_SYMBOL, HANDLER_SLOT_SYMBOL, *self._runtime_symbols,
            "_GLOBAL_OFFSET_TABLE_",  # made by the linker (large code model)
        }
        missing = sorted(
            name
            for name, _, shndx, _, _ in symbols
            if name and shndx == _SHN_UNDEF and name not in provided
            and not llvm.address_of_symbol(name)
        )
        if missing:
            raise JITError(
                "undefined symbols: " + ", ".join(missing)
                + " (runtime entries need JIT.define_runtime_symbol first)"
            )

    def _forget(self, compiled: CompiledObject) -> None:
        self._live.pop(compiled.name, None)
        for address in compiled.call_sites:
            self._call_sites.pop(address, None)

    def _parse(self, ir_text: str, verify: bool = True) -> llvm.ModuleRef:
        try:
            module = llvm.parse_assembly(ir_text)
        except RuntimeError as exc:
            raise JITError(f"invalid LLVM IR: {exc}") from exc
        if verify:
            self._verify(module)
        module.triple = self.target_machine.triple
        module.data_layout = str(self.target_machine.target_data)
        return module

    @staticmethod
    def _verify(module: llvm.ModuleRef) -> None:
        try:
            module.verify()
        except RuntimeError as exc:
            raise JITError(f"invalid LLVM IR: {exc}") from exc

    def _optimize(self, module: llvm.ModuleRef, level: int) -> None:
        tuning = llvm.create_pipeline_tuning_options(speed_level=level)
        builder = llvm.create_pass_builder(self.target_machine, tuning)
        if self.passes is None or level == 0:
            builder.getModulePassManager().run(module, builder)
            return
        manager = llvm.create_new_module_pass_manager()
        for name in self.passes:
            getattr(manager, PASSES[name])()
        manager.run(module, builder)

    def _set_register_deopt_values(self, enabled: bool) -> None:
        llvm.set_option("", f"{_REGISTER_DEOPT_OPTION}={'true' if enabled else 'false'}")

    def _emit_object(self, module: llvm.ModuleRef, register_deopt_values: bool = False) -> bytes:
        self._set_register_deopt_values(register_deopt_values)
        return bytes(self.target_machine.emit_object(module))

    def _emit_assembly(self, optimized_ir: str, register_deopt_values: bool) -> str:
        module = self._parse(optimized_ir)
        self._set_register_deopt_values(register_deopt_values)
        return self.target_machine.emit_assembly(module)


# -- object file reading ------------------------------------------------------


def _object_sections(object_bytes: bytes) -> dict[str, bytes]:
    sections = {}
    for section in llvm.ObjectFileRef.from_data(object_bytes).sections():
        name = section.name()
        if name:
            sections[name.decode()] = section.data()
    return sections


def _symbols(sections: dict[str, bytes]) -> list[tuple[str, int, int, int, int]]:
    """(name, type, section index, value, size) per ELF symbol, in order."""
    symtab = sections.get(".symtab", b"")
    strtab = sections.get(".strtab", b"")
    out = []
    for offset in range(0, len(symtab), _ELF_SYM.size):
        name_offset, info, _, shndx, value, size = _ELF_SYM.unpack_from(symtab, offset)
        end = strtab.index(b"\0", name_offset)
        out.append((strtab[name_offset:end].decode(), info & 0xF, shndx, value, size))
    return out


def _function_sizes(sections: dict[str, bytes]) -> dict[str, int]:
    return {
        name: size
        for name, kind, _, _, size in _symbols(sections)
        if kind == _STT_FUNC and name
    }


def _read_stackmap(sections: dict[str, bytes]) -> tuple[StackMap, list[str]]:
    """The parsed stack map and, per function record, its function's symbol."""
    data = sections.get(_STACKMAP_SECTION)
    if data is None:
        return StackMap(STACKMAP_VERSION, (), (), ()), []
    stackmap = parse_stackmap(data)
    symbols = _symbols(sections)
    relocations = {}
    rela = sections.get(_STACKMAP_RELA_SECTION, b"")
    for offset in range(0, len(rela), _ELF_RELA.size):
        r_offset, r_info, r_addend = _ELF_RELA.unpack_from(rela, offset)
        relocations[r_offset] = (r_info >> 32, r_info & 0xFFFFFFFF, r_addend)
    names = []
    for index in range(len(stackmap.functions)):
        field_offset = _STACKMAP_HEADER_SIZE + index * _STACKMAP_FUNCTION_SIZE
        if field_offset not in relocations:
            raise JITError(f"stack map function record {index} has no relocation")
        sym_index, rtype, addend = relocations[field_offset]
        if rtype != _R_X86_64_64:
            raise JITError(f"unexpected relocation type {rtype} in the stack map")
        name, kind, shndx, value, _ = symbols[sym_index]
        if kind == _STT_SECTION:
            # A local function is addressed as section + offset: find it.
            candidates = [
                s for s in symbols
                if s[1] == _STT_FUNC and s[2] == shndx and s[3] == addend
            ]
            local = candidates[0][0] if candidates else f"<section {shndx} + {addend}>"
            raise JITError(
                f"function {local} has deopt sites but local linkage; give it "
                "external linkage so the JIT can place its stack map records"
            )
        if kind != _STT_FUNC or addend != 0:
            raise JITError(f"stack map function record {index} points at {name}+{addend}")
        names.append(name)
    return stackmap, names


# -- the deopt ABI check ------------------------------------------------------

_DEFINE = re.compile(r'^define\b[^\n]*?@("(?:[^"\\]|\\.)*"|[-\w$.]+)\(', re.M)


def _check_deopt_abi(module: llvm.ModuleRef, optimized_ir: str) -> None:
    """Refuse functions the deopt stub cannot return on behalf of."""
    for header in _DEFINE.finditer(optimized_ir):
        end = optimized_ir.find("\n}\n", header.end())
        body = optimized_ir[header.end():end if end >= 0 else len(optimized_ir)]
        if _DEOPTIMIZE_INTRINSIC not in body:
            continue
        name = header.group(1).strip('"')
        define_line = optimized_ir[header.start():optimized_ir.index("\n", header.start())]
        problems = []
        if " preserve_nonecc " not in define_line:
            problems.append("is not preserve_nonecc")
        attributes = b" ".join(module.get_function(name).attributes).decode()
        if '"frame-pointer"="all"' not in attributes:
            problems.append('lacks "frame-pointer"="all"')
        memory = re.search(r"\bmemory\([^)]*\)", attributes)
        if memory:
            problems.append(
                f"was inferred {memory.group(0)} (callers would cache memory "
                "across it although the resumed interpreter may write any; put "
                "deopt.stub.DEOPT_MEMORY_BARRIER before the deoptimize call)"
            )
        if problems:
            raise JITError(
                f"function @{name} calls llvm.experimental.deoptimize but "
                + " and ".join(problems)
                + "; see deopt.stub for the deopt ABI"
            )
