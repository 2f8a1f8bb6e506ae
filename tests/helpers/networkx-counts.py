"""Reads a GEXF or GraphML file with networkx and prints, as JSON, what networkx holds:
node and edge counts, edges per 'type', per attribute how many nodes / edges carry it,
and how many nodes have a GEXF viz colour, size and position.
Usage: python3 networkx-counts.py gexf|graphml FILE"""
import json
import sys
from collections import Counter

import networkx as nx

fmt, path = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
node_values, edge_values, viz = Counter(), Counter(), Counter()
for _, data in g.nodes(data=True):
    for key, value in data.items():
        if key == "viz":
            viz.update(value.keys())
        elif value not in (None, ""):
            node_values[key] += 1
for _, _, data in g.edges(data=True):
    for key, value in data.items():
        if value not in (None, ""):
            edge_values[key] += 1
print(json.dumps({
    "networkx": nx.__version__,
    "graph": type(g).__name__,
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "edgeTypes": dict(Counter(d.get("type") for _, _, d in g.edges(data=True))),
    "nodeValues": dict(node_values),
    "edgeValues": dict(edge_values),
    "viz": dict(viz),
}, sort_keys=True))
