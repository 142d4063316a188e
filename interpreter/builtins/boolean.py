"""Boolean: the constructor (as a conversion function) and Boolean.prototype's methods.

Place in the pipeline: a built-in library module; bootstrap.py installs its
tables and stores Boolean.prototype as isolate.boolean_prototype, where
runtime.get_property looks methods up for boolean receivers.
"""
from __future__ import annotations

from interpreter.errors import type_error
from .support import Constructor, Method, Prototype, arg


def this_boolean(this, name: str) -> bool:
    if type(this) is bool:
        return this
    raise type_error(f"Boolean.prototype.{name} requires that 'this' be a Boolean")


def boolean_call(isolate, this, args):
    return isolate.runtime.to_boolean(arg(args, 0))


def boolean_to_string(isolate, this, args):
    return "true" if this_boolean(this, "toString") else "false"


def boolean_value_of(isolate, this, args):
    return this_boolean(this, "valueOf")


BOOLEAN_PROTOTYPE = (
    Method("toString", 0, boolean_to_string),
    Method("valueOf", 0, boolean_value_of),
)

BOOLEAN = Constructor("Boolean", 1, boolean_call,
                      prototype=Prototype("Boolean", BOOLEAN_PROTOTYPE, attr="boolean_prototype"))
