var f = (a, a) => a;
