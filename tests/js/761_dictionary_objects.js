// Objects in dictionary mode (objects/maps.py): objects normalized by many added keys (keyed and
// named stores), by deleting a property other than the last one, prototypes with many methods,
// functions with many properties; their enumeration order, non-enumerable properties, accessors, freezing,
// prototype changes, and hot loops whose sites see fast objects and then dictionary ones.
'use strict';

function show(label, v) { console.log(label, JSON.stringify(v)); }

// ---- many keys added by keyed stores, integer-like keys among them ----
function fill(n) {
  var d = {};
  for (var i = 0; i < n; i++) {
    d["k" + ((i * 37) % n)] = i;
    if (i % 10 === 0) d[String(n - i)] = -i;   // integer-like keys, added in descending order
  }
  return d;
}
var d = fill(200);
var keys = Object.keys(d);
show("count", keys.length);
show("first", keys.slice(0, 12));
show("last", keys.slice(-5));
var sum = 0;
for (var i = 0; i < 200; i++) sum += d["k" + i];
show("sum", sum);
show("in", ["k0" in d, "k199" in d, "k200" in d, "5" in d, "10" in d, "toString" in d]);

// delete, re-add: a re-added key goes to the end; deleting never reorders the rest
for (i = 0; i < 200; i += 3) delete d["k" + i];
show("after delete", Object.keys(d).length);
d.k0 = "back";
d["k3"] = "back too";
keys = Object.keys(d);
show("tail", keys.slice(-3));
show("absent", [d.k6, "k6" in d, d.hasOwnProperty("k6"), d.hasOwnProperty("k7")]);
d["7"] = "seven";
show("ints first", Object.keys(d).slice(0, 6));

// every way of listing the keys agrees
var small = {};
for (i = 0; i < 30; i++) small["s" + i] = i;
small[2] = "two";
small[1] = "one";
delete small.s3;
delete small.s10;
small.s3 = "again";
var forin = [];
for (var k in small) forin.push(k);
show("forin", forin);
show("keys", Object.keys(small));
show("values", Object.values(small).slice(0, 5));
show("entries", Object.entries(small).slice(-3));
console.log(JSON.stringify(small));
var spread = { ...small, extra: 1 };
show("spread", Object.keys(spread).slice(-4));
var assigned = Object.assign({}, small);
show("assign", Object.keys(assigned).length === Object.keys(small).length &&
  Object.keys(assigned).every(function (x, j) { return x === Object.keys(small)[j]; }));
show("names", Object.getOwnPropertyNames(small).length);
var tiny = { a: 1, b: 2, c: 3 };
delete tiny.a;     // not the last one: dictionary mode
tiny.d = 4;
tiny.a = 5;
console.log(tiny);
var lastOnly = { a: 1, b: 2, c: 3 };
delete lastOnly.c; // the last one: back to the previous map
lastOnly.c = 30;
console.log(lastOnly, Object.keys(lastOnly));

