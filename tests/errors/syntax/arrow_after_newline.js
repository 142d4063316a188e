var f = (a, b)
  => a + b;
