function f() {
  'tab\11';
  'use strict';
}
