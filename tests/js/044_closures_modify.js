// Closures that write to captured variables; the writes are shared.
function makeAccount(balance) {
  function deposit(x) { balance += x; return balance; }
  function withdraw(x) {
    if (x > balance) { return "insufficient"; }
    balance -= x;
    return balance;
  }
  function get() { return balance; }
  return { deposit: deposit, withdraw: withdraw, get: get };
}
var acct = makeAccount(100);
console.log(acct.deposit(50), acct.withdraw(30), acct.withdraw(500), acct.get());
var x = 1;
function setX(v) { x = v; }
function getX() { return x; }
setX(42);
console.log(getX(), x);
function pair() {
  var value = 0;
  var setter = function (v) { value = v; };
  var getter = function () { return value; };
  return [setter, getter];
}
var p = pair();
p[0]("stored");
console.log(p[1]());
p[0](3.5);
console.log(p[1]());
function swapper() {
  var a = "first";
  var b = "second";
  return function () {
    var t = a; a = b; b = t;
    return a + "," + b;
  };
}
var sw = swapper();
console.log(sw(), sw(), sw());
let total = 0;
var addTo = (n) => { total += n; };
for (let i = 1; i <= 10; i++) { addTo(i); }
console.log("total", total);
function fibGen() {
  var a = 0, b = 1;
  return function () {
    var r = a;
    var next = a + b;
    a = b;
    b = next;
    return r;
  };
}
var g = fibGen();
var seq = [];
for (var k = 0; k < 12; k++) { seq.push(g()); }
console.log(seq);
function typeChanger() {
  var v = 1;
  return function () { v = v + v; if (v > 8) { v = "s" + v; } return v; };
}
var tc = typeChanger();
console.log(tc(), tc(), tc(), tc(), tc());
