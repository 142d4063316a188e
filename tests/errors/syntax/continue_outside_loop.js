var i = 0;
continue;
