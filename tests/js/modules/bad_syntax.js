// A module with a syntax error on its second line: require throws a catchable SyntaxError.
let y = ;
