var first = 1;
var second = first plus 2;
