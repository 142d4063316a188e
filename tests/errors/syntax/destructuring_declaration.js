var pair = [1, 2];
let [first, second] = pair;
