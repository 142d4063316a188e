// break and continue crossing try/finally blocks.
var log = [];
for (var i = 0; i < 5; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    log.push('body' + i);
  } finally {
    log.push('fin' + i);
  }
}
console.log(log.join(' '));
log = [];
outer: for (var a = 0; a < 3; a++) {
  for (var b = 0; b < 3; b++) {
    try {
      if (b === 1) continue outer;
      log.push(a + '' + b);
    } finally {
      log.push('f' + a + b);
    }
  }
}
console.log(log.join(' '));
log = [];
for (var j = 0; j < 3; j++) {
  try {
    try {
      if (j === 1) break;
      log.push('in' + j);
    } finally {
      log.push('inner-fin' + j);
    }
  } finally {
    log.push('outer-fin' + j);
  }
}
console.log(log.join(' '));
// break inside finally cancels a pending throw
function breakInFinally() {
  var r = 'start';
  while (true) {
    try {
      throw new Error('cancelled');
    } finally {
      r = 'broke out';
      break;
    }
  }
  return r;
}
console.log(breakInFinally());
// continue in finally cancels a return
function continueInFinally() {
  var n = 0;
  for (var k = 0; k < 3; k++) {
    try {
      return 'returned at ' + k;
    } finally {
      n++;
      continue;
    }
  }
  return 'loop finished, n=' + n;
}
console.log(continueInFinally());
var sum = 0;
for (var m = 0; m < 3000; m++) {
  try {
    if (m % 2) continue;
    sum += m;
  } finally {
    sum += 1;
  }
}
console.log(sum);
var w = 0, seen = [];
while (w < 10) {
  try {
    w++;
    if (w % 4 === 0) continue;
    seen.push(w);
  } finally {
    if (w === 7) break;
  }
}
console.log(seen, w);
