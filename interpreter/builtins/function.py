"""Function: the constructor (`new Function(params, body)`) and Function.prototype's call,
apply, bind and toString.

Place in the pipeline: a built-in library module; bootstrap.py installs its
tables right after Object's. Function.prototype itself is made by the
isolate (every function object's map points at it) and filled here.
"""
from __future__ import annotations

from functools import partial

from interpreter.errors import JSSyntaxError, JSThrow, type_error
from .support import (Constructor, Getter, Method, Value, Prototype, arg, function_source, is_callable, is_constructor,
                      to_integer_or_infinity)
from interpreter.objects.maps import ATTR_DONT_ENUM, ATTR_READ_ONLY, InstanceType
from interpreter.objects.values import HOLE, NULL, UNDEFINED


def make_function(isolate, args) -> int:
    """new Function(p1, ..., body): the text compiled as a function expression, as a
    script of its own (its closure sees only globals, like node's)."""
    rt = isolate.runtime
    texts = [rt.to_string(a) for a in args]
    params, body = ",".join(texts[:-1]), texts[-1] if texts else ""
    source = f"(function anonymous({params}\n) {{\n{body}\n}})"
    try:
        script = isolate.compile(source)
    except JSSyntaxError as e:
        raise JSThrow("SyntaxError", e.message) from None
    # The script's one function expression; a script-level closure has no context.
    return isolate.objects.new_function(script.inner[0].id, 0)


def function_constructor(isolate, this, args):
    return make_function(isolate, args)


def function_construct(isolate, args, new_target):
    return make_function(isolate, args)


def this_function(isolate, this, name: str) -> int:
    if not is_callable(isolate, this):
        # V8 words each differently (call/apply name the call expression, which a
        # built-in cannot know: "x.call is not a function").
        if name == "bind":
            raise type_error("Bind must be called on a function")
        if name == "toString":
            raise type_error("Function.prototype.toString requires that 'this' be a Function")
        raise type_error(f"Function.prototype.{name} is not a function")
    return this


def function_call(isolate, this, args):
    return isolate.interpreter.call(this_function(isolate, this, "call"), arg(args, 0), list(args[1:]))


def function_apply(isolate, this, args):
    fn = this_function(isolate, this, "apply")
    call = isolate.interpreter.call
    objects = isolate.objects
    rt = isolate.runtime
    array_like = arg(args, 1)
    if array_like is UNDEFINED or array_like is NULL:
        return call(fn, arg(args, 0), [])
    if type(array_like) is not int:
        raise type_error("CreateListFromArrayLike called on non-object")
    if objects.map_of(array_like).instance_type == InstanceType.ARRAY:
        items = [rt.element(array_like, i) if v is HOLE else v
                 for i, v in enumerate(objects.array_items(array_like))]
    else:
        n = int(max(to_integer_or_infinity(rt, rt.get_property(array_like, "length")), 0))
        items = [rt.get_property(array_like, str(i)) for i in range(n)]
    return call(fn, arg(args, 0), items)


def call_bound(isolate, target: int, bound_this, bound_args: list, this, args):
    return isolate.interpreter.call(target, bound_this, bound_args + list(args))


def construct_bound(isolate, target: int, bound_args: list, args, new_target):
    return isolate.interpreter.construct(target, bound_args + list(args))


def function_bind(isolate, this, args):
    rt = isolate.runtime
    target = this_function(isolate, this, "bind")
    bound_this = arg(args, 0)
    bound_args = list(args[1:])
    name = rt.get_property(target, "name")
    name = name if type(name) is str else ""
    length = max(0, int(rt.to_number(rt.get_property(target, "length"))) - len(bound_args))
    # a bound function is a constructor when its target is (not a bound arrow or method)
    construct = partial(construct_bound, isolate, target, bound_args) if is_constructor(isolate, target) else None
    bound = isolate.new_native(f"bound {name}", partial(call_bound, isolate, target, bound_this, bound_args),
                               length, construct=construct)
    sfi = isolate.shared_of(bound)
    sfi.bound_target, sfi.bound_args = target, tuple(bound_args)
    return bound


def function_to_string(isolate, this, args):
    return function_source(isolate, this_function(isolate, this, "toString"))


def restricted_property(isolate, this, args):
    """Function.prototype's caller and arguments accessors (%ThrowTypeError%): what every
    function without its own (a strict, arrow, method, class or built-in one) answers."""
    raise type_error("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode "
                     "functions or the arguments objects for calls to them")


FUNCTION_PROTOTYPE = (
    Value("length", 0.0, ATTR_DONT_ENUM | ATTR_READ_ONLY),
    Value("name", "", ATTR_DONT_ENUM | ATTR_READ_ONLY),
    Getter("caller", restricted_property, shared_name=""),
    Getter("arguments", restricted_property, shared_name=""),
    Method("call", 1, function_call),
    Method("apply", 2, function_apply),
    Method("bind", 1, function_bind),
    Method("toString", 0, function_to_string),
)

FUNCTION = Constructor("Function", 1, function_constructor, function_construct,
                       prototype=Prototype("Function", FUNCTION_PROTOTYPE, attr="function_prototype"))
