/* What every chart kind of a CorridorSim report shares: number formats, colours, titles and
   axes. Reads nothing from the page, so that the charts of report.js and the overlays drawn over
   them format and scale alike. */
var CorridorSimCharts = (function () {
  'use strict';

  var INK = '#1f2933';
  var GRID = '#e9edf1';

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

  /* A tooltip's " (95% CI low - high unit)" after a value; nothing where the dataset has no interval. */
  function interval(dataset, index, unit, level) {
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

  /* Cells of a heatmap: shaded from light (lowest) to dark (highest). */
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

  return {
    INK: INK, GRID: GRID, fmt: fmt, tickLabel: tickLabel, withUnit: withUnit, interval: interval, alpha: alpha,
    title: title, axis: axis, allObserved: allObserved, valueAxis: valueAxis, within: within,
    shortTitle: shortTitle, shade: shade, gridAxis: gridAxis
  };
}());
