#!/usr/bin/env python3
"""Check ClaimGraph's exports with the real consumers people will open them in.

For every NAME.graphml / .gexf / .json / .dot in the exports directory:

- NetworkX read_graphml and read_gexf (warnings are errors) must load the same node and
  edge counts, per kind, as `claimgraph stats --format json` reports for the graph, with
  label, kind and colour on every node (a claim's by its strength), `name` equal to the
  node's id in GraphML, and strength/weight on every edge a claim induced;
- python-igraph Read_GraphML must load the same counts and find every vertex by `name`
  (the node's id), and Graph.DictList must read the node-link JSON as it is;
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

try:
    import igraph
except ImportError:  # .ci/setup installs it; without it the igraph checks are reported
    igraph = None

STRENGTHS = {"established", "uncertain", "refuted"}
# The colour of a claim of each strength, the same in every export (ExportStyle).
STRENGTH_COLORS = {"established": (0x00, 0x9E, 0x73), "uncertain": (0xE6, 0x9F, 0x00),
                   "refuted": (0xD5, 0x5E, 0x00)}
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
    if failing is not None:
        check(False, message(failing))


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
    check_all(graph.nodes(data=True), lambda n: n[1].get("name") == n[0],
              lambda n: f"{path}: node {n[0]} has name {n[1].get('name')!r}, not its id")
    check_all([n for n in graph.nodes(data=True) if n[1].get("kind") == "claim"],
              lambda n: (n[1]["r"], n[1]["g"], n[1]["b"]) == STRENGTH_COLORS[n[1]["strength"]],
              lambda n: f"{path}: claim {n[0]} is not coloured by its strength")
    check_igraph_graphml(path, graph)


def check_igraph_graphml(path, networkx_graph):
    if not check(igraph is not None, f"{path}: python-igraph is not installed (.ci/setup)"):
        return
    graph = igraph.Graph.Read_GraphML(path)
    check(graph.vcount() == networkx_graph.number_of_nodes()
          and graph.ecount() == networkx_graph.number_of_edges(),
          f"{path}: igraph read {graph.vcount()} nodes, {graph.ecount()} edges")
    names = graph.vs["name"]
    check(sorted(names) == sorted(networkx_graph.nodes),
          f"{path}: igraph's vertex names are not the node ids")
    for node in list(networkx_graph.nodes)[:20]:
        check(graph.vs.find(name=node)["label"] == networkx_graph.nodes[node]["label"],
              f"{path}: igraph finds {node} by name with another label")
    print(f"{path}: igraph finds every vertex by name")


def check_igraph_json(path, data):
    if not check(igraph is not None, f"{path}: python-igraph is not installed (.ci/setup)"):
        return
    graph = igraph.Graph.DictList(data["nodes"], data["edges"], directed=True)
    check(graph.vcount() == len(data["nodes"]) and graph.ecount() == len(data["edges"]),
          f"{path}: igraph DictList read {graph.vcount()} nodes, {graph.ecount()} edges")
    print(f"{path}: igraph DictList reads it as it is")


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
    check_all(data["nodes"],
              lambda n: n.get("kind") != "claim"
              or n.get("color") == "#%02X%02X%02X" % STRENGTH_COLORS[n["strength"]],
              lambda n: f"{path}: claim {n.get('id')} is not coloured by its strength")
    check_igraph_json(path, data)


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
        if file.endswith(".schema.json"):
            # The authors' JSON Schema, not a graph: the tests validate Graph/ against it.
            continue
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
