// Template literals with substitutions of every kind of value.
var name = 'world';
var n = 42;
console.log(`hello ${name}`, `${n}`, `n+1=${n + 1}`, `plain`);
console.log(`${1}${2}${3}`, `${'a'}-${'b'}`, `[${''}]`);
console.log(`${null} ${undefined} ${true} ${NaN} ${-0} ${1e21} ${0.1 + 0.2}`);
console.log(`${[1, 2, 3]} ${[]} ${[[1, 2], [3]]}`);
console.log(`${{}} ${{ a: 1 }}`);
class P {
  constructor(x) {
    this.x = x;
  }
  toString() {
    return 'P(' + this.x + ')';
  }
}
console.log(`${new P(5)} and ${new P('s')}`);
console.log(`multi
line
template`);
console.log(`tab\tnewline\\n quote\` dollar\${not}`);
console.log(`$ {not a sub} $${n} {${n}}`);
var f = (x) => `<${x}>`;
console.log(`${f('call')}`, `${n > 40 ? 'big' : 'small'}`);
console.log(`${'nested ' + `inner ${n * 2}`}`);
console.log(typeof `x`, `abc`.length, `${n}`.length);
var s = '';
for (var i = 0; i < 5; i++) s += `${i}:${i * i};`;
console.log(s);
