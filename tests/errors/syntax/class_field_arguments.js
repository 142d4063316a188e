class C {
  x = arguments;
}
