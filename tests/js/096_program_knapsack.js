// Dynamic programming: 0/1 knapsack, longest common subsequence, coin change.
function knapsack(weights, values, cap) {
  var best = [];
  for (var c = 0; c <= cap; c++) { best.push(0); }
  for (var i = 0; i < weights.length; i++) {
    for (var c2 = cap; c2 >= weights[i]; c2--) {
      var cand = best[c2 - weights[i]] + values[i];
      if (cand > best[c2]) { best[c2] = cand; }
    }
  }
  return best[cap];
}
console.log(knapsack([1, 3, 4, 5], [1, 4, 5, 7], 7), knapsack([10, 20, 30], [60, 100, 120], 50));
function lcs(a, b) {
  var t = [];
  for (var i = 0; i <= a.length; i++) {
    var row = [];
    for (var j = 0; j <= b.length; j++) { row.push(0); }
    t.push(row);
  }
  for (var i2 = 1; i2 <= a.length; i2++) {
    for (var j2 = 1; j2 <= b.length; j2++) {
      if (a[i2 - 1] === b[j2 - 1]) { t[i2][j2] = t[i2 - 1][j2 - 1] + 1; }
      else { t[i2][j2] = Math.max(t[i2 - 1][j2], t[i2][j2 - 1]); }
    }
  }
  return t[a.length][b.length];
}
console.log(lcs([1, 2, 3, 4, 1], [3, 4, 1, 2, 1, 3]), lcs(["a", "b", "c"], ["x", "y"]), lcs([], [1]));
function coinWays(coins, amount) {
  var ways = [1];
  for (var a = 1; a <= amount; a++) { ways.push(0); }
  for (var k = 0; k < coins.length; k++) {
    for (var v = coins[k]; v <= amount; v++) { ways[v] += ways[v - coins[k]]; }
  }
  return ways[amount];
}
console.log(coinWays([1, 2, 5], 11), coinWays([2], 3), coinWays([1, 5, 10, 25, 50], 100));
function minCoins(coins, amount) {
  var dp = [0];
  for (var a = 1; a <= amount; a++) {
    var best = Infinity;
    for (var k = 0; k < coins.length; k++) {
      if (coins[k] <= a && dp[a - coins[k]] + 1 < best) { best = dp[a - coins[k]] + 1; }
    }
    dp.push(best);
  }
  return dp[amount];
}
console.log(minCoins([1, 5, 10, 25], 63), minCoins([2], 3), minCoins([3, 7], 17));
