// Drag a graph file anywhere onto the page to open it.
export function mountDropzone(hint: HTMLElement, open: (file: File) => void): void {
  let depth = 0;
  const hasFiles = (ev: DragEvent) => ev.dataTransfer?.types.includes("Files") ?? false;
  document.addEventListener("dragenter", (ev) => {
    if (!hasFiles(ev)) return;
    depth++;
    hint.hidden = false;
  });
  document.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) hint.hidden = true;
  });
  document.addEventListener("dragover", (ev) => {
    if (hasFiles(ev)) ev.preventDefault();
  });
  document.addEventListener("drop", (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    depth = 0;
    hint.hidden = true;
    const file = ev.dataTransfer?.files[0];
    if (file) open(file);
  });
}
