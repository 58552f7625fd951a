// The iframe page tells the page around it its height, on load and whenever its content's size
// changes (ResizeObserver):
//
//   parent.postMessage({ type: 'kl-embed-height', height }, '*')
//
// The target origin is '*' because the embed cannot know which site shows it, and a height is no
// secret; the host's helper (see ./snippet.ts) checks that the message comes from its own
// iframe's origin.

/** Starts reporting the page's height to the page that frames it. */
export function reportHeight(): void {
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: 'kl-embed-height', height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('load', report);
  report();
}
