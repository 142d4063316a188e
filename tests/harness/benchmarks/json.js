// A small recursive-descent JSON parser (written in JS, not JSON.parse) run over a fixed document.
const { Benchmark } = require('./common');

class ParseError extends Error {
  constructor(message, pos) { super(message + ' at ' + pos); this.name = 'ParseError'; this.pos = pos; }
}

class JsonParser {
  static ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  index = 0;
  constructor(input) { this.input = input; }
  parse() {
    const value = this.readValue();
    this.skipWhite();
    if (this.index !== this.input.length) throw new ParseError('Unexpected trailing input', this.index);
    return value;
  }
  skipWhite() { while (' \t\n\r'.includes(this.input[this.index]) && this.index < this.input.length) this.index++; }
  readValue() {
    this.skipWhite();
    const ch = this.input[this.index];
    switch (ch) {
      case '{': return this.readObject();
      case '[': return this.readArray();
      case '"': return this.readString();
      case 't': return this.readLiteral('true', true);
      case 'f': return this.readLiteral('false', false);
      case 'n': return this.readLiteral('null', null);
      default:
        if (ch === '-' || (ch >= '0' && ch <= '9')) return this.readNumber();
        throw new ParseError('Unexpected character ' + JSON.stringify(ch), this.index);
    }
  }
  readLiteral(text, value) {
    if (this.input.startsWith(text, this.index)) { this.index += text.length; return value; }
    throw new ParseError('Bad literal', this.index);
  }
  readNumber() {
    const start = this.index;
    while ('+-0123456789.eE'.includes(this.input[this.index]) && this.index < this.input.length) this.index++;
    return Number(this.input.slice(start, this.index));
  }
  readString() {
    let out = '';
    this.index++;
    for (;;) {
      const ch = this.input[this.index++];
      if (ch === undefined) throw new ParseError('Unterminated string', this.index);
      if (ch === '"') return out;
      if (ch === '\\') {
        const esc = this.input[this.index++];
        if (esc === 'u') { out += String.fromCharCode(parseInt(this.input.slice(this.index, this.index + 4), 16)); this.index += 4; }
        else out += JsonParser.ESCAPES[esc];
      } else out += ch;
    }
  }
  readArray() {
    const result = [];
    this.index++;
    this.skipWhite();
    if (this.input[this.index] === ']') { this.index++; return result; }
    for (;;) {
      result.push(this.readValue());
      this.skipWhite();
      const ch = this.input[this.index++];
      if (ch === ']') return result;
      if (ch !== ',') throw new ParseError('Expected , or ]', this.index - 1);
    }
  }
  readObject() {
    const result = {};
    this.index++;
    this.skipWhite();
    if (this.input[this.index] === '}') { this.index++; return result; }
    for (;;) {
      this.skipWhite();
      const key = this.readString();
      this.skipWhite();
      if (this.input[this.index++] !== ':') throw new ParseError('Expected :', this.index - 1);
      result[key] = this.readValue();
      this.skipWhite();
      const ch = this.input[this.index++];
      if (ch === '}') return result;
      if (ch !== ',') throw new ParseError('Expected , or }', this.index - 1);
    }
  }
}

class Json extends Benchmark {
  static DOCUMENT = '{"name": "harness", "version": 3, "tags": ["fast", "small", "json"], ' +
    '"nested": {"empty": {}, "list": [], "flags": [true, false, null], "pi": 3.14159, "neg": -2.5e-3}, ' +
    '"escaped": "tab\\there \\"quoted\\" \\u0041", "items": [{"id": 1, "w": 10}, {"id": 2, "w": 20}, {"id": 3, "w": 30}]}';
  benchmark() {
    const doc = new JsonParser(Json.DOCUMENT).parse();
    let bad = 0;
    for (const text of ['{"a": }', '[1, 2', 'tru', '"open']) {
      try { new JsonParser(text).parse(); } catch (e) { if (e instanceof ParseError) bad++; }
    }
    return { doc, bad };
  }
  verifyResult({ doc, bad }) {
    const { name, version, tags: [, second], nested: { flags, pi, neg }, escaped, items } = doc;
    return bad === 4 && name === 'harness' && version === 3 && second === 'small' && flags[2] === null &&
      pi === 3.14159 && neg === -0.0025 && escaped === 'tab\there "quoted" A' &&
      items.reduce((acc, { w }) => acc + w, 0) === 60 &&
      JSON.stringify(doc) === JSON.stringify(JSON.parse(Json.DOCUMENT));
  }
}

module.exports = { Json, JsonParser, ParseError };
