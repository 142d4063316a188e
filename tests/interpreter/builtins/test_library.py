"""The built-in library (interpreter/builtins/) against node, snippet by snippet.

Each library module has a list of short JS snippets below. All snippets of one module run in
one node process and one `bailout run --jitless` process: the generated script prints a
marker line before each snippet and catches what it throws (printing the error's name and
message), so each snippet is its own test case and a failing one does not hide the others.
The uncaught-error cases each need a process of their own; they compare the `Uncaught ...`
line bailout prints with node's error line. A few host features (process.exit, the seeded
Math.random, require) are checked on their own terms.

The same modules' larger scripts are in the corpus (tests/js/5NN_lib_*.js), which also runs
them in every tier mode.
"""
from __future__ import annotations

import functools
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not on PATH")

MARKER = "@@snippet"

STRINGS = [
    "console.log('abc'.charAt(1), 'abc'.charAt(3) === '', 'abc'.charCodeAt(-1), 'abc'.codePointAt(0))",
    "console.log('a😀'.length, 'a😀'.charCodeAt(1), 'a😀'.codePointAt(1), 'a😀'.codePointAt(2), 'a😀'.at(-1) === '\\ude00')",
    "console.log('hello'.indexOf('l', -10), 'hello'.indexOf('l', 2.9), 'hello'.lastIndexOf('l', 2.9), 'hello'.lastIndexOf('l', -5))",
    "console.log('hello'.indexOf(undefined), 'undefined'.indexOf(), 'null'.includes(null), 'a1'.includes(1))",
    "console.log('abc'.slice(-2), 'abc'.slice(1, -1), 'abc'.slice(2, 1), 'abc'.slice('1'), 'abc'.slice(true))",
    "console.log('abcdef'.substring(4, 1), 'abcdef'.substring(-1, 2), 'abcdef'.substr(-3, 2), 'abcdef'.substr(1))",
    "console.log('ǅ'.toUpperCase(), 'ǅ'.toLowerCase(), 'İ'.toLowerCase().length, 'ß'.toUpperCase(), 'ﬃ'.toUpperCase())",
    "console.log(JSON.stringify(' \\u2003x\\u3000 '.trim()), JSON.stringify('\\u200bx'.trim()), JSON.stringify('\\u180ex'.trim()))",
    "console.log('7'.padStart(4, 'ab'), 'abc'.padStart(10, '123456789'), 'x'.padEnd(1.9, '-'), 'x'.padStart(NaN, '-'))",
    "console.log('ab'.repeat('2'), 'ab'.repeat(null), ''.repeat(1000).length)",
    "try { 'a'.repeat(Infinity); } catch (e) { console.log(e.name, e.message); }",
    "try { 'a'.repeat(-0.5); console.log('ok'); } catch (e) { console.log(e.name, e.message); }",
    "try { 'abc'.repeat(2 ** 30); } catch (e) { console.log(e.name, e.message); }",
    "try { ''.padEnd(2 ** 31); } catch (e) { console.log(e.name, e.message); }",
    "console.log(JSON.stringify('a,b'.split(',', 1.5)), JSON.stringify('abc'.split('', 2)), JSON.stringify('a😀b'.split('')))",
    "console.log(JSON.stringify('one  two'.split(' ')), JSON.stringify('abc'.split('abc')), JSON.stringify('abc'.split(undefined, 0)))",
    "console.log('aaa'.replace('a', '$$'), 'abc'.replace('b', '[$`|$&|$\\']'), 'abc'.replace('b', '$0$1$<x>$'))",
    "console.log('x-x-x'.replaceAll('x', function (m, i, s) { return i + s.length; }), 'aaaa'.replaceAll('aa', 'b'))",
    "console.log('abc'.replace('b', function () { return undefined; }), 'abc'.replace('b', {}), 'abc'.replace(null, 'x'), 'null'.replace(null, 'x'))",
    "console.log('a'.concat(), 'a'.concat(undefined, {}), String.prototype.concat.call(1, 2))",
    "console.log(['b', 'a', 'B', 'A', '1', '_', ' '].sort(function (x, y) { return x.localeCompare(y); }).join('|'))",
    "console.log('cafe'.localeCompare('café'), 'a'.localeCompare('aa'), 'Z'.localeCompare('a'), ''.localeCompare(''))",
    "console.log(String.fromCharCode(0xD83D, 0xDE00) === '😀', String.fromCharCode(-1).charCodeAt(0), String.fromCharCode('65'))",
    "try { String.fromCodePoint(-1); } catch (e) { console.log(e.name, e.message); }",
    "try { String.fromCodePoint(1.5); } catch (e) { console.log(e.name, e.message); }",
    "try { String.prototype.trim.call(null); } catch (e) { console.log(e.name, e.message); }",
    "try { String.prototype.slice.call(undefined, 1); } catch (e) { console.log(e.name, e.message); }",
    "console.log(String.prototype.toUpperCase.call(true), String.prototype.slice.call(12345, 1, 3), String.prototype.indexOf.call([1, 2], ','))",
    "console.log(String([]), String([[]]), String([[], []]), String({ toString: function () { return 'custom'; } }))",
    "console.log('abc'.normalize('NFD'), 'é'.normalize('NFD').length, 'ﬁ'.normalize('NFKD'))",
    "try { 'x'.normalize('nfc'); } catch (e) { console.log(e.name, e.message); }",
    "console.log((123.456).toString(2), (0.5).toString(36), (-255).toString(16), (1e-7).toString(2).length)",
    "console.log((2 ** 60).toString(3), (-(2 ** 31)).toString(32), (0.1).toString(3), (1 / 3).toString(3))",
    "try { (10).toString(1); } catch (e) { console.log(e.name, e.message); }",
    "try { (10).toString(37); } catch (e) { console.log(e.name, e.message); }",
    "try { Number.prototype.toString.call('1'); } catch (e) { console.log(e.name, e.message); }",
    "try { Number.prototype.toFixed.call({}, 1); } catch (e) { console.log(e.name, e.message); }",
    "try { (1).toFixed(-1); } catch (e) { console.log(e.name, e.message); }",
    "try { (1).toPrecision(0); } catch (e) { console.log(e.name, e.message); }",
    "try { (1).toExponential(101); } catch (e) { console.log(e.name, e.message); }",
    "console.log(NaN.toFixed(101 - 101), Infinity.toPrecision(200), NaN.toExponential(-5))",
    "console.log((0.000001234).toPrecision(2), (123.456).toPrecision(1), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (-2.5).toFixed(0))",
    "console.log((1e21).toPrecision(22), (1e-7).toFixed(10), (123.456e-300).toExponential(3), (5e-324).toFixed(2), (-5e-324).toFixed(2))",
    "console.log((0.1).toFixed(100).slice(-10), (1.23456789e-5).toExponential(20), (2 ** 70).toFixed(0))",
    "console.log((1234567.891).toLocaleString(), (-0.0004).toLocaleString(), (0.9995).toLocaleString(), (1e-7).toLocaleString(), (2.5e20).toLocaleString())",
    "console.log(parseInt('  0x'), parseInt('0x0x1'), parseInt('-0x10'), parseInt('+0X1f'), parseInt('1'.repeat(400)))",
    "console.log(parseInt('123', 4294967298), parseInt('11', -4294967294), parseInt('z', 35), parseInt('Z', 36), parseInt('١٢٣'))",
    "console.log(parseFloat('-.e1'), parseFloat('+Infinity'), parseFloat('infinity'), parseFloat('1e-400'), parseFloat('-0.0e5'), parseFloat('\\u3000 2.5'))",
    "console.log(Number('1e+'), Number('1e-7'), Number('0b'), Number('0B11'), Number('0o8'), Number('0x1g'), Number(' \\u00a0 '), Number('+0x10'))",
    "console.log(isNaN('0x10'), isFinite('0b101'), isNaN('1e1000'), isFinite(' 12 '), Number.isNaN(), Number.isFinite(), Number.isInteger(1e300))",
    "console.log(Number.isSafeInteger(-(2 ** 53) + 1), Number.isSafeInteger('1'), Number.EPSILON > 0, Number.MIN_VALUE / 2, -Number.MAX_VALUE * 2)",
    "console.log(Boolean.prototype.toString.call(false), typeof Boolean, Boolean.name, String.name, Number.name, String.length, Number.length)",
    "try { Boolean.prototype.toString.call(1); } catch (e) { console.log(e.name, e.message); }",
    "console.log(encodeURIComponent('\\u0000\\u007f\\u0080\\u07ff\\u0800\\uffff'), decodeURIComponent('%e2%82%ac'), encodeURI('%'), decodeURI('%25'))",
    "try { decodeURIComponent('%C0%80'); } catch (e) { console.log(e.name, e.message); }",
    "try { decodeURI('%FF'); } catch (e) { console.log(e.name, e.message); }",
    "console.log(decodeURI('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23'), decodeURIComponent('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23'))",
]

