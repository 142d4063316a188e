function norm({x, y}) {
  return x * x + y * y;
}
