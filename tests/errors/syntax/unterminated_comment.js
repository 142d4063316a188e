var x = 1;
/* this comment never ends
var y = 2;
