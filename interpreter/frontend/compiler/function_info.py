"""What the bytecode compiler produces: SharedFunctionInfo, the fixed registers of a frame, iter_functions.

Place in the pipeline: the front end's output. The compiler fills one
SharedFunctionInfo per function literal; the isolate registers them, the
interpreter runs their code and the optimizing tier lowers it. The fields
under "Run-time state" belong to the isolate, not to the compiler.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Every frame's register file starts with these; the locals and temporaries follow the parameters.
THIS_REGISTER = 0
CLOSURE_REGISTER = 1
FIRST_PARAM_REGISTER = 2


@dataclass(eq=False)
class SharedFunctionInfo:
    """Everything about a function literal that does not depend on a particular closure (V8's SFI)."""
    name: str
    param_count: int
    is_script: bool = False
    is_arrow: bool = False
    is_method: bool = False        # class/object methods, getters, setters: not constructors
    class_kind: str = ""           # "base" / "derived" for class constructors (callable only with new)
    strict: bool = False
    has_rest: bool = False         # the last parameter collects the remaining arguments
    length: int = -1               # Function.prototype.length (-1: param_count)
    arguments_register: int = -1   # >= 0: the function uses `arguments`, made on entry into this register
    # the indexes of its arguments object that are its parameters (map_arguments)
    mapped_arguments: frozenset = frozenset()
    new_target_register: int = -1  # >= 0: the function uses new.target, put on entry into this register
    code: list[tuple] = field(default_factory=list)
    # Exception handlers (V8's HandlerTable): (start, end, handler offset, context register),
    # innermost first; a throw at an offset in [start, end) continues at the handler.
    handlers: list[tuple[int, int, int, int]] = field(default_factory=list)
    constants: list = field(default_factory=list)
    register_count: int = 0
    feedback_kinds: list[str] = field(default_factory=list)
    inner: list["SharedFunctionInfo"] = field(default_factory=list)
    call_names: dict[int, str] = field(default_factory=dict)   # call offset -> callee text, for errors
    register_names: dict[int, str] = field(default_factory=dict)  # for dumps and deopt traces
    positions: list[tuple[int, int]] = field(default_factory=list)  # per offset: (line, col)
    # Run-time state, owned by the isolate that registered the function:
    id: int = -1                   # index in the isolate's function table
    native: object = None          # a Python callable (this, args) for built-ins
    bound_target: int | None = None   # a bound function's target (instanceof and super() ask it)
    bound_args: tuple = ()            # ... and the arguments bound with it
    native_construct: object = None   # for built-in constructors: a Python callable (args, new_target)
    feedback: list | None = None   # the feedback vector
    invocations: int = 0
    back_edges: int = 0
    optimized: object = None       # the tier's code object while the function is optimized
    osr_at: int = 0                # back-edge count at which to ask the tier for OSR code (0: ask now)
    deopt_count: int = 0
    script_names: frozenset = frozenset()   # a script: its top-level bindings not on globalThis
    script_globals: frozenset = frozenset()  # a plain script: its var and function names (scopes.py)
    source_text: str = ""          # the function's source, for Function.prototype.toString

    @property
    def display_name(self) -> str:
        """The name traces and dumps show."""
        return self.name or ("<script>" if self.is_script else "(anonymous)")

    def __repr__(self) -> str:
        return f"<SharedFunctionInfo {self.display_name}>"


def iter_functions(sfi: SharedFunctionInfo):
    """The function and all its inner function literals, depth first."""
    yield sfi
    for inner in sfi.inner:
        yield from iter_functions(inner)
