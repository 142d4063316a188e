// BigInt() of a Number that is not an integer is a RangeError.
const whole = BigInt(3);
console.log("whole", whole, typeof whole);
BigInt(1.5);
