// toFixed's digit count must be between 0 and 100.
console.log((1.5).toFixed(100).length);
console.log((1.5).toFixed(101));
