"""Boolean: the constructor (a conversion function, and `new Boolean(v)` a wrapper object) and
Boolean.prototype's methods.

Place in the pipeline: a built-in library module; bootstrap.py installs its
tables and stores Boolean.prototype as isolate.boolean_prototype, where
runtime.get_property looks methods up for boolean receivers.
"""
from __future__ import annotations

from interpreter.errors import type_error
from interpreter.primitive_wrappers import become_wrapper, this_value, wrap
from .support import Constructor, Method, Prototype, arg, prototype_from_constructor


def this_boolean(isolate, this, name: str) -> bool:
    """thisBooleanValue: a boolean, or the value of a Boolean wrapper."""
    v = this_value(isolate, this, bool)
    if v is None:
        raise type_error(f"Boolean.prototype.{name} requires that 'this' be a Boolean")
    return v


def boolean_call(isolate, this, args):
    return isolate.runtime.to_boolean(arg(args, 0))


def boolean_construct(isolate, args, new_target):
    """new Boolean(v): a Boolean wrapper (primitive_wrappers.py)."""
    value = isolate.runtime.to_boolean(arg(args, 0))
    return wrap(isolate, value, prototype_from_constructor(isolate, new_target, isolate.boolean_prototype))


def boolean_init_this(isolate, this, args):
    """super(v) in `class B extends Boolean`."""
    return become_wrapper(isolate, this, isolate.runtime.to_boolean(arg(args, 0)))


def boolean_to_string(isolate, this, args):
    return "true" if this_boolean(isolate, this, "toString") else "false"


def boolean_value_of(isolate, this, args):
    return this_boolean(isolate, this, "valueOf")


BOOLEAN_PROTOTYPE = (
    Method("toString", 0, boolean_to_string),
    Method("valueOf", 0, boolean_value_of),
)

BOOLEAN = Constructor("Boolean", 1, boolean_call, boolean_construct, init_this=boolean_init_this,
                      prototype=Prototype("Boolean", BOOLEAN_PROTOTYPE, attr="boolean_prototype", primitive=False))
