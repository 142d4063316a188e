// Helper module: an Error subclass and a function that throws it.
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
function validate(user) {
  if (typeof user.name !== 'string') throw new ValidationError('name', 'name must be a string');
  if (!(user.age >= 0)) throw new ValidationError('age', 'age must be non-negative');
  return true;
}
module.exports = { ValidationError: ValidationError, validate: validate };
