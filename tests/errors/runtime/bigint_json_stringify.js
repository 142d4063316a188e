// JSON.stringify cannot serialize a BigInt unless BigInt.prototype.toJSON exists.
const record = { id: 12345678901234567890n, name: "widget" };
console.log(JSON.stringify({ name: record.name, id: String(record.id) }));
JSON.stringify(record);
