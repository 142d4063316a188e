"""The library's declaration tables (interpreter/builtins/) against the objects they make and
against node.

* Installed as declared: walking bootstrap.GLOBALS (and the hidden iterator prototypes), every
  entry is on the live object with its declared name, length, attributes and function, and
  nothing else is (each object's own properties are exactly its table, plus the
  constructor/prototype links).
* As node has them: every declared property exists in node v20 with the same kind (function,
  accessor or data), enumerability, and a function's name and length, except the differences
  listed in DIFFERENCES; and what node has on the language's objects and the engine does not
  declare is exactly NOT_IMPLEMENTED, so the list is the library's known gaps.
"""
from __future__ import annotations

import json
import math
import shutil
import subprocess
from functools import partial
from types import MethodType

import pytest

from interpreter.builtins import bootstrap
from interpreter.builtins.support import (
    Alias,
    Constant,
    Constructor,
    Getter,
    Method,
    Namespace,
    Value,
)
from interpreter.isolate import Isolate
from interpreter.objects.maps import ATTR_ACCESSOR, ATTR_DONT_DELETE, ATTR_DONT_ENUM, ATTR_READ_ONLY, InstanceType
from interpreter.primitive_wrappers import VALUE_KEY

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not on PATH")

# JS expressions for the prototypes no global names.
HIDDEN = {"Map Iterator": "Object.getPrototypeOf(new Map().entries())",
          "Set Iterator": "Object.getPrototypeOf(new Set().values())",
          "Array Iterator": "Object.getPrototypeOf([].values())"}

# Declared properties that differ from node's, and how.
DIFFERENCES = {
    "print": "a shell-style global node does not have",
    "Error.prototype.stack": "node's stack is an own property of each error, here an accessor on the prototype",
    "performance.now": "node's is inherited from Performance.prototype",
    "process.argv": "an accessor that makes the array on first read (the command line sets it after start-up)",
    "process.exitCode": "node 20's is an accessor",
    "process.hrtime": "node's declares one parameter",
    "process.hrtime.bigint": "node's is an enumerable function named hrtimeBigInt",
    "process.stdout": "node's are accessors making stream objects",
    "process.stderr": "node's are accessors making stream objects",
    "process.stdout.write": "node's is inherited from the stream's prototype",
    "process.stderr.write": "node's is inherited from the stream's prototype",
}

# What node has on the objects the engine implements, and the engine does not (yet).
NOT_IMPLEMENTED: dict[str, set[str]] = {
    "Object": {"getOwnPropertySymbols"},
    "Object.prototype": {"__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"},
    "String.prototype": {"anchor", "big", "blink", "bold", "fixed", "fontcolor", "fontsize", "isWellFormed",
                         "italics", "link", "match", "matchAll", "search", "small", "strike", "sub", "sup",
                         "toWellFormed"},
    "Error": {"prepareStackTrace"},
}

# The host objects: node has far more on them than a script here can use; only what is declared
# is compared.
HOST = {"console", "process", "process.stdout", "process.stderr", "process.hrtime", "performance",
        "require", "module", "exports"}


# ---- walking the tables ---------------------------------------------------------------------------


def declared_objects():
    """(path, kind, declaration, table) of every object the tables make, globals first; kind is
    "global", "namespace", "constructor", "statics", "prototype" or "function"."""
    out = [("", "global", None, bootstrap.GLOBALS)]

    def walk(prefix: str, table: tuple):
        for entry in table:
            path = f"{prefix}{entry.name}"
            if type(entry) is Namespace:
                out.append((path, "namespace", entry, entry.properties))
                walk(path + ".", entry.properties)
            elif type(entry) is Constructor:
                out.append((path, "constructor", entry, entry.statics))
                walk(path + ".", entry.statics)
                if entry.prototype is not None:
                    out.append((path + ".prototype", "prototype", entry.prototype, entry.prototype.properties))
                    walk(path + ".prototype.", entry.prototype.properties)
            elif type(entry) is Method and entry.properties:
                out.append((path, "function", entry, entry.properties))
                walk(path + ".", entry.properties)

    walk("", bootstrap.GLOBALS)
    for proto in bootstrap.HIDDEN_PROTOTYPES:
        out.append((f"%{proto.setup.keywords['tag']}%", "prototype", proto, proto.properties))
    return out


@pytest.fixture(scope="module")
def isolate():
    return Isolate()


def live_object(isolate, path: str) -> int:
    if path.startswith("%"):
        return isolate.iterator_maps[path.strip("%")].prototype
    first, *keys = path.split(".")
    value = isolate.global_value(first)
    for key in keys:
        value = isolate.objects.get_own(value, key)
    return value


