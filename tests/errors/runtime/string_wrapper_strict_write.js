// A String wrapper's indexes are read-only: a strict write throws V8's TypeError.
"use strict";
var s = new String("abc");
s[3] = "d";
console.log(s, s[3]);
s[0] = "z";
console.log("not reached");
