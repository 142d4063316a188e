// process.argv holds at least the runtime and the script path.
console.log(typeof process, Array.isArray(process.argv), process.argv.length >= 2);
console.log(typeof process.argv[0], typeof process.argv[1]);
console.log(process.argv[1].endsWith('.js'));
