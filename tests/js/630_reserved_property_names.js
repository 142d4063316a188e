// Reserved words as property names: dot access, literal keys, assignment targets.
const o = { true: 1, false: 0, null: 'n', if: 'i', class: 'c', function: 'f', new: 'nw', var: 'v', return: 'r' };
console.log(o.true, o.false, o.null, o.if, o.class, o.function, o.new, o.var, o.return);
console.log(Object.keys(o));
o.delete = 'd'; o.typeof = 't'; o.instanceof = 'io'; o.in = 'in'; o.void = 'vd'; o.this = 'th';
console.log(o.delete, o.typeof, o.instanceof, o.in, o.void, o.this);
o.let = 1; o.static = 2; o.yield = 3; o.await = 4; o.async = 5; o.of = 6; o.get = 7; o.set = 8;
console.log(o.let + o.static + o.yield + o.await + o.async + o.of + o.get + o.set);
o.super = 's'; o.import = 'im'; o.export = 'ex'; o.enum = 'en'; o.default = 'df'; o.extends = 'xt';
console.log(o.super, o.import, o.export, o.enum, o.default, o.extends);
o.for = 'for'; o.while = 'while'; o.do = 'do'; o.switch = 'sw'; o.case = 'cs'; o.break = 'br';
o.continue = 'ct'; o.try = 'try'; o.catch = 'ca'; o.finally = 'fi'; o.throw = 'th'; o.with = 'w';
o.else = 'el'; o.const = 'co'; o.debugger = 'db'; o.undefined = 'u'; o.NaN = 'nan';
console.log([o.for, o.while, o.do, o.switch, o.case, o.break, o.continue, o.try, o.catch, o.finally, o.throw, o.with, o.else, o.const, o.debugger, o.undefined, o.NaN].join(' '));
// `this.function = f` inside constructors and classes.
function Task(fn) { this.function = fn; this.arguments = [1, 2]; this.default = true; }
const task = new Task((a, b) => a * b);
console.log(task.function(...task.arguments), task.default);
class Holder {
  constructor() { this.class = 'holder'; this.new = () => new Holder(); this.null = null; }
}
const h = new Holder();
console.log(h.class, h.new().class, h.null, h.new() instanceof Holder);
// Optional chaining and compound assignment on reserved names.
const maybe = { if: { else: 'deep' } };
console.log(maybe?.if?.else, maybe.for?.while, maybe.if.else.length);
const c = { in: 1, of: 2 };
c.in += 10; c.of *= 3; c.in++;
console.log(c);
// Reserved words in nested literal keys and JSON.
const data = JSON.parse('{"class":"A","function":{"return":true},"null":null}');
console.log(data.class, data.function.return, data.null, JSON.stringify({ typeof: 'x', void: 0 }));
// Reserved words in destructuring with renaming.
const { class: klass, function: fn2 = 'none', default: dflt, new: newer = 'N' } = { class: 'K', default: 'D' };
console.log(klass, fn2, dflt, newer);
// Reserved word keys on arrays and functions.
const arr = [1, 2];
arr.extends = 'arrays too';
function f() {}
f.static = 'on functions';
console.log(arr.extends, f.static, arr.length);
// Property names that match globals and built-ins.
const shadow = { Object: 1, Array: 2, Math: 3, console: 4, undefined: 5, Infinity: 6 };
console.log(shadow.Object + shadow.Array + shadow.Math + shadow.console + shadow.undefined + shadow.Infinity, typeof Object);
// Hot loop over reserved-name properties.
const acc = { if: 0, else: 0 };
for (let i = 0; i < 3000; i++) { if (i % 3) acc.if += i; else acc.else += 1; }
console.log(acc);