ARRAYS = [
    "console.log([].concat.length, Array.prototype.push.length, [].slice.length, [].splice.length, [].indexOf.length, [].reduce.length)",
    "var a = [1, 2, 3]; a.length = 0; console.log(a, a.push(9), a)",
    "var a = []; a[2] = 1; console.log(a, a.length, Object.keys(a), a.indexOf(undefined), a.findIndex(function (x) { return x === undefined; }))",
    "var a = [1, 2, 3]; delete a[0]; console.log(a.map(function (x) { return 1; }), a.filter(function () { return true; }), a.some(function (x) { return x === undefined; }))",
    "var a = [1, 2, 3]; delete a[1]; console.log(a.slice(), a.concat(), a.reverse(), a.sort(), a.splice(0), a)",
    "var a = [1, 2, 3]; delete a[1]; var r = []; a.forEach(function (x, i) { r.push(i); }); console.log(r, a.reduce(function (s, x) { return s + x; }), a.join(), a.toString())",
    "console.log([1, 2, 3].splice(1, undefined), [1, 2, 3].splice(-1, 1), [1, 2, 3].splice(1, 1.5), [1, 2, 3].splice(0, 'x'), [1, 2, 3].splice(Infinity, 1, 'z'))",
    "var a = [1, 2, 3, 4]; console.log(a.splice(1, 2, 'a', 'b', 'c', 'd'), a, a.length)",
    "console.log([1, 2, 3].slice(-0), [1, 2, 3].slice(undefined, undefined), [1, 2, 3].slice(null, 2), [1, 2, 3].slice('1', '2'), [1, 2, 3].slice(2, -Infinity))",
    "console.log([1, 2, 3].fill(0, -1), [1, 2, 3].fill(0, 1, 1), [1, 2, 3].fill(0, -5, -2), [1, 2, 3].fill(0, Infinity), [].fill(1))",
    "console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [NaN].lastIndexOf(NaN), [undefined].includes(), [null].includes(undefined), ['1'].includes(1))",
    "console.log([1, 2, 1].lastIndexOf(1, 0), [1, 2, 1].lastIndexOf(1, -3), [1, 2, 1].lastIndexOf(1, -4), [1, 2, 1].lastIndexOf(1, undefined), [1].lastIndexOf(1, NaN))",
    "var o = {}; console.log([o, {}].indexOf(o), [o].includes({}), ['a', 'b'].indexOf('b', -1), [1, 2, 3].includes(3, 3), [1, 2, 3].includes(1, -100))",
    "console.log([3, 20, 100].sort(), [-1, -10, -2].sort(), ['a', 'B', 'c', 'A'].sort(), [undefined, 3, undefined, 1].sort(), [true, 'a', 1, null].sort())",
    "console.log([0.5, 1e-10, 1e21, -0, 0].sort(), [[1, 10], [1, 9], [1, 10, 1]].sort(), ['é', 'e', 'f', 'E'].sort(), ['😀', '\\uffff', 'z'].sort())",
    "var calls = []; [3, 1, 2].sort(function (a, b) { calls.push(typeof a); return a - b; }); console.log(calls.length > 0, calls.indexOf('undefined'))",
    "var a = [5, 1, 4]; var r = a.sort(function (x, y) { return y - x; }); console.log(r === a, a, a.toSorted(), a.toReversed(), a)",
    "console.log([1, [2, [3, [4, [5]]]]].flat(2), [1, 2].flat(-1), [[1], [2]].flat('1'), [1, 2, 3].flatMap(function (x) { return [[x]]; }))",
    "console.log([10, 20, 30].entries().next(), Array.from([10, 20].entries()), Array.from(['a', 'b'].keys()), Array.from(['a'].values()))",
    "var it = [1, 2].values(); console.log(it.next(), it.next(), it.next(), it.next())",
    "console.log(Array.from({ length: 3 }, function (_, i) { return i * i; }), Array.from({ length: '2', 0: 'a', 1: 'b' }), Array.from(''), Array.from([]))",
    "console.log(Array.from({ length: -1 }), Array.from({ length: 2.7 }).length, Array.from({}), Array.from(true), Array.of.call(null, 1))",
    "try { Array.from(undefined); } catch (e) { console.log(e.name, e.message); }",
    "try { [].reduceRight(function () {}); } catch (e) { console.log(e.name, e.message); }",
    "try { [1].map(undefined); } catch (e) { console.log(e.name, e.message); }",
    "try { [1].forEach(function () {}.prototype); } catch (e) { console.log(e.name, e.message); }",
    "try { [1].some(-0); } catch (e) { console.log(e.name, e.message); }",
    "try { [1].filter(NaN); } catch (e) { console.log(e.name, e.message); }",
    "try { [1].findLast(Infinity); } catch (e) { console.log(e.name, e.message); }",
    "try { [1].sort({}); } catch (e) { console.log(e.name, e.message); }",
    "try { [1, 2].toSorted('x'); } catch (e) { console.log(e.name, e.message); }",
    "try { Array.prototype.map.call(undefined, String); } catch (e) { console.log(e.name, e.message); }",
    "try { Array.prototype.join.call(null); } catch (e) { console.log(e.name, e.message); }",
    "try { new Array(4294967296); } catch (e) { console.log(e.name, e.message); }",
    "try { new Array(NaN); } catch (e) { console.log(e.name, e.message); }",
    "try { [].length = -1; } catch (e) { console.log(e.name, e.message); }",
    "console.log(new Array(4294967295 - 4294967295 + 2), new Array(true), new Array(null), new Array(undefined), Array(-0).length)",
    "var a = [1, 2, 3]; var s = 0; a.forEach(function (x, i, arr) { arr[i + 1] = (arr[i + 1] || 0) * 10; s += x; }); console.log(s, a)",
    "var a = [1, 2, 3]; var seen = []; a.map(function (x, i, arr) { if (i === 0) arr.length = 1; seen.push(x); }); console.log(seen)",
    "console.log([1, 2, 3].reduce(function (acc, x, i, arr) { return acc + x * i + arr.length; }, 0), ['a', 'b'].reduceRight(function (acc, x, i) { return acc + x + i; }, ''))",
    "var ctx = { k: 2 }; console.log([1, 2].map(function (x) { return x * this.k; }, ctx), [1].filter(function () { return this === ctx; }, ctx))",
    "console.log([1, 2, 3].join(null), [1, 2, 3].join({}), [[1, [2]], 3].join('|'), [undefined, null, NaN, -0, 1e21].join())",
    "var a = [1]; a.push(a); console.log(a.join(), String(a), a.toString(), [a].join())",
    "var o = { length: 3, 0: 'x', 2: 'z' }; console.log(Array.prototype.join.call(o), Array.prototype.includes.call(o, undefined), Array.prototype.indexOf.call(o, undefined))",
    "var o = { length: 2, 0: 1, 1: 2 }; Array.prototype.unshift.call(o, 0); console.log(o); Array.prototype.shift.call(o); console.log(o)",
    "var o = { length: 3, 0: 'c', 1: 'a', 2: 'b' }; Array.prototype.sort.call(o); console.log(o)",
    "var o = { length: 4, 0: 1, 1: 2, 2: 3, 3: 4 }; console.log(Array.prototype.splice.call(o, 1, 2), o)",
    "console.log(Array.prototype.slice.call('abc'), Array.prototype.at.call('abc', -1), Array.prototype.includes.call('abc', 'b'))",
    "console.log([1, 2, 3].at(-0), [1, 2, 3].at(NaN), [1, 2, 3].at(-3.5), [].at(0), [1, 2, 3].with(1.9, 'x'))",
    "try { [1, 2, 3].with(-4, 0); } catch (e) { console.log(e.name, e.message); }",
    "var f = Object.freeze([1, 2]); console.log(f.map(function (x) { return x + 1; }), f.concat([3]), f.indexOf(2), f.join('-'), f.toSorted(), f.slice())",
    "var big = []; for (var i = 0; i < 1000; i++) big.push(1000 - i); big.sort(function (a, b) { return a - b; }); console.log(big[0], big[999], big.length)",
    "var big = []; for (var i = 0; i < 300; i++) big.push(i % 10); big.sort(); console.log(big.slice(0, 3), big.slice(-3), big.lastIndexOf(0))",
    "console.log(Object.getOwnPropertyNames(Array.prototype).filter(function (k) { return k !== 'length'; }).join(), typeof Array.prototype.keys, Array.name, Array.length, [].constructor === Array)",
]

