// Assigning to a const binding: "Assignment to constant variable."
const limit = 10;
let used = 0;
for (let i = 0; i < 3; i++) { used += i; }
console.log("used", used, "limit", limit);
limit = used;
console.log("not reached");
