function check(x) {
  if (x < 0) throw "negative";
  return x;
}
