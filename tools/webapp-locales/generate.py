#!/usr/bin/env python3
"""Writes locales/id.json for Camunda's Tasklist, Cockpit, Admin and Welcome apps from the webjar's en.json and id.tsv.

Every key of en.json is kept, in the same structure; each English text is looked up in id.tsv (English<TAB>Indonesian,
JSON-escaped). A text missing from id.tsv stops the run and is listed, so an upgrade of Camunda cannot leave English
behind: add the listed lines to id.tsv (translated) and run again. Usage (from the repository's root):

    python3 tools/webapp-locales/generate.py [path/to/camunda-webapp-webjar-<version>.jar]
"""
import json
import re
import sys
import zipfile
from pathlib import Path

APPS = ("tasklist", "cockpit", "admin", "welcome")
ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "src/main/resources/META-INF/resources/webjars/camunda/app"


def default_webjar():
    version = re.search(r"<camunda.version>([^<]+)</camunda.version>", (ROOT / "pom.xml").read_text()).group(1)
    return (Path.home() / ".m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar" / version
            / f"camunda-webapp-webjar-{version}.jar")


def read_table():
    table = {}
    for number, line in enumerate((Path(__file__).parent / "id.tsv").read_text(encoding="utf-8").split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        english, indonesian = line.split("\t")
        table[json.loads(f'"{english}"')] = json.loads(f'"{indonesian}"')
    return table


def translate(node, table, missing):
    if isinstance(node, dict):
        return {key: translate(value, table, missing) for key, value in node.items()}
    if isinstance(node, list):
        return [translate(value, table, missing) for value in node]
    if isinstance(node, str):
        if node not in table:
            missing.add(node)
            return node
        return table[node]
    return node  # numbers (dateLocales.week) stay as they are


def main():
    webjar = Path(sys.argv[1]) if len(sys.argv) > 1 else default_webjar()
    table = read_table()
    missing = set()
    results = {}
    with zipfile.ZipFile(webjar) as jar:
        for app in APPS:
            english = json.loads(jar.read(f"META-INF/resources/webjars/camunda/app/{app}/locales/en.json")
                                 .decode("utf-8-sig"))
            results[app] = translate(english, table, missing)
    if missing:
        print("Not yet in id.tsv (add a translated line for each, then run again):", file=sys.stderr)
        for text in sorted(missing):
            print("  " + json.dumps(text, ensure_ascii=False)[1:-1], file=sys.stderr)
        sys.exit(1)
    for app, translated in results.items():
        target = TARGET / app / "locales" / "id.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(translated, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{target.relative_to(ROOT)} written")


if __name__ == "__main__":
    main()
