// A program built around Map and Set: word index, bigram counts, graph BFS.
var text = 'the quick brown fox jumps over the lazy dog the fox barks and the dog runs';
var words = text.split(' ');
var index = new Map();
words.forEach((w, i) => {
  if (!index.has(w)) index.set(w, []);
  index.get(w).push(i);
});
console.log(index.get('the'), index.get('fox'), index.get('cat'), index.size);
var bigrams = new Map();
for (var i = 0; i + 1 < words.length; i++) {
  var key = words[i] + ' ' + words[i + 1];
  bigrams.set(key, (bigrams.get(key) || 0) + 1);
}
var repeated = [...bigrams].filter((e) => e[1] > 1);
console.log(repeated, bigrams.size);
var graph = new Map([
  ['a', ['b', 'c']],
  ['b', ['d']],
  ['c', ['d', 'e']],
  ['d', ['f']],
  ['e', ['f']],
  ['f', []],
  ['g', ['a']]
]);
function bfs(start) {
  var dist = new Map([[start, 0]]);
  var queue = [start];
  var head = 0;
  while (head < queue.length) {
    var n = queue[head++];
    for (var nb of graph.get(n)) {
      if (!dist.has(nb)) {
        dist.set(nb, dist.get(n) + 1);
        queue.push(nb);
      }
    }
  }
  return dist;
}
console.log(bfs('a'));
console.log(bfs('g').get('f'), bfs('f').size);
var letters = new Set();
for (var w of words) for (var ch of w) letters.add(ch);
console.log(letters.size, [...letters].sort().join(''));
