"""The built-in library's installer: the table of the global scope, and the code that turns
declaration tables into heap objects.

Place in the pipeline: the top of the library; the isolate calls `install`
once, after making Object.prototype, Function.prototype and Array.prototype
and before compiling any script. Each library module declares its objects as
tables (support.py's entry types: Method, Getter, Value, Constant, Alias,
Computed, Namespace, Prototype, Constructor) of module-level functions
`fn(isolate, this, args)`; `install` first lets the modules that keep
Python-side state on the isolate make it (`STATE`), then walks `GLOBALS` in
order, making each native function with the isolate bound (as a bound
method; a constructor's halves with functools.partial), each namespace
object, each constructor with its prototype, and defining the globals. Object comes first (every prototype
inherits from Object.prototype), the host objects and errors last. No library
module imports this one.
"""
from __future__ import annotations

from functools import partial
from types import MethodType

from . import collections, host, iterator, math, views
from .array import ARRAY, init as init_array
from .bigint import BIGINT
from .boolean import BOOLEAN
from .collections import MAP, SET
from .date import DATE
from .errors import ERRORS
from .function import FUNCTION
from .json import JSON
from .math import MATH
from .number import NUMBER, NUMBER_FUNCTIONS
from .object import OBJECT
from .string import STRING
from .support import Alias, Computed, Constant, Constructor, Getter, Method, Namespace, Prototype, Value
from .uri import URI_FUNCTIONS
from interpreter.objects.maps import ATTR_ACCESSOR, ATTR_DONT_DELETE, ATTR_DONT_ENUM, ATTR_READ_ONLY, InstanceType
from interpreter.primitive_wrappers import VALUE_KEY, base_wrapper_maps
from interpreter.objects.values import UNDEFINED

GLOBALS = (
    Constant("NaN", float("nan")),
    Constant("Infinity", float("inf")),
    Constant("undefined", UNDEFINED),
    OBJECT,
    FUNCTION,
    JSON,
    STRING,
    NUMBER,
    *NUMBER_FUNCTIONS,
    *URI_FUNCTIONS,
    BOOLEAN,
    BIGINT,
    MATH,
    ARRAY,
    MAP,
    SET,
    DATE,
    *host.GLOBALS,
    *ERRORS,
)

# Prototype objects that no global names: the iterators'.
HIDDEN_PROTOTYPES = iterator.PROTOTYPES

# What the built-ins keep on the isolate beyond heap objects (Map contents, iterator states,
# Math.random's generator, the module cache...), made before any object.
STATE = (views.init, iterator.init, collections.init, init_array, math.init, host.init)


def install(isolate) -> None:
    """Creates the built-in objects and the global bindings."""
    isolate.to_string_tags = {}     # object -> its own Symbol.toStringTag (Math, Map.prototype)
    for init in STATE:
        init(isolate)
    installer = Installer(isolate)
    installer.properties(None, GLOBALS)
    for proto in HIDDEN_PROTOTYPES:
        installer.prototype(proto)
    isolate.base_wrapper_maps = base_wrapper_maps(isolate)


