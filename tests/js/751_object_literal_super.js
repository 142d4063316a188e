// super.x in object literal methods, getters, setters and arrows reads from the literal's
// prototype (the object is the methods' home), also when the method is moved to another object.
const proto = { greet() { return 'proto greet ' + this.name; }, get kind() { return 'proto kind'; }, v: 1 };
const obj = {
  __proto__: proto, name: 'obj',
  greet() { return 'obj -> ' + super.greet(); },
  get kind() { return 'obj/' + super.kind; },
  set v(x) { this.w = super.v + x; },
  arrow() { return (() => super.greet())(); },
  ['comp' + 'uted']() { return super.v; },
};
console.log(obj.greet(), obj.kind, obj.arrow(), obj.computed());
obj.v = 5; console.log(obj.w, obj.computed());
const plain = { m() { return super.toString === Object.prototype.toString; } };
console.log(plain.m());
const moved = { m: obj.greet }; moved.name = 'moved';
console.log(moved.m());
function make(i) { return { __proto__: proto, name: 'n' + i, greet() { return super.greet() + '!'; } }; }
let s = ''; for (let i = 0; i < 2000; i++) s = make(i).greet();
console.log(s);
const nested = { outer() { return { __proto__: { f() { return 'inner proto'; } }, f() { return super.f(); } }.f() + ' / ' + super.toString.name; } };
console.log(nested.outer());