OBJECTS = [
    "console.log(Object.keys({ 1: 1, '-1': 2, '01': 3, 4294967295: 4, 4294967294: 5, a: 6, 0: 7 }))",
    "var o = { b: 1 }; o.a = 2; delete o.b; o.b = 3; console.log(Object.keys(o), Object.values(o), Object.entries(o))",
    "console.log(Object.keys([1, 2, 3].map(String)), Object.values('abc'), Object.entries('ab'), Object.keys(true), Object.values(1))",
    "function F() { this.own = 1; } F.prototype.inherited = 2; var f = new F(); console.log(Object.keys(f), f.hasOwnProperty('inherited'), 'inherited' in f)",
    "console.log(Object.assign({}, 'abc'), Object.assign({}, null, undefined, 5, true), Object.assign({ a: 1 }, { a: undefined }))",
    "var target = {}; Object.defineProperty(target, 'ro', { value: 1, enumerable: true }); console.log(Object.getOwnPropertyDescriptor(target, 'ro'))",
    "try { Object.assign(null, {}); } catch (e) { console.log(e.name, e.message); }",
    "try { Object.assign(Object.freeze({ a: 1 }), { a: 2 }); } catch (e) { console.log(e.name, e.message); }",
    "try { Object.assign(Object.freeze({}), { b: 2 }); } catch (e) { console.log(e.name, e.message); }",
    "var fz = Object.freeze({ a: 1 }); (function () { 'use strict'; try { fz.a = 2; } catch (e) { console.log(e.name, e.message); } })()",
    "var fz = Object.freeze([1]); (function () { 'use strict'; try { fz[0] = 2; } catch (e) { console.log(e.name, e.message); } })()",
    "console.log(Object.freeze([1, 2]), Object.isFrozen(Object.freeze([])), Object.isFrozen([]), Object.isFrozen('x'), Object.isFrozen(undefined))",
    "var p = { hello: function () { return 'hi'; } }; var c = Object.create(p); console.log(c, c.hello(), Object.getPrototypeOf(c) === p, c instanceof Object)",
    "var n = Object.create(null); console.log(n, typeof n, Object.keys(n), 'toString' in n, Object.getPrototypeOf(n))",
    "var n = Object.create(null); n.x = 1; n.y = { z: 2 }; console.log(n, JSON.stringify(n), Object.entries(n))",
    "try { Object.create(); } catch (e) { console.log(e.name, e.message); }",
    "try { Object.create('proto'); } catch (e) { console.log(e.name, e.message); }",
    "try { Object.getPrototypeOf(undefined); } catch (e) { console.log(e.name, e.message); }",
    "console.log(Object.getPrototypeOf(function () {}) === Function.prototype, Object.getPrototypeOf(true) === Boolean.prototype, Object.getPrototypeOf(Object.create(null)))",
    "var o = {}; Object.defineProperty(o, 'x', { get: function () { return 1; } }); console.log(o, o.x, Object.keys(o), JSON.stringify(o), Object.getOwnPropertyDescriptor(o, 'x'))",
    "var o = { v: 1 }; Object.defineProperty(o, 'v', { enumerable: false }); console.log(o, o.v, Object.keys(o), Object.getOwnPropertyNames(o))",
    "var o = {}; Object.defineProperty(o, 'a', { set: function (v) { this.b = v; } }); o.a = 5; console.log(o, o.a, Object.getOwnPropertyDescriptor(o, 'a'))",
    "var o = {}; Object.defineProperty(o, 'g', { get: function () { return 1; }, configurable: true }); Object.defineProperty(o, 'g', { set: function () {} }); console.log(Object.getOwnPropertyDescriptor(o, 'g'))",
    "var o = {}; Object.defineProperty(o, 'n', { value: 1, writable: true }); Object.defineProperty(o, 'n', { enumerable: true }); console.log(o, Object.getOwnPropertyDescriptor(o, 'n'))",
    "var f = function () {}; Object.defineProperty(f, 'extra', { value: 1, enumerable: true }); console.log(f.extra, Object.keys(f))",
    "var a = [1, 2]; Object.defineProperty(a, 'length', { value: 1 }); Object.defineProperty(a, 5, { value: 'x', enumerable: true, writable: true, configurable: true }); console.log(a, a.length)",
    "try { Object.defineProperty({}, 'a', { get: function () {}, writable: true }); } catch (e) { console.log(e.name, e.message); }",
    "try { Object.defineProperty(Object.freeze({}), 'a', { value: 1 }); } catch (e) { console.log(e.name, e.message); }",
    "try { Object.defineProperties({}, { a: 1 }); } catch (e) { console.log(e.name, e.message); }",
    "console.log(Object.getOwnPropertyNames(function f(a, b) {}), Object.getOwnPropertyNames(Object.create(null)), Object.getOwnPropertyNames(5))",
    "console.log(Object.getOwnPropertyDescriptor(function f(a, b) {}, 'length'), Object.getOwnPropertyDescriptor(function g() {}, 'name'))",
    "console.log(Object.getOwnPropertyDescriptor(Math, 'PI'), Object.getOwnPropertyDescriptor(Object.freeze({ q: 1 }), 'q'))",
    "console.log(Object.is(NaN, 0 / 0), Object.is(-0, 0), Object.is(null, undefined), Object.is('1', 1), Object.is(Object, Object))",
    "console.log(Object.fromEntries([]), Object.fromEntries([['1', 'a'], [2, 'b']]), Object.fromEntries(new Map([[{}, 1]])))",
    "try { Object.fromEntries([1]); } catch (e) { console.log(e.name, e.message); }",
    "try { Object.fromEntries(null); } catch (e) { console.log(e.name, e.message); }",
    "console.log({}.hasOwnProperty.call([], 'length'), Object.prototype.hasOwnProperty.call('abc', 'length'), Object.prototype.hasOwnProperty.call(function () {}, 'prototype'))",
    "try { Object.prototype.hasOwnProperty.call(null, 'x'); } catch (e) { console.log(e.name, e.message); }",
    "console.log(Object.prototype.toString.call(Object.create(null)), Object.prototype.toString.call(new Map().entries()), Object.prototype.toString.call([].values()))",
    "console.log(Object.prototype.toString.call(5.5), Object.prototype.toString.call(Object), Object.prototype.toLocaleString.call([1, 2]))",
    "var o = { a: 1 }; console.log(Object(o) === o, typeof Object({}), Object([1]).length, new Object(null), Object(undefined))",
    "function add(a, b) { return a + b + (this && this.c || 0); } console.log(add.call({ c: 1 }, 1, 2), add.apply(null, [3, 4]), add.call(), add.apply({ c: 10 }, []))",
    "function f() { 'use strict'; return this; } console.log(f.call(5), f.apply('s'), f.call(), f.apply(null))",
    "function f(a, b, c) { return [this.t, a, b, c]; } var g = f.bind({ t: 'T' }, 1); var h = g.bind({ t: 'ignored' }, 2); console.log(g(9, 8), h(3), h.name, h.length)",
    "var b = Math.max.bind(null, 5); console.log(b(1, 10), b(), b.name, b.length, typeof b.prototype)",
    "function Pt(x, y) { this.x = x; this.y = y; } var B = Pt.bind(null, 7); var p = new B(8); console.log(p, p instanceof Pt, B.name)",
    "try { Function.prototype.bind.call(5); } catch (e) { console.log(e.name, e.message); }",
    "try { (function () {}).apply(null, 'abc'); } catch (e) { console.log(e.name, e.message); }",
    "console.log((function named() {}).toString === Function.prototype.toString, Function.prototype.call.length, Function.prototype.apply.length, Function.prototype.bind.length)",
    "console.log(JSON.stringify({ date: 1, fn: function () {}, arr: [function () {}, undefined, NaN], nested: { u: undefined } }))",
    "console.log(new Function('a', 'b', 'return a + b')(1, 2), Function('return 7')(), new Function('a, b', 'return a * b').length, Function.name, Function.length)",
    "try { new Function('return ('); } catch (e) { console.log(e.name); }",
    "console.log(Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn([], 'length'), Object.getOwnPropertyDescriptors(Object.defineProperty({ a: 1 }, 'b', { get: function () { return 2; } })))",
    "console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3), String.raw({ raw: 'abc' }, '-', '+'), String.raw({ raw: [] }))",
    "console.log(JSON.stringify('\\u0000\\u001f\\u007f\\u00ff\\ud800\\udc00\\udc00\\ud800'), JSON.stringify({ '\\ud800': '\\ud800x' }))",
    "console.log(JSON.stringify([1, 2], null, '\\t'), JSON.stringify({ a: { b: 1 } }, null, ' '), JSON.stringify([], null, 100))",
    "console.log(JSON.stringify({ a: 1, b: 2, c: 3 }, ['c', 'a', 1, {}]), JSON.stringify([{ a: 1, b: 2 }], ['b']), JSON.stringify({ a: 1 }, 'not a replacer'))",
    "console.log(JSON.stringify({ a: [1, { b: 2 }] }, function (k, v) { return Array.isArray(v) ? v.length : v; }), JSON.stringify([1, 2], function (k, v) { return k === '0' ? undefined : v; }))",
    "var h = []; JSON.stringify({ a: 1, b: [2] }, function (k, v) { h.push(typeof this + ':' + k); return v; }); console.log(h.join(' '))",
    "console.log(JSON.stringify({ toJSON: function () { return undefined; } }), JSON.stringify({ a: { toJSON: function () { return [1]; } } }), JSON.stringify({ toJSON: 5 }))",
    "console.log(JSON.stringify(new Map([['k', 'v']])), JSON.stringify({ s: new Set([1]), m: new Map(), i: [1].keys() }), JSON.stringify(Math), JSON.stringify(JSON))",
    "var o = {}; o.a = { b: o }; try { JSON.stringify(o); } catch (e) { console.log(e.name, e.message); }",
    "var arr = [{}]; arr[0].x = [arr]; try { JSON.stringify({ root: arr }); } catch (e) { console.log(e.name, e.message); }",
    "var o = { k: {} }; o.k[''] = o; try { JSON.stringify(o); } catch (e) { console.log(e.message); }",
    "var deep = {}; var cur = deep; for (var i = 0; i < 8; i++) { cur.next = {}; cur = cur.next; } cur.back = deep.next.next; try { JSON.stringify(deep); } catch (e) { console.log(e.message); }",
    "var o = { a: [1] }; console.log(JSON.stringify(o, null, 2) === JSON.stringify(o, null, '  '), JSON.stringify(o, null, new Array(3).join(' ')))",
    "console.log(JSON.parse('[1, \"2\", {\"3\": [true, false, null]}]'), JSON.parse('\"\\\\u00e9\\\\u20ac\"'), JSON.parse(' \\t\\n 42 \\r'))",
    "console.log(JSON.parse('{\"a\": 1, \"a\": 2}'), JSON.parse('{\"2\": 2, \"1\": 1, \"b\": 0}'), JSON.parse('{\"__proto__\": {\"x\": 1}}').x, JSON.parse('-1e-7'))",
    "try { JSON.parse('[\"a\\tb\"]'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('{\"a\":1}}'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('[1,,2]'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('{,}'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('\"\\\\uZZZZ\"'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('falsey'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('fals'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('[00]'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('0x10'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('[1e+]'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('\"abc\" \"def\"'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('{\"x\": 1, \"y\": [1, 2, {\"z\": ]}'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('/* comment */ 1'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('[\"😀😀😀\", x]'); } catch (e) { console.log(e.name, e.message); }",
    "try { JSON.parse('\\u2028 1'); } catch (e) { console.log(e.name, e.message); }",
    "console.log(JSON.parse('{\"a\":{\"b\":[1,2]}}', function (k, v) { return Array.isArray(v) ? v.join('+') : v; }), JSON.parse('[[1]]', function (k, v) { return this === undefined ? 'u' : v; }))",
    "var r = JSON.parse('{\"keep\":1,\"drop\":2}', function (k, v) { if (k === 'drop') return; return v; }); console.log(r, Object.keys(r))",
    "console.log(typeof JSON, JSON.parse.length, JSON.stringify.length, JSON.parse.name, Object.keys(JSON))",
]

