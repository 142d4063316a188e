// Properties of globalThis are global variables, and sloppy undeclared assignments create them.
globalThis.sharedCounter = 5;
console.log(sharedCounter, typeof sharedCounter);
sharedCounter++;
console.log(globalThis.sharedCounter);
function leak() { leakedGlobal = 'leaked'; }
leak();
console.log(globalThis.leakedGlobal, 'leakedGlobal' in globalThis, leakedGlobal);
globalThis.greet = (n) => 'hi ' + n;
console.log(greet('there'), globalThis.greet('again'));
globalThis.temporary = 1;
console.log(typeof temporary);
delete globalThis.temporary;
console.log(typeof temporary, 'temporary' in globalThis);
// A global counter used from a hot loop.
globalThis.hits = 0;
for (let i = 0; i < 3000; i++) hits += i % 2;
console.log(globalThis.hits);
// Shadowing a global property with a local binding.
globalThis.shadowed = 'global';
function readShadow() { const shadowed = 'local'; return shadowed + '/' + globalThis.shadowed; }
console.log(readShadow(), shadowed);
