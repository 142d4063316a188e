function f(x) {
  let x = 2;
  return x;
}
