// TypeErrors raised by the engine itself, caught by the script.
var cases = [
  function () { var u; return u.x; },
  function () { var n = null; return n.x; },
  function () { var u; u.x = 1; },
  function () { var n = null; return n[0]; },
  function () { var o = {}; return o.f(); },
  function () { var x = 5; return x(); },
  function () { var s = 'str'; return s(); },
  function () { var o = { a: 1 }; return o.a(); },
  function () { return undefined.y.z; },
  function () { var o = {}; return o.a.b; },
  function () { return new (function () { return 1; })().x.y; },
  function () { var k = 3; return new k(); }
];
for (var i = 0; i < cases.length; i++) {
  try {
    cases[i]();
    console.log(i, 'no error');
  } catch (e) {
    console.log(i, e.name, e instanceof TypeError, e instanceof Error, typeof e.message);
  }
}
// the same error from a hot function
function getX(o) {
  return o.x;
}
var ok = 0, bad = 0;
for (var j = 0; j < 3000; j++) {
  try {
    ok += getX(j % 100 === 99 ? undefined : { x: 1 });
  } catch (e) {
    if (e instanceof TypeError) bad++;
  }
}
console.log(ok, bad);
