var sparse = [1, , 3];
