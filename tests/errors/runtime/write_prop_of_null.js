// Writing a computed property of null throws "Cannot set properties of null".
var slots = [{ v: 0 }, null, { v: 2 }];
for (var i = 0; i < slots.length; i++) {
  console.log("writing slot", i);
  slots[i]["v"] = i * 10;
}
console.log("not reached");
