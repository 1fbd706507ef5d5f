// YASGUI (from its WebJar) bound to this server's SPARQL endpoint; the saved queries are the examples.
(function () {
  const endpoint = window.location.origin + '/ds/sparql';
  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: false,
    // the page's own ?example= is not a parameter for the endpoint (Yasgui would send it with the query)
    populateFromUrl: false,
    persistenceId: null,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] }
  });
  window.policykgYasgui = yasgui;
  const byName = {};
  JSON.parse(document.getElementById('editor-data').dataset.examples || '[]').forEach(e => { byName[e.name] = e; });
  function run(name) {
    const e = byName[name];
    if (!e) { return; }
    const tab = yasgui.getTab();
    tab.setEndpoint(endpoint);
    tab.setQuery(e.text);
    tab.query();
  }
  document.querySelectorAll('button.run-example').forEach(b => b.addEventListener('click', () => run(b.dataset.name)));
  const first = document.getElementById('editor-data').dataset.example;
  if (first && byName[first]) {
    run(first);
  } else {
    const tab = yasgui.getTab();
    tab.setEndpoint(endpoint);
    if (!tab.getQuery() || tab.getQuery().indexOf('policykg') < 0) {
      const e = byName['citations'] || Object.values(byName)[0];
      if (e) { tab.setQuery(e.text); }
    }
  }
  // Result links point at the IRIs (https://w3id.org/policykg/…), which no local server answers; a
  // person clicking one wants this server's page of it, so links under a served root are rewritten.
  const roots = JSON.parse(document.getElementById('editor-data').dataset.roots || '[]');
  function local(href) {
    const root = roots.find(r => href && href.startsWith(r.iri));
    return root ? root.path + href.substring(root.iri.length).replace(/[^\x00-\x7F]/gu, c => encodeURIComponent(c)) : null;
  }
  function rewrite(scope) {
    scope.querySelectorAll('a[href]').forEach(a => {
      const to = local(a.getAttribute('href'));
      if (to) { a.setAttribute('href', to); }
    });
  }
  new MutationObserver(() => rewrite(document.getElementById('yasgui')))
    .observe(document.getElementById('yasgui'), { childList: true, subtree: true });
})();
