function f(x) {
  if (x) break;
}
