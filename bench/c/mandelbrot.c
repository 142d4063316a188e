/* Mandelbrot in C: the same grid, operations (in the same order, no fused multiply-add) and output as
   bench/js/mandelbrot.js, the physical-limit reference. -DITERATIONS comes from the JS file. */
#include <stdio.h>

#ifndef ITERATIONS
#define ITERATIONS 8
#endif
#define SIZE 40
#define MAX_ITER 50

static void mandelbrot(int size, int *inside_out, int *steps_out) {
    int inside = 0, steps = 0;
    for (int y = 0; y < size; y++) {
        double ci = 2.0 * y / size - 1.0;
        for (int x = 0; x < size; x++) {
            double cr = 2.0 * x / size - 1.5;
            double zr = 0.0, zi = 0.0, zr2 = 0.0, zi2 = 0.0;
            int i = 0;
            while (i < MAX_ITER && zr2 + zi2 <= 4.0) {
                zi = 2.0 * zr * zi + ci;
                zr = zr2 - zi2 + cr;
                zr2 = zr * zr;
                zi2 = zi * zi;
                i++;
            }
            if (i == MAX_ITER) inside++;
            steps += i;
        }
    }
    *inside_out = inside;
    *steps_out = steps;
}

int main(void) {
    int ok = 1, inside = 0, steps = 0;
    for (int iter = 0; iter < ITERATIONS; iter++) {
        /* volatile: keeps the compiler from hoisting the (pure) computation out of the loop. */
        volatile int size = SIZE;
        mandelbrot(size, &inside, &steps);
        if (inside != 633 || steps != 38956) ok = 0;
    }
    printf("mandelbrot %d %d %s\n", inside, steps, ok ? "ok" : "WRONG");
    return 0;
}
