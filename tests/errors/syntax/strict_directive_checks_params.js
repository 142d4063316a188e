function f(eval) {
  'use strict';
}
