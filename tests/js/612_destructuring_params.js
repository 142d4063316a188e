// Patterns in function parameters: objects, arrays, defaults, nesting, rest, arrows and methods.
function area({ width, height = width }) { return width * height; }
console.log(area({ width: 3 }), area({ width: 3, height: 5 }));
function greet({ name, greeting: g = 'Hello' } = {}) { return g + ', ' + (name || 'nobody'); }
console.log(greet(), greet({ name: 'Ann' }), greet({ name: 'Bo', greeting: 'Hi' }));
function head([first, ...rest]) { return first + ' then ' + rest.length; }
console.log(head([1, 2, 3]), head('abc'), head([]));
const sum = ([a, b] = [1, 2], { c } = { c: 3 }) => a + b + c;
console.log(sum(), sum([10, 20]), sum([1, 1], { c: 100 }));
const dist = ({ x: x1, y: y1 }, { x: x2, y: y2 }) => Math.abs(x1 - x2) + Math.abs(y1 - y2);
console.log(dist({ x: 0, y: 0 }, { x: 3, y: -4 }));
// Nested parameter patterns.
function describe({ id, meta: { tags: [firstTag = 'untagged'] = [] } = {} }) { return id + ':' + firstTag; }
console.log(describe({ id: 1 }), describe({ id: 2, meta: {} }), describe({ id: 3, meta: { tags: ['hot'] } }));
// Object rest in parameters.
function split({ a, ...rest }) { return [a, rest]; }
console.log(split({ a: 1, b: 2, c: 3 }));
// Patterns with callbacks.
const points = [{ x: 1, y: 2 }, { x: 3, y: 4 }, { x: 5, y: 6 }];
console.log(points.map(({ x, y }) => x * y));
console.log(Object.entries({ one: 1, two: 2 }).map(([k, v]) => k + '=' + v).join('&'));
console.log([[1, 'a'], [2, 'b']].reduce((acc, [n, s]) => acc + s.repeat(n), ''));
// Methods and class constructors with patterns.
class Rect {
  constructor({ w = 1, h = 1 } = {}) { this.w = w; this.h = h; }
  scale([fx, fy = fx]) { return new Rect({ w: this.w * fx, h: this.h * fy }); }
}
const r = new Rect({ w: 2 }).scale([3]);
console.log(r.w, r.h, new Rect().w);
const obj = { swap([p, q]) { return [q, p]; } };
console.log(obj.swap(['l', 'r']));
// Function length counts parameters before the first default or rest.
function f1({ a }, [b]) {}
function f2(x, { y } = {}, z) {}
function f3(...[p, q]) { return p + q; }
console.log(f1.length, f2.length, f3.length, f3(4, 5));
// Parameters see earlier parameters in defaults.
function defaults(a, { b = a * 2 } = {}, [c = a + b] = []) { return [a, b, c]; }
console.log(defaults(1), defaults(1, { b: 5 }), defaults(1, {}, [9]));
// Destructuring a null argument throws TypeError.
try { area(null); } catch (e) { console.log(e.name); }
try { head(undefined); } catch (e) { console.log(e.name); }
// Patterns combined with the arguments object.
function withArgs({ v }) { return v + arguments.length; }
console.log(withArgs({ v: 10 }, 'extra', 'extra2'));
