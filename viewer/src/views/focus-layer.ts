// While a node is hovered, the rest of the graph is dimmed by a veil laid over sigma's node and
// label layers, and the hovered node's relations are drawn above it. Dimming by a veil costs the
// same at 50 nodes and at 50,000: the alternative, recolouring every other node and edge, made
// sigma reduce, re-index and redraw the whole graph on every hover. The hovered node and its
// neighbours are lifted onto sigma's own hover layer, above the veil (reducers.ts).
import type Sigma from "sigma";
import type { ViewerGraph } from "../core/types.ts";

export interface FocusLayer {
  /** shows the veil and the relations of `node`, or hides both (null) */
  set(node: string | null, edgeShown: (edge: string) => boolean): void;
  dispose(): void;
}

const VEIL = "rgba(255, 255, 255, 0.82)";

export function mountFocusLayer(renderer: Sigma, graph: ViewerGraph): FocusLayer {
  // veil and relations sit between sigma's labels and its hover layers
  const veil = renderer.createLayer("hkg-veil", "div", {
    beforeLayer: "hovers",
    style: { inset: "0", width: "100%", height: "100%", background: VEIL, pointerEvents: "none", display: "none" },
  });
  const canvas = renderer.createCanvas("hkg-focus", { beforeLayer: "hovers", style: { inset: "0", pointerEvents: "none" } }) as HTMLCanvasElement;
  const ctx = canvas.getContext("2d")!;
  let hovered: string | null = null;
  let shown: (edge: string) => boolean = () => true;

  const draw = () => {
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    // sigma sizes only the layers it made; this one follows the container itself
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (hovered === null || !graph.hasNode(hovered)) return;
    ctx.lineCap = "round";
    ctx.font = "11px system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    graph.forEachEdge(hovered, (edge, a, source, target) => {
      if (!shown(edge)) return;
      const s = renderer.getNodeDisplayData(source);
      const t = renderer.getNodeDisplayData(target);
      if (!s || !t || s.hidden || t.hidden) return;
      const p = renderer.framedGraphToViewport(s);
      const q = renderer.framedGraphToViewport(t);
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const len = Math.hypot(dx, dy);
      if (len < 1) return;
      // stop at the target's rim and end in an arrow head, as sigma draws a relation
      const rim = renderer.scaleSize(t.size);
      const ux = dx / len;
      const uy = dy / len;
      const ex = q.x - ux * rim;
      const ey = q.y - uy * rim;
      ctx.strokeStyle = ctx.fillStyle = a.color;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
      ctx.lineTo(ex, ey);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(ex, ey);
      ctx.lineTo(ex - ux * 7 - uy * 3.5, ey - uy * 7 + ux * 3.5);
      ctx.lineTo(ex - ux * 7 + uy * 3.5, ey - uy * 7 - ux * 3.5);
      ctx.fill();
      if (len > 60) {
        ctx.fillStyle = "#555555";
        ctx.fillText(a.relation, (p.x + q.x) / 2, (p.y + q.y) / 2);
      }
    });
  };
  // the camera moves and the canvas resizes with sigma's frames: follow them
  renderer.on("afterRender", draw);

  return {
    set(node, edgeShown) {
      hovered = node;
      shown = edgeShown;
      veil.style.display = node === null ? "none" : "block";
      draw();
    },
    dispose() {
      renderer.off("afterRender", draw);
      renderer.killLayer("hkg-veil");
      renderer.killLayer("hkg-focus");
    },
  };
}
