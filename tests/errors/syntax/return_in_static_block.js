var x = 1;
class A {
  static {
    return x;
  }
}
