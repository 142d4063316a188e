var s = "a1b2";
var digits = s.replace(/[0-9]/g, "");
