function f(a, b, a) {
  'use strict';
}
