let count = 0;
function bump() { count++; }
let count = 1;