// ---- many keys added by named stores ----
function named() {
  var o = {};
  o.p0 = 0;
  o.p1 = 1;
  o.p2 = 2;
  o.p3 = 3;
  o.p4 = 4;
  o.p5 = 5;
  o.p6 = 6;
  o.p7 = 7;
  o.p8 = 8;
  o.p9 = 9;
  o.p10 = 10;
  o.p11 = 11;
  o.p12 = 12;
  o.p13 = 13;
  o.p14 = 14;
  o.p15 = 15;
  o.p16 = 16;
  o.p17 = 17;
  o.p18 = 18;
  o.p19 = 19;
  o.p20 = 20;
  o.p21 = 21;
  o.p22 = 22;
  o.p23 = 23;
  o.p24 = 24;
  o.p25 = 25;
  o.p26 = 26;
  o.p27 = 27;
  o.p28 = 28;
  o.p29 = 29;
  o.p30 = 30;
  o.p31 = 31;
  o.p32 = 32;
  o.p33 = 33;
  o.p34 = 34;
  o.p35 = 35;
  o.p36 = 36;
  o.p37 = 37;
  o.p38 = 38;
  o.p39 = 39;
  o.p40 = 40;
  o.p41 = 41;
  o.p42 = 42;
  o.p43 = 43;
  o.p44 = 44;
  o.p45 = 45;
  o.p46 = 46;
  o.p47 = 47;
  o.p48 = 48;
  o.p49 = 49;
  o.p50 = 50;
  o.p51 = 51;
  o.p52 = 52;
  o.p53 = 53;
  o.p54 = 54;
  o.p55 = 55;
  o.p56 = 56;
  o.p57 = 57;
  o.p58 = 58;
  o.p59 = 59;
  o.p60 = 60;
  o.p61 = 61;
  o.p62 = 62;
  o.p63 = 63;
  o.p64 = 64;
  o.p65 = 65;
  o.p66 = 66;
  o.p67 = 67;
  o.p68 = 68;
  o.p69 = 69;
  o.p70 = 70;
  o.p71 = 71;
  o.p72 = 72;
  o.p73 = 73;
  o.p74 = 74;
  o.p75 = 75;
  o.p76 = 76;
  o.p77 = 77;
  o.p78 = 78;
  o.p79 = 79;
  o.p80 = 80;
  o.p81 = 81;
  o.p82 = 82;
  o.p83 = 83;
  o.p84 = 84;
  o.p85 = 85;
  o.p86 = 86;
  o.p87 = 87;
  o.p88 = 88;
  o.p89 = 89;
  o.p90 = 90;
  o.p91 = 91;
  o.p92 = 92;
  o.p93 = 93;
  o.p94 = 94;
  o.p95 = 95;
  o.p96 = 96;
  o.p97 = 97;
  o.p98 = 98;
  o.p99 = 99;
  o.p100 = 100;
  o.p101 = 101;
  o.p102 = 102;
  o.p103 = 103;
  o.p104 = 104;
  o.p105 = 105;
  o.p106 = 106;
  o.p107 = 107;
  o.p108 = 108;
  o.p109 = 109;
  o.p110 = 110;
  o.p111 = 111;
  o.p112 = 112;
  o.p113 = 113;
  o.p114 = 114;
  o.p115 = 115;
  o.p116 = 116;
  o.p117 = 117;
  o.p118 = 118;
  o.p119 = 119;
  o.p120 = 120;
  o.p121 = 121;
  o.p122 = 122;
  o.p123 = 123;
  o.p124 = 124;
  o.p125 = 125;
  o.p126 = 126;
  o.p127 = 127;
  o.p128 = 128;
  o.p129 = 129;
  o.p130 = 130;
  o.p131 = 131;
  o.p132 = 132;
  o.p133 = 133;
  o.p134 = 134;
  o.p135 = 135;
  o.p136 = 136;
  o.p137 = 137;
  o.p138 = 138;
  o.p139 = 139;
  return o;
}
var n1 = named(), n2 = named();
show("named", [Object.keys(n1).length, n1.p0, n1.p139, n2.p70, Object.keys(n2)[139]]);
delete n1.p5;
show("named delete", [Object.keys(n1).length, n1.p5, n1.p6, Object.keys(n1)[5]]);

