// typeof of host and built-in globals used by the corpus.
console.log(typeof console, typeof console.log, typeof console.error);
console.log(typeof Math, typeof JSON, typeof JSON.parse, typeof JSON.stringify);
console.log(typeof Object, typeof Object.keys, typeof Array, typeof Array.isArray);
console.log(typeof Map, typeof Set, typeof String, typeof Number);
console.log(typeof Error, typeof TypeError, typeof RangeError, typeof SyntaxError, typeof ReferenceError);
console.log(typeof parseInt, typeof parseFloat, typeof require, typeof module, typeof exports);
console.log(typeof Date.now(), typeof performance.now());
console.log(typeof undefinedGlobalName);
