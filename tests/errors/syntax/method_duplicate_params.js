var o = { m(a, a) {} };
