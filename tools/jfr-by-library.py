#!/usr/bin/env python3
"""Shares of a JFR recording's samples of one thread, each counted by the innermost frame of a known library
(docs/performance.md).

    jfr print --stack-depth 300 --json --events jdk.ExecutionSample,jdk.NativeMethodSample rec.jfr > rec.json
    python3 tools/jfr-by-library.py rec.json [thread]        (thread: "main" unless given)

A sample whose innermost known frame is the socket counts as waiting on PostgreSQL: true of WholeCycleBenchmark's
driving thread, whose only sockets are the database's; not of a thread that also speaks HTTP (DeadlineRushBenchmark's
clients).
"""
import collections
import json
import sys

LIBRARIES = [
    ("sun.nio.ch.", "waiting on PostgreSQL (socket)"),
    ("java.net.", "waiting on PostgreSQL (socket)"),
    ("org.postgresql.", "the PostgreSQL driver"),
    ("org.h2.", "H2"),
    ("org.apache.ibatis.", "Camunda engine: MyBatis"),
    ("org.camunda.", "Camunda engine: the rest"),
    ("org.hibernate.", "Hibernate"),
    ("org.springframework.", "Spring"),
    ("com.lowagie.", "OpenPDF"),
    ("com.google.zxing.", "OpenPDF (QR code)"),
    ("com.zaxxer.", "Hikari"),
    ("com.fasterxml.", "Jackson"),
    ("jdk.internal.reflect.", "reflection"),
    ("id.sipetruk.", "SI PETRUK"),
]


def library(frame_type):
    for prefix, name in LIBRARIES:
        if frame_type.startswith(prefix):
            return name
    return None


def main():
    path = sys.argv[1]
    thread = sys.argv[2] if len(sys.argv) > 2 else "main"
    with open(path) as recording:
        events = json.load(recording)["recording"]["events"]
    shares = collections.Counter()
    for event in events:
        values = event["values"]
        stack = values.get("stackTrace")
        if not stack or (values.get("sampledThread") or {}).get("javaName") != thread:
            continue
        frames = (frame["method"]["type"]["name"].replace("/", ".") for frame in stack["frames"])
        shares[next(filter(None, map(library, frames)), "the JDK only")] += 1
    total = sum(shares.values())
    print(f"{total} samples of thread {thread}")
    for name, count in shares.most_common():
        print(f"  {100 * count / total:5.1f} %  {name}")


if __name__ == "__main__":
    main()
