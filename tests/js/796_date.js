// Date: construction from numbers, strings, fields and other dates; the UTC getters and
// setters (with overflowing fields); local time checked against the UTC fields and the zone
// offset (so the script prints the same in any time zone); parsing the ISO format and the
// common legacy forms; formatting, invalid dates, ToPrimitive (a Date is its text for `+`,
// its number for `-` and `<`), JSON, console.log, subclasses and hot code.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
const epoch = new Date(0);
console.log(epoch.getTime(), epoch.toISOString(), epoch.toUTCString(), epoch.toJSON());
console.log(typeof epoch, Object.prototype.toString.call(epoch), epoch instanceof Date, typeof Date(), Date.length);
const d = new Date(Date.UTC(2024, 1, 29, 12, 30, 15, 250));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(),
            d.getUTCSeconds(), d.getUTCMilliseconds(), d.valueOf() === d.getTime());
// local fields are the UTC fields of the time shifted by the zone offset
const shifted = new Date(d.getTime() - d.getTimezoneOffset() * 60000);
console.log(d.getFullYear() === shifted.getUTCFullYear(), d.getMonth() === shifted.getUTCMonth(),
            d.getDate() === shifted.getUTCDate(), d.getDay() === shifted.getUTCDay(),
            d.getHours() === shifted.getUTCHours(), d.getMinutes() === shifted.getUTCMinutes(),
            d.getYear() === d.getFullYear() - 1900);
const local = new Date(2020, 0, 31, 10, 20, 30, 400);
console.log(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(),
            local.getSeconds(), local.getMilliseconds(), new Date(99, 11).getFullYear(), new Date(2020, 12).getMonth());

const s = new Date(Date.UTC(2023, 0, 31));
s.setUTCMonth(1); console.log(s.toISOString());
s.setUTCDate(0); console.log(s.toISOString());
s.setUTCHours(25, 61, 61, 1001); console.log(s.toISOString());
s.setUTCFullYear(2000, 13, 40); console.log(s.toISOString());
s.setUTCMinutes(-1); console.log(s.toISOString());
console.log(s.setTime(86400000), s.toISOString(), s.setUTCMilliseconds(1.9), s.setUTCSeconds(NaN), s.getTime());
const ls = new Date(2020, 5, 15, 12);
ls.setMonth(0); ls.setDate(31); ls.setHours(0, 0, 0, 0); ls.setFullYear(2021);
console.log(ls.getFullYear(), ls.getMonth(), ls.getDate(), ls.getHours(), ls.getMinutes());

console.log(Date.UTC(2020), Date.UTC(), Date.UTC(99, 0), Date.UTC(2020, 0, 1, 24), Date.UTC(275760, 8, 13, 0, 0, 0, 1));
console.log(new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString(), new Date(8.64e15 + 1).getTime(),
            new Date(-62198755200000).toISOString(), new Date(253402300800000).toISOString());
console.log(new Date(1.9).getTime(), new Date(-1.9).getTime(), new Date(true).getTime(), new Date(null).getTime(),
            new Date(undefined).getTime(), new Date(new Date(7)).getTime(), new Date({ valueOf() { return 42; } }).getTime());

for (const text of ['2020-01-01', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00.5Z', '2020-01-01T00:00:00+01:00',
                    '2020-06', '2020', '+002020-01-01T00:00:00Z', '-000001-01-01T00:00:00Z', '-000000-01-01T00:00:00Z',
                    '2020-13-01', '2020-02-30', '2020-01-01T24:00:00Z', '2020-01-01T24:00:01Z', 'Thu, 01 Jan 1970 00:00:00 GMT',
                    'Wed Jan 01 2020 10:00:00 GMT+0100 (Central European Standard Time)', 'Jan 1 2020 10:00 GMT-0230',
                    'nonsense', '']) {
  console.log(JSON.stringify(text), Date.parse(text));
}
// legacy forms without a zone are local time
console.log(Date.parse('Dec 7, 2026') === new Date(2026, 11, 7).getTime(),
            Date.parse('2026/12/07') === new Date(2026, 11, 7).getTime(),
            Date.parse('12/07/2026 10:30') === new Date(2026, 11, 7, 10, 30).getTime(),
            Date.parse('7 December 2026 10:30 PM') === new Date(2026, 11, 7, 22, 30).getTime(),
            Date.parse('2026-12-07T10:30') === new Date(2026, 11, 7, 10, 30).getTime());
// the texts round-trip through parse
const r = new Date(Date.UTC(1999, 11, 31, 23, 59, 59));
console.log(Date.parse(r.toString()) === r.getTime(), Date.parse(r.toUTCString()) === r.getTime(),
            Date.parse(r.toISOString()) === r.getTime(), r.toString().slice(0, 3), r.toDateString().length,
            r.toLocaleDateString() === (r.getMonth() + 1) + '/' + r.getDate() + '/' + r.getFullYear());
console.log(new Date(0).toLocaleString() === new Date(0).toLocaleDateString() + ', ' + new Date(0).toLocaleTimeString());

const invalid = new Date('nope');
console.log(String(invalid), invalid.getTime(), invalid.getUTCMonth(), invalid.toUTCString(), invalid.toJSON(),
            invalid.setUTCMonth(1), JSON.stringify({ invalid }));
attempt('toISOString of an invalid date', () => invalid.toISOString());
attempt('setUTCFullYear revives it', () => [invalid.setUTCFullYear(2001), invalid.toISOString()].join(' '));
attempt('getTime on a plain object', () => Date.prototype.getTime.call({}));
attempt('toString on a plain object', () => Date.prototype.toString.call({}));
attempt('setTime on a number', () => Date.prototype.setTime.call(5, 1));

console.log(epoch - 1, epoch + 1 === epoch.toString() + '1', `${epoch}` === epoch.toString(), epoch < new Date(1),
            epoch == epoch.toString(), new Date(5) == 5, +new Date(9), Math.max(new Date(3), new Date(4)));
console.log(JSON.stringify({ when: new Date(Date.UTC(2001, 1, 3)), list: [new Date(1e12)] }));
console.log(epoch, [new Date(1e12)], { when: invalid });
const tagged = new Date(0); tagged.note = 'x'; console.log(tagged, Object.keys(tagged));

class Stamp extends Date {
  constructor(ms) { super(ms); this.kind = 'stamp'; }
  year() { return this.getUTCFullYear(); }
}
const st = new Stamp(Date.UTC(1995, 4, 5));
console.log(st.year(), st.kind, st instanceof Date, Object.prototype.toString.call(st), st.toISOString());
console.log(st);
attempt('Date.prototype is no Date', () => Object.prototype.toString.call(Date.prototype));

// hot code: building, reading and comparing dates
let acc = 0, later = 0;
for (let i = 0; i < 3000; i++) {
  const x = new Date(Date.UTC(2000, 0, 1 + i));
  acc += x.getUTCDate() + x.getUTCMonth() + x.getUTCDay();
  if (x > epoch && x - epoch > 0) later++;
}
console.log(acc, later, Date.now() > 1.6e12, typeof Date.now());
