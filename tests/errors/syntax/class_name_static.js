var C = class static {};
