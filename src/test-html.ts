/**
 * Puts server-rendered markup (our own renderToString output, never dataset text) into a test
 * document, as the browser does with a prerendered page, so hydration can be tested.
 */
export function mountServerHtml(host: Element, html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  host.replaceChildren(...[...parsed.body.childNodes].map((node) => host.ownerDocument.importNode(node, true)));
}
