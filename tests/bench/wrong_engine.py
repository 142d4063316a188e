"""A stand-in engine for the runner's tests: runs nothing and prints a deliberately wrong output."""
import sys

print("not what node prints for", sys.argv[-1].rsplit("/", 1)[-1])
