// Array.prototype.toLocaleString calls each element's own toLocaleString (null and undefined
// give ""), joins with ",", treats a cycle as "", and is generic like join.
console.log([1234.5, 'x', null, undefined, {toLocaleString() { return 'L'; }}, [1, [2000]]].toLocaleString());
var cyc = [1]; cyc.push(cyc); console.log(cyc.toLocaleString());
console.log(Array.prototype.toLocaleString.call({length: 2, 0: 1, 1: {toLocaleString: function () { return 'o' + this.x; }, x: 7}}));
try { [{toLocaleString: 5}].toLocaleString(); } catch (e) { console.log(e.constructor.name, e.message); }
try { [{toLocaleString: undefined}].toLocaleString(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log([].toLocaleString() === '', [, ,].toLocaleString());
