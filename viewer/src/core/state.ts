export type SizeBy = "degree" | "pagerank" | "file";
export type ColorBy = "type" | "community";

export interface ViewState {
  hiddenKinds: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  /** entities with fewer mentions are hidden */
  minMentions: number;
  hideImplied: boolean;
  /** the years chosen on the time slider, or null for all (undated documents included) */
  yearRange: readonly [number, number] | null;
  /** the documents ticked in the picker, or null for all */
  pickedDocs: ReadonlySet<string> | null;
  /**
   * the documents both allow, derived from the two above by activeDocuments(): facts stated in
   * none of them are hidden; null when neither filters
   */
  activeDocs: ReadonlySet<string> | null;
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
    yearRange: null,
    pickedDocs: null,
    activeDocs: null,
    sizeBy: "degree",
    colorBy: "type",
    hovered: null,
    hoveredEdge: null,
    selected: null,
    layoutRunning: false,
  };
}

/** Fields whose change alters which nodes and edges are shown (and so the counts and exports). */
export const FILTER_KEYS = ["hiddenKinds", "hiddenRelations", "minMentions", "hideImplied", "activeDocs"] as const;
