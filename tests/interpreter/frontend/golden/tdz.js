// let/const start as the hole; reads that may see it get ThrowReferenceErrorIfHole.
function tdz(flag) {
  if (flag) { early(); }
  let x = 1;
  const k = 2;
  function early() { return x + k; }
  x = x + k;
  return early();
}
console.log(tdz(false));
