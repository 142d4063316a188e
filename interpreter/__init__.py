"""The front end and the interpreter: lexer, parser, bytecode compiler, native heap, maps, feedback, isolate.

Imports no tier: the optimizing tier reaches in through the hook an isolate is given.
"""
