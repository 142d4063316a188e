// Arrays of objects: records, lookups and aggregation.
function Item(name, price, qty) {
  this.name = name;
  this.price = price;
  this.qty = qty;
}
var cart = [new Item("pen", 1.5, 4), new Item("book", 12, 1), new Item("bag", 30, 1), new Item("clip", 0.1, 30)];
var total = 0;
for (var i = 0; i < cart.length; i++) { total += cart[i].price * cart[i].qty; }
console.log("total", total);
var expensive = [];
for (var j = 0; j < cart.length; j++) {
  if (cart[j].price >= 10) { expensive.push(cart[j].name); }
}
console.log(expensive);
var people = [
  { name: "ann", age: 31 },
  { name: "bob", age: 25 },
  { name: "cat", age: 40 },
  { name: "dan", age: 25 }
];
var byAge = {};
for (var k = 0; k < people.length; k++) {
  var p = people[k];
  if (byAge[p.age] === undefined) { byAge[p.age] = []; }
  byAge[p.age].push(p.name);
}
console.log(byAge[25], byAge[31], byAge[99]);
var oldest = people[0];
for (var m = 1; m < people.length; m++) {
  if (people[m].age > oldest.age) { oldest = people[m]; }
}
console.log("oldest", oldest);
people[1].age++;
console.log(people);
var pts = [];
for (var n = 0; n < 5; n++) { pts.push({ x: n, y: n * n }); }
console.log(pts);
console.log(cart);
