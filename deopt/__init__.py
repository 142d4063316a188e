"""The deoptimizer: reads live values from an optimized machine frame through its stack map and resumes the interpreter."""
