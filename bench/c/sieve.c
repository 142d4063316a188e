/* Sieve in C: the same computation and output as bench/js/sieve.js, the physical-limit reference.
   The runner passes -DITERATIONS=<the JS file's count> so both do the same work. */
#include <stdio.h>
#include <stdlib.h>

#ifndef ITERATIONS
#define ITERATIONS 20
#endif
#define LIMIT 5000

static int sieve(int limit) {
    /* Allocated per call, as the JS builds its array per iteration. */
    char *flags = malloc(limit);
    int count = 0;
    for (int i = 0; i < limit; i++) flags[i] = 1;
    for (int p = 2; p < limit; p++) {
        if (flags[p]) {
            count++;
            for (int k = p + p; k < limit; k += p) flags[k] = 0;
        }
    }
    free(flags);
    return count;
}

int main(void) {
    int ok = 1, result = 0;
    for (int iter = 0; iter < ITERATIONS; iter++) {
        result = sieve(LIMIT);
        if (result != 669) ok = 0;
    }
    printf("sieve %d %s\n", result, ok ? "ok" : "WRONG");
    return 0;
}
