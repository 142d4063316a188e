// Captured variables live in context slots; inner functions reach outer contexts by depth.
function counter(start) {
  var count = start;
  return function step(by) {
    var last = by;
    count = count + by;
    return function peek() { return count + start + last; };
  };
}
var next = counter(10);
console.log(next(1)());
