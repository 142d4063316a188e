"""The error constructors (Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError,
URIError) and how an exception value is described when nobody catches it.

Errors the engine raises start as JSThrow(kind, message) (errors.py); when a
script's catch handler needs the value, `make_error` builds the same object a
script's `new TypeError(message)` would. Error objects are ordinary objects
whose prototype chain reaches Error.prototype; `message` is an own,
non-enumerable property, `name` comes from the prototype. `stack` is an accessor
on Error.prototype that formats `name: message` when read, as V8 formats its
stack lazily (so a subclass that sets this.name after super() shows that name);
the engine records no stack frames, so it lists none. Assigning `e.stack` makes
an own property, as in V8.
"""
from __future__ import annotations

from . import inspect as insp
from interpreter.objects.maps import ATTR_ACCESSOR, ATTR_DONT_ENUM, InstanceType
from interpreter.objects.values import UNDEFINED

ERROR_KINDS = ("Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError")


def install(isolate) -> None:
    objects = isolate.objects
    rt = isolate.runtime
    error_ctor = None
    for kind in ERROR_KINDS:
        parent_proto = isolate.object_prototype if kind == "Error" else isolate.error_prototypes["Error"]
        proto = objects.new_prototype_object(parent_proto, kind)
        isolate.error_prototypes[kind] = proto

        def init_this(this, args, kind=kind):
            """Initializes an error object: `new E(message)` and `super(message)` in a subclass."""
            if args and args[0] is not UNDEFINED:
                objects.define_own(this, "message", rt.to_string(args[0]), ATTR_DONT_ENUM)
            if len(args) > 1 and type(args[1]) is int:
                cause = rt.get_property(args[1], "cause")
                if rt.has_property(args[1], "cause"):
                    objects.define_own(this, "cause", cause, ATTR_DONT_ENUM)
            return this

        def construct(args, new_target, kind=kind):
            proto = rt.get_property(new_target, "prototype")
            if type(proto) is not int:
                proto = isolate.error_prototypes[kind]
            return init_this(objects.new_object(objects.create_root(proto)), args)

        def call(this, args, construct=construct, kind=kind):
            # Error(...) without new makes an error all the same.
            return construct(args, isolate.global_value(kind))

        call.init_this = init_this
        ctor = isolate.new_native(kind, call, 1, construct)
        if kind == "Error":
            error_ctor = ctor
        else:
            # TypeError.__proto__ is Error, as in JS.
            objects.heap.store_word(ctor, objects.function_map_with_prototype(error_ctor).id)
        objects.define_own(ctor, "prototype", proto, ATTR_DONT_ENUM)
        objects.define_own(proto, "constructor", ctor, ATTR_DONT_ENUM)
        objects.define_own(proto, "name", kind, ATTR_DONT_ENUM)
        objects.define_own(proto, "message", "", ATTR_DONT_ENUM)
        isolate.define_global(kind, ctor)

    def to_string(this, args):
        if type(this) is not int:
            from interpreter.errors import type_error
            raise type_error("Error.prototype.toString requires that 'this' be an Object")
        return error_header(isolate, this)

    error_proto = isolate.error_prototypes["Error"]
    objects.define_own(error_proto, "toString", isolate.new_native("toString", to_string), ATTR_DONT_ENUM)

    def get_stack(this, args):
        return error_header(isolate, this) if type(this) is int else UNDEFINED

    def set_stack(this, args):
        if type(this) is int:
            objects.define_own(this, "stack", args[0] if args else UNDEFINED, ATTR_DONT_ENUM)
        return UNDEFINED

    stack = objects.new_accessor_pair(isolate.new_native("get stack", get_stack),
                                      isolate.new_native("set stack", set_stack, 1))
    objects.define_own(error_proto, "stack", stack, ATTR_ACCESSOR | ATTR_DONT_ENUM)
    isolate.error_view = lambda err, to_view: error_view(isolate, err, to_view)

    def capture_stack_trace(this, args):
        """Error.captureStackTrace(obj): gives obj its own `stack`, formatted now (V8 lists
        frames; the engine records none, as for every error)."""
        target = args[0] if args else UNDEFINED
        if type(target) is not int:
            from interpreter.errors import type_error
            raise type_error("Invalid argument")
        objects.define_own(target, "stack", error_header(isolate, target), ATTR_DONT_ENUM)
        return UNDEFINED

    method_fn = isolate.new_native("captureStackTrace", capture_stack_trace, 2)
    objects.define_own(error_ctor, "captureStackTrace", method_fn, ATTR_DONT_ENUM)
    objects.define_own(error_ctor, "stackTraceLimit", 10.0)


def error_header(isolate, err: int) -> str:
    """`name: message` as Error.prototype.toString makes it (just one of them when the other is empty)."""
    rt = isolate.runtime
    name = rt.get_property(err, "name")
    message = rt.get_property(err, "message")
    name = "Error" if name is UNDEFINED else rt.to_string(name)
    message = "" if message is UNDEFINED else rt.to_string(message)
    if not name:
        return message
    if not message:
        return name
    return f"{name}: {message}"


def make_error(isolate, kind: str, message: str) -> int:
    proto = isolate.error_prototypes.get(kind, isolate.error_prototypes["Error"])
    objects = isolate.objects
    err = objects.new_object(objects.create_root(proto))
    objects.define_own(err, "message", message, ATTR_DONT_ENUM)
    return err


def is_error(isolate, v) -> bool:
    if type(v) is not int or isolate.objects.map_of(v).instance_type != InstanceType.OBJECT:
        return False
    error_proto = isolate.error_prototypes["Error"]
    p = isolate.objects.map_of(v).prototype
    while p:
        if p == error_proto:
            return True
        p = isolate.objects.map_of(p).prototype
    return False


def error_view(isolate, err: int, to_view) -> insp.ErrorView:
    """What console.log shows of an error (inspect.ErrorView): its stack, name and message as
    strings, its own enumerable properties and its cause."""
    from .bootstrap import constructor_name, entry_views
    rt = isolate.runtime
    objects = isolate.objects

    def text(key: str) -> str:
        v = rt.get_property(err, key)
        return "" if v is UNDEFINED else rt.to_string(v)

    m = objects.map_of(err)
    view = insp.ErrorView(text("stack"), text("name") or "Error", text("message"),
                          constructor_name(isolate, err, m))
    view.entries = entry_views(objects, err, to_view)
    if "cause" in m.index and all(k != "cause" for k, _ in view.entries):
        view.cause, view.has_cause = to_view(rt.get_property(err, "cause")), True
    return view


def describe_uncaught(isolate, value) -> str:
    """What node prints for an uncaught exception, on one line after `Uncaught `."""
    from .bootstrap import to_view
    if is_error(isolate, value):
        # node prints the stack, whose first line is the header; multi-line messages (JSON's
        # circular-structure error) show their first line there.
        return "Uncaught " + error_header(isolate, value).split("\n")[0]
    if type(value) is str:
        return "Uncaught " + value
    return "Uncaught " + insp.inspect(to_view(isolate, value))
