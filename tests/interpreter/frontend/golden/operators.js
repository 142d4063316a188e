// Operators: arithmetic with feedback slots, negated compares, short-circuits, ??, ?:, typeof, updates.
function ops(a, b, o) {
  var r = (a + b) * (a - b) / 2 % 3 ** 2;
  r = r | (a << 1) ^ (b >> 1) & (a >>> 0);
  var t = a != b && !(a >= b) || a !== b;
  var n = o.missing ?? -a;
  o.count++;
  o["k"] += 2;
  --a;
  return typeof undeclaredName + typeof r + (t ? n : ~b) + a;
}
console.log(ops(3, 4, { count: 0, k: 1 }));
