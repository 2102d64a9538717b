/* initlab report: typesets math and draws every chart from the page's embedded data.
   Pages never fetch: data arrives as <script> files, so the site works from file://. */
(function () {
  'use strict';

  var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;

  function typesetMath() {
    document.querySelectorAll('.math').forEach(function (el) {
      try {
        katex.render(el.textContent, el, {
          displayMode: el.classList.contains('math-display'),
          throwOnError: true
        });
      } catch (e) {
        el.classList.add('math-error');
        console.error('initlab: cannot typeset ' + JSON.stringify(el.textContent) + ': ' + e.message);
      }
    });
  }

  function format(v) {
    if (typeof v === 'string') { return v; }          // "NaN", "Infinity" as written in results.json
    if (v === 0) { return '0'; }
    var a = Math.abs(v);
    return (a >= 1e-3 && a < 1e5) ? String(Number(v.toPrecision(4))) : v.toExponential(2);
  }

  function compact(v) {
    return v >= 1e6 ? (v / 1e6) + 'M' : v >= 1e3 ? (v / 1e3) + 'k' : String(v);
  }

  /* When one bar dwarfs the rest (ReLU's exact zeros), cap the axis so the shape of the others
     stays visible, and label the clipped bar with its real count. */
  function yAxisCap(counts) {
    var sorted = counts.slice().sort(function (a, b) { return b - a; });
    return sorted.length > 1 && sorted[1] > 0 && sorted[0] > 4 * sorted[1] ? Math.ceil(sorted[1] * 1.5) : null;
  }

  function histogramOption(stats, label) {
    var edges = stats.histogram.edges, counts = stats.histogram.counts;
    var cap = yAxisCap(counts);
    var data = counts.map(function (c) {
      return cap !== null && c > cap
        ? { value: c, label: { show: true, position: 'insideTop', formatter: compact(c) + ' ↑', fontSize: 9, color: '#fff' } }
        : c;
    });
    var categories = counts.map(function (_, i) { return format((edges[i] + edges[i + 1]) / 2); });
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 34, right: 6, top: 8, bottom: 22 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: function (items) {
          var i = items[0].dataIndex;
          var closing = i === counts.length - 1 ? ']' : ')';
          return '[' + format(edges[i]) + ', ' + format(edges[i + 1]) + closing + '<br>' + counts[i] + ' values';
        }
      },
      xAxis: {
        type: 'category', data: categories,
        axisLabel: { fontSize: 9, interval: Math.max(0, Math.floor(counts.length / 3) - 1) },
        axisTick: { alignWithLabel: true }
      },
      yAxis: { type: 'value', max: cap === null ? null : cap, axisLabel: { fontSize: 9, formatter: compact }, splitNumber: 3 },
      series: [{ type: 'bar', data: data, barCategoryGap: '8%', itemStyle: { color: dark ? '#7aa7ff' : '#3461c1' } }]
    };
  }

  function drawCharts() {
    var charts = [];
    document.querySelectorAll('.chart[data-experiment]').forEach(function (el) {
      var experiment = (window.initlabData || {})[el.dataset.experiment];
      if (!experiment) {
        console.error('initlab: no data for experiment ' + el.dataset.experiment);
        return;
      }
      var run = experiment.runs[Number(el.dataset.run)];
      var stats = run.layers[Number(el.dataset.layer)][el.dataset.stat];
      var chart = echarts.init(el, dark ? 'dark' : null, { renderer: 'canvas' });
      chart.setOption(histogramOption(stats, el.getAttribute('aria-label')));
      chart.group = el.dataset.experiment + '/' + el.dataset.run;   // one run's layers share tooltips
      el.dataset.drawn = 'true';
      charts.push(chart);
    });
    var groups = {};
    charts.forEach(function (c) { groups[c.group] = true; });
    Object.keys(groups).forEach(function (g) { echarts.connect(g); });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }

  /* The comparison page: a baseline and a current histogram overlaid as step areas on one value
     axis, so bins that moved show even when the edges differ. */
  function stepPoints(h) {
    var points = h.counts.map(function (c, i) { return [h.edges[i], c]; });
    points.push([h.edges[h.edges.length - 1], h.counts[h.counts.length - 1]]);
    return points;
  }

  function overlayOption(pair, label) {
    var cap = yAxisCap(pair.baseline.counts.concat(pair.current.counts));
    function series(name, h, color) {
      return { name: name, type: 'line', step: 'end', symbol: 'none', data: stepPoints(h),
               lineStyle: { color: color, width: 1.5 }, itemStyle: { color: color }, areaStyle: { color: color, opacity: 0.2 } };
    }
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      legend: { top: 0, textStyle: { fontSize: 10 } },
      grid: { left: 40, right: 10, top: 24, bottom: 22 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + ' values'; } },
      xAxis: { type: 'value', scale: true, axisLabel: { fontSize: 9, formatter: format } },
      yAxis: { type: 'value', max: cap, axisLabel: { fontSize: 9, formatter: compact }, splitNumber: 3 },
      series: [series('baseline', pair.baseline, dark ? '#9aa3b5' : '#8a93a6'),
               series('current', pair.current, dark ? '#7aa7ff' : '#3461c1')]
    };
  }

  function drawOverlays() {
    var charts = [];
    document.querySelectorAll('.chart[data-compare]').forEach(function (el) {
      var pair = (window.initlabCompare || [])[Number(el.dataset.compare)];
      if (!pair) {
        console.error('initlab: no data for comparison chart ' + el.dataset.compare);
        return;
      }
      var chart = echarts.init(el, dark ? 'dark' : null, { renderer: 'canvas' });
      chart.setOption(overlayOption(pair, el.getAttribute('aria-label')));
      el.dataset.drawn = 'true';
      charts.push(chart);
    });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    typesetMath();
    drawCharts();
    drawOverlays();
    document.documentElement.dataset.initlabReady = 'true';
  });
})();
