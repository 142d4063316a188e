/* NBody in C: the same bodies, operations (in the same order, no fused multiply-add) and output as
   bench/js/nbody.js, the physical-limit reference. -DITERATIONS comes from the JS file. */
#include <math.h>
#include <stdio.h>

#ifndef ITERATIONS
#define ITERATIONS 5
#endif
#define STEPS 1000
#define NBODIES 5

static const double PI = 3.141592653589793;
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24

struct body { double x, y, z, vx, vy, vz, mass; };

static struct body make_body(double x, double y, double z, double vx, double vy, double vz, double mass) {
    struct body b = {x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR, mass * SOLAR_MASS};
    return b;
}

static void make_system(struct body *bodies) {
    bodies[0] = make_body(0, 0, 0, 0, 0, 0, 1);
    bodies[1] = make_body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                          1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                          9.54791938424326609e-04);
    bodies[2] = make_body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                          -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                          2.85885980666130812e-04);
    bodies[3] = make_body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                          2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                          4.36624404335156298e-05);
    bodies[4] = make_body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                          2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                          5.15138902046611451e-05);
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < NBODIES; i++) {
        px += bodies[i].vx * bodies[i].mass;
        py += bodies[i].vy * bodies[i].mass;
        pz += bodies[i].vz * bodies[i].mass;
    }
    bodies[0].vx = -px / SOLAR_MASS;
    bodies[0].vy = -py / SOLAR_MASS;
    bodies[0].vz = -pz / SOLAR_MASS;
}

static void advance(struct body *bodies, double dt) {
    for (int i = 0; i < NBODIES; i++) {
        struct body *bi = &bodies[i];
        for (int j = i + 1; j < NBODIES; j++) {
            struct body *bj = &bodies[j];
            double dx = bi->x - bj->x;
            double dy = bi->y - bj->y;
            double dz = bi->z - bj->z;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            bi->vx -= dx * bj->mass * mag;
            bi->vy -= dy * bj->mass * mag;
            bi->vz -= dz * bj->mass * mag;
            bj->vx += dx * bi->mass * mag;
            bj->vy += dy * bi->mass * mag;
            bj->vz += dz * bi->mass * mag;
        }
    }
    for (int k = 0; k < NBODIES; k++) {
        bodies[k].x += dt * bodies[k].vx;
        bodies[k].y += dt * bodies[k].vy;
        bodies[k].z += dt * bodies[k].vz;
    }
}

static double energy(const struct body *bodies) {
    double e = 0.0;
    for (int i = 0; i < NBODIES; i++) {
        const struct body *bi = &bodies[i];
        e += 0.5 * bi->mass * (bi->vx * bi->vx + bi->vy * bi->vy + bi->vz * bi->vz);
        for (int j = i + 1; j < NBODIES; j++) {
            const struct body *bj = &bodies[j];
            double dx = bi->x - bj->x;
            double dy = bi->y - bj->y;
            double dz = bi->z - bj->z;
            e -= bi->mass * bj->mass / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

/* JS's Math.round: halves round up (towards +infinity), unlike C's round(). */
static long long js_round(double x) { return (long long)floor(x + 0.5); }

int main(void) {
    int ok = 1;
    long long before = 0, after = 0;
    struct body bodies[NBODIES];
    for (int iter = 0; iter < ITERATIONS; iter++) {
        make_system(bodies);
        before = js_round(energy(bodies) * 1e9);
        for (int s = 0; s < STEPS; s++) advance(bodies, 0.01);
        after = js_round(energy(bodies) * 1e9);
        if (before != -169075164 || after != -169087605) ok = 0;
    }
    printf("nbody %lld %lld %s\n", before, after, ok ? "ok" : "WRONG");
    return 0;
}
