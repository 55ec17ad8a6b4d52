/* Draws the charts of a CorridorSim report from the JSON in #report-data with Chart.js.
   Three kinds of chart spec come from the Java side (org.corridorsim.report.Charts):
   "timeline" (open intervals per row), "line" (values over an axis, optional confidence band)
   and "bars" (values per category, optional confidence whiskers). Line and bar specs may carry
   "observedRanges": the scenario's observations, drawn over the simulated values. A fit's report
   adds "scatter" (particles as dots) and "observed" on line and bar specs (one range, drawn as a
   band along the value axis, or as a bracket at time x), and "points" on line specs: each source's
   figures over time, drawn over the posterior predictive bands. A sweep over two parameters draws each
   metric as a "heatmap" over the grid of their values. */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var level = Math.round(data.confidence * 1000) / 10 + '%';
  var INK = CorridorSimCharts.INK;
  var GRID = CorridorSimCharts.GRID;
  var fmt = CorridorSimCharts.fmt;
  var tickLabel = CorridorSimCharts.tickLabel;
  var withUnit = CorridorSimCharts.withUnit;
  var alpha = CorridorSimCharts.alpha;
  var title = CorridorSimCharts.title;
  var axis = CorridorSimCharts.axis;
  var allObserved = CorridorSimCharts.allObserved;
  var valueAxis = CorridorSimCharts.valueAxis;
  var within = CorridorSimCharts.within;
  var shortTitle = CorridorSimCharts.shortTitle;
  var shade = CorridorSimCharts.shade;
  var gridAxis = CorridorSimCharts.gridAxis;
  var errorBars = CorridorSimOverlays.errorBars;
  var zeroLine = CorridorSimOverlays.zeroLine;
  var observedRanges = CorridorSimOverlays.observedRanges;
  var observedRange = CorridorSimOverlays.observedRange;
  var observedPoints = CorridorSimOverlays.observedPoints;
  var observedSpans = CorridorSimOverlays.observedSpans;

  function interval(dataset, index, unit) {
    return CorridorSimCharts.interval(dataset, index, unit, level);
  }

  Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = '#3e4c59';
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.legend.labels.boxWidth = 12;
  Chart.defaults.plugins.legend.labels.boxHeight = 12;
  Chart.defaults.plugins.tooltip.backgroundColor = 'rgba(31, 41, 51, 0.92)';
  Chart.defaults.plugins.tooltip.padding = 9;

  /* Particles as dots. The points are sorted by x and the axes are set from all of them: with
     parsing off, Chart.js takes the data as sorted and would otherwise span only the first and
     last point, hiding the particles beyond them. Each axis spans the data, padded a little but
     never beyond the parameter's support, with round ticks inside it. */
  function scatterChart(canvas, spec) {
    var points = spec.points.filter(function (p) { return isFinite(p[0]) && isFinite(p[1]); })
      .slice().sort(function (a, b) { return a[0] - b[0]; });
    var x = within(points.map(function (p) { return p[0]; }), spec.xRange);
    var y = within(points.map(function (p) { return p[1]; }), spec.yRange);
    return new Chart(canvas, {
      type: 'scatter',
      data: { datasets: [{
        label: 'particles',
        data: points.map(function (p) { return { x: p[0], y: p[1] }; }),
        pointRadius: 2, borderWidth: 0, clip: 3,
        pointBackgroundColor: points.map(function (p) { return alpha('#4e79a7', 0.15 + 0.85 * p[2]); })
      }] },
      options: {
        parsing: false,
        scales: {
          x: { type: 'linear', min: x.min, max: x.max, title: title(shortTitle(spec.xTitle)), grid: { color: GRID },
            ticks: { maxTicksLimit: 6, maxRotation: 0, includeBounds: false, callback: tickLabel } },
          y: { type: 'linear', min: y.min, max: y.max, title: title(shortTitle(spec.yTitle)), grid: { color: GRID },
            ticks: { maxTicksLimit: 6, includeBounds: false, callback: tickLabel } }
        },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (item) {
            return spec.xTitle + ' ' + fmt(item.raw.x) + ', ' + spec.yTitle + ' ' + fmt(item.raw.y);
          } } }
        }
      }
    });
  }

  /* A metric over a grid of two swept parameters: one cell per point, shaded from light (lowest
     mean) to dark (highest), with the mean written in it when the cell is large enough. The cells
     are drawn around the points of a scatter chart, which sit at the cell centres for tooltips. */
  function heatmapChart(canvas, spec) {
    canvas.parentNode.style.height = Math.max(260, 90 + 34 * spec.y.values.length) + 'px';
    var shown = spec.cells.filter(function (c) { return c.value !== null && isFinite(c.value); });
    var values = shown.map(function (c) { return c.value; });
    var low = Math.min.apply(null, values);
    var high = Math.max.apply(null, values);
    function share(v) { return high > low ? (v - low) / (high - low) : 0.5; }
    var cells = {
      id: 'heatCells',
      beforeDatasetsDraw: function (chart) {
        var ctx = chart.ctx;
        var sx = chart.scales.x;
        var sy = chart.scales.y;
        var w = Math.abs(sx.getPixelForValue(1) - sx.getPixelForValue(0));
        var h = Math.abs(sy.getPixelForValue(1) - sy.getPixelForValue(0));
        ctx.save();
        ctx.font = '600 12px ' + Chart.defaults.font.family;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        shown.forEach(function (c) {
          var cx = sx.getPixelForValue(c.x);
          var cy = sy.getPixelForValue(c.y);
          var t = share(c.value);
          ctx.fillStyle = shade(t);
          ctx.fillRect(cx - w / 2 + 1, cy - h / 2 + 1, w - 2, h - 2);
          var text = fmt(c.value);
          if (ctx.measureText(text).width < w - 6 && h > 16) {
            ctx.fillStyle = t > 0.55 ? '#ffffff' : INK;
            ctx.fillText(text, cx, cy);
          }
        });
        ctx.restore();
      }
    };
    return new Chart(canvas, {
      type: 'scatter',
      data: { datasets: [{ label: spec.label, data: shown.map(function (c) { return { x: c.x, y: c.y }; }),
        pointRadius: 0, pointHoverRadius: 0, pointHitRadius: 24, cells: shown }] },
      options: {
        parsing: false,
        scales: { x: gridAxis(spec.x.values, spec.x.title), y: gridAxis(spec.y.values, spec.y.title) },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: {
            title: function (items) {
              var c = items.length ? shown[items[0].dataIndex] : null;
              return c ? [spec.x.title + ' = ' + spec.x.values[c.x], spec.y.title + ' = ' + spec.y.values[c.y]] : '';
            },
            label: function (item) {
              var c = shown[item.dataIndex];
              var range = c.lower !== null && c.lower !== undefined && isFinite(c.lower)
                ? ' (' + level + ' CI ' + fmt(c.lower) + ' \u2013 ' + withUnit(c.upper, spec.unit) + ')' : '';
              return spec.label + ': ' + withUnit(c.value, spec.unit) + range;
            }
          } }
        }
      },
      plugins: [cells]
    });
  }

  function lineChart(canvas, spec) {
    var category = spec.x.kind === 'category';
    function points(values) {
      return values.map(function (v, i) { return category ? v : { x: spec.positions[i], y: v }; });
    }
    var datasets = [];
    // A count's interval stays within its bounds: on a chart of values that cannot be negative,
    // the band stops at zero rather than below the axis.
    function floor(values) {
      return spec.y.signed ? values : values.map(function (v) { return v === null ? v : Math.max(0, v); });
    }
    spec.series.forEach(function (s) {
      if (s.lower) {
        datasets.push({ label: s.label + ' upper', band: true, data: points(s.upper), borderWidth: 0, pointRadius: 0,
          pointHitRadius: 0, backgroundColor: alpha(s.color, 0.18), fill: '+1', order: 2 });
        datasets.push({ label: s.label + ' lower', band: true, data: points(floor(s.lower)), borderWidth: 0, pointRadius: 0,
          pointHitRadius: 0, fill: false, order: 2 });
      }
      datasets.push({ label: s.label, data: points(s.values), borderColor: s.color, backgroundColor: s.color,
        borderDash: s.dash || [], borderWidth: s.dash && s.dash.length ? 2.5 : 2, pointRadius: category || spec.positions.length < 30 ? 3 : 0, pointHoverRadius: 4,
        tension: 0, fill: false, order: 1, lower: s.lower ? floor(s.lower) : s.lower, upper: s.upper });
    });
    if (spec.gaps) {
      // a source's band spans only the times it reported: no line across another source's times
      datasets.forEach(function (d) { d.spanGaps = true; });
    }
    observedPoints(spec).forEach(function (d) { datasets.push(d); });
    var visible = datasets.filter(function (d) { return !d.band; });
    var dashed = spec.series.some(function (s) { return s.dash && s.dash.length; });
    return new Chart(canvas, {
      type: 'line',
      data: { labels: category ? spec.x.categories : undefined, datasets: datasets },
      options: {
        parsing: category ? undefined : false,
        interaction: spec.points ? { mode: 'nearest', intersect: true } : { mode: 'index', intersect: false },
        scales: { x: axis(spec.x), y: valueAxis(spec.y, visible, allObserved(spec).concat((spec.points || [])
          .filter(function (p) { return p.low !== undefined; }))) },
        plugins: {
          legend: { display: visible.length > 1, labels: { boxWidth: dashed ? 30 : 12, filter: function (item, chartData) {
            return !chartData.datasets[item.datasetIndex].band;
          } } },
          tooltip: {
            filter: function (item) { return !item.dataset.band; },
            callbacks: {
              title: function (items) {
                if (!items.length) { return ''; }
                return items[0].dataset.observed ? items[0].dataset.titles[items[0].dataIndex]
                  : spec.pointTitles[items[0].dataIndex];
              },
              label: function (item) {
                var y = category ? item.raw : item.raw.y;
                if (item.dataset.observed) { return item.dataset.label + ': ' + item.dataset.titles[item.dataIndex]; }
                return item.dataset.label + ': ' + withUnit(y, spec.y.unit)
                  + interval(item.dataset, item.dataIndex, spec.y.unit);
              }
            }
          }
        }
      },
      plugins: [observedRanges(spec.observedRanges), observedRange(spec), observedSpans(spec)]
    });
  }

  function barChart(canvas, spec) {
    var horizontal = spec.horizontal;
    var labels = spec.categories.map(function (c, i) {
      return spec.notes[i] ? [c, spec.notes[i]] : c;
    });
    var datasets = spec.series.map(function (s) {
      var colors = spec.categoryColors || s.values.map(function () { return s.color; });
      return { label: s.label, data: s.values, lower: s.lower, upper: s.upper,
        backgroundColor: colors.map(function (c) { return alpha(c, s.opacity || 0.85); }), borderColor: colors,
        borderWidth: 1,
        maxBarThickness: 46 };
    });
    if (horizontal) {
      canvas.parentNode.style.height = Math.max(160, 70 + labels.length * datasets.length * 30
        + labels.length * 12) + 'px';
    }
    var values = valueAxis(spec.y, datasets, allObserved(spec));
    var categories = { type: 'category', grid: { display: false },
      ticks: { autoSkip: false, maxRotation: horizontal ? 0 : 40, color: INK } };
    return new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        scales: horizontal ? { x: values, y: categories } : { x: categories, y: values },
        plugins: {
          legend: { display: datasets.length > 1 },
          tooltip: { callbacks: {
            title: function (items) { return items.length ? spec.categories[items[0].dataIndex] : ''; },
            label: function (item) {
              return item.dataset.label + ': ' + withUnit(item.raw, spec.y.unit)
                + interval(item.dataset, item.dataIndex, spec.y.unit);
            }
          } }
        }
      },
      plugins: [errorBars, zeroLine, observedRanges(spec.observedRanges), observedRange(spec)]
    });
  }

  function timelineChart(canvas, spec) {
    var most = spec.rows.reduce(function (m, row) { return Math.max(m, row.intervals.length); }, 1);
    var datasets = [];
    for (var k = 0; k < most; k++) {
      datasets.push({
        label: spec.legend, window: k, grouped: false, borderRadius: 3, borderSkipped: false,
        backgroundColor: alpha('#59a14f', 0.75), borderColor: '#3d7a36', borderWidth: 1,
        barPercentage: 0.7, categoryPercentage: 0.9,
        data: spec.rows.map(function (row) { return row.intervals[k] || null; })
      });
    }
    canvas.parentNode.style.height = Math.max(140, 80 + spec.rows.length * 30) + 'px';
    return new Chart(canvas, {
      type: 'bar',
      data: { labels: spec.rows.map(function (row) { return row.label; }), datasets: datasets },
      options: {
        indexAxis: 'y',
        scales: { x: axis(spec.x), y: { grid: { display: false }, ticks: { color: INK } } },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: {
            title: function (items) { return items.length ? spec.rows[items[0].dataIndex].label : ''; },
            label: function (item) {
              return spec.legend + ': ' + spec.rows[item.dataIndex].tooltips[item.dataset.window];
            }
          } }
        }
      }
    });
  }

  var draw = { line: lineChart, bars: barChart, timeline: timelineChart, scatter: scatterChart,
    heatmap: heatmapChart };
  var drawn = 0;
  data.charts.forEach(function (spec) {
    var canvas = document.getElementById(spec.id);
    try {
      draw[spec.type](canvas, spec);
      drawn++;
    } catch (e) {
      var message = document.createElement('p');
      message.className = 'chart-error';
      message.textContent = 'This chart could not be drawn: ' + e.message;
      canvas.parentNode.replaceWith(message);
      console.error('chart ' + spec.id + ' (' + spec.type + '): ' + e);
    }
  });
  document.body.setAttribute('data-charts-drawn', String(drawn));
}());
