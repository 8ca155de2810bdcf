"""Reads the GraphML and GEXF exports of every fixture back with networkx and checks them against
the fixture's expected.json: node and edge counts, the declared attributes and their types, each
event's start and end, and that hostile text survives as text.

Usage: check_networkx.py DIR. Exit 0 when all hold, 1 otherwise (each failure printed)."""
import json
import sys

import networkx as nx
from networkx.readwrite import gexf as gexf_module

NODE_KEYS = {"kind": "string", "label": "string", "type": "string", "cameo": "string",
             "start": "string", "end": "string", "precision": "string", "display": "string",
             "modality": "string", "confidence": "double", "place": "string", "lat": "double",
             "lon": "double", "lane": "string", "sources": "string", "entity_kind": "string",
             "country": "string"}
EDGE_KEYS = {"kind": "string", "role": "string", "relation": "string", "basis": "string",
             "confidence": "double"}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def declared_graphml_keys(path):
    # networkx does not report the <key> declarations themselves, so they are read with the
    # standard library's XML parser.
    import xml.etree.ElementTree as ET
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    keys = {"node": {}, "edge": {}}
    for key in ET.parse(path).getroot().iter(ns + "key"):
        keys[key.get("for")][key.get("attr.name")] = key.get("attr.type")
    return keys


def gexf_version_for(path):
    # Debian 12's networkx (2.8) knows GEXF up to 1.2draft; 1.3 changed the namespace and the
    # schema, not the elements we write, so an older networkx is taught the 1.3 namespace.
    if "1.3" not in gexf_module.GEXF.versions:
        gexf_module.GEXF.versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3",
            "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            "VERSION": "1.3",
        }
    return "1.3"


def check_fixture(directory, fixture):
    expected = json.load(open(f"{directory}/{fixture}.expected.json", encoding="utf-8"))
    events = {e["id"]: e for e in expected["events"]}

    path = f"{directory}/{fixture}.graphml.graphml"
    g = nx.read_graphml(path)
    check(g.number_of_nodes() == expected["graph_nodes"],
          f"{path}: {g.number_of_nodes()} nodes, expected {expected['graph_nodes']}")
    check(g.number_of_edges() == expected["graph_edges"],
          f"{path}: {g.number_of_edges()} edges, expected {expected['graph_edges']}")
    keys = declared_graphml_keys(path)
    check(keys["node"] == NODE_KEYS, f"{path}: node keys {keys['node']}")
    check(keys["edge"] == EDGE_KEYS, f"{path}: edge keys {keys['edge']}")
    kinds = [d.get("kind") for _, d in g.nodes(data=True)]
    check(kinds.count("event") == len(events), f"{path}: {kinds.count('event')} event nodes")
    check(kinds.count("entity") == expected["entity_nodes"], f"{path}: entity nodes")
    for node_id, e in events.items():
        data = g.nodes[node_id] if node_id in g.nodes else None
        check(data is not None, f"{path}: no node {node_id}")
        if data is None:
            continue
        check(data.get("start", "") == e["start"], f"{path}: {node_id} start {data.get('start')}")
        check(data.get("end", "") == e["end"], f"{path}: {node_id} end {data.get('end')}")
        check(isinstance(data.get("confidence"), float), f"{path}: {node_id} confidence type")
    role_edges = [d for _, _, d in g.edges(data=True) if d.get("kind") == "role"]
    check(all(d.get("role") for d in role_edges), f"{path}: role edge without a role")

    path = f"{directory}/{fixture}.gexf.gexf"
    h = nx.read_gexf(path, version=gexf_version_for(path))
    check(h.graph.get("mode") == "dynamic", f"{path}: mode {h.graph.get('mode')}")
    check(h.number_of_nodes() == expected["graph_nodes"],
          f"{path}: {h.number_of_nodes()} nodes, expected {expected['graph_nodes']}")
    check(h.number_of_edges() == expected["graph_edges"],
          f"{path}: {h.number_of_edges()} edges, expected {expected['graph_edges']}")
    for node_id, e in events.items():
        data = h.nodes[node_id] if node_id in h.nodes else None
        check(data is not None, f"{path}: no node {node_id}")
        if data is None:
            continue
        check(data.get("start", "") == e["start"], f"{path}: {node_id} start {data.get('start')}")
        check(data.get("end", "") == e["end"], f"{path}: {node_id} end {data.get('end')}")
        check(data.get("kind") == "event", f"{path}: {node_id} kind {data.get('kind')}")
        check(isinstance(data.get("confidence"), float), f"{path}: {node_id} confidence type")
    if fixture == "hostile":
        label = g.nodes["ev:1000000000000001"]["label"]
        check("<script>alert('x')</script>" in label and "\n" in label and "\t" in label,
              f"graphml: hostile label changed: {label!r}")
        check(h.nodes["ev:1000000000000001"]["label"].startswith('He said "stop" <script>'),
              "gexf: hostile label changed")


def main():
    directory = sys.argv[1]
    for fixture in ("sample", "hostile", "many"):
        try:
            check_fixture(directory, fixture)
        except Exception as error:  # a reader that rejects the file is a failure, not a crash
            failures.append(f"{fixture}: {type(error).__name__}: {error}")
    for failure in failures:
        print("FAIL", failure)
    print(f"networkx {nx.__version__}: {'ok' if not failures else str(len(failures)) + ' failures'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
