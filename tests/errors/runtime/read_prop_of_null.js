// Reading a property of null throws a TypeError naming the property.
var node = { value: 1, next: { value: 2, next: null } };
var cur = node;
var sum = 0;
while (true) {
  sum += cur.value;
  console.log("visited", cur.value);
  cur = cur.next;
  if (sum > 100) { break; }
}
console.log("not reached", sum);
