var load = async () => 1;
