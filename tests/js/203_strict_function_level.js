// A 'use strict' directive inside a function makes only that function strict.
var frozen = Object.freeze({ v: 1 });
function sloppyWrite() {
  frozen.v = 2;
  return frozen.v;
}
function strictWrite() {
  'use strict';
  frozen.v = 2;
  return frozen.v;
}
console.log('sloppy', sloppyWrite());
try {
  console.log('strict', strictWrite());
} catch (e) {
  console.log('strict threw', e.name);
}
function sloppyThis() {
  return typeof this;
}
function strictThis() {
  'use strict';
  return typeof this;
}
console.log(sloppyThis(), strictThis());
function outerStrict() {
  'use strict';
  function inner() {
    return this === undefined;
  }
  return inner();
}
console.log('inner inherits strictness', outerStrict());
// Many calls, mixing both kinds
var ok = 0, thrown = 0;
for (var i = 0; i < 3000; i++) {
  sloppyWrite();
  try {
    strictWrite();
    ok++;
  } catch (e) {
    thrown++;
  }
}
console.log(ok, thrown, frozen.v);
