// super.method(...) calls the parent implementation with the same this.
class Logger {
  constructor() {
    this.lines = [];
  }
  log(msg) {
    this.lines.push(msg);
    return this.lines.length;
  }
  format(x) {
    return '[' + x + ']';
  }
}
class TimestampLogger extends Logger {
  constructor(prefix) {
    super();
    this.prefix = prefix;
  }
  log(msg) {
    return super.log(this.prefix + ': ' + msg);
  }
  format(x) {
    return '<' + super.format(x) + '>';
  }
}
class LoudLogger extends TimestampLogger {
  log(msg) {
    return super.log(msg.toUpperCase() + '!');
  }
  format(x) {
    return super.format(x) + super.format(x);
  }
}
var l = new LoudLogger('T');
l.log('hello');
l.log('world');
console.log(l.lines);
console.log(l.format(1));
var t = new TimestampLogger('P');
console.log(t.log('a'), t.log('b'), t.lines);
// super in static methods
class A {
  static id() {
    return 'A';
  }
}
class B extends A {
  static id() {
    return super.id() + 'B';
  }
}
class C extends B {
  static id() {
    return super.id() + 'C';
  }
}
console.log(C.id(), B.id(), A.id());
// super call in a hot loop
var n = 0;
var hot = new TimestampLogger('h');
for (var i = 0; i < 3000; i++) {
  n += hot.format(i).length;
}
console.log(n);
