/* What a CorridorSim report draws over a chart's datasets as Chart.js plugins: confidence
   whiskers on bars, a zero line, and the observations a scenario or a fit compares against. */
var CorridorSimOverlays = (function () {
  'use strict';

  var INK = CorridorSimCharts.INK;
  var alpha = CorridorSimCharts.alpha;

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

  return {
    errorBars: errorBars, zeroLine: zeroLine, observedRanges: observedRanges, observedRange: observedRange,
    observedPoints: observedPoints, observedSpans: observedSpans
  };
}());
