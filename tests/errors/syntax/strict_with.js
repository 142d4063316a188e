'use strict';
with (Math) {}
