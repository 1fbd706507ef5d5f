// The citation-chain graph of a regulation or document page, drawn with cytoscape (from its WebJar).
(function () {
  const el = document.getElementById('chain');
  if (!el || typeof cytoscape === 'undefined') { return; }
  const view = JSON.parse(el.dataset.chain);
  const rows = {};
  view.nodes.forEach(n => { (rows[n.rank] = rows[n.rank] || []).push(n); });
  const width = Math.max(el.clientWidth, 600);
  const elements = [];
  Object.keys(rows).sort().forEach((rank, row) => {
    const list = rows[rank];
    list.forEach((n, i) => {
      elements.push({ group: 'nodes', data: { id: n.id, label: n.label + (n.level ? '\n' + n.level : ''), href: n.href, self: n.self },
        position: { x: (i + 1) * width / (list.length + 1), y: 60 + (Number(rank) - 1) * 110 } });
    });
  });
  // An edge that skips a level (district straight to national) is bent, so that it is not drawn
  // through the node of the level between and read as a citation of that node.
  const rankOf = {};
  view.nodes.forEach(n => { rankOf[n.id] = Number(n.rank); });
  view.edges.forEach((e, i) => elements.push({ group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target },
    classes: Math.abs(rankOf[e.source] - rankOf[e.target]) > 1 ? 'skip' : '' }));
  const cy = cytoscape({
    container: el,
    elements: elements,
    layout: { name: 'preset', fit: true, padding: 40 },
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 160, 'font-size': 11,
          'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': '#1f6f5c', 'width': 18, 'height': 18 } },
      { selector: 'node[?self]', style: { 'background-color': '#e07b00', 'width': 26, 'height': 26, 'font-weight': 'bold' } },
      { selector: 'edge', style: { 'width': 1.5, 'line-color': '#9bb0bd', 'target-arrow-color': '#9bb0bd',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
      { selector: 'edge.skip', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': [90], 'control-point-weights': [0.5] } }
    ]
  });
  cy.on('tap', 'node', evt => { const href = evt.target.data('href'); if (href) { window.location.href = href; } });
  window.policykgChain = cy;
})();
