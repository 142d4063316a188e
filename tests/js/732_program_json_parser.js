// An Are-We-Fast-Yet style Json benchmark: a hand-written recursive-descent JSON parser over a
// string (index/line/column/current/captureBuffer), a JsonValue class hierarchy with literal
// singletons in static fields, a JsonObject with a small hash index table, a generated
// rap-benchmark-like document parsed several times and verified, and malformed inputs whose
// ParseExceptions are caught and printed.

class ParseException extends Error {
  constructor(message, offset, line, column) {
    super(message + ' at ' + line + ':' + column);
    this.name = 'ParseException';
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
}

class JsonValue {
  isObject() { return false; }
  isArray() { return false; }
  isNumber() { return false; }
  isString() { return false; }
  isBoolean() { return false; }
  isTrue() { return false; }
  isFalse() { return false; }
  isNull() { return false; }
  asObject() { throw new TypeError('Not an object: ' + this.toString()); }
  asArray() { throw new TypeError('Not an array: ' + this.toString()); }
  get kind() { return this.constructor.name; }
}

class JsonLiteral extends JsonValue {
  static NULL = new JsonLiteral('null');
  static TRUE = new JsonLiteral('true');
  static FALSE = new JsonLiteral('false');
  text;
  constructor(value) {
    super();
    this.text = value;
    this.isNullFlag = value === 'null';
    this.isTrueFlag = value === 'true';
    this.isFalseFlag = value === 'false';
  }
  toString() { return this.text; }
  isNull() { return this.isNullFlag; }
  isTrue() { return this.isTrueFlag; }
  isFalse() { return this.isFalseFlag; }
  isBoolean() { return this.isTrueFlag || this.isFalseFlag; }
}

class JsonString extends JsonValue {
  constructor(string) { super(); this.string = string; }
  isString() { return true; }
  toString() {
    let out = '"';
    for (let i = 0; i < this.string.length; i++) {
      const ch = this.string.charAt(i);
      const code = this.string.charCodeAt(i);
      if (ch === '"' || ch === '\\') out += '\\' + ch;
      else if (ch === '\n') out += '\\n';
      else if (ch === '\t') out += '\\t';
      else if (code < 0x20 || code > 0x7e) out += '\\u' + code.toString(16).padStart(4, '0');
      else out += ch;
    }
    return out + '"';
  }
}

class JsonNumber extends JsonValue {
  constructor(string) {
    super();
    this.string = string;
    if (string === null) throw new Error('string is null');
  }
  isNumber() { return true; }
  get value() { return Number(this.string); }
  toString() { return this.string; }
}

class JsonArray extends JsonValue {
  constructor() { super(); this.values = []; }
  add(value) {
    if (value == null) throw new Error('value is null');
    this.values.push(value);
    return this;
  }
  size() { return this.values.length; }
  get(index) { return this.values[index]; }
  isArray() { return true; }
  asArray() { return this; }
  toString() { return '[' + this.values.map(v => v.toString()).join(',') + ']'; }
}

class HashIndexTable {
  constructor() {
    this.hashTable = new Array(32).fill(0);
  }
  static hashCode(s) {
    let h = 0;
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    return h;
  }
  hashSlotFor(element) { return HashIndexTable.hashCode(element) & (this.hashTable.length - 1); }
  add(name, index) {
    const slot = this.hashSlotFor(name);
    // Indices >= 255 cannot be stored in a byte: the slot is cleared and lookup falls back.
    this.hashTable[slot] = index < 0xff ? (index + 1) & 0xff : 0;
  }
  get(name) {
    const slot = this.hashSlotFor(name);
    return (this.hashTable[slot] & 0xff) - 1;
  }
}

class JsonObject extends JsonValue {
  constructor() {
    super();
    this.names = [];
    this.values = [];
    this.table = new HashIndexTable();
  }
  add(name, value) {
    if (name == null) throw new Error('name is null');
    if (value == null) throw new Error('value is null');
    this.table.add(name, this.names.length);
    this.names.push(name);
    this.values.push(value);
    return this;
  }
  get(name) {
    if (name == null) throw new Error('name is null');
    const index = this.indexOf(name);
    return index === -1 ? null : this.values[index];
  }
  size() { return this.names.length; }
  isEmpty() { return this.names.length === 0; }
  isObject() { return true; }
  asObject() { return this; }
  indexOf(name) {
    const index = this.table.get(name);
    if (index !== -1 && name === this.names[index]) return index;
    JsonObject.slowLookups++;
    return this.names.lastIndexOf(name);
  }
  static slowLookups = 0;
  toString() {
    const parts = [];
    for (let i = 0; i < this.names.length; i++) parts.push(new JsonString(this.names[i]).toString() + ':' + this.values[i].toString());
    return '{' + parts.join(',') + '}';
  }
}

class JsonPureStringParser {
  constructor(string) {
    this.input = string;
    this.index = -1;
    this.line = 1;
    this.captureStart = -1;
    this.column = 0;
    this.current = null;
    this.captureBuffer = '';
  }

