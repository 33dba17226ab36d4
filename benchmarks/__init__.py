"""Benchmarks for issue 5 ("Speed at scale"): not part of the timed test suite.

`generate.py` writes synthetic fact bases in the project's own YAML schema;
`run.py` measures query latency, start-up, memory and reload stalls on them;
`hotspots.py` profiles the slow paths with cProfile.
"""
