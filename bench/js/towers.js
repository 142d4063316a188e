// Towers: the Towers of Hanoi with 13 disks, each pile a linked list of Disk objects.
// Self-check: 2^13 - 1 = 8191 moves, no disk ever placed on a smaller one, all disks end on the last pile in order.
var ITERATIONS = 6;
var DISKS = 13;

function Disk(size) {
  this.size = size;
  this.next = null;
}

function Towers() {
  this.piles = [null, null, null];
  this.moves = 0;
  this.illegal = 0;
}

function pushDisk(towers, disk, pile) {
  var top = towers.piles[pile];
  if (top !== null && disk.size >= top.size) towers.illegal++;
  disk.next = top;
  towers.piles[pile] = disk;
}

function popDisk(towers, pile) {
  var top = towers.piles[pile];
  towers.piles[pile] = top.next;
  top.next = null;
  return top;
}

function moveTop(towers, from, to) {
  pushDisk(towers, popDisk(towers, from), to);
  towers.moves++;
}

function moveDisks(towers, disks, from, to) {
  if (disks === 1) {
    moveTop(towers, from, to);
    return;
  }
  var other = 3 - from - to;
  moveDisks(towers, disks - 1, from, other);
  moveTop(towers, from, to);
  moveDisks(towers, disks - 1, other, to);
}

function inOrder(pile, disks) {
  var size = 0;
  var d = pile;
  while (d !== null) {
    if (d.size !== size) return false;
    size++;
    d = d.next;
  }
  return size === disks;
}

var ok = true;
var result = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  var t = new Towers();
  for (var s = DISKS - 1; s >= 0; s--) pushDisk(t, new Disk(s), 0);
  moveDisks(t, DISKS, 0, 2);
  result = t.moves;
  if (result !== 8191 || t.illegal !== 0 || !inOrder(t.piles[2], DISKS)) ok = false;
}
console.log("towers", result, ok ? "ok" : "WRONG");
