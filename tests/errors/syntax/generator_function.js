function* naturals() {
  var n = 0;
  while (true) yield n++;
}
