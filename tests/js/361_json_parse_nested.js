// JSON.parse builds nested objects and arrays that behave like literals.
var text = '{"users":[{"id":1,"name":"ann","roles":["admin","dev"],"active":true},' +
  '{"id":2,"name":"bob","roles":[],"active":false,"manager":1},' +
  '{"id":3,"name":"cid","roles":["dev"],"active":true,"manager":1}],"version":"1.0","count":3}';
var db = JSON.parse(text);
console.log(db.version, db.count, db.users.length);
console.log(db.users.map((u) => u.name + ':' + u.roles.length));
console.log(db.users.filter((u) => u.active).map((u) => u.id));
console.log(db.users[1]);
console.log(db.users[0].roles.includes('dev'), 'manager' in db.users[0], db.users[2].manager);
db.users.push({ id: 4, name: 'dee', roles: ['ops'], active: true });
db.count = db.users.length;
console.log(JSON.stringify(db).length, db.count);
var managers = {};
for (var u of db.users) {
  if (u.manager !== undefined) managers[u.manager] = (managers[u.manager] || []).concat(u.name);
}
console.log(managers);
var nestedArrays = JSON.parse('[[1,[2,[3,[4,[5]]]]]]');
var depth = 0;
var cur = nestedArrays;
while (Array.isArray(cur)) {
  depth++;
  cur = cur[cur.length - 1];
}
console.log(depth, cur);
