// A singly linked list built from constructor objects.
function ListNode(value) {
  this.value = value;
  this.next = null;
}
function List() {
  this.head = null;
  this.size = 0;
}
function append(list, v) {
  var node = new ListNode(v);
  if (list.head === null) {
    list.head = node;
  } else {
    var cur = list.head;
    while (cur.next !== null) { cur = cur.next; }
    cur.next = node;
  }
  list.size++;
  return list;
}
function toArray(list) {
  var out = [];
  for (var c = list.head; c !== null; c = c.next) { out.push(c.value); }
  return out;
}
function reverse(list) {
  var prev = null, cur = list.head;
  while (cur !== null) {
    var nxt = cur.next;
    cur.next = prev;
    prev = cur;
    cur = nxt;
  }
  list.head = prev;
  return list;
}
function removeIf(list, pred) {
  while (list.head !== null && pred(list.head.value)) { list.head = list.head.next; list.size--; }
  var c = list.head;
  while (c !== null && c.next !== null) {
    if (pred(c.next.value)) { c.next = c.next.next; list.size--; } else { c = c.next; }
  }
  return list;
}
var l = new List();
for (var i = 1; i <= 10; i++) { append(l, i * 3); }
console.log(toArray(l), l.size);
reverse(l);
console.log(toArray(l));
removeIf(l, function (v) { return v % 2 === 0; });
console.log(toArray(l), l.size);
var small = append(append(new List(), "a"), "b");
console.log(small);
var sum = 0;
for (var n = l.head; n !== null; n = n.next) { sum += n.value; }
console.log("sum", sum);
