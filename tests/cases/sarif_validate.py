"""Validates SARIF files against tests/sarif-schema-2.1.0.json (the OASIS
schema) with python3-jsonschema, then checks what the schema cannot:
rule ids and indexes, regions and columnKind.  Usage: sarif_validate.py FILE..."""
import json
import os
import sys

import jsonschema

schema = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                     "sarif-schema-2.1.0.json"), encoding="utf-8"))
validator = jsonschema.Draft7Validator(schema)
status = 0
for path in sys.argv[1:]:
    doc = json.load(open(path, encoding="utf-8"))
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors:
        print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
        status = 1
    run = doc["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    if run.get("columnKind") not in ("unicodeCodePoints", "utf16CodeUnits"):
        print(f"{path}: columnKind not stated")
        status = 1
    for res in run["results"]:
        if rules[res["ruleIndex"]] != res["ruleId"]:
            print(f"{path}: ruleIndex {res['ruleIndex']} is not {res['ruleId']}")
            status = 1
sys.exit(status)
