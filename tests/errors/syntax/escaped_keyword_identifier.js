var x = th\u0069s;
