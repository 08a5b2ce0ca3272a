#!/usr/bin/env python3
"""One timed NetworkX or python-igraph operation on a ClaimGraph graph, for claimgraph-bench.

claimgraph-bench runs this once per operation, each in its own process, so that the peak
memory it reads for the process belongs to that operation (plus building the graph).

    compare_python.py OP --graph-json GRAPH.json --work DIR [--graphml FILE]

OP is one of: nx-write-graphml, nx-read-graphml, nx-write-gexf, ig-write-graphml,
ig-read-graphml. GRAPH.json is node-link JSON in ClaimGraph's export shape
({"nodes":[{"id","kind","label",...}],"edges":[{"source","target","kind",...}]}).
The graph is built from it before the clock starts. Writers write into DIR; readers read
--graphml when given (our own export), else the file the matching writer left in DIR.
Prints one JSON line: {"seconds": S, "bytes": B, "nodes": N, "edges": E, "detail": "..."}.
"""

import argparse
import json
import os
import sys
import time

NODE_KEYS = ("kind", "label", "strength")
EDGE_KEYS = ("kind", "strength", "stance", "predicate")


def load_interchange(path):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return data["nodes"], data["edges"]


def networkx_graph(nodes, edges):
    import networkx as nx

    graph = nx.MultiDiGraph()
    for node in nodes:
        graph.add_node(node["id"], **{k: node[k] for k in NODE_KEYS if node.get(k) is not None})
    for edge in edges:
        attributes = {k: edge[k] for k in EDGE_KEYS if edge.get(k) is not None}
        graph.add_edge(edge["source"], edge["target"], **attributes)
    return graph


def igraph_graph(nodes, edges):
    import igraph as ig

    position = {node["id"]: offset for offset, node in enumerate(nodes)}
    graph = ig.Graph(directed=True)
    graph.add_vertices(len(nodes))
    graph.vs["name"] = [node["id"] for node in nodes]
    for key in NODE_KEYS:
        graph.vs[key] = [node.get(key) or "" for node in nodes]
    graph.add_edges([(position[e["source"]], position[e["target"]]) for e in edges])
    for key in EDGE_KEYS:
        graph.es[key] = [edge.get(key) or "" for edge in edges]
    return graph


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("op")
    parser.add_argument("--graph-json", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--graphml")
    arguments = parser.parse_args()

    library, action = arguments.op.split("-", 1)
    written = os.path.join(arguments.work, f"{library}.{action.rsplit('-', 1)[1]}")
    detail = ""
    if library == "nx":
        import networkx as nx

        try:
            import lxml  # noqa: F401  (NetworkX writes GraphML faster with it)

            detail = "lxml"
        except ImportError:
            detail = "no lxml"
    if action.startswith("read"):
        target = arguments.graphml or written
        started = time.perf_counter()
        if library == "nx":
            graph = nx.read_graphml(target)
            counts = (graph.number_of_nodes(), graph.number_of_edges())
        else:
            import igraph as ig

            graph = ig.Graph.Read_GraphML(target)
            counts = (graph.vcount(), graph.ecount())
        seconds = time.perf_counter() - started
        detail = (detail + ", " if detail else "") + ("ours" if arguments.graphml else "own file")
    else:
        nodes, edges = load_interchange(arguments.graph_json)
        graph = networkx_graph(nodes, edges) if library == "nx" else igraph_graph(nodes, edges)
        counts = (len(nodes), len(edges))
        target = written
        started = time.perf_counter()
        if arguments.op == "nx-write-graphml":
            nx.write_graphml(graph, target)
        elif arguments.op == "nx-write-gexf":
            nx.write_gexf(graph, target)
        elif arguments.op == "ig-write-graphml":
            graph.write_graphml(target)
        else:
            sys.exit(f"unknown operation {arguments.op}")
        seconds = time.perf_counter() - started
    print(json.dumps({
        "seconds": seconds, "bytes": os.path.getsize(target), "nodes": counts[0],
        "edges": counts[1], "detail": detail,
    }))


if __name__ == "__main__":
    main()
