function g() {
  'use strict';
  var implements = 1;
}