  parse() {
    this.read();
    this.skipWhiteSpace();
    const result = this.readValue();
    this.skipWhiteSpace();
    if (!this.isEndOfText()) throw this.error('Unexpected character');
    return result;
  }

  readValue() {
    switch (this.current) {
      case 'n': return this.readNull();
      case 't': return this.readTrue();
      case 'f': return this.readFalse();
      case '"': return this.readString();
      case '[': return this.readArray();
      case '{': return this.readObject();
      case '-': case '0': case '1': case '2': case '3': case '4':
      case '5': case '6': case '7': case '8': case '9':
        return this.readNumber();
      default:
        throw this.expected('value');
    }
  }

  readArray() {
    this.read();
    const array = new JsonArray();
    this.skipWhiteSpace();
    if (this.readChar(']')) return array;
    do {
      this.skipWhiteSpace();
      array.add(this.readValue());
      this.skipWhiteSpace();
    } while (this.readChar(','));
    if (!this.readChar(']')) throw this.expected("',' or ']'");
    return array;
  }

  readObject() {
    this.read();
    const object = new JsonObject();
    this.skipWhiteSpace();
    if (this.readChar('}')) return object;
    do {
      this.skipWhiteSpace();
      const name = this.readName();
      this.skipWhiteSpace();
      if (!this.readChar(':')) throw this.expected("':'");
      this.skipWhiteSpace();
      object.add(name, this.readValue());
      this.skipWhiteSpace();
    } while (this.readChar(','));
    if (!this.readChar('}')) throw this.expected("',' or '}'");
    return object;
  }

  readName() {
    if (this.current !== '"') throw this.expected('name');
    return this.readStringInternal();
  }

  readNull() { this.read(); this.readRequiredChar('u'); this.readRequiredChar('l'); this.readRequiredChar('l'); return JsonLiteral.NULL; }
  readTrue() { this.read(); this.readRequiredChar('r'); this.readRequiredChar('u'); this.readRequiredChar('e'); return JsonLiteral.TRUE; }
  readFalse() {
    this.read();
    for (const ch of 'alse') this.readRequiredChar(ch);
    return JsonLiteral.FALSE;
  }

  readRequiredChar(ch) {
    if (!this.readChar(ch)) throw this.expected("'" + ch + "'");
  }

  readString() { return new JsonString(this.readStringInternal()); }

  readStringInternal() {
    this.read();
    this.startCapture();
    while (this.current !== '"') {
      if (this.current === '\\') {
        this.pauseCapture();
        this.readEscape();
        this.startCapture();
      } else if (this.current === null || this.current < ' ') {
        throw this.expected('valid string character');
      } else {
        this.read();
      }
    }
    const string = this.endCapture();
    this.read();
    return string;
  }

