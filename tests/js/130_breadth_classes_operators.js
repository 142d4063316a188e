// Constructs the subset gained with classes and exceptions (each once a syntax-error case).
{ // class_declaration
  class Point {
    constructor(x, y) { this.x = x; this.y = y; }
  }
  console.log(new Point(1, 2).x);
}
{ // class_expression
  var Point = class {
    constructor(x) { this.x = x; }
  };
}
{ // delete_operator
  var o = {a: 1};
  delete o.a;
}
{ // in_operator
  var o = {a: 1};
  if ("a" in o) console.log("yes");
}
{ // instanceof_operator
  function F() {}
  var f = new F();
  console.log(f instanceof F);
}
{ // optional_chaining
  var o = {a: {b: 1}};
  console.log(o?.a.b);
}
