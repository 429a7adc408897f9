#!/usr/bin/env python3
"""Checks Reckon's OpenAPI document and recorded responses against it.

Usage: openapi_check.py OPENAPI.json RESPONSES.json

OPENAPI.json is `GET /api/v1/openapi.json`. RESPONSES.json is a list of
{"method", "path", "status", "content_type", "body", "request" (the JSON body sent, or null)}.

1. The document is valid OpenAPI 3.1 (openapi-spec-validator).
2. Every response's path and method are documented, its status is listed for that operation, its content type is
   listed for that status, and its body validates against that schema (jsonschema, draft 2020-12, `$ref`s resolved in
   the document).
3. Every request body of a 200 answer validates against the operation's request schema.
Exits 1 with one line per problem; prints a summary otherwise.
"""
import json
import re
import sys

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BASE = "urn:reckon-openapi"


def pointer(*parts):
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def template_for(paths, path):
    """The documented path template that `path` instantiates (exact paths win over templates)."""
    if path in paths:
        return path
    for template in paths:
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if "{" in template and re.match(pattern, path):
            return template
    return None


def main():
    doc = json.load(open(sys.argv[1]))
    responses = json.load(open(sys.argv[2]))
    validate(doc)
    registry = Registry().with_resource(BASE, Resource.from_contents(doc, default_specification=DRAFT202012))
    problems = []
    checked = 0
    for r in responses:
        where = f"{r['method']} {r['path']} → {r['status']}"
        template = template_for(doc["paths"], r["path"].split("?")[0])
        if template is None:
            problems.append(f"{where}: path not in the document")
            continue
        method = r["method"].lower()
        operation = doc["paths"][template].get(method)
        if operation is None:
            problems.append(f"{where}: method not documented for {template}")
            continue
        status = str(r["status"])
        if status not in operation["responses"]:
            problems.append(f"{where}: status not documented (documented: {', '.join(operation['responses'])})")
            continue
        content_type = r["content_type"].split(";")[0].strip()
        content = operation["responses"][status].get("content", {})
        if content_type not in content:
            problems.append(f"{where}: content type {content_type} not documented ({', '.join(content)})")
            continue
        body = json.loads(r["body"]) if content_type == "application/json" else r["body"]
        ref = BASE + pointer("paths", template, method, "responses", status, "content", content_type, "schema")
        errors = sorted(Draft202012Validator({"$ref": ref}, registry=registry).iter_errors(body),
                        key=lambda e: list(e.absolute_path))
        for e in errors[:3]:
            # For anyOf, the alternative that came closest says what is wrong.
            deepest = min(e.context, key=lambda c: len(list(c.path)) * -1, default=e) if e.context else e
            at = "/".join(str(p) for p in deepest.absolute_path)
            problems.append(f"{where}: response at '{at}': {deepest.message[:300]}")
        if r.get("request") is not None and status == "200":
            ref = BASE + pointer("paths", template, method, "requestBody", "content", "application/json", "schema")
            for e in list(Draft202012Validator({"$ref": ref}, registry=registry).iter_errors(r["request"]))[:3]:
                problems.append(f"{where}: request body: {e.message[:300]}")
        checked += 1
    if problems:
        for p in problems:
            print("FAIL:", p)
        sys.exit(1)
    print(f"openapi check: document valid (OpenAPI {doc['openapi']}); {checked} responses validate against it")


if __name__ == "__main__":
    main()
