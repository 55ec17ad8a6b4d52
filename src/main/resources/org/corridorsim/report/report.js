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
  var INK = '#1f2933';
  var GRID = '#e9edf1';

  Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = '#3e4c59';
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.legend.labels.boxWidth = 12;
  Chart.defaults.plugins.legend.labels.boxHeight = 12;
  Chart.defaults.plugins.tooltip.backgroundColor = 'rgba(31, 41, 51, 0.92)';
  Chart.defaults.plugins.tooltip.padding = 9;

  /* Three significant digits, whole numbers from 100 up: as Format.number on the Java side. */
  function fmt(value) {
    if (value === null || value === undefined || !isFinite(value)) {
      return '\u2013';
    }
    if (Math.abs(value) >= 99.95 || value === 0) {
      return Math.round(value).toLocaleString('en-US');
    }
    return Number(value.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 12 });
  }

  var compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

  /* Axis numbers: on an axis reaching 10,000 or more, 250,000 becomes 250K (and 5,000 5K), so
     that labels of narrow charts do not collide. */
  function tickLabel(value, index, ticks) {
    var top = ticks.reduce(function (m, tick) { return Math.max(m, Math.abs(tick.value)); }, 0);
    return top >= 10000 ? compact.format(value) : fmt(value);
  }

  function withUnit(value, unit) {
    return fmt(value) + (unit ? ' ' + unit : '');
  }

  function interval(dataset, index, unit) {
    if (!dataset.lower) {
      return '';
    }
    var low = dataset.lower[index];
    var high = dataset.upper[index];
    if (low === null || high === null) {
      return '';
    }
    return ' (' + level + ' CI ' + fmt(low) + ' \u2013 ' + withUnit(high, unit) + ')';
  }

  function alpha(hex, opacity) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16) + ', ' + ((n >> 8) & 255) + ', ' + (n & 255) + ', ' + opacity + ')';
  }

  function title(text) {
    return { display: Boolean(text), text: text, color: '#52606d', font: { weight: '600' } };
  }

  /* Whiskers from dataset.lower to dataset.upper on bar charts. */
  var errorBars = {
    id: 'errorBars',
    afterDatasetsDraw: function (chart) {
      var horizontal = chart.options.indexAxis === 'y';
      var scale = horizontal ? chart.scales.x : chart.scales.y;
      var ctx = chart.ctx;
      var area = chart.chartArea;
      ctx.save();
      ctx.beginPath();
      ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
      ctx.clip(); // an interval reaching below an axis that starts at zero ends at the axis
      chart.data.datasets.forEach(function (dataset, d) {
        if (!dataset.lower || !chart.isDatasetVisible(d)) {
          return;
        }
        chart.getDatasetMeta(d).data.forEach(function (bar, i) {
          var low = dataset.lower[i];
          var high = dataset.upper[i];
          if (low === null || high === null || low === undefined) {
            return;
          }
          var a = scale.getPixelForValue(low);
          var b = scale.getPixelForValue(high);
          var cap = Math.max(3, Math.min(7, (horizontal ? bar.height : bar.width) / 4));
          var at = horizontal ? bar.y : bar.x;
          ctx.save();
          ctx.strokeStyle = INK;
          ctx.lineWidth = 1.4;
          ctx.beginPath();
          if (horizontal) {
            ctx.moveTo(a, at); ctx.lineTo(b, at);
            ctx.moveTo(a, at - cap); ctx.lineTo(a, at + cap);
            ctx.moveTo(b, at - cap); ctx.lineTo(b, at + cap);
          } else {
            ctx.moveTo(at, a); ctx.lineTo(at, b);
            ctx.moveTo(at - cap, a); ctx.lineTo(at + cap, a);
            ctx.moveTo(at - cap, b); ctx.lineTo(at + cap, b);
          }
          ctx.stroke();
          ctx.restore();
        });
      });
      ctx.restore();
    }
  };

  /* Observed ranges: a bracket from low to high at a time (line charts) or over a category (bars). */
  var OBSERVED = '#b5179e';
  function observedRanges(ranges) {
    return { id: 'observedRanges', afterDatasetsDraw: function (chart) { drawObserved(chart, ranges || []); } };
  }

  function drawObserved(chart, ranges) {
    if (!ranges.length) {
      return;
    }
    var horizontal = chart.options.indexAxis === 'y';
    var values = horizontal ? chart.scales.x : chart.scales.y;
    var across = horizontal ? chart.scales.y : chart.scales.x;
    var ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = OBSERVED;
    ctx.fillStyle = alpha(OBSERVED, 0.25);
    ctx.lineWidth = 2;
    ctx.font = '600 11px ' + Chart.defaults.font.family;
    ranges.forEach(function (range) {
      var at = range.category !== undefined ? across.getPixelForValue(range.category) : across.getPixelForValue(range.x);
      var half = range.category !== undefined ? Math.max(6, 0.4 * Math.abs(across.getPixelForValue(1)
        - across.getPixelForValue(0))) : 6;
      var a = values.getPixelForValue(range.low);
      var b = values.getPixelForValue(range.high);
      ctx.beginPath();
      if (horizontal) {
        ctx.rect(Math.min(a, b), at - half, Math.max(2, Math.abs(b - a)), 2 * half);
      } else {
        ctx.rect(at - half, Math.min(a, b), 2 * half, Math.max(2, Math.abs(b - a)));
      }
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = OBSERVED;
      if (horizontal) {
        ctx.fillText(range.label, Math.max(a, b) + 4, at - half - 2);
      } else {
        ctx.textAlign = at > chart.chartArea.right - 120 ? 'right' : 'left';
        ctx.fillText(range.label, at + (ctx.textAlign === 'right' ? -half - 3 : half + 3), Math.min(a, b) - 3);
      }
      ctx.fillStyle = alpha(OBSERVED, 0.25);
    });
    ctx.restore();
  }

  /* A zero line on value axes that cross zero, so that differences read against "no change". */
  var zeroLine = {
    id: 'zeroLine',
    beforeDatasetsDraw: function (chart) {
      var scale = chart.options.indexAxis === 'y' ? chart.scales.x : chart.scales.y;
      if (!scale || scale.min >= 0 || scale.max <= 0) {
        return;
      }
      var p = scale.getPixelForValue(0);
      var area = chart.chartArea;
      var ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = '#7b8794';
      ctx.lineWidth = 1.2;
      ctx.beginPath();
      if (scale.isHorizontal()) {
        ctx.moveTo(p, area.top); ctx.lineTo(p, area.bottom);
      } else {
        ctx.moveTo(area.left, p); ctx.lineTo(area.right, p);
      }
      ctx.stroke();
      ctx.restore();
    }
  };

  function axis(spec) {
    if (spec.kind === 'time') {
      return {
        type: 'linear', min: spec.min, max: spec.max, title: title(spec.title), grid: { color: GRID },
        afterBuildTicks: function (scale) {
          scale.ticks = spec.ticks.map(function (tick) { return { value: tick.value }; });
        },
        ticks: {
          autoSkip: false, maxRotation: 0,
          callback: function (value, index) { return spec.ticks[index] ? spec.ticks[index].label : ''; }
        }
      };
    }
    if (spec.kind === 'category') {
      return { type: 'category', labels: spec.categories, title: title(spec.title), grid: { color: GRID },
        ticks: { maxRotation: 30, autoSkip: true } };
    }
    var linear = { type: 'linear', title: title(spec.title), grid: { color: GRID } };
    if (spec.integer) {
      // whole numbers only, e.g. generations: no "generation 1.5"
      linear.ticks = { precision: 0, maxRotation: 0 };
    }
    if (spec.at) {
      // ticks only at the values given, e.g. the swept lane counts: no "1.5 lanes"
      linear.afterBuildTicks = function (scale) {
        scale.ticks = spec.at.map(function (v) { return { value: v }; });
      };
      linear.ticks = { autoSkip: false, maxRotation: 0, callback: function (value) { return fmt(value); } };
    }
    return linear;
  }

  // The scenario's observations and a fit's observed range, so that the value axis reaches both.
  function allObserved(spec) {
    return (spec.observedRanges || []).concat(spec.observed ? [spec.observed] : []);
  }

  function valueAxis(spec, datasets, observed) {
    var low = 0;
    var high = 0;
    (observed || []).forEach(function (range) {
      low = Math.min(low, range.low);
      high = Math.max(high, range.high);
    });
    datasets.forEach(function (d) {
      // the values themselves too: with one replication the interval ends are all null
      d.data.concat(d.lower || [], d.upper || []).forEach(function (v) {
        var y = v !== null && typeof v === 'object' ? v.y : v;
        if (y !== null && isFinite(y)) {
          low = Math.min(low, y);
          high = Math.max(high, y);
        }
      });
    });
    var result = { beginAtZero: true, title: title(spec.title), grid: { color: GRID },
      suggestedMin: low, suggestedMax: high > 0 ? high : 1,
      ticks: { maxTicksLimit: 7, maxRotation: 0, callback: tickLabel } };
    if (!spec.signed) {
      result.min = 0;
    }
    if (spec.max !== undefined) {
      result.max = spec.max;
    }
    return result;
  }

  // The observed range of a fit: a shaded band along the value axis, or a bar at the time of a count.
  function observedRange(spec) {
    return {
      id: 'observedRange',
      afterDatasetsDraw: function (chart) {
        var o = spec.observed;
        if (!o) {
          return;
        }
        var ctx = chart.ctx;
        var area = chart.chartArea;
        ctx.save();
        ctx.fillStyle = alpha('#e15759', 0.22);
        ctx.strokeStyle = '#c03537';
        ctx.lineWidth = 2;
        if (o.x !== undefined) {
          var x = chart.scales.x.getPixelForValue(o.x);
          var top = chart.scales.y.getPixelForValue(o.high);
          var bottom = chart.scales.y.getPixelForValue(o.low);
          ctx.beginPath();
          ctx.moveTo(x, bottom); ctx.lineTo(x, top);
          ctx.moveTo(x - 6, bottom); ctx.lineTo(x + 6, bottom);
          ctx.moveTo(x - 6, top); ctx.lineTo(x + 6, top);
          ctx.stroke();
        } else if (spec.horizontal) {
          var a = chart.scales.x.getPixelForValue(o.low);
          var b = chart.scales.x.getPixelForValue(o.high);
          ctx.fillRect(Math.min(a, b) - 1, area.top, Math.max(Math.abs(b - a), 2) + 2, area.bottom - area.top);
        } else {
          var c = chart.scales.y.getPixelForValue(o.low);
          var d = chart.scales.y.getPixelForValue(o.high);
          ctx.fillRect(area.left, Math.min(c, d) - 1, area.right - area.left, Math.max(Math.abs(c - d), 2) + 2);
        }
        ctx.restore();
      }
    };
  }

  /* The range of values with a small margin, so that the outermost points sit inside the plot. */
  function padded(values) {
    var low = Math.min.apply(null, values);
    var high = Math.max.apply(null, values);
    var margin = high > low ? 0.04 * (high - low) : Math.max(Math.abs(low) * 0.05, 0.5);
    return { min: low - margin, max: high + margin };
  }

  /* The padded range of the values, never beyond what the parameter can take (e.g. a probability's
     [0, 1], or its prior's bounds): an axis from -0.2 to 1.2 would suggest values that cannot occur. */
  function within(values, range) {
    var r = padded(values);
    if (range) {
      if (range[0] !== null && isFinite(range[0])) { r.min = Math.max(r.min, range[0]); }
      if (range[1] !== null && isFinite(range[1])) { r.max = Math.min(r.max, range[1]); }
    }
    if (!(r.max > r.min)) { r.max = r.min + 1; }
    return r;
  }

  /* A long parameter path as an axis title keeps its last two words and its unit, the part that
     differs ("screening.value (min)"); the chart's heading and tooltips name the whole path. */
  function shortTitle(text) {
    if (!text || text.length <= 24) { return text; }
    var unit = text.match(/ \([^)]*\)$/);
    var path = unit ? text.slice(0, text.length - unit[0].length) : text;
    var words = path.split('.');
    var shown = words.slice(-2).join('.');
    if (shown.length > 24) { shown = words[words.length - 1]; }
    return (words.length > 2 ? '\u2026' : '') + shown + (unit ? unit[0] : '');
  }

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
  var LIGHT = [239, 243, 248];
  var DARK = [31, 74, 122];
  function shade(t) {
    return 'rgb(' + LIGHT.map(function (c, i) { return Math.round(c + t * (DARK[i] - c)); }).join(', ') + ')';
  }

  /* A long parameter path as an axis title keeps its end, the part that differs: "…transport.vehicles". */
  function gridAxis(values, text) {
    var shown = text.length > 28 ? '\u2026' + text.slice(text.length - 27) : text;
    return {
      type: 'linear', min: -0.5, max: values.length - 0.5, title: title(shown), grid: { display: false },
      afterBuildTicks: function (scale) {
        scale.ticks = values.map(function (v, i) { return { value: i }; });
      },
      ticks: { autoSkip: false, maxRotation: 0, callback: function (value) {
        var label = values[Math.round(value)] || '';
        return label.length > 14 ? label.slice(0, 13) + '\u2026' : label;
      } }
    };
  }

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

  /* A fit's observed figures, one dataset per source in the source's colour: a dot for a count, a
     triangle up for an at-least bound, down for an at-most bound, a diamond for the middle of a
     range (its ends drawn by observedSpans, as is the interval of an incident count). */
  var MARKS = { count: ['circle', 0], 'at-least': ['triangle', 0], 'at-most': ['triangle', 180], range: ['rectRot', 0] };
  function observedPoints(spec) {
    var bySource = {};
    var order = [];
    (spec.points || []).forEach(function (p) {
      if (!bySource[p.source]) {
        bySource[p.source] = { label: p.source, observed: true, showLine: false, data: [], pointStyle: [],
          rotation: [], borderColor: p.color, backgroundColor: alpha(p.color, 0.85), pointRadius: 6,
          pointHoverRadius: 7, borderWidth: 1.5, order: 0, titles: [] };
        order.push(p.source);
      }
      var d = bySource[p.source];
      d.data.push({ x: p.x, y: p.y });
      d.pointStyle.push(MARKS[p.kind][0]);
      d.rotation.push(MARKS[p.kind][1]);
      d.titles.push(p.label);
    });
    return order.map(function (source) {
      var d = bySource[source];
      // sorted by time: with parsing off, Chart.js takes the data as sorted
      var index = d.data.map(function (p, i) { return i; }).sort(function (a, b) { return d.data[a].x - d.data[b].x; });
      ['data', 'pointStyle', 'rotation', 'titles'].forEach(function (k) {
        var copy = d[k];
        d[k] = index.map(function (i) { return copy[i]; });
      });
      return d;
    });
  }

  function observedSpans(spec) {
    return {
      id: 'observedSpans',
      afterDatasetsDraw: function (chart) {
        var ctx = chart.ctx;
        ctx.save();
        ctx.lineWidth = 2;
        (spec.points || []).forEach(function (p) {
          ctx.strokeStyle = p.color;
          ctx.beginPath();
          if (p.from !== undefined) {
            var y = chart.scales.y.getPixelForValue(p.y);
            ctx.moveTo(chart.scales.x.getPixelForValue(p.from), y);
            ctx.lineTo(chart.scales.x.getPixelForValue(p.to), y);
          }
          if (p.low !== undefined) {
            var x = chart.scales.x.getPixelForValue(p.x);
            ctx.moveTo(x, chart.scales.y.getPixelForValue(p.low));
            ctx.lineTo(x, chart.scales.y.getPixelForValue(p.high));
          }
          ctx.stroke();
        });
        ctx.restore();
      }
    };
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
