// A hot loop whose 10001st input is null: TypeError from optimized code.
function weight(item) { return item.w * 2; }
var items = [];
for (var i = 0; i < 10000; i++) { items.push({ w: i % 7 }); }
items.push(null);
var total = 0;
for (var j = 0; j < items.length; j++) {
  total += weight(items[j]);
  if (j % 2500 === 0) { console.log("progress", j, total); }
}
console.log("not reached");
