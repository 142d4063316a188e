function (a) {
  return a;
}
