"""The optimizing tier: bytecode + feedback -> speculative LLVM IR, JIT-compiled; tier-up policy and runtime entries."""
