#!/usr/bin/env python3
"""Runs corroborate under a local Spark (RDD.pipe over `corroborate stream`) on part of the bulk
corpus, and checks that every set's records equal those of a single-machine `corroborate run`.

usage: examples/spark/run_spark.py [--sets N] [--partitions P]

Needs: pyspark (pip install pyspark), Java 17, a release build (cargo build --release), and the
shared folder beside the repository. On a cluster the same pipe runs unchanged: ship the binary
and pipeline.yaml to the executors (spark-submit --files target/release/corroborate,pipeline.yaml)
and call `./corroborate --config pipeline.yaml stream` in rdd.pipe.
"""
import argparse, gzip, itertools, json, os, subprocess, sys, tempfile, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.path.join(ROOT, "target", "release", "corroborate")
CONFIG = os.path.join(ROOT, "pipeline.yaml")
BULK = os.path.join(ROOT, "..", "shared", "corpus", "multinews-plus.jsonl.gz")


def single_machine(lines, work):
    """`corroborate add` + `corroborate run` on disk; returns {set: {stage: records}}."""
    src = os.path.join(work, "sets.jsonl")
    with open(src, "w", encoding="utf-8") as fh:
        fh.writelines(line + "\n" for line in lines)
    subprocess.run([BINARY, "--config", CONFIG, "add", src, "--input", os.path.join(work, "in")], check=True)
    subprocess.run([BINARY, "--config", CONFIG, "run", "-q", "--input", os.path.join(work, "in"),
                    "--out", os.path.join(work, "out")], check=True)
    results = {}
    for set_name in os.listdir(os.path.join(work, "out")):
        folder = os.path.join(work, "out", set_name)
        if set_name.startswith(".") or not os.path.isdir(folder):
            continue
        stages = {}
        for f in os.listdir(folder):
            path = os.path.join(folder, f)
            if f.endswith(".jsonl"):
                with open(path, encoding="utf-8") as fh:
                    stages[f[:-6]] = [json.loads(l) for l in fh if l.strip()]
            elif f.endswith(".json") and f != "manifest.json":
                with open(path, encoding="utf-8") as fh:
                    stages[f[:-5]] = json.load(fh)
        results[set_name] = stages
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", type=int, default=2000)
    ap.add_argument("--partitions", type=int, default=8)
    args = ap.parse_args()
    from pyspark.sql import SparkSession  # imported here so --help works without pyspark

    with gzip.open(BULK, "rt", encoding="utf-8") as fh:
        lines = [l.rstrip("\n") for l in itertools.islice(fh, args.sets)]
    spark = (SparkSession.builder.master("local[2]").appName("corroborate")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    started = time.time()
    rdd = spark.sparkContext.parallelize(lines, args.partitions)
    piped = rdd.pipe(f"{BINARY} --config {CONFIG} stream --threads 1", checkCode=True).collect()
    spark_seconds = time.time() - started
    spark.stop()

    by_set = {}
    for line in piped:
        row = json.loads(line)
        if not row.get("ok"):
            sys.exit(f"set {row.get('set')} failed under Spark: {row.get('error')}")
        by_set[row["set"]] = row["outputs"]
    with tempfile.TemporaryDirectory() as work:
        started = time.time()
        local = single_machine(lines, work)
        local_seconds = time.time() - started
    missing = sorted(set(local) ^ set(by_set))
    differ = sorted(s for s in local if s in by_set and local[s] != by_set[s])
    print(f"{len(by_set)} sets through Spark local[2] in {spark_seconds:.1f} s; "
          f"single-machine run in {local_seconds:.1f} s")
    if missing or differ:
        sys.exit(f"MISMATCH: {len(missing)} sets missing on one side, {len(differ)} differ "
                 f"(first: {(missing + differ)[:3]})")
    print("equal: every set's records from Spark equal the single-machine run")


if __name__ == "__main__":
    main()
