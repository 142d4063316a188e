// Script-level declarations are global cells; functions are hoisted; block functions are block-scoped
// (in sloppy code they also get a var of their name, set when the declaration is reached).
console.log(hoisted());
var g = 1;
let h = 2;
const c = 3;
function hoisted() { return typeof g; }
{
  function inBlock() { return g + h + c; }
  g = inBlock();
}
console.log(g);
