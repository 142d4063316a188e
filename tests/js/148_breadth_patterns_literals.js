// Constructs that were syntax-error cases before destructuring and the full object literal.
{ // array_hole
  var sparse = [1, , 3];
  console.log(sparse, sparse.length, 1 in sparse);
}
{ // computed_property
  var k = "x";
  var o = {[k]: 1, [k + "y"]: 2};
  console.log(o);
}
{ // destructuring_assignment
  var a = 1, b = 2;
  [a, b] = [b, a];
  console.log(a, b);
}
{ // destructuring_declaration
  var pair = [1, 2];
  let [first, second] = pair;
  console.log(first, second);
}
{ // destructuring_param
  function norm({x, y}) {
    return x * x + y * y;
  }
  console.log(norm({x: 3, y: 4}));
}
{ // getter
  var g = {
    _v: 1,
    get v() { return this._v; }
  };
  console.log(g.v, g);
}
