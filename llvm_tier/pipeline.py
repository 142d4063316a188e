"""The LLVM IR pass pipeline every optimized compile runs, and the passes a pipeline may name.

Place in the pipeline: the lowering's IR text goes to the JIT (jit.py), which runs
these passes over it before code generation. Kept apart from jit.py, which loads
LLVM, so that the tier's options can name a pipeline before anything of LLVM is
loaded. docs/tiers.md ("The pass pipeline") has the measurement behind the choice;
`python -m bench.pipelines` repeats it.
"""
from __future__ import annotations

# LLVM's pass names -> the llvmlite method that adds the pass to a module pass manager
# (function passes are wrapped in a module adaptor by llvmlite). Only what llvmlite exposes.
PASSES = {
    "always-inline": "add_always_inliner_pass", "globaldce": "add_global_dead_code_eliminate_pass",
    "sroa": "add_sroa_pass", "mem2reg": "add_register_to_memory_pass",
    "instcombine": "add_instruction_combine_pass", "simplifycfg": "add_simplify_cfg_pass",
    "sccp": "add_sccp_pass", "newgvn": "add_new_gvn_pass", "dse": "add_dead_store_elimination_pass",
    "dce": "add_dead_code_elimination_pass", "adce": "add_aggressive_dce_pass",
    "reassociate": "add_reassociate_pass", "jump-threading": "add_jump_threading_pass",
    "memcpyopt": "add_mem_copy_opt_pass", "sink": "add_sinking_pass",
    "loop-simplify": "add_loop_simplify_pass", "loop-rotate": "add_loop_rotate_pass",
    "lcssa": "add_lcssa_pass", "loop-deletion": "add_loop_deletion_pass",
    "loop-unroll": "add_loop_unroll_pass", "loop-reduce": "add_loop_strength_reduce_pass",
    "tailcallelim": "add_tail_call_elimination_pass",
}

# Chosen for this IR: inline the lowering's always-inline boxing helpers and drop them (they
# would otherwise be code-generated in every module), promote the per-register allocas to SSA
# (SROA), fold (instcombine) and straighten the control flow the lowering emits per bytecode
# (simplifycfg), then remove redundant loads and checks (NewGVN: the same map or tag checked
# again on an object the code did not write meanwhile), fold and straighten again, and drop
# what became dead. LLVM's default -O2 pipeline (the same and much more: LICM, loop rotation
# and unrolling, vectorizers, inlining, attribute inference...) cost about 50% more compile
# time on the bench programs and made none of them measurably faster; without NewGVN the
# code generator got larger IR and saved nothing.
PIPELINE = ("always-inline", "globaldce", "sroa", "instcombine", "simplifycfg", "newgvn", "instcombine",
            "simplifycfg", "adce")
