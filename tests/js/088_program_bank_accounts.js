// A small bank simulation: constructors, closures and running totals.
function Account(owner, balance) {
  this.owner = owner;
  this.balance = balance;
  this.history = [];
}
function deposit(acct, amount) {
  acct.balance += amount;
  acct.history.push(amount);
}
function withdraw(acct, amount) {
  if (amount > acct.balance) { acct.history.push("denied " + amount); return false; }
  acct.balance -= amount;
  acct.history.push(-amount);
  return true;
}
function transfer(from, to, amount) {
  if (withdraw(from, amount)) { deposit(to, amount); return true; }
  return false;
}
var alice = new Account("alice", 100);
var bob = new Account("bob", 50);
deposit(alice, 25.5);
console.log(transfer(alice, bob, 70), transfer(bob, alice, 500), transfer(bob, alice, 20.25));
console.log(alice);
console.log(bob);
var accounts = [];
for (var i = 0; i < 8; i++) { accounts.push(new Account("user" + i, i * 10)); }
for (var day = 0; day < 30; day++) {
  var from = accounts[day % 8];
  var to = accounts[(day * 3 + 1) % 8];
  transfer(from, to, (day % 5) + 1);
}
var total = 0;
var balances = [];
for (var k = 0; k < accounts.length; k++) {
  total += accounts[k].balance;
  balances.push(accounts[k].balance);
}
console.log("balances", balances, "total", total);
function makeInterest(rate) {
  return function (acct) { acct.balance = Math.floor(acct.balance * (1 + rate) * 100) / 100; };
}
var apply5 = makeInterest(0.05);
for (var y = 0; y < 3; y++) { apply5(alice); }
console.log(alice.balance, alice.history.length);
