/**
 * {@code report.html}: a self-contained page per run, comparison or sweep, with the scenario,
 * headline figures and Chart.js charts, readable offline from disk. Entry point:
 * {@link org.corridorsim.report.HtmlReport}. The page is assembled from
 * {@code report.html}, {@code report.css} and the scripts {@code charts-common.js},
 * {@code charts-overlays.js} and {@code report.js} (joined into one) beside these classes and the
 * Chart.js bundle of the optional {@code org.webjars.npm:chart.js} WebJar; scenario text is
 * escaped by {@code Html}, and chart data travels as JSON specs that {@code report.js} draws.
 */
package org.corridorsim.report;
