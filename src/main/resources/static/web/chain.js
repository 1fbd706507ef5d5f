// The citation-chain graph of a regulation or document page, drawn with cytoscape (from its WebJar).
(function () {
  const el = document.getElementById('chain');
  if (!el || typeof cytoscape === 'undefined') { return; }
  const view = JSON.parse(el.dataset.chain);
  // A document not yet written stands in a row of its own below every level: a chain through it is a
  // chain through nothing, and it should not read as a document of the level above it.
  const PLANNED_ROW = 9;
  const rowOf = n => n.planned ? PLANNED_ROW : Number(n.rank);
  const rows = {};
  view.nodes.forEach(n => { (rows[rowOf(n)] = rows[rowOf(n)] || []).push(n); });
  const used = Object.keys(rows).map(Number).sort((a, b) => a - b);
  const width = Math.max(el.clientWidth, 600);
  const elements = [];
  used.forEach(rank => {
    const list = rows[rank];
    // the planned row sits one row below the lowest level drawn
    const y = rank === PLANNED_ROW ? 60 + (Math.max(0, ...used.filter(r => r !== PLANNED_ROW).map(r => r - 1)) + 1) * 110
      : 60 + (rank - 1) * 110;
    list.forEach((n, i) => {
      elements.push({ group: 'nodes', data: { id: n.id, label: n.label + (n.planned ? '\n(拟制定 planned)' : n.level ? '\n' + n.level : ''),
          href: n.href, self: n.self, planned: n.planned },
        classes: n.planned ? 'planned' : '',
        position: { x: (i + 1) * width / (list.length + 1), y: y } });
    });
  });
  // An edge that skips a level (district straight to national) is bent, so that it is not drawn
  // through the node of the level between and read as a citation of that node.
  const rankOf = {};
  view.nodes.forEach(n => { rankOf[n.id] = rowOf(n); });
  // an edge is styled by the strongest reason it is made: basis, implements, standard, planned, mentions
  const ORDER = ['basis', 'implements', 'standard', 'planned', 'mentions'];
  const relationOf = e => ORDER.find(r => (e.relations || []).includes(r)) || 'mentions';
  view.edges.forEach((e, i) => elements.push({ group: 'edges',
    data: { id: 'e' + i, source: e.source, target: e.target, relation: relationOf(e), relations: (e.relations || []).join(' ') },
    classes: 'rel-' + relationOf(e) + (Math.abs(rankOf[e.source] - rankOf[e.target]) > 1 ? ' skip' : '') }));
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
      { selector: 'edge.rel-basis', style: { 'width': 3, 'line-color': '#0c4a7a', 'target-arrow-color': '#0c4a7a' } },
      { selector: 'edge.rel-implements', style: { 'width': 2, 'line-color': '#1f6f5c', 'target-arrow-color': '#1f6f5c' } },
      { selector: 'edge.rel-standard', style: { 'line-color': '#6a3d9a', 'target-arrow-color': '#6a3d9a', 'line-style': 'dotted' } },
      { selector: 'edge.rel-planned', style: { 'line-color': '#aaaaaa', 'target-arrow-color': '#aaaaaa', 'line-style': 'dashed' } },
      { selector: 'edge.rel-mentions', style: { 'width': 1, 'line-color': '#cfd8de', 'target-arrow-color': '#cfd8de' } },
      { selector: 'node.planned', style: { 'background-color': '#ffffff', 'border-width': 2, 'border-style': 'dashed',
          'border-color': '#888888', 'color': '#777777', 'shape': 'round-rectangle' } },
      { selector: 'edge.skip', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': [90], 'control-point-weights': [0.5] } }
    ]
  });
  cy.on('tap', 'node', evt => { const href = evt.target.data('href'); if (href) { window.location.href = href; } });
  window.policykgChain = cy;
})();