MATH = [
    "console.log(Math.sin(1e300), Math.cos(1e22), Math.tan(2 ** 60), Math.sin(-1e308), Math.cos(3 * Math.PI / 2))",
    "console.log(Math.sin(Math.PI), Math.cos(Math.PI / 2), Math.tan(Math.PI / 4), Math.sin(1e-300), Math.cos(-0))",
    "console.log(Math.exp(709.7), Math.exp(709.79), Math.exp(-745.1), Math.exp(-746), Math.exp(1e-17), Math.exp(0.3465735902799726))",
    "console.log(Math.log(Number.MIN_VALUE), Math.log(Number.MAX_VALUE), Math.log(1 + 1e-15), Math.log(0.9999999999999999), Math.log(-0))",
    "console.log(Math.log10(1e-300), Math.log10(5e-324), Math.log10(2), Math.log10(1e23), Math.log2(5e-324), Math.log2(2 ** 1023), Math.log2(3))",
    "console.log(Math.log1p(-1), Math.log1p(-2), Math.log1p(1e-300), Math.log1p(Number.MAX_VALUE), Math.expm1(-40), Math.expm1(709), Math.expm1(1e-300))",
    "console.log(Math.atan(1e300), Math.atan(-1e-300), Math.atan(0.44), Math.atan(2.4), Math.atan(1.2), Math.asin(0.98), Math.asin(-0.3), Math.acos(-0.7))",
    "console.log(Math.atan2(1, -1e-300), Math.atan2(-1e300, 1e-300), Math.atan2(1e-300, -1e300), Math.atan2(-0, -1), Math.atan2(Infinity, -Infinity))",
    "console.log(Math.sinh(710), Math.sinh(-711), Math.sinh(0.5), Math.cosh(710.4), Math.cosh(-710.5), Math.tanh(-30), Math.tanh(0.3), Math.tanh(-0))",
    "console.log(Math.asinh(-1e300), Math.asinh(3), Math.acosh(1e300), Math.acosh(1.5), Math.atanh(-0.9), Math.atanh(1e-20), Math.atanh(0.5000000001))",
    "console.log(Math.cbrt(1e-310), Math.cbrt(-27.000001), Math.cbrt(Number.MAX_VALUE), Math.cbrt(3), Math.cbrt(0.001))",
    "console.log(Math.pow(2, -1075), Math.pow(-2, 1023), Math.pow(-2, 1024), Math.pow(0.5, -1074), Math.pow(1 + 1e-15, 1e15), Math.pow(-1, 1e20))",
    "console.log(Math.pow(-0, 0.5), Math.pow(-Infinity, 0.5), Math.pow(-Infinity, -3), Math.pow(-Infinity, 3), Math.pow(0, -Infinity), Math.pow(2, 2 ** 31 + 0.5))",
    "console.log(Math.pow(1.0000001, 2 ** 40), Math.pow(0.9999999, -(2 ** 40)), Math.pow(10, 308.25), Math.pow(10, -323.5), Math.pow(7, 1 / 3))",
    "console.log(2 ** 0.5 === Math.pow(2, 0.5), Math.pow(3, 4), Math.pow(3.5, 2), Math.pow(-3, 0.5), Math.pow(NaN, -0), Math.pow(undefined, 0))",
    "console.log(Math.hypot(1, 1, 1, 1), Math.hypot(1e-200, 1e-200), Math.hypot(-0, -0), Math.hypot(NaN, 1), Math.hypot('3', [4]), Math.hypot(0.1, 0.2, 0.3))",
    "console.log(Math.max(NaN, Infinity), Math.min(-Infinity, NaN), Math.max.apply(null, []), Math.min(-0, 0, -0), Math.max(-0, -0))",
    "var order = []; Math.max({ valueOf: function () { order.push('a'); return NaN; } }, { valueOf: function () { order.push('b'); return 1; } }); console.log(order)",
    "console.log(Math.round(0.5), Math.round(1.5), Math.round(-1.5), Math.round(2 ** 53), Math.round(-0.0000001), Math.round('2.5'), Math.round(null))",
    "console.log(Math.floor(-0.5), Math.ceil(0.2), Math.ceil(-0.2), Math.trunc(2 ** 60 + 0.5), Math.floor(-1e-300), Math.sign(-1e-300), Math.abs(-Infinity))",
    "console.log(Math.fround(1.1), Math.fround(3.4028235677973366e38), Math.fround(3.4028235677973367e38), Math.fround(-1e-46), Math.fround(1.401298464324817e-45))",
    "console.log(Math.imul(-1, 8), Math.imul(0x7fffffff, 0x7fffffff), Math.imul(1.9, 2.9), Math.imul(NaN, 1), Math.clz32(2 ** 32), Math.clz32(-0.5), Math.clz32(1 << 31))",
    "console.log(Math.sqrt(-0), Math.sqrt(-1e-300), Math.sqrt(5e-324), Math.sqrt(2 ** 1023), Math.sqrt(Infinity))",
    "console.log(typeof Math, Object.prototype.toString.call(Math), Object.keys(Math), Math.abs.name, Math.atan2.length, Math.hypot.length)",
    "var xs = []; for (var i = -5; i <= 5; i++) xs.push(Math.sin(i * 0.7) + Math.cos(i * 1.3) * Math.exp(i / 4)); console.log(xs.join(' '))",
    "var xs = []; for (var i = 1; i <= 12; i++) xs.push(Math.pow(1.1, i * 7.3) + Math.log(i * 3.3) + Math.atan2(i, 5 - i)); console.log(xs.join(' '))",
]

