// Captured variables live in context slots; inner functions reach them by depth.
function counter(start) {
  var count = start;
  return function step(by) {
    count = count + by;
    return function peek() { return count + start; };
  };
}
var next = counter(10);
console.log(next(1)());
