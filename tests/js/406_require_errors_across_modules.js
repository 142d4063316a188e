// Errors defined and thrown inside a module, caught in the main script.
var errors = require('./modules/errors');
var users = [{ name: 'ann', age: 30 }, { name: 5, age: 1 }, { name: 'bob', age: -1 }, { name: 'cid' }];
for (var u of users) {
  try {
    errors.validate(u);
    console.log('valid', u.name);
  } catch (e) {
    console.log(e.name, e.field, e.message, e instanceof errors.ValidationError, e instanceof Error);
  }
}
var fails = 0;
for (var i = 0; i < 3000; i++) {
  try {
    errors.validate(i % 10 === 0 ? { name: 'x', age: -i } : { name: 'x', age: i });
  } catch (e) {
    if (e instanceof errors.ValidationError) fails++;
  }
}
console.log(fails);
