#!/usr/bin/env python3
"""Opt-in: load ClaimGraph's Neo4j CSV export of a synthetic catalogue into PySpark (local
mode) and answer two saved questions there: the claims resting on a method (the PET query)
and the number of uncited claims. Checks both against `claimgraph` itself and prints the
times. Not run by .ci/run: it needs PySpark and a Java runtime (pip install pyspark;
OpenJDK 17 works).

    swift build -c release --product claimgraph --product claimgraph-bench
    python3 .ci/spark.py --claims 10k            # or 100k; --keep DIR keeps the files

It generates the catalogue with `claimgraph-bench --generate`, exports it with
`claimgraph export --format neo4j-csv`, then reads the CSV files with
spark.read.csv(header=True, multiLine=True, quote='"', escape='"'): RFC 4180 doubles quotes
inside a quoted field, while Spark's default escape is a backslash, and fields may hold
line breaks. Arrays (`name:string[]`) are `;`-separated strings: split(col, ";").
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def run(command):
    """Runs a command, returns its standard output; exits with its message on failure."""
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode not in (0, 1):  # lint exits 1 when it finds errors
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", default="10k", help="catalogue size: 1k, 10k, 100k, …")
    parser.add_argument("--bin", default=".build/release", help="where claimgraph and claimgraph-bench are")
    parser.add_argument("--method", help="the method id to ask about (default: the one most claims rest on)")
    parser.add_argument("--keep", help="keep the catalogue and the CSV folder here")
    args = parser.parse_args()

    # Local mode only: keep the driver on the loopback interface.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession, functions as F

    root = args.keep or tempfile.mkdtemp(prefix="claimgraph-spark-")
    os.makedirs(root, exist_ok=True)
    graph, folder = os.path.join(root, "graph"), os.path.join(root, "csv")
    claimgraph = os.path.join(args.bin, "claimgraph")
    try:
        start = time.perf_counter()
        run([os.path.join(args.bin, "claimgraph-bench"), "--sizes", args.claims, "--generate", graph])
        generated = time.perf_counter() - start
        start = time.perf_counter()
        run([claimgraph, "export", "--graph", graph, "--format", "neo4j-csv", "--output", folder])
        exported = time.perf_counter() - start
        size = sum(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder))

        start = time.perf_counter()
        spark = (SparkSession.builder.master("local[*]").appName("claimgraph")
                 .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                 .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
                 .getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        started = time.perf_counter() - start

        def table(name):
            return spark.read.csv(os.path.join(folder, name), header=True, multiLine=True,
                                  quote='"', escape='"', mode="FAILFAST")

        start = time.perf_counter()
        claims = table("claims.csv").select(
            F.col("`id:ID`").alias("id"), "strength",
            F.split(F.col("`suppressed_rules:string[]`"), ";").alias("suppressed_rules")).cache()
        cites = table("cites.csv").select(
            F.col("`:START_ID`").alias("claim"), F.col("`:END_ID`").alias("source"), "stance").cache()
        evidence = table("evidence.csv").select(
            F.col("`:START_ID`").alias("claim"), F.col("`:END_ID`").alias("method")).cache()
        counts = (claims.count(), cites.count(), evidence.count())
        loaded = time.perf_counter() - start

        method = args.method or evidence.groupBy("method").count() \
            .orderBy(F.desc("count"), "method").first()["method"]

        # The PET query: claims with a RESTS_ON (evidence) edge to the method.
        start = time.perf_counter()
        resting = sorted(row["claim"] for row in
                         evidence.where(F.col("method") == method).select("claim").distinct().collect())
        pet_seconds = time.perf_counter() - start

        # Uncited: no CITES edge that supports the claim (or contradicts a refuted one), and
        # the claim does not suppress the rule.
        start = time.perf_counter()
        backing = cites.join(claims, cites.claim == claims.id).where(
            (F.col("stance") == "supports")
            | ((F.col("strength") == "refuted") & (F.col("stance") == "contradicts"))
        ).select(F.col("claim").alias("id")).distinct()
        unsuppressed = claims.where(
            F.col("suppressed_rules").isNull()
            | ~F.array_contains(F.col("suppressed_rules"), "uncited-claim"))
        uncited = unsuppressed.join(backing, "id", "left_anti").count()
        uncited_seconds = time.perf_counter() - start
        spark.stop()

        # The same questions asked of claimgraph.
        expected = sorted(claim["id"] for claim in json.loads(
            run([claimgraph, "query", f"method:{method}", "--graph", graph, "--format", "json"]))["claims"])
        findings = json.loads(run([claimgraph, "lint", graph, "--format", "json"]))["findings"]
        expected_uncited = sum(1 for finding in findings if finding["rule"] == "uncited-claim")

        print(f"catalogue: {args.claims} claims, generated in {generated:.1f} s")
        print(f"neo4j-csv export: {exported:.2f} s, {size / 1e6:.1f} MB "
              f"({counts[0]} claims, {counts[1]} cites, {counts[2]} rests-on rows)")
        print(f"spark: session {started:.1f} s, read + cache {loaded:.1f} s")
        print(f"claims resting on {method}: {len(resting)} in {pet_seconds:.2f} s "
              f"(claimgraph query: {len(expected)}) {'OK' if resting == expected else 'DIFFERENT'}")
        print(f"uncited claims: {uncited} in {uncited_seconds:.2f} s "
              f"(claimgraph lint: {expected_uncited}) {'OK' if uncited == expected_uncited else 'DIFFERENT'}")
        return 0 if resting == expected and uncited == expected_uncited else 1
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
