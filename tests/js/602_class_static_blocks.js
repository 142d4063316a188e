// static { ... } blocks run in order with static fields, once, with `this` bound to the class.
const trace = [];
class Registry {
  static items = ['first'];
  static {
    trace.push('block 1 sees ' + this.items.length);
    this.items.push('from block 1');
  }
  static mid = Registry.items.length;
  static {
    trace.push('block 2 sees mid=' + Registry.mid);
    let local = 5;          // block-local: not visible outside
    for (let i = 0; i < 3; i++) local += i;
    this.total = local;
  }
  static last = this.total * 2;
}
console.log(trace);
console.log(Registry.items, Registry.mid, Registry.total, Registry.last);
console.log(typeof local);

// A static block can do try/catch and compute tables.
class Table {
  static squares;
  static {
    this.squares = [];
    for (let i = 0; i < 6; i++) this.squares.push(i * i);
    try {
      null.boom;
    } catch (e) {
      this.caught = e instanceof TypeError;
    }
  }
}
console.log(Table.squares, Table.caught);

// Static blocks in a subclass run after the parent class is complete.
class A {
  static { trace.length = 0; trace.push('A block'); }
  static who() { return 'A'; }
}
class B extends A {
  static { trace.push('B block, super.who() = ' + super.who()); }
  static { trace.push('B second block'); }
}
console.log(trace);

// Empty static block and a class with only blocks.
class Empty { static {} }
let ran = 0;
class OnlyBlocks { static { ran++; } static { ran += 10; } }
console.log(typeof Empty, ran, Object.keys(OnlyBlocks));

// A block can reach variables of the enclosing function scope.
function make(n) {
  return class {
    static value;
    static { this.value = n * 3; }
  };
}
console.log(make(2).value, make(7).value);
