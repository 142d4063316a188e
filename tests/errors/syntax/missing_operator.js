var total = 1 2;
