// Static state shared through the class, instance ids, and methods calling statics.
class Id {
  static next() {
    Id.counter = (Id.counter || 0) + 1;
    return Id.counter;
  }
}
class Entity {
  constructor(kind) {
    this.id = Id.next();
    this.kind = kind;
  }
  static fromList(kinds) {
    var out = [];
    for (var k of kinds) out.push(new Entity(k));
    return out;
  }
  label() {
    return this.kind + '-' + this.id;
  }
}
var es = Entity.fromList(['a', 'b', 'c']);
console.log(es.map(function (e) { return e.label(); }));
console.log(es[2]);
for (var i = 0; i < 2000; i++) new Entity('x');
console.log(Id.counter, new Entity('z').label());
class Temp {
  static convert(c) {
    return c * 9 / 5 + 32;
  }
}
var arr = [];
for (var c = -40; c <= 100; c += 35) arr.push(Temp.convert(c));
console.log(arr);
console.log(typeof Temp.convert, typeof new Temp().convert);
