// A small program combining array methods: an order book summary.
var orders = [
  { id: 1, item: 'widget', qty: 3, price: 2.5 },
  { id: 2, item: 'gadget', qty: 1, price: 10 },
  { id: 3, item: 'widget', qty: 7, price: 2.5 },
  { id: 4, item: 'doohickey', qty: 2, price: 4.25 },
  { id: 5, item: 'gadget', qty: 4, price: 9.5 },
  { id: 6, item: 'sprocket', qty: 0, price: 1 }
];
var active = orders.filter((o) => o.qty > 0);
var totals = active.map((o) => ({ id: o.id, total: o.qty * o.price }));
console.log(totals);
var revenue = totals.reduce((s, t) => s + t.total, 0);
console.log('revenue', revenue.toFixed(2));
var byItem = {};
active.forEach((o) => {
  byItem[o.item] = (byItem[o.item] || 0) + o.qty;
});
console.log(byItem);
var ranking = Object.keys(byItem).sort((a, b) => byItem[b] - byItem[a] || (a < b ? -1 : 1));
console.log(ranking);
console.log(orders.some((o) => o.qty === 0), orders.every((o) => o.price > 0));
var big = orders.find((o) => o.qty * o.price > 30);
console.log(big ? big.id : 'none', orders.findIndex((o) => o.item === 'sprocket'));
var report = ranking.map((name, i) => `${i + 1}. ${name.padStart(10)} ${String(byItem[name]).padStart(3)}`).join('\n');
console.log(report);
