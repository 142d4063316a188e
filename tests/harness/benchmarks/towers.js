// Towers of Hanoi with disks as linked objects on three piles.
const { Benchmark } = require('./common');

class TowersDisk {
  next = null;
  constructor(size) { this.size = size; }
}

class Towers extends Benchmark {
  static DISKS = 10;
  piles = null;
  movesDone = 0;
  benchmark() {
    this.piles = [null, null, null];
    this.buildTowerAt(0, Towers.DISKS);
    this.movesDone = 0;
    this.moveDisks(Towers.DISKS, 0, 1);
    return this.movesDone;
  }
  verifyResult(movesDone) { return movesDone === 2 ** Towers.DISKS - 1; }
  pushDisk(disk, pile) {
    const top = this.piles[pile];
    if (top !== null && disk.size >= top.size) throw new Error('Cannot put a big disk on a smaller one');
    disk.next = top;
    this.piles[pile] = disk;
  }
  popDiskFrom(pile) {
    const top = this.piles[pile];
    if (top === null) throw new Error('Attempting to remove a disk from an empty pile');
    this.piles[pile] = top.next;
    top.next = null;
    return top;
  }
  moveTopDisk(from, to) { this.pushDisk(this.popDiskFrom(from), to); this.movesDone++; }
  buildTowerAt(pile, disks) { for (let i = disks; i >= 0; i--) this.pushDisk(new TowersDisk(i), pile); }
  moveDisks(disks, from, to) {
    if (disks === 1) { this.moveTopDisk(from, to); return; }
    const other = 3 - from - to;
    this.moveDisks(disks - 1, from, other);
    this.moveTopDisk(from, to);
    this.moveDisks(disks - 1, other, to);
  }
}

module.exports = { Towers };
