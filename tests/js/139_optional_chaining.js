var o = {a: {b: 1}};
console.log(o?.a.b);
