if (true) let x = 1;
