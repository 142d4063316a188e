"""The error constructors (Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError,
URIError) and how an exception value is described when nobody catches it.

Place in the pipeline: a built-in library module; bootstrap.py installs its
tables last. Errors the engine raises start as JSThrow(kind, message)
(interpreter/errors.py); when a script's catch handler needs the value, the
isolate calls `make_error`, which builds the same object a script's
`new TypeError(message)` would. Error objects are ordinary objects whose
prototype chain reaches Error.prototype; `message` is an own, non-enumerable
property, `name` comes from the prototype. `stack` is an accessor on
Error.prototype that formats `name: message` when read, as V8 formats its
stack lazily (so a subclass that sets this.name after super() shows that
name); the engine records no stack frames, so it lists none. Assigning
`e.stack` makes an own property, as in V8.
"""
from __future__ import annotations

from functools import partial

from . import inspect as insp
from .support import (
    ENUMERABLE,
    Constructor,
    Getter,
    Method,
    Prototype,
    Value,
    error_header,
    is_error,
)
from .views import to_view
from interpreter.errors import type_error
from interpreter.objects.maps import ATTR_DONT_ENUM
from interpreter.objects.values import UNDEFINED

ERROR_KINDS = ("Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError")


# ---- the constructors (one of each per kind) -------------------------------------------------


def error_init_this(isolate, this, args):
    """Initializes an error object: `new E(message)` and `super(message)` in a subclass."""
    rt = isolate.runtime
    objects = isolate.objects
    if args and args[0] is not UNDEFINED:
        objects.define_own(this, "message", rt.to_string(args[0]), ATTR_DONT_ENUM)
    if len(args) > 1 and type(args[1]) is int:
        cause = rt.get_property(args[1], "cause")
        if rt.has_property(args[1], "cause"):
            objects.define_own(this, "cause", cause, ATTR_DONT_ENUM)
    return this


def error_construct(isolate, args, new_target, *, kind: str):
    proto = isolate.runtime.get_property(new_target, "prototype")
    if type(proto) is not int:
        proto = isolate.error_prototypes[kind]
    objects = isolate.objects
    return error_init_this(isolate, objects.new_object(objects.create_root(proto)), args)


def error_call(isolate, this, args, *, kind: str):
    # Error(...) without new makes an error all the same.
    return error_construct(isolate, args, isolate.global_value(kind), kind=kind)


def register_error_prototype(isolate, proto: int, *, kind: str) -> None:
    isolate.error_prototypes[kind] = proto


# ---- Error and Error.prototype -------------------------------------------------------------------


def error_to_string(isolate, this, args):
    if type(this) is not int:
        raise type_error("Error.prototype.toString requires that 'this' be an Object")
    return error_header(isolate, this)


def error_get_stack(isolate, this, args):
    return error_header(isolate, this) if type(this) is int else UNDEFINED


def error_set_stack(isolate, this, args):
    if type(this) is int:
        isolate.objects.define_own(this, "stack", args[0] if args else UNDEFINED, ATTR_DONT_ENUM)
    return UNDEFINED


def error_capture_stack_trace(isolate, this, args):
    """Error.captureStackTrace(obj): gives obj its own `stack`, formatted now (V8 lists
    frames; the engine records none, as for every error)."""
    target = args[0] if args else UNDEFINED
    if type(target) is not int:
        raise type_error("Invalid argument")
    isolate.objects.define_own(target, "stack", error_header(isolate, target), ATTR_DONT_ENUM)
    return UNDEFINED


ERROR_STATICS = (
    Method("captureStackTrace", 2, error_capture_stack_trace),
    Value("stackTraceLimit", 10.0, ENUMERABLE),
)

ERROR_PROTOTYPE = (
    Value("name", "Error"),
    Value("message", ""),
    Method("toString", 0, error_to_string),
    Getter("stack", error_get_stack, error_set_stack),
)


def _error_constructor(kind: str, parent: Constructor | None) -> Constructor:
    """Error itself, or a NativeError whose constructor and prototype inherit from Error's."""
    return Constructor(
        kind, 1, partial(error_call, kind=kind), partial(error_construct, kind=kind),
        statics=ERROR_STATICS if parent is None else (),
        prototype=Prototype(kind, ERROR_PROTOTYPE if parent is None else (Value("name", kind), Value("message", "")),
                            parent=parent and parent.prototype,
                            setup=partial(register_error_prototype, kind=kind)),
        parent=parent, init_this=error_init_this)


ERROR = _error_constructor("Error", None)
ERRORS = (ERROR, *(_error_constructor(kind, ERROR) for kind in ERROR_KINDS[1:]))


# ---- errors the engine raises, and uncaught ones ---------------------------------------------


def make_error(isolate, kind: str, message: str) -> int:
    proto = isolate.error_prototypes.get(kind, isolate.error_prototypes["Error"])
    objects = isolate.objects
    err = objects.new_object(objects.create_root(proto))
    objects.define_own(err, "message", message, ATTR_DONT_ENUM)
    return err


def describe_uncaught(isolate, value) -> str:
    """What node prints for an uncaught exception, on one line after `Uncaught `."""
    if is_error(isolate, value):
        # node prints the stack, whose first line is the header; multi-line messages (JSON's
        # circular-structure error) show their first line there.
        return "Uncaught " + error_header(isolate, value).split("\n")[0]
    if type(value) is str:
        return "Uncaught " + value
    return "Uncaught " + insp.inspect(to_view(isolate, value))