COLLECTIONS = [
    "var m = new Map([[1, 'a']]); m.set(1.0, 'b'); m.set('1', 'c'); m.set(true, 'd'); console.log(m.size, m, m.get(1), m.get(true))",
    "var m = new Map(); m.set(-0, 'z'); console.log(m.has(0), m.has(-0), Object.is(m.keys().next().value, -0), m)",
    "var s = new Set([-0]); console.log(Object.is(Array.from(s)[0], -0), s.has(0), Array.from(s.entries()), Object.is(s.values().next().value, -0))",
    "var s = new Set([NaN, 0 / 0, Number('x')]); console.log(s.size, s, s.has(NaN), s.delete(NaN), s.size)",
    "var k = {}; var m = new Map([[k, 1], [{}, 2]]); console.log(m.get(k), m.get({}), m.size, m.has(k), m.delete({}), m.delete(k), m.size)",
    "var m = new Map([['a', 1]]); console.log(m.set('b', 2) === m, m.delete('a'), m.delete('a'), m.clear(), m.size, m.get('b'))",
    "var s = new Set(); console.log(s.add(1).add(2).add(1).size, s.has(1), s.has('1'), s.clear(), s.size)",
    "var m = new Map([[3, 'c'], [1, 'a'], [2, 'b']]); m.delete(1); m.set(1, 'A'); console.log(Array.from(m.keys()), Array.from(m.values()))",
    "var m = new Map([['x', 1]]); m.set('x', 2); console.log(Array.from(m), m.size)",
    "var s = new Set([1, 2, 3]); var out = []; s.forEach(function (v, k, set) { out.push(v === k, set === s); }); console.log(out)",
    "var m = new Map([[1, 2]]); var t; m.forEach(function () { 'use strict'; t = this; }, 'ctx'); console.log(t)",
    "var m = new Map([[1, 1], [2, 2]]); var it = m.keys(); m.delete(1); console.log(it.next(), it.next())",
    "var m = new Map([[1, 1]]); var it = m.values(); console.log(it.next()); m.set(2, 2); console.log(it.next(), it.next(), it.next())",
    "var m = new Map([[1, 1]]); var it = m.entries(); it.next(); it.next(); m.set(2, 2); console.log(it.next())",
    "var s = new Set([1, 2, 3]); var it = s.values(); it.next(); s.clear(); s.add(9); console.log(it.next(), it.next())",
    "var s = new Set(); for (var i = 0; i < 50; i++) s.add(i); var it = s.values(); for (var j = 0; j < 45; j++) s.delete(j); console.log(it.next(), Array.from(it))",
    "var s = new Set([1, 2, 3]); var out = []; s.forEach(function (v) { out.push(v); if (v < 6) s.add(v + 3); }); console.log(out)",
    "var m = new Map(); var obj = { a: 1 }; m.set(obj, obj); obj.a = 2; console.log(m.get(obj).a, m)",
    "console.log(new Map([['k', new Map([['inner', new Set([1])]])]]), [new Map(), new Set()], { m: new Map([[1, { deep: { deeper: 1 } }]]) })",
    "var m = new Map(); for (var i = 0; i < 26; i++) m.set(String.fromCharCode(97 + i), i); console.log(m)",
    "var s = new Set(); for (var i = 0; i < 8; i++) s.add('item number ' + i); console.log(s)",
    "var m = new Map([[1, 2]]); var it = m.entries(); console.log(it, [it], { it: it }); it.next(); console.log(it)",
    "console.log(new Set('mississippi'), new Set([[1, 2], [1, 2]]).size, new Map([[[1], [2]]]))",
    "function Tag() {} var s = new Set([new Tag(), Object.create(null), function f() {}, [1, [2]]]); console.log(s)",
    "var m = new Map(); m.set('a', 1); m.note = 'x'; Object.defineProperty(m, 'hidden', { value: 1 }); console.log(m, Object.keys(m), JSON.stringify(m))",
    "var entries = [['a', 1]]; var m = new Map(entries); entries[0][1] = 99; console.log(m.get('a'), Array.from(m)[0] === entries[0])",
    "var m = new Map([[1, 'a'], [2, 'b']]); console.log(Array.from(m, function (e) { return e[0] + e[1]; }), Array.from(m.keys(), function (k) { return k * 10; }))",
    "var s = new Set([3, 1, 2]); console.log(Array.from(s).sort(), Array.from(s.keys()), Array.from(s.entries()))",
    "try { new Map([[1, 2], 3]); } catch (e) { console.log(e.name, e.message); }",
    "try { new Map(['ab']); } catch (e) { console.log(e.name, e.message); }",
    "try { new Set(true); } catch (e) { console.log(e.name, e.message); }",
    "try { new Map(function () {}); } catch (e) { console.log(e.name); }",
    "try { Set.prototype.has.call(new Map(), 1); } catch (e) { console.log(e.name, e.message); }",
    "try { Map.prototype.forEach.call(new Map(), null); } catch (e) { console.log(e.name, e.message); }",
    "try { new Set([1]).forEach({}); } catch (e) { console.log(e.name, e.message); }",
    "try { new Set([1]).forEach(true); } catch (e) { console.log(e.name, e.message); }",
    "try { Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(new Set()); } catch (e) { console.log(e.name, e.message); }",
    "try { new Map().keys().next.call({}); } catch (e) { console.log(e.name, e.message); }",
    "try { new Map([[1, 2]]).forEach(function () { throw new Error('inside'); }); } catch (e) { console.log(e.name, e.message); }",
    "console.log(Object.getOwnPropertyNames(Map.prototype).sort(), Object.getOwnPropertyNames(Set.prototype).sort())",
    "console.log(Map.prototype.keys.name, Map.prototype.set.length, Set.prototype.add.length, Map.prototype.forEach.length, new Map().keys().next.name)",
    "var m = new Map(); for (var i = 0; i < 5000; i++) m.set(i % 97, i); var t = 0; m.forEach(function (v) { t += v; }); console.log(m.size, t)",
    "var s = new Set(); for (var i = 0; i < 3000; i++) { s.add('k' + i); if (i % 3) s.delete('k' + (i - 1)); } console.log(s.size, Array.from(s).slice(0, 4))",
]

