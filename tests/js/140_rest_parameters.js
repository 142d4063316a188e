function count(first, ...rest) {
  return rest.length;
}
