var r;
try {
  r = risky();
} catch (e) {
  r = 0;
}
