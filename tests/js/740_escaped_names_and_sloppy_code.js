// Reserved words spelled with \u escapes are valid property names (never keywords), escaped
// contextual words are plain identifiers, and sloppy code keeps what strict code forbids.
var o = { \u0063ase() { return 'case method'; }, \u0069f: 'if value', \u0074rue: 1, g\u0065t: 'get', s\u0065t() { return 'set method'; } };
o.\u0064ebugger = 'debugger prop';
console.log(o.case(), o.if, o['true'], o.get, o.set(), o.debugger, Object.keys(o).join());
class K { \u0063lass() { return 'class method'; } static \u0064efault() { return 'default'; } st\u0061tic() { return 'static method'; } }
console.log(new K().class(), K.default(), new K().static());
var { \u0069f: renamed } = o;
console.log(renamed);
var l\u0065t = 'let as a name', \u0061sync = 'async as a name', \u0079ield = 'yield as a name';
console.log(let, async, \u0079ield);
for (\u006cet in { key: 1 }) console.log('for-in target', let);
var f = \u0061sync => \u0061sync + 1;
console.log(f(1));
// sloppy code: octal forms, eval/arguments as names, repeated simple parameters
console.log(010, 019, 08.5, '\101\8\9', typeof '\0');
var eval2 = 1;
function args(a, b, a) { return [a, b, arguments.length]; }
console.log(args(1, 2, 3), args(1));
function named(arguments) { return arguments; }
console.log(named('param named arguments'));
var implements = 1, interface = 2, package = 3, private = 4, protected = 5, public = 6, static = 7;
console.log(implements + interface + package + private + protected + public + static);
// object literal methods are only strict in strict code
var m = { sloppy() { return typeof this; }, get g() { return typeof this; } };
var detached = m.sloppy;
console.log(detached(), m.g);
(function () {
  'use strict';
  var s = { strict() { return typeof this; } };
  var d = s.strict;
  console.log(d(), s.eval = 1, s.arguments = 2, s.static = 3);
})();
// a 'use strict' after another statement is not a directive
function late(a = 1) { late; 'use strict'; var static = a; return static; }
console.log(late());
// parenthesized names are destructuring targets
var x, y;
[(x), ((y))] = [1, 2];
({ a: (x) } = { a: 3 });
console.log(x, y);
// labels may be spelled like strict reserved words in sloppy code
static: for (var i = 0; i < 3; i++) { if (i === 1) break static; console.log('label', i); }
