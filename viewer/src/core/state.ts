export type SizeBy = "degree" | "pagerank" | "file";
export type ColorBy = "type" | "community";

export interface ViewState {
  hiddenKinds: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  /** entities with fewer mentions are hidden */
  minMentions: number;
  hideImplied: boolean;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  hovered: string | null;
  hoveredEdge: string | null;
  selected: string | null;
  layoutRunning: boolean;
}

export function initialState(): ViewState {
  return {
    hiddenKinds: new Set(),
    hiddenRelations: new Set(),
    minMentions: 0,
    hideImplied: false,
    sizeBy: "degree",
    colorBy: "type",
    hovered: null,
    hoveredEdge: null,
    selected: null,
    layoutRunning: false,
  };
}

/** Fields whose change alters which nodes and edges are shown (and so the counts and exports). */
export const FILTER_KEYS = ["hiddenKinds", "hiddenRelations", "minMentions", "hideImplied"] as const;
