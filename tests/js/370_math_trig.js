// Trigonometric functions.
console.log(Math.sin(0), Math.sin(Math.PI / 2), Math.sin(Math.PI), Math.sin(-Math.PI / 6));
console.log(Math.cos(0), Math.cos(Math.PI), Math.cos(Math.PI / 3), Math.cos(1));
console.log(Math.tan(0), Math.tan(Math.PI / 4), Math.tan(1), Math.tan(-0));
console.log(Math.asin(1), Math.asin(0.5), Math.asin(2), Math.asin(-1));
console.log(Math.acos(1), Math.acos(0), Math.acos(-1), Math.acos(1.5));
console.log(Math.atan(1), Math.atan(Infinity), Math.atan(-Infinity), Math.atan(0));
console.log(Math.atan2(1, 1), Math.atan2(1, 0), Math.atan2(0, -1), Math.atan2(-0, -1), Math.atan2(0, 0), Math.atan2(-1, -1));
console.log(Math.sin(NaN), Math.cos(Infinity), Math.tan(NaN), Math.sin(-0));
var deg = [0, 30, 45, 60, 90, 180, 270, 360];
console.log(deg.map((d) => Math.round(Math.sin((d * Math.PI) / 180) * 1e6) / 1e6));
console.log(deg.map((d) => Math.round(Math.cos((d * Math.PI) / 180) * 1e6) / 1e6));
var s = 0;
for (var i = 0; i < 3000; i++) {
  var x = i / 100;
  s += Math.sin(x) * Math.sin(x) + Math.cos(x) * Math.cos(x);
}
console.log(Math.round(s * 1e9) / 1e9);
console.log(Math.sin('0'), Math.cos(null), Math.atan2('1', '1') === Math.PI / 4);
