async function load() {
  return 1;
}