// ---- attributes on dictionary objects ----
var attr = fill(40);
delete attr.k1;
Object.defineProperty(attr, "hidden", { value: 42, enumerable: false, writable: true, configurable: true });
Object.defineProperty(attr, "fixed", { value: 7, enumerable: true, writable: true, configurable: true });
Object.defineProperty(attr, "both", {
  get: function () { return this.k2 * 2; },
  set: function (v) { this.k2 = v; },
  enumerable: true, configurable: true
});
show("hidden", [attr.hidden, Object.keys(attr).indexOf("hidden"), Object.getOwnPropertyNames(attr).indexOf("hidden") >= 0]);
attr.fixed = 8;
show("fixed", [attr.fixed, Object.getOwnPropertyDescriptor(attr, "hidden").enumerable]);
attr.both = 21;
show("accessor", [attr.both, attr.k2]);
var desc = Object.getOwnPropertyDescriptor(attr, "both");
show("desc", [typeof desc.get, typeof desc.set, desc.enumerable]);
Object.defineProperty(attr, "hidden", { enumerable: true });
show("now visible", Object.keys(attr).slice(-3));
var withGetter = { get g() { return "got " + this.v; }, v: 1 };
for (i = 0; i < 30; i++) withGetter["x" + i] = i;
delete withGetter.x0;
show("literal getter", [withGetter.g, Object.keys(withGetter).slice(0, 3)]);

// ---- freezing ----
var fr = fill(50);
delete fr.k10;
Object.freeze(fr);
show("frozen", [Object.isFrozen(fr), Object.isExtensible(fr)]);
try { fr.k11 = 0; } catch (e) { console.log(e.constructor.name, e.message); }
try { fr.brandNew = 0; } catch (e) { console.log(e.constructor.name, e.message); }
try { delete fr.k12; } catch (e) { console.log(e.constructor.name, e.message); }
show("frozen values", [fr.k11, fr.brandNew, fr.k12, Object.keys(fr).length]);
var fr2 = fill(20);
Object.freeze(fr2);    // frozen while fast (20 keys by keyed stores: already a dictionary)
try { fr2.brandNew = 0; } catch (e) { console.log(e.constructor.name, e.message); }
show("frozen 2", [Object.isFrozen(fr2), fr2.brandNew, fr2.k3]);
var fr3 = { a: 1, b: 2 };
Object.freeze(fr3);
try { delete fr3.a; } catch (e) { console.log(e.constructor.name, e.message); }
show("frozen 3", [fr3.a, Object.keys(fr3)]);

// ---- a prototype with many methods (a dictionary), and a class built the same way ----
function Thing(v) { this.v = v; }
for (i = 0; i < 150; i++) {
  Thing.prototype["m" + i] = (function (j) { return function () { return this.v + j; }; })(i);
}
var things = [];
for (i = 0; i < 5; i++) things.push(new Thing(i));
function callMethods(list, name) {
  var s = 0;
  for (var r = 0; r < 300; r++) {
    for (var t = 0; t < list.length; t++) s += list[t][name]() + list[t].m149();
  }
  return s;
}
show("proto methods", callMethods(things, "m7"));
delete Thing.prototype.m3;                          // the dictionary prototype loses a method...
show("deleted method", [typeof things[0].m3, "m3" in things[0]]);
Thing.prototype.m149 = function () { return -1000; }; // ...and one changes: caches must see both
show("changed method", callMethods(things, "m7"));
Thing.prototype.late = function () { return "late " + this.v; };
show("added method", things[4].late());
Object.prototype.everywhere = 1;
show("chain above", [things[1].everywhere, d.everywhere]);
delete Object.prototype.everywhere;
show("chain above gone", [things[1].everywhere, d.everywhere]);

class Many {
  constructor(x) { this.x = x; }
  get double() { return this.x * 2; }
}
for (i = 0; i < 140; i++) Many.prototype["f" + i] = function () { return this.x; };
var mm = new Many(21);
show("class", [mm.double, mm.f0(), mm.f139(), mm instanceof Many, Object.keys(Many.prototype).length]);

// a dictionary object as a prototype, and prototypes changed
var base = fill(30);
delete base.k0;
var child = Object.create(base);
child.own = 1;
show("create", [child.k1, child.k0, "k2" in child, Object.keys(child)]);
var forinChild = 0;
for (k in child) forinChild++;
show("forin child", forinChild);
base.k1 = "changed";
show("proto store", child.k1);
Object.setPrototypeOf(d, { inherited: "yes" });
show("setPrototypeOf", [d.inherited, d.k1, Object.getPrototypeOf(d).inherited]);
Object.setPrototypeOf(d, null);
show("null proto", [d.inherited, d.k1, typeof d.toString]);