HOST = [
    "console.log(typeof process.exit, typeof process.hrtime.bigint, typeof process.stdout.write, typeof process.env)",
    "console.log('%d|%i|%f|%s', '42.9px', '-7.8', '3.5e2', undefined)",
    "console.log('%s', { a: { b: { c: 1 } } }, '%s', [1, [2]])",
    "console.log('%%s %s %%', 'x'); console.log('%', '%%'); console.log('100%');",
    "console.log('%o', 'str'); console.log('%O', 'str'); console.log('%j', 'str'); console.log('%d', {});",
    "console.log(undefined, null, -0, [-0], { z: -0 }, 'tab\\there')",
    "console.dir(new Map([[1, { a: { b: { c: {} } } }]])); console.dir(5); console.dir();",
    "var t = Date.now(); console.log(typeof t, t % 1 === 0, Date.now() - t >= 0, typeof Date.now.name)",
    "var a = performance.now(); var b = performance.now(); console.log(b >= a, a >= 0, typeof performance.now())",
    "var h = process.hrtime(); var d = process.hrtime(h); console.log(h.length, d.length, d[0], d[1] >= 0, d[1] < 1e9)",
    "try { process.hrtime('x'); } catch (e) { console.log(e.name, e.message); }",
    "try { process.hrtime({}); } catch (e) { console.log(e.name, e.message); }",
    "console.log(process.argv.length >= 1, typeof process.argv[0], process.argv.slice(2), typeof process.platform)",
    "try { require('./missing-module'); } catch (e) { console.log(e.name, e.message.split('\\n')[0]); }",
    "try { require('../missing/deeper.js'); } catch (e) { console.log(e.name, e.message.split('\\n')[0]); }",
    "try { require(''); } catch (e) { console.log(e.name, e.message); }",
    "try { require(null); } catch (e) { console.log(e.name, e.message); }",
    "try { require(['./x']); } catch (e) { console.log(e.name, e.message); }",
    "console.log(typeof module.exports, typeof exports, module.exports === exports, typeof module.id, module.loaded)",
    "process.stdout.write('no newline'); process.stdout.write(' then ' + 1 + '\\n'); process.stdout.write(String([1, 2]) + '\\n')",
]

