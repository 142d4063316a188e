// 'use strict' only counts as a directive at the start of a script or function body.
var frozen = Object.freeze({ v: 1 });
function notADirective() {
  var x = 1;
  'use strict';
  frozen.v = 2;
  return 'sloppy: write ignored, v=' + frozen.v + ', x=' + x;
}
console.log(notADirective());
function afterOtherDirective() {
  'some other directive';
  'use strict';
  try {
    frozen.v = 2;
    return 'sloppy';
  } catch (e) {
    return 'strict: ' + e.name;
  }
}
console.log(afterOtherDirective());
function doubleQuoted() {
  "use strict";
  try {
    frozen.v = 3;
    return 'sloppy';
  } catch (e) {
    return 'strict (double quotes): ' + e.name;
  }
}
console.log(doubleQuoted());
var arrowStrict = () => {
  'use strict';
  try {
    frozen.w = 1;
    return 'sloppy';
  } catch (e) {
    return 'strict arrow: ' + e.name;
  }
};
console.log(arrowStrict());
// class bodies are strict even in a sloppy script
class Writer {
  write() {
    try {
      frozen.v = 4;
      return 'sloppy';
    } catch (e) {
      return 'class body is strict: ' + e.name;
    }
  }
}
console.log(new Writer().write());
console.log(frozen);
