// A hot store that has run 10000 times with objects finally gets undefined.
function setY(o, v) { o.y = v; }
var box = { y: 0 };
for (var i = 0; i < 10000; i++) { setY(box, i); }
console.log("box", box);
var nothing;
setY(nothing, 1);
