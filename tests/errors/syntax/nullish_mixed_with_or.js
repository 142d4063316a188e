var a = null, b = 0, c = 1;
var r = a ?? b || c;
