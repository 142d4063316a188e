// Object literals: property access, nested objects, keys of different kinds.
var p = { x: 1, y: 2 };
console.log(p.x, p.y, p.z, p);
var person = { name: "Ada", born: 1815, langs: ["math", "engines"], address: { city: "London" } };
console.log(person.name, person.born, person.langs[1], person.address.city);
console.log(person);
var keys = { "quoted key": 1, 42: "num", valid_id: true, $dollar: 3, _u: 4 };
console.log(keys["quoted key"], keys[42], keys["42"], keys.valid_id, keys.$dollar, keys._u);
var empty = {};
console.log(empty, empty.anything);
var o = { a: 1, a: 2 };
console.log(o.a, o);
var withFn = { double: function (n) { return n * 2; }, arrow: (n) => n + 1 };
console.log(withFn.double(21), withFn.arrow(1));
var nested = { level1: { level2: { value: "deep" } } };
console.log(nested.level1.level2.value);
nested.level1.level2.value = "changed";
console.log(nested.level1.level2.value);
var counts = { apples: 3, pears: 0 };
counts.apples += 2;
counts.pears = counts.pears + counts.apples;
console.log(counts);
var point = { x: 1.5, y: -2, label: "P", visible: false, meta: null };
console.log(point);
var trailing = { a: 1, b: 2, };
console.log(trailing);
function makePoint(x, y) { return { x: x, y: y }; }
var pts = [makePoint(1, 2), makePoint(3, 4)];
console.log(pts[0].x + pts[1].x, pts[0].y * pts[1].y, pts);
