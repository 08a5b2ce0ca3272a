#!/usr/bin/env python3
"""Check ClaimGraph's exports with the real consumers people will open them in.

For every NAME.graphml / .gexf / .json / .dot in the exports directory:

- NetworkX read_graphml and read_gexf (warnings are errors) must load the same node and
  edge counts, per kind, as `claimgraph stats --format json` reports for the graph, with
  label, kind and colour on every node and strength/weight on every edge a claim induced;
- NetworkX node_link_graph must load the node-link JSON with the same counts;
- Graphviz `dot -Tsvg` must render the DOT with nothing on standard error;
- a GraphML that NetworkX writes back (write_graphml of what it read) must read into the
  same graph: `claimgraph export --format json` of it equals NAME.json byte for byte;
- Oxigraph must load NAME.nt, and the committed queries/claims-resting-on-pet.rq must
  return exactly the claims `claimgraph query method:pet` returns.

Usage: .ci/consumers.py [--exports Exports] [--graph Graph] [--claimgraph CMD]
CMD defaults to .build/debug/claimgraph when it exists, else `swift run claimgraph`.
Exit status: 0 all consumers agree, 1 a check failed, 2 nothing to check.
"""
import argparse
import collections
import json
import os
import shlex
import subprocess
import sys
import tempfile
import warnings

import networkx as nx

STRENGTHS = {"established", "uncertain", "refuted"}
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def stats(command, graph):
    output = subprocess.run(
        command + ["stats", "--graph", graph, "--format", "json"],
        check=True, capture_output=True, text=True).stdout
    data = json.loads(output)
    nodes = {kind: count for kind, count in data["nodes"].items() if count}
    edges = {kind: count for kind, count in data["edges"].items() if count}
    return nodes, edges


def edge_rows(graph):
    if graph.is_multigraph():
        return [data for _, _, _, data in graph.edges(keys=True, data=True)]
    return [data for _, _, data in graph.edges(data=True)]


def compare(name, graph, nodes, edges):
    node_kinds = collections.Counter(d.get("kind") for _, d in graph.nodes(data=True))
    edge_kinds = collections.Counter(d.get("kind") for d in edge_rows(graph))
    check(graph.is_directed(), f"{name}: not directed")
    check(dict(node_kinds) == nodes, f"{name}: nodes by kind {dict(node_kinds)} != stats {nodes}")
    check(dict(edge_kinds) == edges, f"{name}: edges by kind {dict(edge_kinds)} != stats {edges}")
    print(f"{name}: {type(graph).__name__} with {graph.number_of_nodes()} nodes, "
          f"{graph.number_of_edges()} edges")


def check_all(items, predicate, message):
    """Records the first item that fails `predicate`, described by `message(item)`."""
    failing = next((item for item in items if not predicate(item)), None)
    check(failing is None, message(failing))


def read_strictly(reader, path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return reader(path)


def check_graphml(path, nodes, edges):
    graph = read_strictly(nx.read_graphml, path)
    compare(path, graph, nodes, edges)
    check_all(graph.nodes(data=True),
              lambda n: "label" in n[1] and "kind" in n[1]
              and all(isinstance(n[1].get(c), int) for c in "rgb"),
              lambda n: f"{path}: node {n} lacks label, kind or integer r, g, b")
    check_all(edge_rows(graph),
              lambda d: isinstance(d.get("weight"), float)
              and (d.get("kind") == "uses-method" or d.get("strength") in STRENGTHS),
              lambda d: f"{path}: edge without float weight or strength: {d}")


def check_gexf(path, nodes, edges):
    graph = read_strictly(nx.read_gexf, path)
    compare(path, graph, nodes, edges)
    check_all(graph.nodes(data=True),
              lambda n: "label" in n[1] and "color" in n[1].get("viz", {}),
              lambda n: f"{path}: node {n} lacks label or viz:color")


def check_json(path, nodes, edges):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    graph = nx.node_link_graph(data, edges="edges")
    compare(path, graph, nodes, edges)


def check_networkx_rewrite(path, command, json_path):
    graph = read_strictly(nx.read_graphml, path)
    with tempfile.TemporaryDirectory() as scratch:
        rewritten = os.path.join(scratch, "networkx.graphml")
        nx.write_graphml(graph, rewritten)
        exported = subprocess.run(
            command + ["export", "--graph", rewritten, "--format", "json"],
            capture_output=True).stdout
    with open(json_path, "rb") as handle:
        check(exported == handle.read(),
              f"{path}: rewritten by NetworkX, it no longer reads into the graph of {json_path}")
    print(f"{path}: NetworkX write_graphml reads back into the same graph")


def check_ntriples(path, command, graph, exports):
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=path, format=ox.RdfFormat.N_TRIPLES)
    with open(os.path.join(exports, "queries", "claims-resting-on-pet.rq"), encoding="utf-8") as file:
        found = sorted(row["id"].value for row in store.query(file.read()))
    output = subprocess.run(
        command + ["query", "method:pet", "--graph", graph, "--format", "json"],
        capture_output=True, text=True, check=True).stdout
    expected = sorted(claim["id"] for claim in json.loads(output)["claims"])
    if check(found == expected, f"{path}: the SPARQL PET query found {found}, claimgraph {expected}"):
        print(f"{path}: Oxigraph loaded {len(store)} triples; the SPARQL PET query finds the "
              f"{len(found)} claims claimgraph query does")


def check_dot(path):
    result = subprocess.run(["dot", "-Tsvg", path, "-o", os.devnull], capture_output=True, text=True)
    check(result.returncode == 0 and result.stderr == "",
          f"{path}: dot exited {result.returncode}: {result.stderr.strip()}")
    print(f"{path}: dot -Tsvg rendered without warnings")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exports", default="Exports")
    parser.add_argument("--graph", default="Graph")
    parser.add_argument("--claimgraph")
    arguments = parser.parse_args()
    if arguments.claimgraph:
        command = shlex.split(arguments.claimgraph)
    elif os.access(".build/debug/claimgraph", os.X_OK):
        command = [".build/debug/claimgraph"]
    else:
        command = ["swift", "run", "--quiet", "claimgraph"]
    nodes, edges = stats(command, arguments.graph)
    files = sorted(os.listdir(arguments.exports)) if os.path.isdir(arguments.exports) else []
    checkers = {".graphml": check_graphml, ".gexf": check_gexf, ".json": check_json}
    checked = 0
    for file in files:
        path = os.path.join(arguments.exports, file)
        extension = os.path.splitext(file)[1]
        if extension in checkers:
            checkers[extension](path, nodes, edges)
            checked += 1
        elif extension == ".dot":
            check_dot(path)
            checked += 1
        elif extension == ".nt":
            check_ntriples(path, command, arguments.graph, arguments.exports)
            checked += 1
        json_path = os.path.splitext(path)[0] + ".json"
        if extension == ".graphml" and os.path.exists(json_path):
            check_networkx_rewrite(path, command, json_path)
    if checked == 0:
        print(f"no exports found in {arguments.exports}", file=sys.stderr)
        return 2
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    print("consumers: " + ("FAILED" if failures else f"{checked} exports OK"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