class Installer:
    """Makes the heap objects of declarations. Prototypes and constructors can be named by
    other declarations (as parents), so each is made once and remembered."""

    def __init__(self, isolate):
        self.isolate = isolate
        self.objects = isolate.objects
        self.made: dict[int, int] = {}      # id(declaration) -> its object

    def properties(self, holder: int | None, table: tuple) -> None:
        """Installs the table's entries as holder's own properties (holder None: as globals)."""
        isolate = self.isolate
        objects = self.objects
        for entry in table:
            kind = type(entry)
            attrs = ATTR_DONT_ENUM
            if kind is Method:
                value = self.function(entry)
                attrs = entry.attrs
            elif kind is Getter:
                if entry.shared_name is not None:
                    getter = setter = self.native(entry.shared_name, entry.get, 0)
                else:
                    getter = self.native(f"get {entry.name}", entry.get, 0)
                    setter = UNDEFINED if entry.set is None else self.native(f"set {entry.name}", entry.set, 1)
                value = objects.new_accessor_pair(getter, setter)
                attrs = entry.attrs | ATTR_ACCESSOR
            elif kind is Value:
                value, attrs = entry.value, entry.attrs
            elif kind is Computed:
                value, attrs = entry.make(isolate), entry.attrs
            elif kind is Constant:
                value = entry.value
                if holder is None:
                    isolate.global_read_only.add(entry.name)
                    isolate.global_dont_delete.add(entry.name)
                else:
                    attrs = ATTR_DONT_ENUM | ATTR_READ_ONLY | ATTR_DONT_DELETE
            elif kind is Alias:
                value, attrs = self.resolve(holder, entry.target), entry.attrs
            elif kind is Namespace:
                value, attrs = self.namespace(entry), entry.attrs
            elif kind is Constructor:
                value = self.constructor(entry)
            else:
                raise TypeError(f"not a table entry: {entry!r}")
            if holder is None:
                isolate.define_global(entry.name, value)
                isolate.global_dont_enum.add(entry.name)
            else:
                objects.define_own(holder, entry.name, value, attrs)

    def native(self, name: str, fn, length: int, construct=None) -> int:
        isolate = self.isolate
        if construct is None:
            # Bound as a method of the isolate: of the ways to prepend an argument, the
            # cheapest call (natives like Array.prototype.push run in hot loops).
            return isolate.new_native(name, MethodType(fn, isolate), length)
        # A constructor's call half may carry init_this, which a bound method cannot.
        return isolate.new_native(name, partial(fn, isolate), length, partial(construct, isolate))

    def function(self, entry: Method) -> int:
        f = self.native(entry.name, entry.fn, entry.length)
        self.properties(f, entry.properties)
        return f

    def namespace(self, entry: Namespace) -> int:
        objects = self.objects
        obj = objects.new_object(objects.literal_root(len(entry.properties)))
        self.properties(obj, entry.properties)
        self.finish(obj, entry)
        return obj

    def prototype(self, decl: Prototype, constructor: int | None = None) -> int:
        """The prototype object of decl, made and filled on first use; `constructor` (the
        constructor being made) becomes its first property."""
        proto = self.made.get(id(decl))
        if proto is not None:
            return proto
        isolate = self.isolate
        proto = getattr(isolate, decl.attr) if decl.attr else 0
        if not proto:
            parent = self.prototype(decl.parent) if decl.parent is not None else isolate.object_prototype
            if decl.primitive is None:
                proto = self.objects.new_prototype_object(parent, decl.name)
            else:
                proto = self.objects.new_prototype_object(parent, decl.name, InstanceType.PRIMITIVE_WRAPPER)
                self.objects.define_own(proto, VALUE_KEY, decl.primitive, ATTR_DONT_ENUM)
            if decl.attr:
                setattr(isolate, decl.attr, proto)
        self.made[id(decl)] = proto
        if constructor is not None:
            self.objects.define_own(proto, "constructor", constructor, ATTR_DONT_ENUM)
        self.properties(proto, decl.properties)
        self.finish(proto, decl)
        return proto

    def finish(self, obj: int, decl: Namespace | Prototype) -> None:
        """A filled object's Symbol.toStringTag, and its declaration's setup."""
        if decl.tag:
            self.isolate.to_string_tags[obj] = decl.tag
        if decl.setup is not None:
            decl.setup(self.isolate, obj)

    def constructor(self, decl: Constructor) -> int:
        objects = self.objects
        ctor = self.native(decl.name, decl.call, decl.length, decl.construct)
        if decl.init_this is not None:
            # How the interpreter's super() reaches a built-in constructor (`class X extends Map`).
            self.isolate.shared_of(ctor).native.init_this = partial(decl.init_this, self.isolate)
        if decl.parent is not None:
            # Before any property: the constructor moves to a map with the other prototype.
            objects.set_map(ctor, objects.function_map_with_prototype(self.made[id(decl.parent)]).id)
        self.made[id(decl)] = ctor
        if decl.prototype is not None:
            objects.define_own(ctor, "prototype", self.prototype(decl.prototype, ctor),
                               ATTR_DONT_ENUM | ATTR_READ_ONLY | ATTR_DONT_DELETE)
        self.properties(ctor, decl.statics)
        if decl.setup is not None:
            decl.setup(self.isolate, ctor)
        return ctor

    def resolve(self, holder: int | None, target: str):
        """An Alias's function: a key of holder, or a dotted path from the global scope."""
        if "." not in target:
            return self.objects.get_own(holder, target)
        first, *keys = target.split(".")
        value = self.isolate.global_value(first)
        for key in keys:
            value = self.objects.get_own(value, key)
        return value
