"""The built-in library (Object, Function, String, Number, Array, Math, JSON, Map, Set, errors,
the host objects) and node's printer (inspect) that console.log uses.
"""
