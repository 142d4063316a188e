const limit;
limit = 10;
