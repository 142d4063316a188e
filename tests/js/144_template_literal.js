var name = "world";
console.log(`hello ${name}`);
