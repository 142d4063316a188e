// A stack-based RPN calculator and a two-stack queue.
function rpn(tokens) {
  var st = [];
  for (var i = 0; i < tokens.length; i++) {
    var t = tokens[i];
    if (t === "+" || t === "-" || t === "*" || t === "/") {
      var b = st.pop();
      var a = st.pop();
      if (t === "+") { st.push(a + b); }
      else if (t === "-") { st.push(a - b); }
      else if (t === "*") { st.push(a * b); }
      else { st.push(a / b); }
    } else {
      st.push(t);
    }
  }
  return st.pop();
}
console.log(rpn([3, 4, "+", 2, "*"]), rpn([5, 1, 2, "+", 4, "*", "+", 3, "-"]), rpn([1, 3, "/"]));
function Queue() {
  this.inbox = [];
  this.outbox = [];
}
function enqueue(q, v) { q.inbox.push(v); }
function dequeue(q) {
  if (q.outbox.length === 0) {
    while (q.inbox.length > 0) { q.outbox.push(q.inbox.pop()); }
  }
  return q.outbox.pop();
}
var q = new Queue();
for (var i = 0; i < 5; i++) { enqueue(q, i); }
var got = [];
got.push(dequeue(q));
got.push(dequeue(q));
enqueue(q, 100);
while (true) {
  var v = dequeue(q);
  if (v === undefined) { break; }
  got.push(v);
}
console.log(got, q);
var bfsGraph = [[1, 2], [3], [3, 4], [5], [5], []];
var dist = [0, -1, -1, -1, -1, -1];
var frontier = new Queue();
enqueue(frontier, 0);
var node = dequeue(frontier);
while (node !== undefined) {
  var edges = bfsGraph[node];
  for (var e = 0; e < edges.length; e++) {
    if (dist[edges[e]] === -1) { dist[edges[e]] = dist[node] + 1; enqueue(frontier, edges[e]); }
  }
  node = dequeue(frontier);
}
console.log("bfs distances", dist);
