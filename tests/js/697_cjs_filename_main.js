// __filename, __dirname and require.main === module (only path suffixes are printed).
console.log(typeof __filename, typeof __dirname, __filename.endsWith('.js'), __filename.endsWith('697_cjs_filename_main.js'));
console.log(__dirname.endsWith('js'), __filename.startsWith(__dirname), __filename.length > __dirname.length);
console.log(__filename.slice(__dirname.length), __filename.charAt(0) === '/');
console.log(require.main === module, typeof require.main, require.main.exports === module.exports);
const info = require('./modules/h8_paths');
console.log(info);
// __filename in a function and an arrow still refers to this module.
function where() { return __filename.split('/').pop(); }
const whereArrow = () => __dirname.split('/').pop();
console.log(where(), whereArrow());
// The main-module check used to run code only when executed directly.
function main() { return 'main ran'; }
if (require.main === module) console.log(main());
else console.log('required, not run');
