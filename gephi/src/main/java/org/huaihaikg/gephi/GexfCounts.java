package org.huaihaikg.gephi;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Opens a GEXF file the way Gephi's File → Open does (ImportController, then the default
 * processor into a new workspace) and prints, as one JSON object, what Gephi ended up with:
 * node and edge counts, edges per kind, attribute columns, how many nodes and edges carry a
 * value for each column, how many nodes have a position, a colour and a size, and every issue
 * the importer reported (for example merged parallel edges).
 */
public final class GexfCounts {
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: GexfCounts FILE.gexf");
      System.exit(2);
    }
    ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
    projects.newProject();
    Workspace workspace = projects.getCurrentWorkspace();
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    Container container = importer.importFile(new File(args[0]));
    if (container == null) {
      System.err.println("Gephi could not import " + args[0]);
      System.exit(1);
    }
    List<String> issues = new ArrayList<>();
    for (Issue issue : container.getReport().getIssuesList(Integer.MAX_VALUE)) {
      issues.add(issue.getLevel() + ": " + issue.getMessage());
    }
    importer.process(container, new DefaultProcessor(), workspace);

    GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    Graph graph = model.getGraph();
    Map<String, Integer> kinds = new TreeMap<>();
    Map<String, Integer> nodeValues = new TreeMap<>();
    Map<String, Integer> edgeValues = new TreeMap<>();
    int positioned = 0, coloured = 0, sized = 0, timedNodes = 0, timedEdges = 0;
    // an element answers for the graph's one time representation only (asking the other throws)
    boolean timestamps = model.getConfiguration().getTimeRepresentation() == org.gephi.graph.api.TimeRepresentation.TIMESTAMP;
    for (Node n : graph.getNodes()) {
      if (n.x() != 0f || n.y() != 0f) positioned++;
      // Gephi's default node colour is grey (0.6, 0.6, 0.6); ours are never that grey
      if (!(n.r() == 0.6f && n.g() == 0.6f && n.b() == 0.6f)) coloured++;
      if (n.size() > 0f) sized++;
      if (timed(n, timestamps)) timedNodes++;
      count(nodeValues, model.getNodeTable().toArray(), n);
    }
    for (Edge e : graph.getEdges()) {
      Object label = model.getEdgeTypeLabel(e.getType());
      kinds.merge(label == null ? "" : label.toString(), 1, Integer::sum);
      count(edgeValues, model.getEdgeTable().toArray(), e);
      if (timed(e, timestamps)) timedEdges++;
    }
    // what Gephi's timeline spans: the bounds of every element's time set (dates as epoch ms)
    org.gephi.graph.api.Interval bounds = model.getTimeBounds();

    StringBuilder out = new StringBuilder("{");
    out.append("\"nodes\":").append(graph.getNodeCount());
    out.append(",\"edges\":").append(graph.getEdgeCount());
    out.append(",\"edgeKinds\":").append(json(kinds));
    out.append(",\"nodeValues\":").append(json(nodeValues));
    out.append(",\"edgeValues\":").append(json(edgeValues));
    out.append(",\"positioned\":").append(positioned);
    out.append(",\"coloured\":").append(coloured);
    out.append(",\"sized\":").append(sized);
    out.append(",\"timedNodes\":").append(timedNodes);
    out.append(",\"timedEdges\":").append(timedEdges);
    boolean bounded = bounds != null && !Double.isInfinite(bounds.getLow()) && !Double.isInfinite(bounds.getHigh());
    out.append(",\"timeBounds\":").append(bounded ? "[" + string(day(bounds.getLow())) + "," + string(day(bounds.getHigh())) + "]" : "null");
    out.append(",\"issues\":[");
    for (int i = 0; i < issues.size(); i++) out.append(i > 0 ? "," : "").append(string(issues.get(i)));
    out.append("]}");
    System.out.println(out);
    System.exit(0); // Gephi's Lookup leaves non-daemon threads behind
  }

  /** The element has a time set (GEXF spells or timestamps) Gephi's timeline can filter on. */
  private static boolean timed(org.gephi.graph.api.Element element, boolean timestamps) {
    return timestamps ? element.getTimestamps().length > 0 : element.getIntervals().length > 0;
  }

  private static String day(double epochMs) {
    return java.time.Instant.ofEpochMilli((long) epochMs).atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
  }

  /** Per column that is an attribute (not Gephi's own id/label/weight), elements with a value. */
  private static void count(Map<String, Integer> counts, Column[] columns, org.gephi.graph.api.Element element) {
    for (Column c : columns) {
      if (c.isProperty()) continue;
      Object v = element.getAttribute(c);
      counts.merge(c.getTitle(), v == null ? 0 : 1, Integer::sum);
    }
  }

  private static String json(Map<String, Integer> map) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, Integer> e : map.entrySet()) {
      if (b.length() > 1) b.append(',');
      b.append(string(e.getKey())).append(':').append(e.getValue());
    }
    return b.append('}').toString();
  }

  private static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\') b.append('\\').append(ch);
      else if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
      else b.append(ch);
    }
    return b.append('"').toString();
  }
}
