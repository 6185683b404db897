"""Benchmark suite of egov-network: ``python -m benchmarks [--quick] [--sizes ...] [--output FILE]``.

It measures the figures of design.md section 6 on generated databases, each
against a floor measured in the same run, and prints value, floor, ratio and
target. It never fails on timing; it exits non-zero only when a measurement
itself could not be taken. Kept outside the package and outside ``tests/``.
"""