def function_of(native):
    """The declared function behind a native (the installer binds the isolate as a method's
    self, or for a constructor with partial)."""
    if isinstance(native, MethodType):
        assert isinstance(native.__self__, Isolate)
        return declared_function(native.__func__)
    return (native.func, native.keywords)


def declared_function(fn):
    return (fn.func, fn.keywords) if isinstance(fn, partial) else (fn, {})


def same(a, b) -> bool:
    if type(a) is float and type(b) is float and math.isnan(a):
        return math.isnan(b)
    return a == b and type(a) is type(b)


# ---- installed as declared --------------------------------------------------------------------------


def check_function(isolate, f, name: str, length: int, fn, construct=None):
    assert type(f) is int and isolate.objects.map_of(f).instance_type == InstanceType.FUNCTION, name
    sfi = isolate.shared_of(f)
    assert (sfi.name, sfi.param_count) == (name, length)
    assert function_of(sfi.native) == declared_function(fn)
    if construct is not None:
        assert function_of(sfi.native_construct) == declared_function(construct)


def check_entry(isolate, holder, path: str, entry) -> None:
    objects = isolate.objects
    if holder is None:
        value, attrs = isolate.global_value(entry.name), None
    else:
        m = objects.map_of(holder)
        assert entry.name in m.index, f"{path} is not installed"
        value, attrs = objects.get_own(holder, entry.name), m.attrs.get(entry.name, 0)
    kind = type(entry)
    if kind is Method:
        check_function(isolate, value, entry.name, entry.length, entry.fn)
    elif kind is Getter and entry.shared_name is not None:
        check_function(isolate, objects.accessor_getter(value), entry.shared_name, 0, entry.get)
        assert objects.accessor_setter(value) == objects.accessor_getter(value), path
    elif kind is Getter:
        check_function(isolate, objects.accessor_getter(value), f"get {entry.name}", 0, entry.get)
        if entry.set is not None:
            check_function(isolate, objects.accessor_setter(value), f"set {entry.name}", 1, entry.set)
    elif kind in (Value, Constant):
        assert same(value, entry.value), path
    elif kind is Alias:
        target = entry.target if "." in entry.target else path.rsplit(".", 1)[0] + "." + entry.target
        assert value == live_object(isolate, target), path
    elif kind is Constructor:
        check_function(isolate, value, entry.name, entry.length, entry.call, entry.construct)
        if entry.init_this is not None:
            assert function_of(isolate.shared_of(value).native.init_this) == declared_function(entry.init_this)
    if attrs is not None:
        expected = ATTR_DONT_ENUM if kind in (Constant, Constructor) else entry.attrs
        if kind is Constant:
            expected |= ATTR_READ_ONLY | ATTR_DONT_DELETE
        if kind is Getter:
            expected |= ATTR_ACCESSOR
        assert attrs == expected, f"{path}: attributes {attrs}, declared {expected}"
    if holder is None:
        # a global: not enumerable; a Constant (NaN) not writable or configurable either
        assert entry.name in isolate.global_dont_enum, path
        assert (entry.name in isolate.global_read_only, entry.name in isolate.global_dont_delete) == \
            ((True, True) if kind is Constant else (False, False)), path


def test_every_entry_is_installed_as_declared(isolate):
    checked = 0
    for path, _, _, table in declared_objects():
        holder = None if path == "" else live_object(isolate, path)
        for entry in table:
            check_entry(isolate, holder, f"{path}.{entry.name}".lstrip("."), entry)
            checked += 1
    assert checked > 250


def test_objects_have_exactly_their_tables(isolate):
    for path, kind, decl, table in declared_objects():
        if kind == "global":
            continue
        obj = live_object(isolate, path)
        keys = list(isolate.objects.map_of(obj).keys)
        expected = [entry.name for entry in table]
        if kind == "constructor" and decl.prototype is not None:
            expected = ["prototype"] + expected
        if kind == "prototype" and path != "" and not path.startswith("%"):
            expected = ["constructor"] + expected
        if kind == "prototype" and decl.primitive is not None:
            expected = [VALUE_KEY] + expected     # String.prototype is a wrapper of ""
        assert keys == expected, path


