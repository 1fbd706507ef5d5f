// The comparison charts, drawn with ECharts (from its WebJar) from the rows the page embeds.
window.policykgCharts = (function () {
  function rows(id) {
    const el = document.getElementById(id);
    return el ? { el: el, rows: JSON.parse(el.dataset.rows || '[]') } : null;
  }
  function draw(el, option) {
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option);
    window.addEventListener('resize', () => chart.resize());
    el.dataset.drawn = 'true';
    return chart;
  }
  return {
    concept: function (id) {
      const d = rows(id);
      if (!d || !d.rows.length) { return; }
      const labels = d.rows.map(r => r.place + (r.place !== r.city ? '（' + r.city + '）' : '') + ' ' + (r.year || ''));
      const unit = d.rows.map(r => r.unit).find(u => u) || '';
      draw(d.el, {
        tooltip: { trigger: 'axis', formatter: p => p.map(x => {
          const r = d.rows[x.dataIndex];
          return r.city + ' · ' + r.place + '<br>' + r.indicator + '：' + (r.comparator || '') + ' ' + (r.value ?? '—') + (r.unit || '') + (r.year ? '（' + r.year + '）' : '');
        }).join('<br>') },
        grid: { left: 60, right: 20, bottom: 110, top: 40 },
        xAxis: { type: 'category', data: labels, axisLabel: { rotate: 30, interval: 0 } },
        yAxis: { type: 'value', name: unit },
        series: [{ type: 'bar', name: '目标值 Target value', data: d.rows.map(r => r.value === undefined ? null : Number(r.value)),
          itemStyle: { color: '#1f6f5c' }, label: { show: true, position: 'top' } }]
      });
    },
    theme: function (id) {
      const d = rows(id);
      if (!d || !d.rows.length) { return; }
      draw(d.el, {
        tooltip: { trigger: 'axis' },
        legend: { data: ['目标 Targets', '指标 Indicators'] },
        grid: { left: 50, right: 20, bottom: 50, top: 40 },
        xAxis: { type: 'category', data: d.rows.map(r => r.city) },
        yAxis: { type: 'value' },
        series: [
          { type: 'bar', name: '目标 Targets', data: d.rows.map(r => Number(r.targets)), itemStyle: { color: '#1f6f5c' } },
          { type: 'bar', name: '指标 Indicators', data: d.rows.map(r => Number(r.indicators)), itemStyle: { color: '#e07b00' } }
        ]
      });
    },
    departments: function (id) {
      const d = rows(id);
      if (!d || !d.rows.length) { return; }
      const cities = [...new Set(d.rows.map(r => r.cityLabel))];
      const types = [...new Set(d.rows.map(r => r.type || '其他 other'))];
      const series = cities.map(c => ({
        type: 'bar', name: c, data: types.map(t => {
          const r = d.rows.find(x => x.cityLabel === c && (x.type || '其他 other') === t);
          return r ? Number(r.leads) + Number(r.supports) : 0;
        })
      }));
      draw(d.el, {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { data: cities },
        grid: { left: 50, right: 20, bottom: 140, top: 50 },
        xAxis: { type: 'category', data: types, axisLabel: { rotate: 40, interval: 0 } },
        yAxis: { type: 'value', name: '任务数 tasks (lead + support)' },
        series: series
      });
    }
  };
})();

// Each chart element names its kind (data-chart): the pages carry no inline script, so that the
// Content-Security-Policy can allow scripts from the server's own files only.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    const draw = window.policykgCharts[el.dataset.chart];
    if (draw) { draw(el.id); }
  });
});
