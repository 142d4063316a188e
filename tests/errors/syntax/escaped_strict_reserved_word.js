'use strict';
var l\u0065t = 1;