  readEscape() {
    this.read();
    switch (this.current) {
      case '"': case '/': case '\\': this.captureBuffer += this.current; break;
      case 'b': this.captureBuffer += '\b'; break;
      case 'f': this.captureBuffer += '\f'; break;
      case 'n': this.captureBuffer += '\n'; break;
      case 'r': this.captureBuffer += '\r'; break;
      case 't': this.captureBuffer += '\t'; break;
      case 'u': {
        let code = 0;
        for (let i = 0; i < 4; i++) {
          this.read();
          if (!this.isHexDigit()) throw this.expected('hexadecimal digit');
          code = code * 16 + parseInt(this.current, 16);
        }
        this.captureBuffer += String.fromCharCode(code);
        break;
      }
      default:
        throw this.expected('valid escape sequence');
    }
    this.read();
  }

  readNumber() {
    this.startCapture();
    this.readChar('-');
    const firstDigit = this.current;
    if (!this.readDigit()) throw this.expected('digit');
    if (firstDigit !== '0') {
      while (this.readDigit()) { /* more digits */ }
    }
    this.readFraction();
    this.readExponent();
    return new JsonNumber(this.endCapture());
  }

  readFraction() {
    if (!this.readChar('.')) return false;
    if (!this.readDigit()) throw this.expected('digit');
    while (this.readDigit()) { /* more digits */ }
    return true;
  }

  readExponent() {
    if (!this.readChar('e') && !this.readChar('E')) return false;
    if (!this.readChar('+')) this.readChar('-');
    if (!this.readDigit()) throw this.expected('digit');
    while (this.readDigit()) { /* more digits */ }
    return true;
  }

  readChar(ch) {
    if (this.current !== ch) return false;
    this.read();
    return true;
  }

  readDigit() {
    if (!this.isDigit()) return false;
    this.read();
    return true;
  }

  skipWhiteSpace() {
    while (this.isWhiteSpace()) this.read();
  }

  read() {
    if (this.current === '\n') {
      this.line++;
      this.column = 0;
    }
    this.index++;
    if (this.index < this.input.length) {
      this.current = this.input.charAt(this.index);
      this.column++;
    } else {
      this.current = null;
    }
  }

  startCapture() { this.captureStart = this.index; }

  pauseCapture() {
    this.captureBuffer += this.input.substring(this.captureStart, this.index);
    this.captureStart = -1;
  }

  endCapture() {
    let captured;
    if (this.captureBuffer === '') {
      captured = this.input.substring(this.captureStart, this.index);
    } else {
      this.pauseCapture();
      captured = this.captureBuffer;
      this.captureBuffer = '';
    }
    this.captureStart = -1;
    return captured;
  }

  expected(expected) {
    if (this.isEndOfText()) return this.error('Unexpected end of input');
    return this.error('Expected ' + expected);
  }

  error(message) {
    return new ParseException(message, this.index, this.line, this.column);
  }

  isWhiteSpace() {
    return this.current === ' ' || this.current === '\t' || this.current === '\n' || this.current === '\r';
  }

  isDigit() {
    return this.current !== null && this.current >= '0' && this.current <= '9';
  }

  isHexDigit() {
    const c = this.current;
    return c !== null && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
  }

