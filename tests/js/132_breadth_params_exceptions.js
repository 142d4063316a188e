// Constructs the subset gained with classes and exceptions (each once a syntax-error case).
{ // default_parameters
  function greet(name, greeting = "hi") {
    return greeting + " " + name;
  }
}
{ // rest_parameters
  function count(first, ...rest) {
    return rest.length;
  }
}
{ // spread_array
  var a = [1, 2];
  var b = [0, ...a, 3];
}
{ // spread_call
  function sum(a, b, c) { return a + b + c; }
  var args = [1, 2, 3];
  console.log(sum(...args));
}
{ // throw_statement
  function check(x) {
    if (x < 0) throw "negative";
    return x;
  }
}
{ // try_statement
  var r;
  try {
    r = risky();
  } catch (e) {
    r = 0;
  }
}
