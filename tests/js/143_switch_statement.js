function kind(n) {
  switch (n) {
    case 0: return "zero";
    default: return "other";
  }
}
