"""The front end: source text -> tokens (lexer) -> AST (parser) -> scopes -> bytecode (compiler).

Nothing here runs JavaScript; `compiler.compile_program` hands the isolate one
SharedFunctionInfo per function literal.
"""
