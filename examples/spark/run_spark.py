#!/usr/bin/env python3
"""Runs corroborate under a local Spark (RDD.pipe over `corroborate stream`) on part of the bulk
corpus, and checks that every set's records equal those of a single-machine `corroborate run`.

usage: examples/spark/run_spark.py [--sets N] [--partitions P]

What bounds memory: each partition's output is held by its Spark task before it is sent to the
driver, so the partition count is derived from the input's size (about PARTITION_MB of sets per
partition, at least two per core) unless --partitions is given; the driver takes the results one
partition at a time (toLocalIterator) and compares each set with the single-machine output on
disk as it arrives, so neither side holds the whole corpus's records.

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


# Input per partition: a set's records are about 3x its text, and a Spark task holds its whole
# partition's output, so 4 MB of input keeps each task's result near 12 MB.
PARTITION_MB = 4
CORES = 2


def partitions_for(lines):
    """The partition count for `lines`: about PARTITION_MB of input each, at least 2 per core."""
    size = sum(len(l) for l in lines)
    return max(2 * CORES, -(-size // (PARTITION_MB << 20)))


def set_records(folder):
    """The records of one set's output folder: {stage: records}."""
    stages = {}
    for f in os.listdir(folder):
        path = os.path.join(folder, f)
        if f.endswith(".jsonl"):
            with open(path, encoding="utf-8") as fh:
                stages[f[:-6]] = [json.loads(l) for l in fh if l.strip()]
        elif f.endswith(".json") and f != "manifest.json":
            with open(path, encoding="utf-8") as fh:
                stages[f[:-5]] = json.load(fh)
    return stages


def single_machine(lines, work):
    """`corroborate add` + `corroborate run` on disk; returns the names of the sets it wrote."""
    src = os.path.join(work, "sets.jsonl")
    with open(src, "w", encoding="utf-8") as fh:
        fh.writelines(line + "\n" for line in lines)
    subprocess.run([BINARY, "--config", CONFIG, "add", src, "--input", os.path.join(work, "in")], check=True)
    subprocess.run([BINARY, "--config", CONFIG, "run", "-q", "--input", os.path.join(work, "in"),
                    "--out", os.path.join(work, "out")], check=True)
    out = os.path.join(work, "out")
    return {s for s in os.listdir(out) if not s.startswith(".") and os.path.isdir(os.path.join(out, s))}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", type=int, default=2000)
    ap.add_argument("--partitions", type=int, default=None,
                    help=f"Spark partitions (default: about {PARTITION_MB} MB of input each, "
                         f"at least {2 * CORES}); this bounds each task's memory")
    args = ap.parse_args()
    from pyspark.sql import SparkSession  # imported here so --help works without pyspark

    with gzip.open(BULK, "rt", encoding="utf-8") as fh:
        lines = [l.rstrip("\n") for l in itertools.islice(fh, args.sets)]
    partitions = args.partitions or partitions_for(lines)
    with tempfile.TemporaryDirectory() as work:
        started = time.time()
        local = single_machine(lines, work)
        local_seconds = time.time() - started

        spark = (SparkSession.builder.master("local[2]").appName("corroborate")
                 .config("spark.ui.enabled", "false").getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        started = time.time()
        rdd = spark.sparkContext.parallelize(lines, partitions)
        piped = rdd.pipe(f"{BINARY} --config {CONFIG} stream --threads 1", checkCode=True)
        seen, differ, failed = set(), [], []
        for line in piped.toLocalIterator():
            row = json.loads(line)
            if not row.get("ok"):
                failed.append(f"set {row.get('set')}: {row.get('error')}")
                continue
            seen.add(row["set"])
            if row["set"] in local and row["outputs"] != set_records(os.path.join(work, "out", row["set"])):
                differ.append(row["set"])
        spark_seconds = time.time() - started
        spark.stop()

    missing = sorted(local ^ seen)
    print(f"{len(seen)} sets through Spark local[2] in {partitions} partitions in {spark_seconds:.1f} s; "
          f"single-machine run in {local_seconds:.1f} s")
    if failed:
        sys.exit(f"{len(failed)} sets failed under Spark (first: {failed[0]})")
    if missing or differ:
        sys.exit(f"MISMATCH: {len(missing)} sets missing on one side, {len(differ)} differ "
                 f"(first: {(missing + differ)[:3]})")
    print("equal: every set's records from Spark equal the single-machine run")


if __name__ == "__main__":
    main()
