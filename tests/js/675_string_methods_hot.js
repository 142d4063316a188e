// concat, at, trimStart/trimEnd, padEnd, replace/replaceAll and localeCompare together in hot loops.
const names = ['  alice', 'BOB  ', ' carol ', 'dave', '  eve'];
const out = [];
let checksum = 0;
for (let i = 0; i < 3000; i++) {
  const raw = names[i % names.length];
  const clean = raw.trimStart().trimEnd().toLowerCase();
  const label = clean.concat('#', String(i % 100)).padEnd(12, '.');
  const swapped = label.replaceAll('.', '_').replace('#', ':');
  checksum += swapped.length + swapped.charCodeAt(0) + (swapped.at(-1) === '_' ? 1 : 0);
  if (i < 5) out.push(swapped);
}
console.log(out, checksum);
const sortedNames = names.map(n => n.trim()).sort((a, b) => a.localeCompare(b));
console.log(sortedNames);
let order = 0;
for (let i = 0; i < 3000; i++) order += names[i % 5].trim().localeCompare(names[(i + 2) % 5].trim());
console.log(order);
