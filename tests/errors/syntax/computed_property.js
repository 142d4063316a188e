var k = "x";
var o = {[k]: 1};