  isEndOfText() { return this.current === null; }
}

// ---- a rap-benchmark-like document, built deterministically ----

function buildRapText(operationCount) {
  const widgets = ['Shell', 'Composite', 'Button', 'Label', 'Text', 'Combo', 'Tree', 'Table'];
  const styles = ['BORDER', 'FLAT', 'PUSH', 'MULTI', 'V_SCROLL', 'H_SCROLL'];
  const ops = [];
  let seed = 74755;
  const next = () => (seed = ((seed * 1309) + 13849) & 65535);
  for (let i = 0; i < operationCount; i++) {
    const kind = i % 3;
    const id = 'w' + (i + 2);
    if (kind === 0) {
      const type = widgets[next() % widgets.length];
      const style = [styles[next() % styles.length], styles[i % styles.length]];
      ops.push(`["create", "${id}", "rwt.widgets.${type}", {"parent": "w${i + 1}", "style": ["${style.join('", "')}"],` +
        ` "bounds": [${next() % 800}, ${next() % 600}], "visible": ${i % 7 !== 0},` +
        ` "enabled": ${i % 5 === 0 ? 'false' : 'true'}, "image": null}]`);
    } else if (kind === 1) {
      ops.push(`["set", "${id}", {"text": "It\\"${i}\\"\\t\\\\ \\u00e9\\u0041\\/", ` +
        `"font": [["Verdana", "sans"], ${10 + (i % 4)}, ${i % 2 === 0}], "opacity": ${(next() % 100) / 100}}]`);
    } else {
      ops.push(`["call", "${id}", "setScale", {"factor": ${next() % 9}.${next() % 1000}e-${i % 3}, ` +
        `"offset": -${next() % 50}.5E+${i % 2}, "listen": {"Selection": true}, "data": {}, "items": []}]`);
    }
  }
  return '{"head": {"requestCounter": 4, "url": "rap\\/app", "timestamp": 1.3e12, "cid": "a1b2"},\n' +
    ' "operations": [\n  ' + ops.join(',\n  ') + '\n ]\n}';
}

const RAP_TEXT = buildRapText(156);

class Json {
  benchmark() { return new JsonPureStringParser(RAP_TEXT).parse(); }
  verifyResult(result) {
    if (!result.isObject()) return false;
    if (!result.asObject().get('head').isObject()) return false;
    if (!result.asObject().get('operations').isArray()) return false;
    return result.asObject().get('operations').asArray().size() === 156;
  }
}

// Fold a parsed tree into a checksum; the same walk over JSON.parse's output must agree.
function checksumValue(v) {
  if (v.isObject()) {
    let h = 17;
    for (let i = 0; i < v.names.length; i++) {
      h = (Math.imul(h, 31) + HashIndexTable.hashCode(v.names[i])) | 0;
      h = (h ^ checksumValue(v.values[i])) | 0;
    }
    return h;
  }
  if (v.isArray()) return v.values.reduce((h, x) => (Math.imul(h, 7) + checksumValue(x)) | 0, 3);
  if (v.isString()) return HashIndexTable.hashCode(v.string);
  if (v.isNumber()) return Math.round(v.value * 1000) | 0;
  return v.isNull() ? 1 : v.isTrue() ? 2 : 4;
}

function checksumPlain(v) {
  if (v === null) return 1;
  if (v === true) return 2;
  if (v === false) return 4;
  if (typeof v === 'string') return HashIndexTable.hashCode(v);
  if (typeof v === 'number') return Math.round(v * 1000) | 0;
  if (Array.isArray(v)) return v.reduce((h, x) => (Math.imul(h, 7) + checksumPlain(x)) | 0, 3);
  let h = 17;
  for (const key of Object.keys(v)) {
    h = (Math.imul(h, 31) + HashIndexTable.hashCode(key)) | 0;
    h = (h ^ checksumPlain(v[key])) | 0;
  }
  return h;
}

const bench = new Json();
const iterations = 2;
let okRuns = 0;
let lastResult = null;
let countsSum = 0;
const t0 = process.hrtime.bigint();
for (let i = 0; i < iterations; i++) {
  const result = bench.benchmark();
  if (bench.verifyResult(result)) okRuns++;
  countsSum += result.asObject().get('operations').asArray().size();
  lastResult = result;
}
const elapsed = process.hrtime.bigint() - t0;
console.log('text length', RAP_TEXT.length, 'lines', RAP_TEXT.split('\n').length);
console.log('Json: ok runs', okRuns, 'of', iterations, 'operations', countsSum, 'timing is bigint', typeof elapsed === 'bigint');

const root = lastResult.asObject();
const head = root.get('head').asObject();
console.log('head', head.size(), head.names.join(','), head.get('timestamp').value, head.get('url').string);
const ops = root.get('operations').asArray();
const kinds = {};
let creates = 0, numberSum = 0, stringChars = 0, literals = { null: 0, true: 0, false: 0 };
function walk(v) {
  if (v.isObject()) v.values.forEach(walk);
  else if (v.isArray()) v.values.forEach(walk);
  else if (v.isNumber()) numberSum += v.value;
  else if (v.isString()) stringChars += v.string.length;
  else literals[v.toString()]++;
}
for (let i = 0; i < ops.size(); i++) {
  const op = ops.get(i).asArray();
  const k = op.get(0).string;
  kinds[k] = (kinds[k] ?? 0) + 1;
  if (k === 'create') creates++;
  walk(op);
}
console.log('kinds', JSON.stringify(kinds), 'creates', creates);
console.log('numbers sum', numberSum.toFixed(4), 'string chars', stringChars, 'literals', JSON.stringify(literals));
const op1 = ops.get(1).asArray().get(2).asObject();
console.log('op1 text', JSON.stringify(op1.get('text').string), op1.get('text').toString());
console.log('op1 opacity', op1.get('opacity').toString(), op1.get('font').toString());
const op2 = ops.get(2).asArray().get(3).asObject();
console.log('op2', op2.get('factor').toString(), op2.get('factor').value, op2.get('offset').toString(), op2.get('offset').value,
  op2.get('data').isEmpty(), op2.get('items').size(), op2.get('missing'));
console.log('singletons', ops.get(0).asArray().get(3).asObject().get('image') === JsonLiteral.NULL,
  JsonLiteral.TRUE.isBoolean(), JsonLiteral.NULL.isBoolean(), JsonLiteral.FALSE.isFalse(), JsonLiteral.TRUE.kind);

const mine = checksumValue(lastResult);
const plain = checksumPlain(JSON.parse(RAP_TEXT));
console.log('checksum', mine, plain, mine === plain);
const written = lastResult.toString();
const rewritten = JSON.parse(written);
console.log('round trip', written.length, checksumPlain(rewritten) === mine,
  JSON.stringify(rewritten) === JSON.stringify(JSON.parse(RAP_TEXT)));

// A wide object: indices past 255 are not in the byte table and need the slow lookup.
const wide = new JsonObject();
for (let i = 0; i < 300; i++) wide.add('key' + i, new JsonNumber(String(i * 3)));
wide.add('key7', new JsonNumber('-1'));
JsonObject.slowLookups = 0;
let wideSum = 0;
for (let i = 0; i < 300; i++) wideSum += wide.get('key' + i).value;
console.log('wide', wide.size(), wideSum, wide.get('key7').toString(), wide.get('nope'), 'slow lookups', JsonObject.slowLookups);

// Malformed inputs.
const bad = [
  '', '   ', '{', '{"a" 1}', '{"a": 1,}', '[1, 2', '[1 2]', 'nul', 'tru', 'falsy', '-', '01', '1.', '1e', '1e+',
  '"abc', '"bad \\x escape"', '"\\u12g4"', '{"a": [1, {"b": }]}', '{"a": 1}\n  x', '[\n 1,\n 2,\n ?]', '{1: 2}',
  '"tab\there"',
];
for (const text of bad) {
  try {
    const v = new JsonPureStringParser(text).parse();
    console.log('parsed?!', JSON.stringify(text), v.toString());
  } catch (e) {
    console.log(JSON.stringify(text).padEnd(22), e.name, '|', e.message, '|', e instanceof ParseException, e instanceof Error, e.offset);
  }
}
const good = ['0', '-0', '  [ ]  ', '{ }', '-12.5e3', '1E-2', '"\\ud83d\\ude00"', '[true,false,null]', '{"a":{"b":{"c":[[]]}}}'];
console.log(good.map(t => new JsonPureStringParser(t).parse().toString()).join(' '));
try {
  JsonLiteral.TRUE.asArray();
} catch (e) {
  console.log(e.name, e.message);
}
try {
  new JsonNumber('5').asObject();
} catch (e) {
  console.log(e.name, e.message);
}
