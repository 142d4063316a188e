// Labelled continue skips to the next iteration of an outer loop.
var pairs = [];
outer: for (var i = 0; i < 4; i++) {
  for (var j = 0; j < 4; j++) {
    if (j > i) continue outer;
    if ((i + j) % 2) continue;
    pairs.push('' + i + j);
  }
}
console.log(pairs.join(' '));
var primes = [];
candidates: for (var n = 2; n < 60; n++) {
  for (var d = 2; d * d <= n; d++) {
    if (n % d === 0) continue candidates;
  }
  primes.push(n);
}
console.log(primes);
var words = ['apple', 'sky', 'rhythm', 'orange', 'tree'];
var withVowel = [];
nextWord: for (var w of words) {
  for (var ch of w) {
    if ('aeiou'.includes(ch)) {
      withVowel.push(w);
      continue nextWord;
    }
  }
}
console.log(withVowel);
var k = 0, log = [];
loop: while (k < 6) {
  k++;
  var m = 0;
  do {
    m++;
    if (m === 2) continue loop;
    log.push(k + '.' + m);
  } while (m < 3);
}
console.log(log.join(' '));
var total = 0;
rows: for (var r = 0; r < 60; r++) {
  for (var c = 0; c < 60; c++) {
    if (c > r) continue rows;
    total += c;
  }
}
console.log(total);
