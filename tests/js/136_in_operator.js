var o = {a: 1};
if ("a" in o) console.log("yes");
