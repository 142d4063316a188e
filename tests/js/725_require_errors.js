// require's errors are catchable: a module with a syntax error, a missing module (with
// node's code), and a module that throws while running (it runs again on the next require).
try { require("./modules/bad_syntax"); } catch (e) { console.log("syntax:", e.name, e.message, e instanceof SyntaxError); }
try { require("./modules/bad_syntax.js"); } catch (e) { console.log("again:", e.name); }
try { require("./modules/no_such_module"); } catch (e) {
  console.log("missing:", e.name, e.code, e.message.split("\n")[0], Object.keys(e));
}
console.log("after");
