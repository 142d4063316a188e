// Block statements, empty statements and both comment styles.
/* A block comment
   spanning several lines, with code-like text: var x = 1; // not code */
var a = 1; // trailing line comment
{
  var b = 2;
  {
    // nested block
    a = a + b;
  }
}
console.log(a, b);
;;
var c = /* inline comment */ 3 + /* another */ 4;
console.log(c);
{}
{ { { console.log("deep block"); } } }
function withComments(/* no params */) {
  // comment before return
  return /* value: */ 42; // after
}
console.log(withComments());
var s = "// not a comment";
var t = "/* not a comment */";
console.log(s, t, s.length);
for (var i = 0; i < 3; i++) {
  // only a comment in this body
}
console.log("i after comment loop", i);
while (false) {}
if (true) {} else {}
/**
 * Doc-style comment.
 */
function documented(x) { return x * 2; } /* end */
console.log(documented(21));
var d = 10 /* divide */ / 2;
console.log(d);
var e = 10; var f = 20;;
console.log(e + f);
