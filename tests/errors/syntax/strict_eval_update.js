'use strict';
let n = 0;
eval++;
