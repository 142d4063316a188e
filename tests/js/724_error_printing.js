// console.log of errors, as node's formatError prints them. node's stacks list frames with
// file paths, so each error's stack is first cut to its header line (a frameless stack),
// which node prints in brackets: what this engine prints for every error.
function frameless(e) { e.stack = String(e.stack).split("\n")[0]; return e; }
class ValidationError extends Error {}
class NamedError extends Error {
  constructor(m) { super(m); this.name = "NamedError"; this.field = "age"; }
}
class HttpError extends Error {
  constructor(status, msg) { super(msg); this.name = "HttpError"; this.status = status; Error.captureStackTrace(this, HttpError); }
}
console.log(frameless(new Error("x")), frameless(new TypeError()), [frameless(new RangeError("r"))]);
const withCode = frameless(new Error("y")); withCode.code = 42; console.log(withCode);
console.log(frameless(new ValidationError("bad input")), frameless(new NamedError("too old")));
const outer = frameless(new Error("outer", { cause: frameless(new Error("inner")) })); console.log(outer);
const renamed = new Error("x"); renamed.name = "Custom"; console.log(frameless(renamed));
const custom = new Error("x"); custom.stack = "custom stack"; console.log(custom);
const wrapped = frameless(new Error("with props")); wrapped.code = "E_X"; wrapped.details = { a: 1, b: [1, 2] };
console.log({ wrapped }, { a: { b: { c: { d: frameless(new Error("deep")) } } } });
try { null.x; } catch (e) { console.log(frameless(e), String(e)); }
const h = new HttpError(404, "not found");
console.log(h.name, h.message, h.status, h instanceof HttpError, typeof h.stack, h.stack.split("\n")[0]);
const o = {}; Error.captureStackTrace(o); console.log(typeof o.stack, Object.keys(o), o.stack.split("\n")[0]);
console.log(Error.stackTraceLimit, Object.keys(Error), "%s", frameless(new SyntaxError("s")));
