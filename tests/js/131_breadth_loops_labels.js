// Constructs the subset gained with classes and exceptions (each once a syntax-error case).
{ // for_in_loop
  var o = {a: 1, b: 2};
  for (var k in o) {
    console.log(k);
  }
}
{ // for_of_loop
  var xs = [1, 2, 3];
  for (const x of xs) {
    console.log(x);
  }
}
{ // labeled_statement
  outer:
  for (var i = 0; i < 3; i++) {
    for (var j = 0; j < 3; j++) {
      if (j == 1) continue outer;
    }
  }
}
{ // switch_statement
  function kind(n) {
    switch (n) {
      case 0: return "zero";
      default: return "other";
    }
  }
}
{ // template_literal
  var name = "world";
  console.log(`hello ${name}`);
}
