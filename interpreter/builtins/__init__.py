"""The built-in library: one module per global object or family (object, function, json, string,
number, boolean, uri, bigint, math, array, collections, iterator, errors, host), each a set of
module-level functions with declaration tables; support.py, the entry types and shared helpers;
bootstrap.py, the installer; views.py and inspect.py, how console.log sees and prints values.
"""
