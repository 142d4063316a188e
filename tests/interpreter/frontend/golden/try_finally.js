// try/catch/finally: the handler table, the finally block's route tokens, and a break and a
// return that leave through the finally block.
function risky(n) {
  if (n > 2) throw new RangeError("big " + n);
  return n;
}
function run(limit) {
  let total = 0;
  for (let i = 0; i < limit; i++) {
    try {
      total += risky(i);
      if (i === 1) continue;
      if (i === 4) break;
    } catch (e) {
      total += e.message.length;
    } finally {
      total *= 2;
    }
  }
  try {
    return total;
  } finally {
    console.log("leaving with", total);
  }
}
console.log(run(6));
