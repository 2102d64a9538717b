/* initlab report: typesets math and draws every chart from the page's embedded data.
   Pages never fetch: data arrives as <script> files, so the site works from file://. */
(function () {
  'use strict';

  /* The theme: the reader's choice from the header's toggle (html[data-theme], kept in
     localStorage and applied by theme.js in the head before the first paint), else the system's. */
  var STORAGE_KEY = 'initlab-theme';
  var systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : { matches: false };
  var printing = false;

  function prefersDark() {
    var chosen = document.documentElement.dataset.theme;
    return chosen ? chosen === 'dark' : systemDark.matches;
  }

  var dark = prefersDark();   // what the charts are drawn for; paper is always light

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

  /* Text for a tooltip: ECharts inserts a formatter's result as HTML, and labels come from the
     POM (an initializer's spec may name a file) or from a cached results file. */
  function text(v) {
    return echarts.format.encodeHTML(String(v));
  }

  function compact(v) {
    return v >= 1e6 ? (v / 1e6) + 'M' : v >= 1e3 ? (v / 1e3) + 'k' : String(v);
  }

  /* When one bar dwarfs the rest, cap the axis so the shape of the others stays visible (the
     comparison page's overlays; a histogram's own exact zeros are taken out instead). */
  function yAxisCap(counts) {
    var sorted = counts.slice().sort(function (a, b) { return b - a; });
    return sorted.length > 1 && sorted[1] > 0 && sorted[0] > 4 * sorted[1] ? Math.ceil(sorted[1] * 1.5) : null;
  }

  /* A round tick step (1, 2, 2.5 or 5 × 10^k) giving about `ticks` intervals over `span`. */
  function roundStep(span, ticks) {
    var raw = span > 0 && isFinite(span) ? span / ticks : 1;
    var power = Math.pow(10, Math.floor(Math.log10(raw)));
    var f = raw / power;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power;
  }

  function tidy(v) {
    return Number(v.toPrecision(12));   // 0.30000000000000004 → 0.3
  }

  /* A round tick as short as it is: 0.25, 2e-4, 1.5e+6. */
  function tickLabel(v) {
    var a = Math.abs(v);
    return v === 0 ? '0' : (a >= 1e-3 && a < 1e5) ? String(tidy(v)) : Number(v.toPrecision(3)).toExponential();
  }

  /* A histogram's x-axis: round ticks on a range from a round value at or below the first edge to one
     at or above the last, so a reader sees where the data starts and ends. */
  function roundAxis(first, last) {
    var step = roundStep(last - first, 4);
    return { min: tidy(Math.floor(first / step) * step), max: tidy(Math.ceil(last / step) * step), interval: step };
  }

  /* The bin numpy puts v in: [e_i, e_i+1), the last one closed; -1 when v is outside. */
  function binOf(edges, v) {
    var n = edges.length - 1;
    if (!(v >= edges[0] && v <= edges[n])) { return -1; }
    for (var i = 0; i < n - 1; i++) {
      if (v < edges[i + 1]) { return i; }
    }
    return n - 1;
  }

  function sum(counts) {
    return counts.reduce(function (a, b) { return a + b; }, 0);
  }

  /* What the bars do not show, as text above the plot: exact zeros (half of every ReLU layer, a
     spike that would flatten every other bar) and the finite values outside a configured range.
     Neither ever sets the y-axis maximum. */
  function histogramNotes(stats, edges, counts) {
    var notes = [];
    if (stats.zeros > 0) {
      var share = 100 * stats.zeros / stats.count;
      notes.push(stats.zeros + ' exact zeros (' + (share < 1 ? '<1' : Math.round(share)) + ' %)');
    }
    var outside = stats.count - (stats.nan || 0) - (stats.infinite || 0) - sum(counts);
    if (outside > 0) {
      var below = stats.min < edges[0], above = stats.max > edges[edges.length - 1];
      notes.push(below && above ? outside + ' outside [' + format(edges[0]) + ', ' + format(edges[edges.length - 1]) + ']'
        : below ? outside + ' below ' + format(edges[0]) : outside + ' above ' + format(edges[edges.length - 1]));
    }
    return notes;
  }

  /* A layer's histogram: each bar drawn between its true edges on a value axis with round ticks. */
  function histogramOption(stats, label) {
    var edges = stats.histogram.edges, counts = stats.histogram.counts.slice();
    var notes = histogramNotes(stats, edges, counts);
    var zeroBin = stats.zeros > 0 ? binOf(edges, 0) : -1;
    if (zeroBin >= 0) {
      counts[zeroBin] = Math.max(0, counts[zeroBin] - stats.zeros);   // the zeros are a note, not a bar
    }
    var x = roundAxis(edges[0], edges[edges.length - 1]);
    var ink = dark ? '#e3e7ef' : '#1d2330', muted = dark ? '#9aa3b5' : '#5b6475', bar = dark ? '#7aa7ff' : '#3461c1';
    var data = counts.map(function (c, i) { return [edges[i], edges[i + 1], c]; });
    return {
      animation: false,
      aria: { enabled: true, label: { description: label + (notes.length ? '; ' + notes.join(', ') : '') } },
      grid: { left: 34, right: 10, top: notes.length ? 20 : 8, bottom: 22 },
      graphic: notes.length ? [{ type: 'text', left: 34, top: 2, silent: true,
        style: { text: notes.join(' · '), fill: ink, fontSize: 9 } }] : [],
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          var i = p.dataIndex;
          var closing = i === counts.length - 1 ? ']' : ')';
          return text('[' + format(edges[i]) + ', ' + format(edges[i + 1]) + closing) + '<br>'
            + text(counts[i] + ' values' + (i === zeroBin ? ' besides ' + stats.zeros + ' exact zeros' : ''));
        }
      },
      xAxis: { type: 'value', min: x.min, max: x.max, interval: x.interval, splitLine: { show: false },
               axisLabel: { fontSize: 9, color: muted, formatter: tickLabel } },
      yAxis: { type: 'value', min: 0, splitNumber: 3, axisLabel: { fontSize: 9, color: muted, formatter: compact } },
      series: [{
        type: 'custom', data: data, encode: { x: [0, 1], y: 2 }, clip: true,
        renderItem: function (params, api) {
          var low = api.coord([api.value(0), 0]), high = api.coord([api.value(1), api.value(2)]);
          var gap = Math.min(1, (high[0] - low[0]) * 0.08);   // a hairline between neighbours
          return { type: 'rect', shape: { x: low[0] + gap / 2, y: high[1], width: Math.max(0.5, high[0] - low[0] - gap),
                                          height: low[1] - high[1] },
                   style: api.style({ fill: bar }) };
        },
        markLine: zeroBin >= 0 ? { symbol: 'none', silent: true, label: { show: false },
          lineStyle: { color: ink, type: 'dashed', width: 1 }, data: [{ xAxis: 0 }] } : undefined
      }]
    };
  }

  function positive(v) {
    return typeof v === 'number' && v > 0 && isFinite(v) ? v : null;   // a log axis cannot show 0 or NaN
  }

  function theoryValue(l, key) {
    return l.theory ? positive(l.theory[key]) : null;
  }

  /* Var(pre) layer by layer: measured, the mean-field recursion, and the linear approximation
     n·Var(w)·E[x²] (tanh taken as the identity, weight means ignored), named as such. */
  function theoryOption(run, label) {
    var layers = run.layers.map(function (l) { return 'layer ' + l.index; });
    var measured = run.layers.map(function (l) { return positive(typeof l.pre.std === 'number' ? l.pre.std * l.pre.std : null); });
    var meanField = run.layers.map(function (l) { return theoryValue(l, 'meanFieldPreVariance'); });
    var linear = run.layers.map(function (l) { return theoryValue(l, 'preVariance'); });
    var linearName = linear.some(function (v) { return v !== null; }) || run.layers.some(function (l) {
      return l.theory && typeof l.theory.preVariance !== 'undefined';
    }) ? 'linear approx. n·Var(w)·E[x²]' : 'linear approx.: not defined for ' + run.initializer;
    var names = ['measured', 'mean field', linearName];
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 44, right: 8, top: 36, bottom: 22 },
      legend: { top: 0, itemHeight: 8, itemGap: 6, textStyle: { fontSize: 9 }, data: names },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? 'n/a' : format(v); } },
      xAxis: { type: 'category', data: layers, axisLabel: { fontSize: 9 } },
      yAxis: { type: 'log', axisLabel: { fontSize: 9, formatter: format } },
      series: [
        { name: names[0], type: 'line', data: measured, symbolSize: 5, itemStyle: { color: dark ? '#7aa7ff' : '#3461c1' } },
        { name: names[1], type: 'line', data: meanField, symbolSize: 5, lineStyle: { type: 'dashed' },
          itemStyle: { color: dark ? '#ffb86b' : '#c26a00' } },
        { name: names[2], type: 'line', data: linear, symbol: 'triangle', symbolSize: 4, lineStyle: { type: 'dotted', width: 1 },
          itemStyle: { color: dark ? '#9aa5b1' : '#6b7280' } }
      ]
    };
  }

  /* ‖∂L/∂a‖ as mean field carries it down from the top layer's measured value: one layer down, the
     mean square is χ times this layer's, so the norm is ×√(χ·n_in/n_out). */
  function backwardPrediction(run) {
    var n = run.layers.length;
    var out = new Array(n).fill(null);
    var top = run.layers[n - 1];
    var value = top.activationGradient ? norm(top.activationGradient) : null;
    out[n - 1] = positive(value);
    for (var i = n - 1; i > 0 && out[i] !== null; i--) {
      var gain = theoryValue(run.layers[i], 'backwardGain');
      out[i - 1] = gain === null ? null : positive(out[i] * Math.sqrt(gain * run.layers[i].fanIn / run.layers[i].fanOut));
    }
    return out;
  }

  var PALETTE = ['#3461c1', '#c26a00', '#2e8b57', '#9b3fb5'];

  /* Several libraries' versions of one scheme, binned on shared edges, as overlaid step lines. */
  function dialectsOption(group, label) {
    var edges = group.edges;
    var centers = edges.slice(0, -1).map(function (e, i) { return format((e + edges[i + 1]) / 2); });
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 44, right: 8, top: 30, bottom: 24 },
      legend: { top: 0, textStyle: { fontSize: 10 } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: centers, axisLabel: { fontSize: 9 } },
      yAxis: { type: 'value', axisLabel: { fontSize: 9, formatter: compact } },
      series: group.members.map(function (m, i) {
        return { name: m.spec, type: 'line', step: 'middle', symbol: 'none', data: m.counts,
                 lineStyle: { width: 1.5 }, itemStyle: { color: PALETTE[i % PALETTE.length] } };
      })
    };
  }

  function norm(stats) {
    return typeof stats.std === 'number' && typeof stats.mean === 'number'
      ? Math.sqrt(stats.count * (stats.std * stats.std + stats.mean * stats.mean)) : null;
  }

  /* Gradient norms layer by layer on a log axis: vanishing gradients fall towards the input, exploding ones rise. */
  function normsOption(run, label) {
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 44, right: 8, top: 36, bottom: 22 },
      legend: { top: 0, itemHeight: 8, textStyle: { fontSize: 9 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? 'n/a' : format(v); } },
      xAxis: { type: 'category', data: run.layers.map(function (l) { return 'layer ' + l.index; }), axisLabel: { fontSize: 9 } },
      yAxis: { type: 'log', axisLabel: { fontSize: 9, formatter: format } },
      series: [
        { name: '‖∂L/∂W‖', type: 'line', symbolSize: 5, itemStyle: { color: dark ? '#7aa7ff' : '#3461c1' },
          data: run.layers.map(function (l) { return positive(norm(l.gradient)); }) },
        { name: '‖∂L/∂a‖', type: 'line', symbolSize: 5, lineStyle: { type: 'dashed' }, itemStyle: { color: dark ? '#ffb86b' : '#c26a00' },
          data: run.layers.map(function (l) { return positive(norm(l.activationGradient)); }) },
        { name: '‖∂L/∂a‖ mean field (χ, from the top)', type: 'line', symbol: 'triangle', symbolSize: 4,
          lineStyle: { type: 'dotted', width: 1 }, itemStyle: { color: dark ? '#9aa5b1' : '#6b7280' },
          data: backwardPrediction(run) }
      ]
    };
  }

  /* Order and chaos (phase.html): the (σ_w², σ_b²) plane with the critical line χ₁ = 1 and each
     configured tanh initializer on it. */
  function phaseOption(phase, label) {
    var byExperiment = {};
    phase.points.forEach(function (p) {
      (byExperiment[p.experiment] = byExperiment[p.experiment] || []).push(p);
    });
    var series = [{ name: 'critical line χ₁ = 1', type: 'line', symbol: 'none', smooth: true,
      data: phase.criticalLine, lineStyle: { width: 2 }, itemStyle: { color: dark ? '#e5e7eb' : '#111827' } }];
    Object.keys(byExperiment).forEach(function (id, i) {
      series.push({ name: id, type: 'scatter', symbolSize: 9, itemStyle: { color: PALETTE[i % PALETTE.length] },
        data: byExperiment[id].map(function (p) {
          return { value: [p.scales.sigmaW2, p.scales.sigmaB2], name: p.initializer };
        }) });
    });
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 50, right: 16, top: 40, bottom: 40 },
      legend: { top: 0, textStyle: { fontSize: 10 } },
      tooltip: { trigger: 'item', formatter: function (p) {
        return text(p.seriesType === 'scatter' ? p.seriesName + ': ' + p.name : p.seriesName) + '<br>'
          + text('σ_w² ' + format(p.value[0]) + ', σ_b² ' + format(p.value[1]));
      } },
      xAxis: { type: 'log', name: 'σ_w² = n·Var(w)', nameLocation: 'middle', nameGap: 24, axisLabel: { fontSize: 9, formatter: format } },
      yAxis: { type: 'value', name: 'σ_b²', axisLabel: { fontSize: 9, formatter: format } },
      series: series
    };
  }

  /* ξ_q and ξ_c against σ_w², one pair of lines per bias variance; infinite depths (on the critical line) leave gaps. */
  function depthScalesOption(phase, label) {
    var series = [];
    phase.curves.forEach(function (c, i) {
      var color = PALETTE[i % PALETTE.length];
      series.push({ name: 'ξ_q, σ_b² = ' + format(c.sigmaB2), type: 'line', symbolSize: 4, itemStyle: { color: color },
        lineStyle: { type: 'dashed' },
        data: c.scales.map(function (s) { return [s.sigmaW2, positive(s.lengthDepth)]; }) });
      series.push({ name: 'ξ_c, σ_b² = ' + format(c.sigmaB2), type: 'line', symbolSize: 4, itemStyle: { color: color },
        data: c.scales.map(function (s) { return [s.sigmaW2, positive(s.correlationDepth)]; }) });
    });
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 50, right: 16, top: 40, bottom: 40 },
      legend: { top: 0, textStyle: { fontSize: 10 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? 'n/a' : format(v); } },
      xAxis: { type: 'log', name: 'σ_w²', nameLocation: 'middle', nameGap: 24, axisLabel: { fontSize: 9, formatter: format } },
      yAxis: { type: 'log', name: 'layers', axisLabel: { fontSize: 9, formatter: format } },
      series: series
    };
  }

  /* One tanh sweep: per initializer, the measured statistic by depth and the mean field's prediction. */
  function phaseSweepOption(phase, id, label) {
    var rows = phase.sweeps.filter(function (s) { return s.experiment === id; });
    var widths = {};
    rows.forEach(function (s) { widths[s.width] = true; });
    var series = [];
    rows.forEach(function (s, i) {
      var color = PALETTE[i % PALETTE.length];
      var name = s.initializer + (Object.keys(widths).length > 1 ? ' (width ' + s.width + ')' : '');
      series.push({ name: name + ' measured', type: 'line', symbolSize: 5, itemStyle: { color: color },
        data: s.measured.map(function (v) { return positive(v); }) });
      series.push({ name: name + ' mean field', type: 'line', symbol: 'triangle', symbolSize: 4, itemStyle: { color: color },
        lineStyle: { type: 'dashed' }, data: s.meanField.map(function (v) { return positive(v); }) });
    });
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 50, right: 16, top: 56, bottom: 40 },
      legend: { top: 0, textStyle: { fontSize: 10 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? 'n/a' : format(v); } },
      xAxis: { type: 'category', name: 'depth', nameLocation: 'middle', nameGap: 24,
        data: rows.length ? rows[0].depths.map(String) : [], axisLabel: { fontSize: 9 } },
      yAxis: { type: 'log', name: rows.length ? rows[0].statistic : '', axisLabel: { fontSize: 9, formatter: format } },
      series: series
    };
  }

  var RUN_COLORS = ['#3461c1', '#c26a00', '#2e8b57', '#9b3fb5', '#b91c1c', '#0e7490'];

  /* Every run's recorded cost on one log axis; inf and NaN leave gaps (the table lists them). */
  function costsOption(experiment, label) {
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 50, right: 16, top: 30, bottom: 30 },
      legend: { top: 0, textStyle: { fontSize: 10 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? 'n/a' : format(v); } },
      xAxis: { type: 'value', name: 'step', nameLocation: 'middle', nameGap: 20, axisLabel: { fontSize: 9, formatter: compact } },
      yAxis: { type: 'log', axisLabel: { fontSize: 9, formatter: format } },
      series: experiment.runs.map(function (run, i) {
        return { name: run.initializer, type: 'line', symbolSize: 4,
                 itemStyle: { color: RUN_COLORS[i % RUN_COLORS.length] },
                 data: run.training.costs.map(function (c) { return [c[0], positive(c[1])]; }) };
      })
    };
  }

  /* The prediction grid as runs of equal class along each row: a circle's 60 × 60 grid becomes a few
     hundred rectangles instead of 3600 symbols, so ECharts draws it in one pass, never progressively
     or on layers of its own (print, PDF and screenshots then show it whole). */
  function boundaryRuns(b) {
    var dx = (b.xMax - b.xMin) / (b.size - 1), dy = (b.yMax - b.yMin) / (b.size - 1), runs = [];
    for (var k = 0; k < b.size; k++) {
      var y = b.yMin + dy * k;
      for (var i = 0; i < b.size;) {
        var cls = b.predictions[k * b.size + i] > 0 ? 1 : 0, start = i;
        while (i < b.size && (b.predictions[k * b.size + i] > 0 ? 1 : 0) === cls) { i++; }
        runs.push([b.xMin + dx * (start - 0.5), b.xMin + dx * (i - 0.5), y - dy / 2, y + dy / 2, cls]);
      }
    }
    return runs;
  }

  /* The trained classifier's prediction over a grid (shaded), with the training points on top. */
  function boundaryOption(run, label) {
    var b = run.training.boundary;
    var shade = dark ? ['#3b2a1a', '#1c2b45'] : ['#fde7cf', '#d6e2fb'];
    var ink = dark ? ['#ffb86b', '#7aa7ff'] : ['#c26a00', '#3461c1'];
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 34, right: 8, top: 8, bottom: 22 },
      tooltip: { trigger: 'item', formatter: function (p) { return text('class ' + p.value[p.seriesIndex === 0 ? 4 : 2]); } },
      xAxis: { type: 'value', min: b.xMin, max: b.xMax, axisLabel: { fontSize: 9, formatter: format, showMinLabel: false, showMaxLabel: false } },
      yAxis: { type: 'value', min: b.yMin, max: b.yMax, axisLabel: { fontSize: 9, formatter: format, showMinLabel: false, showMaxLabel: false } },
      series: [
        { type: 'custom', data: boundaryRuns(b), encode: { x: [0, 1], y: [2, 3] }, clip: true, silent: true, progressive: 0,
          renderItem: function (params, api) {
            var from = api.coord([api.value(0), api.value(3)]), to = api.coord([api.value(1), api.value(2)]);
            // a hair wider than the cell, so neighbours overlap instead of leaving anti-aliased seams
            return { type: 'rect', shape: { x: from[0] - 0.3, y: from[1] - 0.3, width: to[0] - from[0] + 0.6, height: to[1] - from[1] + 0.6 },
                     style: { fill: shade[api.value(4)] } };
          } },
        { type: 'scatter', symbolSize: 5, data: b.points,
          itemStyle: { color: function (p) { return ink[p.value[2] > 0 ? 1 : 0]; }, borderColor: dark ? '#000' : '#fff', borderWidth: 0.5 } }
      ]
    };
  }

  /* A sweep's grid: depth across, initializers (or widths) down. Colour is log10 of the value,
     white at 1 with one hue for growth and one for decay, or the value itself for a fraction.
     A NaN, an infinity, or (on a log scale) a value <= 0 leaves its cell empty; the page lists them. */
  function sweepOption(experiment, el, label) {
    var runs = el.dataset.runs.split(',').map(function (i) { return experiment.runs[Number(i)]; });
    var grid = runs[0].sweep, log = el.dataset.scale === 'log', byWidth = el.dataset.rows === 'widths';
    var rows = byWidth ? grid.widths.map(function (w) { return 'width ' + w; }) : runs.map(function (r) { return r.initializer; });
    var data = [], extent = 0;
    rows.forEach(function (_, r) {
      var run = byWidth ? runs[0] : runs[r], width = byWidth ? grid.widths[r] : grid.widths[0];
      grid.depths.forEach(function (depth, c) {
        var cell = run.sweep.cells.filter(function (x) { return x.depth === depth && x.width === width; })[0];
        var v = cell ? cell.value : null;
        if (typeof v === 'number' && isFinite(v) && (!log || v > 0)) {
          var colour = log ? Math.log10(v) : v;
          extent = Math.max(extent, Math.abs(colour));
          data.push([c, r, colour, v]);
        }
      });
    });
    var bound = Math.max(1, Math.ceil(extent));
    var colours = dark ? ['#7aa7ff', '#2a2f3a', '#ffb86b'] : ['#3461c1', '#f7f7f7', '#c26a00'];
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 8, right: 16, top: 8, bottom: 62, containLabel: true },
      tooltip: {
        formatter: function (p) {
          return text(rows[p.value[1]] + ', depth ' + grid.depths[p.value[0]]) + '<br>' + text(grid.statistic + ' = ' + format(p.value[3]));
        }
      },
      xAxis: { type: 'category', data: grid.depths.map(String), name: 'depth', nameLocation: 'middle', nameGap: 22,
               splitArea: { show: true }, axisLabel: { fontSize: 10 } },
      yAxis: { type: 'category', data: rows, inverse: true, splitArea: { show: true }, axisLabel: { fontSize: 10 } },
      visualMap: {
        type: 'continuous', dimension: 2, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160, itemWidth: 10,
        min: log ? -bound : 0, max: log ? bound : 1, calculable: false,
        inRange: { color: log ? colours : [colours[1], colours[0]] },
        text: log ? ['10^' + bound, '10^−' + bound] : ['1', '0'], textStyle: { fontSize: 10 }
      },
      series: [{
        type: 'heatmap', data: data,
        label: { show: true, fontSize: 11, color: dark ? '#eee' : '#111', textBorderColor: dark ? '#000' : '#fff', textBorderWidth: 3,
                 formatter: function (p) { return format(p.value[3]); } },
        emphasis: { itemStyle: { borderColor: dark ? '#fff' : '#000', borderWidth: 1 } }
      }]
    };
  }

  /* One experiment's headline figure per run across the builds in history.json, oldest first. */
  function historyOption(id, label) {
    var builds = window.initlabHistory.builds;
    var names = builds.map(function (b, i) { return b.commit ? b.commit.substring(0, 7) : '#' + (i + 1); });
    var runs = {};
    builds.forEach(function (b) {
      var e = b.experiments[id];
      if (e) { Object.keys(e.headline).forEach(function (r) { runs[r] = true; }); }
    });
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 44, right: 8, top: 30, bottom: 22 },
      legend: { top: 0, type: 'scroll', textStyle: { fontSize: 9 } },
      // a run new since an earlier build has no value there: ECharts passes undefined (or '-')
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return typeof v === 'number' ? format(v) : '—'; } },
      xAxis: { type: 'category', data: names, axisLabel: { fontSize: 9 } },
      yAxis: { type: 'value', scale: true, axisLabel: { fontSize: 9, formatter: format } },
      series: Object.keys(runs).map(function (r, i) {
        return { name: r, type: 'line', symbolSize: 4, itemStyle: { color: RUN_COLORS[i % RUN_COLORS.length] },
                 data: builds.map(function (b) {
                   var e = b.experiments[id], v = e ? e.headline[r] : null;
                   return typeof v === 'number' && isFinite(v) ? v : null;
                 }) };
      })
    };
  }

  /* Pages of several seeds (data/<id>.seeds.js): medians with an interquartile band, pooled histograms.
     A band is a stacked pair of lines: q1, invisible, and q3 − q1 on top of it, filled. */
  function seedsOf(id) {
    return (window.initlabSeeds || {})[id];
  }

  function bandSeries(name, points, color, stack) {
    var valid = function (v) { return typeof v === 'number' && isFinite(v); };
    var low = points.map(function (p) { return [p[0], valid(p[1].q1) ? p[1].q1 : null]; });
    var width = points.map(function (p) {
      return [p[0], valid(p[1].q1) && valid(p[1].q3) ? p[1].q3 - p[1].q1 : null];
    });
    var median = points.map(function (p) { return [p[0], valid(p[1].median) ? p[1].median : null]; });
    return [
      { name: name, type: 'line', symbolSize: 4, data: median, itemStyle: { color: color }, lineStyle: { color: color }, z: 3 },
      { name: name + ' IQR', type: 'line', stack: stack, symbol: 'none', data: low, lineStyle: { opacity: 0 },
        tooltip: { show: false }, silent: true },
      { name: name + ' IQR', type: 'line', stack: stack, symbol: 'none', data: width, lineStyle: { opacity: 0 },
        areaStyle: { color: color, opacity: 0.2 }, tooltip: { show: false }, silent: true }
    ];
  }

  /* An axis tooltip that lists the medians, not the band's helper lines. */
  function medianTooltip() {
    return { trigger: 'axis', formatter: function (items) {
      return items.filter(function (it) { return !/ IQR$/.test(it.seriesName); }).map(function (it) {
        var v = Array.isArray(it.value) ? it.value[1] : it.value;
        return text(it.seriesName + ': ' + (v === null || v === undefined ? 'n/a' : format(v)));
      }).join('<br>');
    } };
  }

  /* Every initializer's median cost over the seeds, with its interquartile band, on one log axis. */
  function costsBandOption(seeds, label) {
    var series = [];
    seeds.summaries.forEach(function (g, i) {
      var points = g.costs.map(function (c) {
        return [c.iteration, { median: positive(c.cost.median), q1: positive(c.cost.q1), q3: positive(c.cost.q3) }];
      });
      series = series.concat(bandSeries(g.initializer, points, RUN_COLORS[i % RUN_COLORS.length], 'costs-' + i));
    });
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 50, right: 16, top: 30, bottom: 30 },
      legend: { top: 0, textStyle: { fontSize: 10 }, data: seeds.summaries.map(function (g) { return g.initializer; }) },
      tooltip: medianTooltip(),
      xAxis: { type: 'value', name: 'step', nameLocation: 'middle', nameGap: 20, axisLabel: { fontSize: 9, formatter: compact } },
      yAxis: { type: 'log', axisLabel: { fontSize: 9, formatter: format } },
      series: series
    };
  }

  /* One run card's std and mean per layer over the seeds: medians and interquartile bands. */
  function seedSpreadOption(group, stat, label) {
    var layers = group.layers.filter(function (l) { return l[stat]; });
    var names = layers.map(function (l) { return 'layer ' + l.index; });
    function points(field) {
      return layers.map(function (l, i) { return [names[i], l[stat][field]]; });
    }
    var series = bandSeries(stat + ' std', points('std'), dark ? '#7aa7ff' : '#3461c1', 'std')
      .concat(bandSeries(stat + ' mean', points('mean'), dark ? '#f0a35e' : '#c2571a', 'mean'));
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 40, right: 8, top: 24, bottom: 22 },
      legend: { top: 0, textStyle: { fontSize: 9 }, data: [stat + ' std', stat + ' mean'] },
      tooltip: medianTooltip(),
      xAxis: { type: 'category', data: names, axisLabel: { fontSize: 9 } },
      yAxis: { type: 'value', scale: true, axisLabel: { fontSize: 9, formatter: format }, splitNumber: 3 },
      series: series
    };
  }

  /* Every seed's histogram of one layer pooled: bars are the mean count per seed, whiskers the
     lowest and highest count a seed had in that bin. */
  function pooledHistogramOption(h, seeds, label) {
    var mean = h.counts.map(function (c) { return c / seeds; });
    var categories = mean.map(function (_, i) { return format((h.edges[i] + h.edges[i + 1]) / 2); });
    var cap = yAxisCap(h.max);
    var color = dark ? '#7aa7ff' : '#3461c1';
    return {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 34, right: 6, top: 8, bottom: 22 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: function (items) {
          var i = items[0].dataIndex;
          return text('[' + format(h.edges[i]) + ', ' + format(h.edges[i + 1]) + (i === mean.length - 1 ? ']' : ')')) + '<br>'
            + text(format(mean[i]) + ' values per seed (' + format(h.min[i]) + ' to ' + format(h.max[i]) + ')'
              + (h.exact ? '' : ', re-binned'));
        }
      },
      xAxis: { type: 'category', data: categories,
               axisLabel: { fontSize: 9, interval: Math.max(0, Math.floor(mean.length / 3) - 1) }, axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', max: cap === null ? null : cap, axisLabel: { fontSize: 9, formatter: compact }, splitNumber: 3 },
      series: [
        { name: 'mean per seed', type: 'bar', data: mean, barCategoryGap: '8%', itemStyle: { color: color } },
        { name: 'seeds\' range', type: 'custom', z: 5, silent: true,
          data: h.min.map(function (m, i) { return [i, m, h.max[i]]; }),
          renderItem: function (params, api) {
            var low = api.coord([api.value(0), api.value(1)]), high = api.coord([api.value(0), api.value(2)]);
            return { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] },
                     style: { stroke: dark ? '#e6e6e6' : '#222', lineWidth: 1 } };
          } }
      ]
    };
  }

  function optionFor(el) {
    var label = el.getAttribute('aria-label');
    if (el.dataset.kind === 'history') {
      return historyOption(el.dataset.history, label);
    }
    if (el.dataset.kind === 'phase' || el.dataset.kind === 'depth-scales' || el.dataset.kind === 'phase-sweep') {
      var phase = window.initlabPhase;
      if (!phase) {
        throw new Error('no data for the phase page');
      }
      return el.dataset.kind === 'phase' ? phaseOption(phase, label)
        : el.dataset.kind === 'depth-scales' ? depthScalesOption(phase, label) : phaseSweepOption(phase, el.dataset.sweep, label);
    }
    if (el.dataset.kind === 'dialects') {
      return dialectsOption(window.initlabCatalogue.dialects[Number(el.dataset.group)], label);
    }
    if (el.dataset.compare !== undefined) {
      var pair = (window.initlabCompare || [])[Number(el.dataset.compare)];
      if (!pair) {
        throw new Error('no data for comparison chart ' + el.dataset.compare);
      }
      return comparisonOption(pair, label);
    }
    var experiment = (window.initlabData || {})[el.dataset.experiment];
    if (!experiment) {
      throw new Error('no data for experiment ' + el.dataset.experiment);
    }
    var seeds = seedsOf(el.dataset.experiment);
    if (el.dataset.kind === 'costs') {
      return seeds ? costsBandOption(seeds, label) : costsOption(experiment, label);
    }
    if (el.dataset.kind === 'seed-spread') {
      return seedSpreadOption(seeds.summaries[Number(el.dataset.run)], el.dataset.stat, label);
    }
    if (seeds && el.dataset.layer !== undefined && seeds.histograms.length > 0) {
      return pooledHistogramOption(seeds.histograms[Number(el.dataset.run)][Number(el.dataset.layer)],
        seeds.summaries[0].seeds.length, label);
    }
    if (el.dataset.kind === 'sweep') {
      return sweepOption(experiment, el, label);
    }
    var run = experiment.runs[Number(el.dataset.run)];
    if (el.dataset.kind === 'boundary') {
      return boundaryOption(run, label);
    }
    if (el.dataset.kind === 'norms') {
      return normsOption(run, label);
    }
    return el.dataset.kind === 'theory'
      ? theoryOption(run, label)
      : histogramOption(run.layers[Number(el.dataset.layer)][el.dataset.stat], label);
  }

  var charts = [];   // every drawn chart: { el, chart }

  /* Draws el's chart in the current theme; false (and a console error) when its data is missing. */
  function drawChart(el) {
    var option;
    try {
      option = optionFor(el);
    } catch (e) {
      console.error('initlab: cannot draw chart "' + el.getAttribute('aria-label') + '": ' + e.message);
      return null;
    }
    option.backgroundColor = 'transparent';   // the page's card or background shows through
    var chart = echarts.init(el, dark ? 'dark' : null, { renderer: 'canvas' });
    chart.setOption(option);
    paintNow(chart);
    if (el.dataset.experiment && el.dataset.layer !== undefined) {
      chart.group = el.dataset.experiment + '/' + el.dataset.run;   // one run's layers share tooltips
    }
    el.dataset.drawn = 'true';
    el.dataset.theme = dark ? 'dark' : 'light';
    return chart;
  }

  function drawCharts() {
    document.querySelectorAll('.chart').forEach(function (el) {
      var chart = drawChart(el);
      if (chart) {
        charts.push({ el: el, chart: chart });
      }
    });
    var groups = {};
    charts.forEach(function (c) { if (c.chart.group) { groups[c.chart.group] = true; } });
    Object.keys(groups).forEach(function (g) { echarts.connect(g); });
    window.addEventListener('resize', function () { resizeCharts(document); });
  }

  function resizeCharts(within) {
    charts.forEach(function (c) {
      if (within.contains(c.el)) {
        c.chart.resize();
        paintNow(c.chart);
      }
    });
  }

  /* Paint now rather than on the next animation frame, which a print snapshot may not wait for. */
  function paintNow(chart) {
    var zr = chart.getZr();
    if (zr && zr.flush) {
      zr.flush();
    }
  }

  /* ECharts themes are fixed at init: a new theme means disposing every chart and drawing it again. */
  function applyTheme() {
    var wanted = !printing && prefersDark();
    var toggle = document.querySelector('.theme-toggle');
    if (toggle) {
      toggle.setAttribute('aria-pressed', String(prefersDark()));
    }
    if (wanted === dark) {
      return;
    }
    dark = wanted;
    charts.forEach(function (c) {
      c.el.dataset.drawn = 'false';
      c.chart.dispose();
      c.chart = drawChart(c.el) || c.chart;
    });
  }

  function setUpThemeToggle() {
    var toggle = document.querySelector('.theme-toggle');
    if (!toggle) {
      return;
    }
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var next = prefersDark() ? 'light' : 'dark';
      try {
        if ((next === 'dark') === systemDark.matches) {
          localStorage.removeItem(STORAGE_KEY);          // the system's choice again: follow it from now on
          delete document.documentElement.dataset.theme;
        } else {
          localStorage.setItem(STORAGE_KEY, next);
          document.documentElement.dataset.theme = next;
        }
      } catch (e) {
        document.documentElement.dataset.theme = next;   // no storage (private mode): this page only
      }
      applyTheme();
    });
    if (systemDark.addEventListener) {
      systemDark.addEventListener('change', applyTheme);
    }
    applyTheme();
  }

  /* Printing: light charts on white paper, sized for the printed page, then back. */
  function setUpPrinting() {
    function before() {
      printing = true;
      applyTheme();
      resizeCharts(document);
    }
    function after() {
      printing = false;
      applyTheme();
      resizeCharts(document);
    }
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
  }

  /* Per activation section, a checkbox per initializer that shows or hides its run card. */
  function addRunFilters() {
    document.querySelectorAll('section.evidence').forEach(function (section, s) {
      var cards = Array.prototype.slice.call(section.querySelectorAll('article.run[data-initializer]'));
      if (cards.length < 2) {
        return;
      }
      var heading = section.querySelector('h2');
      var bar = document.createElement('fieldset');
      bar.className = 'run-filter';
      var legend = document.createElement('legend');
      legend.textContent = 'Initializers shown' + (heading && heading.id ? ' for ' + heading.id : '');
      bar.appendChild(legend);
      var status = document.createElement('span');
      status.className = 'shown';
      status.setAttribute('aria-live', 'polite');
      var boxes = [];
      function update() {
        var shown = cards.filter(function (c) { return !c.hidden; }).length;
        status.textContent = shown + ' of ' + cards.length + ' shown';
      }
      cards.forEach(function (card, i) {
        card.id = card.id || 'run-card-' + s + '-' + i;
        var input = document.createElement('input');
        input.type = 'checkbox';
        input.checked = !card.hidden;
        input.id = 'show-' + card.id;
        input.setAttribute('aria-controls', card.id);
        var label = document.createElement('label');
        label.htmlFor = input.id;
        var name = document.createElement('code');
        name.textContent = card.dataset.initializer;
        label.appendChild(input);
        label.appendChild(name);
        bar.appendChild(label);
        input.addEventListener('change', function () {
          card.hidden = !input.checked;
          if (!card.hidden) {
            resizeCharts(card);   // the window may have changed size while it was hidden
          }
          update();
        });
        boxes.push(input);
      });
      var all = document.createElement('button');
      all.type = 'button';
      all.textContent = 'show all';
      all.addEventListener('click', function () {
        boxes.forEach(function (b) {
          if (!b.checked) {
            b.checked = true;
            b.dispatchEvent(new Event('change'));
          }
        });
      });
      bar.appendChild(all);
      bar.appendChild(status);
      update();
      cards[0].parentNode.insertBefore(bar, cards[0]);
    });
  }

  /* Every table (numbers and the explanations' own) scrolls sideways inside its own box, so a
     phone never scrolls the page. */
  function wrapTables() {
    document.querySelectorAll('main table').forEach(function (table) {
      var box = table.parentElement;
      if (!box.classList.contains('table-scroll')) {
        box = document.createElement('div');
        box.className = 'table-scroll';
        table.parentNode.insertBefore(box, table);
        box.appendChild(table);
      }
    });
    markScrollableTables();
    window.addEventListener('resize', markScrollableTables);
  }

  /* A box that scrolls can be focused, so the keyboard can scroll it too. */
  function markScrollableTables() {
    document.querySelectorAll('.table-scroll').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        var caption = box.querySelector('caption');
        box.setAttribute('aria-label', caption ? caption.textContent : 'table');
      } else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  }

  /* The comparison page: a baseline and a current histogram overlaid as step areas on one value
     axis, so bins that moved show even when the edges differ. */
  function stepPoints(h) {
    var points = h.counts.map(function (c, i) { return [h.edges[i], c]; });
    points.push([h.edges[h.edges.length - 1], h.counts[h.counts.length - 1]]);
    return points;
  }

  /* Baseline and current histograms of one figure, as overlaid step areas on a value axis. */
  function comparisonOption(pair, label) {
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

  document.addEventListener('DOMContentLoaded', function () {
    typesetMath();
    wrapTables();
    addRunFilters();
    drawCharts();
    setUpThemeToggle();
    setUpPrinting();
    document.documentElement.dataset.initlabReady = 'true';
  });
})();