MODULES = {"strings": STRINGS, "arrays": ARRAYS, "objects": OBJECTS, "math": MATH,
            "collections": COLLECTIONS, "host": HOST}

CASES = [(module, i) for module, snippets in MODULES.items() for i in range(len(snippets))]


def batch_script(snippets: list[str]) -> str:
    parts = []
    for i, code in enumerate(snippets):
        parts.append(f"console.log('{MARKER} {i}');\n"
                     f"try {{ {code}\n}} catch (e) {{ console.log('threw', e.name + ': ' + e.message); }}\n")
    return "".join(parts)


def split_output(text: str) -> dict[int, str]:
    chunks: dict[int, list[str]] = {}
    current = None
    for line in text.splitlines(keepends=True):
        m = re.fullmatch(rf"{MARKER} (\d+)\n?", line)
        if m:
            current = int(m.group(1))
            chunks[current] = []
        elif current is not None:
            chunks[current].append(line)
    return {i: "".join(lines) for i, lines in chunks.items()}


def run(argv: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=300)


def bailout(script: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", "run", "--jitless", str(script)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=300) if cwd is None else \
        subprocess.run([sys.executable, str(ROOT / "cli.py"), "run", "--jitless", str(script)], cwd=cwd,
                       capture_output=True, text=True, encoding="utf-8", timeout=300)


@functools.lru_cache(maxsize=None)
def module_results(module: str, tmp: str) -> tuple[dict[int, str], dict[int, str], str]:
    """(node's output per snippet, bailout's, bailout's stderr) for one module's batch."""
    script = Path(tmp) / f"library_{module}.js"
    script.write_text(batch_script(MODULES[module]), encoding="utf-8")
    expected = run([NODE, script.name], script.parent)
    actual = bailout(script)
    return split_output(expected.stdout), split_output(actual.stdout), actual.stderr


@pytest.fixture(scope="module")
def batch_dir(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("library"))


@needs_node
@pytest.mark.parametrize("module,index", CASES, ids=[f"{m}-{i}" for m, i in CASES])
def test_snippet_matches_node(module, index, batch_dir):
    expected, actual, stderr = module_results(module, batch_dir)
    assert index in expected, f"node did not reach snippet {index}"
    assert actual.get(index) == expected[index], (MODULES[module][index], stderr[-2000:])


# ---- uncaught errors: the `Uncaught XxxError: ...` line -----------------------------------------

UNCAUGHT = [
    "[1, 2].map({});",
    "[].reduce(function (a, b) { return a; });",
    "new Set(5);",
    "JSON.parse('[1, 2');",
    "JSON.parse('{\"a\": tru}');",
    "(12.5).toString(0);",
    "'abc'.repeat(-1);",
    "Object.defineProperty({}, 'x', { get: 42 });",
    "new Map().get.call([], 1);",
    "String.prototype.padStart.call(undefined, 3);",
    "var o = {}; o.o = o; JSON.stringify(o);",
]


def error_line(stderr: str) -> str | None:
    for line in stderr.splitlines():
        if re.match(r"^(Uncaught )?[A-Z][A-Za-z]*Error: ", line):
            return line if line.startswith("Uncaught ") else "Uncaught " + line
    return None


@needs_node
@pytest.mark.parametrize("code", UNCAUGHT)
def test_uncaught_error_line_matches_node(code, tmp_path):
    script = tmp_path / "uncaught.js"
    script.write_text("console.log('before');\n" + code + "\nconsole.log('after');\n", encoding="utf-8")
    expected = run([NODE, script.name], tmp_path)
    actual = bailout(script)
    assert actual.stdout == expected.stdout == "before\n"
    assert actual.returncode == 1
    assert error_line(actual.stderr) == error_line(expected.stderr)


