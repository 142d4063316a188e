// Pushing onto an array-like whose length is already 2**53 - 1 is node's TypeError, thrown
// before anything is written (not a hang over the length, not a silent success).
var big = {length: 2 ** 53 - 1};
console.log("splice", Array.prototype.splice.call({length: 3, 0: 'a'}, 0, 1));
Array.prototype.push.call(big, 1);
console.log("never printed");
