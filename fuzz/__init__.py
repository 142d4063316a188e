"""The differential fuzzer (`bailout fuzz`): generated programs run in every tier mode and
compared with a reference (node, or the interpreter alone).

It sits outside the engine's layers: it drives the engine only through the same entry
points as `bailout run` (cli.make_isolate + cli.execute), each program in a child process.

- `jsast`: a small JS syntax tree and its deterministic printer (the reducer edits trees).
- `generator`: seeded, reproducible programs aimed at the optimizing tier.
- `worker`: the child process that runs one program in several modes.
- `runner`: runs programs in workers and in node, classifies crashes and mismatches.
- `reducer`: shrinks a failing program while the same failure persists.
- `command`: the click command `fuzz`.
"""
