// void evaluates its operand and yields undefined.
console.log(void 0, void 1, void 'x', void {}, void (1 + 2));
console.log(typeof void 0, void 0 === undefined);
var count = 0;
var r = void count++;
console.log(r, count);
function sideEffect() {
  count += 10;
  return 'ignored';
}
console.log(void sideEffect(), count);
var arrow = () => void sideEffect();
console.log(arrow(), count);
var arr = [1, 2, 3].map((x) => void x);
console.log(arr);
var obj = { v: void 0 };
console.log(obj, 'v' in obj, JSON.stringify(obj));
console.log(void 0 == null, void 0 === null, (void 0) + 1, String(void 0));
