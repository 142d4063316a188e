// Objects whose one-line form is too long break onto several lines.
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddd" });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "ddddddddddddddd" });
console.log({ name: "widget", price: 9.99, tags: ["a", "b"], dims: { w: 1, h: 2 } });
console.log({ name: "widget", price: 9.99, tags: ["tool", "metal", "small"], dims: { w: 10, h: 20, d: 30 } });
console.log({ longPropertyNameNumberOne: 1, longPropertyNameNumberTwo: 2, three: 3 });
var rows = [];
for (var i = 0; i < 3; i++) {
  rows.push({ id: i, label: "row number " + i, value: i * 1.5, enabled: i % 2 === 0 });
}
console.log(rows);
console.log({ outer: { inner: { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10 } } });
console.log([{ a: "xxxxxxxxxxxxxxxxxxxx", b: "yyyyyyyyyyyyyyyyyyyy", c: "zzzzzzzzzzzzzzzzzzzzzzzzz" }]);
console.log({ k1: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22] });
var pad = "";
for (var n = 0; n < 8; n++) {
  console.log({ first: "aaaaaaaaaaaaaaaaaaaa", second: "bbbbbbbb", third: pad });
  pad = pad + "xx";
}
var inner = "";
for (var m = 0; m < 4; m++) {
  console.log({ wrap: { first: "aaaaaaaaaa", second: "bbbbbbbbbbb", third: inner } });
  inner = inner + "yyy";
}
