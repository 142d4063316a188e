// ++ on a captured const inside a closure also throws at run time.
const count = 0;
function bump() { count++; return count; }
console.log("defined bump");
bump();
