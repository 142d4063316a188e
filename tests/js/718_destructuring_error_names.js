// Destructuring and spread errors on parameters' patterns describe the value as V8 does
// (`'object null'`, `number 5 is not iterable ...`), never a hidden temporary's name.
function f({ a }) {} try { f(null) } catch (e) { console.log(e.message) }
try { f(undefined) } catch (e) { console.log(e.message) }
function h({}) {} try { h(null) } catch (e) { console.log(e.message) }
const g = ([x]) => x; try { g(5) } catch (e) { console.log(e.message) }
try { g(null) } catch (e) { console.log(e.message) }
try { g({}) } catch (e) { console.log(e.message) }
const o = null; try { const { z } = o; } catch (e) { console.log(e.message) }
try { const [y] = o; } catch (e) { console.log(e.message) }