// ---- functions with many properties ----
function ns() { return "called"; }
for (i = 0; i < 60; i++) ns["c" + i] = i;
delete ns.c0;
function Ctor() { this.made = true; }
for (i = 0; i < 40; i++) Ctor["s" + i] = i;
delete Ctor.s1;
function makeMany() {
  var r = 0;
  for (var q = 0; q < 200; q++) { var c = new Ctor(); if (c.made && c instanceof Ctor) r++; }
  return r;
}
show("functions", [ns(), ns.c59, ns.name, ns.length, Object.keys(ns).length, makeMany(), Ctor.s2]);

// ---- hot sites that see fast objects, then dictionary objects ----
function getA(o) { return o.a; }
function setA(o, v) { o.a = v; }
function readKey(o, key) { return o[key]; }
function writeKey(o, key, v) { o[key] = v; }
var total = 0;
for (i = 0; i < 3000; i++) {
  var f = { a: i, b: 1 };
  setA(f, getA(f) + 1);
  writeKey(f, "b", readKey(f, "a"));
  total += f.b;
}
var dict = { a: 1, b: 2, c: 3 };
delete dict.b;
for (i = 0; i < 3000; i++) {
  setA(dict, getA(dict) + 1);
  writeKey(dict, "k" + (i % 50), i);
  total += readKey(dict, "k" + (i % 7));
}
show("hot", [total, dict.a, Object.keys(dict).length]);

// an object becoming a dictionary while a hot loop (optimized, or OSR'd) keeps using it
function churn(o, n) {
  var s = 0;
  for (var r = 0; r < n; r++) {
    s += (o.x || 0) + o.y;
    o.x = r;
    if (r === n - 50) delete o.x;       // not the last property: o becomes a dictionary
    if (r === n - 40) o.x = 1000;       // re-added: the end of the order
    if (r === n - 30) o["z" + r] = r;
  }
  return s;
}
var c1 = { x: 1, y: 2, w: 3 };
show("churn", [churn(c1, 2000), Object.keys(c1), c1.x]);
var c2 = { x: 1, y: 2, w: 3 };
show("churn again", [churn(c2, 3000), Object.keys(c2)]);

// the tier sees one site with both kinds of receiver at once
function sumX(list) {
  var s = 0;
  for (var r = 0; r < list.length; r++) s += list[r].x;
  return s;
}
var mixed = [];
for (i = 0; i < 20; i++) {
  var m = { x: i, y: 0 };
  if (i % 4 === 0) { delete m.x; m.x = i; }     // last-property delete: still fast
  if (i % 5 === 0) { delete m.y; }              // the y in front of nothing: still fast
  if (i % 3 === 0) { var tmp = { x: i, y: i, z: 0 }; delete tmp.x; tmp.x = i; m = tmp; }
  mixed.push(m);
}
var sx = 0;
for (i = 0; i < 500; i++) sx += sumX(mixed);
show("mixed", sx);

// a big dictionary, many times
function big(n) {
  var o = {};
  for (var j = 0; j < n; j++) o["key" + j] = j;
  for (j = 0; j < n; j += 2) delete o["key" + j];
  for (j = 0; j < n; j += 4) o["key" + j] = -j;
  var s = 0, c = 0;
  for (var key in o) { s += o[key]; c++; }
  return [c, s, Object.keys(o)[0], Object.keys(o)[c - 1], JSON.stringify(o).length];
}
show("big", big(3000));
show("big again", big(2999));
var parsed = JSON.parse(JSON.stringify(fill(100)));
delete parsed.k5;
show("json round trip", [Object.keys(parsed).length, parsed.k6, Object.keys(parsed).slice(0, 3)]);
