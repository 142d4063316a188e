var rest, b;
for ({...rest, b} of [{}]) ;