# ---- console.error / console.warn go to stderr --------------------------------------------------

@needs_node
def test_console_error_and_warn_write_stderr(tmp_path):
    script = tmp_path / "stderr.js"
    script.write_text("console.log('out 1'); console.error('err', [1, { a: 2 }], 3);\n"
                      "console.warn('%s!', 'warned'); console.info('info is stdout');\n"
                      "console.assert(1 === 2, 'not equal', 5); console.assert(false);\n"
                      "process.stderr.write('raw\\n');\n", encoding="utf-8")
    expected = run([NODE, script.name], tmp_path)
    actual = bailout(script)
    assert (actual.stdout, actual.stderr, actual.returncode) == (expected.stdout, expected.stderr, 0)


# ---- require ------------------------------------------------------------------------------------

MODULE_FILES = {
    "main.js": """
var a = require('./lib/a');
console.log(a.name, a.double(21), require('./lib/a.js') === a, require('./lib/../lib/a') === a);
console.log(require('./data.json'), require('./data'), require('./pkg'), require('./plain'));
var c1 = require('./cycle/one');
console.log(c1);
console.log(require('./lib/a').counter(), require('./lib/a').counter());
try { require('./lib/missing'); } catch (e) { console.log(e.name, e.message.split('\\n')[0]); }
try { require('./lib/throws'); } catch (e) { console.log('caught', e.name, e.message); }
try { require('./lib/throws'); } catch (e) { console.log('again', e.message); }
var info = require('./lib/info');
console.log(info.sameThis, info.file.slice(-11), info.dir.slice(-4), info.keys, info.line);
try { require('./bad.json'); } catch (e) { console.log(e.name); }
""",
    "lib/a.js": """exports.name = 'module a';
exports.double = function (n) { return n * 2; };
var count = 0;
exports.counter = function () { return ++count; };
var sibling = require('./sibling');
exports.sibling = sibling.who;
""",
    "lib/sibling.js": "module.exports = { who: 'sibling of a' };\n",
    "lib/throws.js": "exports.partial = 1;\nthrow new TypeError('module failed');\n",
    "lib/info.js": """'use strict';
module.exports = { sameThis: this === exports, file: __filename, dir: __dirname,
  keys: Object.keys(module).join(','), line: new Error('x').stack === undefined ? 'no stack' : 'stack' };
""",
    "data.json": '{"list": [1, 2, {"deep": true}], "n": null}\n',
    "bad.json": '{"a": 1,}\n',
    "pkg/package.json": '{"name": "pkg", "main": "entry.js"}\n',
    "pkg/entry.js": "module.exports = 'package main';\n",
    "plain/index.js": "module.exports = function plainIndex() {};\n",
    "cycle/one.js": """exports.early = 'one early';
var two = require('./two');
exports.late = 'one late';
exports.fromTwo = two;
""",
    "cycle/two.js": """var one = require('./one');
module.exports = { sawEarly: one.early, sawLate: one.late };
""",
}


@needs_node
def test_require_loads_modules_like_node(tmp_path):
    for name, text in MODULE_FILES.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip("\n"), encoding="utf-8")
    expected = run([NODE, "main.js"], tmp_path)
    actual = bailout(tmp_path / "main.js", cwd=tmp_path)
    assert expected.returncode == 0, expected.stderr
    # The stack line differs only in whether Error objects carry a stack: compare the rest.
    strip = lambda s: s.replace(" stack\n", "\n").replace(" no stack\n", "\n")  # noqa: E731
    assert strip(actual.stdout) == strip(expected.stdout), actual.stderr


# ---- in-process: process.exit and the seeded Math.random ------------------------------------------

def make_isolate(seed=None):
    from interpreter.isolate import Flags, Isolate
    flags = Flags()
    flags.random_seed = seed
    out: list[str] = []
    return Isolate(flags, write=out.append), out


def test_process_exit_raises_process_exit_with_the_code():
    from interpreter.builtins.host import ProcessExit
    isolate, out = make_isolate()
    with pytest.raises(ProcessExit) as e:
        isolate.run("console.log('one'); process.exit(3); console.log('two');")
    assert e.value.code == 3
    assert "".join(out) == "one\n"
    isolate, out = make_isolate()
    with pytest.raises(ProcessExit) as e:
        isolate.run("process.exitCode = 4; process.exit();")
    assert e.value.code == 4
    isolate, out = make_isolate()
    with pytest.raises(ProcessExit) as e:
        isolate.run("function deep(n) { if (n === 0) process.exit(); return deep(n - 1); } deep(50);")
    assert e.value.code == 0


def test_process_argv_and_main_module_bindings(tmp_path):
    from interpreter.builtins.host import bind_main_module
    isolate, out = make_isolate()
    isolate.script_path = str(tmp_path / "main.js")
    isolate.argv = ["a", "b c"]
    bind_main_module(isolate)
    isolate.run("console.log(JSON.stringify(process.argv.slice(1)), __filename, __dirname, module.filename);"
                "console.log(process.argv === process.argv, typeof process.argv[0]);")
    main = str(tmp_path / "main.js")
    assert "".join(out) == (f'{json_text([main, "a", "b c"])} {main} {tmp_path} {main}\n'
                            "true string\n")


def json_text(items):
    import json
    return json.dumps(items, separators=(",", ":"), ensure_ascii=False)


def random_numbers(seed, n=5):
    isolate, out = make_isolate(seed)
    isolate.run(f"var r = []; for (var i = 0; i < {n}; i++) r.push(Math.random()); console.log(JSON.stringify(r));")
    import json
    return json.loads("".join(out))


def test_math_random_is_reproducible_with_a_seed():
    a = random_numbers(42)
    assert a == random_numbers(42)
    assert a != random_numbers(43)
    assert all(0 <= x < 1 for x in a)
    values = random_numbers(7, 2000)
    assert len(set(values)) == 2000
    assert 0.45 < sum(values) / len(values) < 0.55


def test_math_random_without_a_seed_varies():
    assert random_numbers(None) != random_numbers(None)


def test_integrity_levels_on_the_global_object_are_a_clear_error():
    # node can freeze globalThis; here its properties are global cells, which have no integrity
    # level: the built-ins say so by name instead of pretending to have done it.
    for name in ("freeze", "seal", "preventExtensions"):
        isolate, out = make_isolate()
        isolate.run(f"try {{ Object.{name}(globalThis); }} catch (e) {{ console.log(e.name + ': ' + e.message); }}"
                    f"console.log(Object.isExtensible(globalThis));")
        assert "".join(out) == f"TypeError: Object.{name} is not supported on the global object\ntrue\n"
