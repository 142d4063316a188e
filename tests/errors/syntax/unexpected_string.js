var s = "a" "b";
