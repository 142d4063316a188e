// Counting words with an object used as a dictionary, then ranking them.
var text = ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog",
  "the", "dog", "barks", "and", "the", "fox", "runs", "quick", "quick"];
var counts = {};
var order = [];
for (var i = 0; i < text.length; i++) {
  var w = text[i];
  if (counts[w] === undefined) {
    counts[w] = 0;
    order.push(w);
  }
  counts[w]++;
}
console.log(counts);
console.log(order.length, "distinct");
var ranked = [];
for (var j = 0; j < order.length; j++) { ranked.push({ word: order[j], n: counts[order[j]] }); }
for (var a = 1; a < ranked.length; a++) {
  var item = ranked[a];
  var b = a - 1;
  while (b >= 0 && (ranked[b].n < item.n || (ranked[b].n === item.n && ranked[b].word > item.word))) {
    ranked[b + 1] = ranked[b];
    b--;
  }
  ranked[b + 1] = item;
}
for (var k = 0; k < 4; k++) { console.log(k + 1, ranked[k].word, ranked[k].n); }
var byLength = {};
for (var m = 0; m < order.length; m++) {
  var len = order[m].length;
  if (byLength[len] === undefined) { byLength[len] = []; }
  byLength[len].push(order[m]);
}
console.log(byLength[3], byLength[5], byLength[4], byLength[9]);
var longest = "";
for (var n = 0; n < order.length; n++) { if (order[n].length > longest.length) { longest = order[n]; } }
console.log("longest", longest, longest.length);