def test_prototypes_and_tags(isolate):
    tags = isolate.to_string_tags
    for path, kind, decl, _ in declared_objects():
        if kind in ("namespace", "prototype") and decl.tag:
            assert tags[live_object(isolate, path)] == decl.tag, path
        if kind == "prototype" and decl.attr:
            assert getattr(isolate, decl.attr) == live_object(isolate, path)
    assert isolate.objects.map_of(live_object(isolate, "TypeError")).prototype == live_object(isolate, "Error")
    assert isolate.error_prototypes["RangeError"] == live_object(isolate, "RangeError.prototype")
    assert set(isolate.math_functions) == {"floor", "sqrt", "abs", "min", "max"}
    assert isolate.math_functions["floor"] == live_object(isolate, "Math.floor")


def test_lengths_seen_from_js():
    out: list[str] = []
    iso = Isolate(write=out.append)
    iso.run("console.log(Array.prototype.push.length, Array.prototype.push.name, Math.max.length, "
            "String.prototype.trimLeft === String.prototype.trimStart, parseInt === Number.parseInt, "
            "Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.name, print === console.log)")
    assert "".join(out) == "1 push 2 true true get size true\n"


# ---- against node ------------------------------------------------------------------------------------

PROBE = r"""
const paths = %s;
const out = {};
for (const path of paths) {
  let obj;
  try { obj = eval(path); } catch (e) { out[path] = null; continue; }
  if (obj === undefined || obj === null) { out[path] = null; continue; }
  const props = Object.create(null);     // so that a key __proto__ is a key
  for (const key of Object.getOwnPropertyNames(obj)) {
    const d = Object.getOwnPropertyDescriptor(obj, key);
    const p = { enumerable: d.enumerable };
    if (d.get || d.set) {
      p.kind = 'accessor';
      p.getter = d.get ? d.get.name : null;
    } else if (typeof d.value === 'function') {
      p.kind = 'function'; p.name = d.value.name; p.length = d.value.length;
    } else {
      p.kind = 'data';
    }
    props[key] = p;
  }
  out[path] = props;
}
console.log(JSON.stringify(out));
"""


def node_expression(path: str) -> str:
    if path.startswith("%"):
        return HIDDEN[path.strip("%")]
    return "globalThis" if path == "" else path


@pytest.fixture(scope="module")
def node_properties(tmp_path_factory):
    objects = declared_objects()
    expressions = [node_expression(path) for path, *_ in objects]
    script = tmp_path_factory.mktemp("tables") / "probe.js"
    script.write_text(PROBE % json.dumps(expressions), encoding="utf-8")
    r = subprocess.run([NODE, str(script)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    found = json.loads(r.stdout)
    return {path: found[node_expression(path)] for path, *_ in objects}


def expected_in_node(entry) -> dict:
    kind = type(entry)
    if kind is Method or kind is Constructor:
        p = {"kind": "function", "name": entry.name, "length": entry.length}
    elif kind is Getter:
        p = {"kind": "accessor", "getter": f"get {entry.name}" if entry.shared_name is None else entry.shared_name}
    elif kind is Alias:
        p = {"kind": "function"}
    else:
        p = {"kind": "data"}
    attrs = ATTR_DONT_ENUM if kind in (Constant, Constructor) else entry.attrs
    p["enumerable"] = not attrs & ATTR_DONT_ENUM
    return p


@needs_node
def test_declared_properties_are_nodes(node_properties):
    mismatches = []
    for path, kind, _, table in declared_objects():
        props = node_properties[path]
        for entry in table:
            full = f"{path}.{entry.name}".lstrip(".")
            if full in DIFFERENCES:
                continue
            if kind == "global":
                if props is None or entry.name not in props:
                    if entry.name not in ("require", "module", "exports"):    # module scope in node
                        mismatches.append((full, "missing in node"))
                    continue
                if type(entry) not in (Method, Constructor, Alias):
                    continue
                got = dict(props[entry.name])
                got["enumerable"] = True     # globals are cells here: no attributes to compare
                want = expected_in_node(entry)
                want["enumerable"] = True
            else:
                got = props.get(entry.name) if props is not None else None
                want = expected_in_node(entry)
            if got is None:
                mismatches.append((full, "missing in node"))
                continue
            if type(entry) is Alias:
                got = {k: got[k] for k in ("kind", "enumerable")}
            if got != want:
                mismatches.append((full, got, want))
    assert mismatches == [], "\n".join(map(str, mismatches))


@needs_node
def test_what_node_has_and_the_tables_lack_is_listed(node_properties):
    gaps: dict[str, set[str]] = {}
    for path, kind, decl, table in declared_objects():
        if kind == "global" or path in HOST:
            continue
        props = node_properties[path] or {}
        declared = {entry.name for entry in table} | {"constructor", "prototype", "length", "name"}
        missing = set(props) - declared
        if missing:
            gaps[path] = missing
    assert gaps == NOT_IMPLEMENTED
