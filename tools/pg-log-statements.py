#!/usr/bin/env python3
"""Counts the statements a benchmark sent to one PostgreSQL database, from the server's log (docs/performance.md).

Before the run:  ALTER DATABASE <db> SET log_min_duration_statement = 0;   (every statement is logged)
After it:        python3 tools/pg-log-statements.py <logfile> <db> [segment ...]

The log is cut into segments where no statement came for more than 3.5 s (WholeCycleBenchmark -Dbench.tables
pauses 12 s between its cycles). For each segment: the number of statements and PostgreSQL's own time; for the
segments named on the command line, the statements grouped by their text with the literals taken out.
"""
import collections
import datetime
import re
import sys

LINE = re.compile(r"^(\S+ \S+) \S+ \[\d+\] \S+@(\S+) LOG:  duration: ([\d.]+) ms  (execute [^:]*|statement): (.*)$")


def entries(path):
    """The log's entries: a line with a time stamp and the continuation lines of a multi-line statement after it."""
    entry = None
    with open(path, errors="replace") as log:
        for line in log:
            if line[:1].isdigit():
                if entry is not None:
                    yield entry
                entry = line.rstrip("\n")
            elif entry is not None and line.startswith("\t"):
                entry += " " + line.strip()
    if entry is not None:
        yield entry


def statements(path, database):
    for entry in entries(path):
        match = LINE.match(entry)
        if match and match.group(2) == database:
            yield (datetime.datetime.fromisoformat(match.group(1)), float(match.group(3)), match.group(5))


def shape(sql):
    sql = re.sub(r"'[^']*'", "?", sql)
    sql = re.sub(r"\$\d+|\b\d+\b", "?", sql)
    return re.sub(r"\s+", " ", sql)[:160]


def main():
    path, database, shown = sys.argv[1], sys.argv[2], set(sys.argv[3:])
    segments = [[]]
    for statement in statements(path, database):
        if segments[-1] and (statement[0] - segments[-1][-1][0]).total_seconds() > 3.5:
            segments.append([])
        segments[-1].append(statement)
    for number, segment in enumerate(s for s in segments if s):
        print(f"segment {number}: {segment[0][0]:%H:%M:%S} to {segment[-1][0]:%H:%M:%S}, {len(segment)} statements, "
              f"{sum(s[1] for s in segment):.0f} ms in PostgreSQL")
        if str(number) in shown:
            count, millis = collections.Counter(), collections.Counter()
            for _, duration, sql in segment:
                count[shape(sql)] += 1
                millis[shape(sql)] += duration
            for sql, n in count.most_common(40):
                print(f"  {n:6d} {millis[sql]:8.0f} ms  {sql}")


if __name__ == "__main__":
    main()
