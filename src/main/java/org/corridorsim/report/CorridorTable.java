package org.corridorsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.corridorsim.format.Format;
import org.corridorsim.model.Corridor;
import org.corridorsim.stats.Summary;

/**
 * The per-corridor metrics of a run as a table, each value with its confidence half-width. Every
 * column has one unit, named in its heading: durations in the unit that suits the column's
 * largest value (s, min, h or d), so that "18 min ± 17 s" never appears.
 */
final class CorridorTable {

    private enum Kind { PERSONS, DURATION, GROUPS, SHARE }

    private record Column(String heading, String suffix, Kind kind) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Evacuated", "evacuated", Kind.PERSONS),
            new Column("Wait for screening", "checkpoint.wait", Kind.DURATION),
            new Column("Groups waiting", "checkpoint.queue", Kind.GROUPS),
            new Column("Lanes busy", "checkpoint.utilization", Kind.SHARE),
            new Column("Wait for transport", "transport.wait", Kind.DURATION),
            new Column("Time in system", "time-in-system", Kind.DURATION));

    private CorridorTable() {
    }

    static String html(List<Corridor> corridors, Map<String, Summary> summaries) {
        List<String> header = new ArrayList<>(List.of("Corridor"));
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        List<DoubleFunction<String>> formats = new ArrayList<>();
        for (Column column : COLUMNS) {
            String unit;
            DoubleFunction<String> format;
            switch (column.kind()) {
                case DURATION -> {
                    double largest = corridors.stream()
                            .map(c -> summaries.get("corridor." + c.id() + "." + column.suffix()))
                            .filter(s -> s != null && Double.isFinite(s.mean()))
                            .mapToDouble(s -> Math.abs(s.mean())).max().orElse(0);
                    DurationScale scale = DurationScale.fitting(largest);
                    unit = scale.unit();
                    format = v -> Format.number(scale.apply(v));
                }
                case SHARE -> {
                    unit = "%";
                    format = v -> Format.number(100 * v);
                }
                case GROUPS -> {
                    unit = "groups";
                    format = Format::number;
                }
                default -> {
                    unit = "persons";
                    format = Format::number;
                }
            }
            header.add(column.heading() + " (" + unit + ")");
            numeric.add(true);
            formats.add(format);
        }
        Markup.Table table = new Markup.Table("corridor-metrics", header, numeric);
        for (Corridor corridor : corridors) {
            List<String> cells = new ArrayList<>(List.of(Html.text(ScenarioOverview.corridorLabel(corridor))));
            for (int i = 0; i < COLUMNS.size(); i++) {
                String metric = "corridor." + corridor.id() + "." + COLUMNS.get(i).suffix();
                Summary summary = summaries.get(metric);
                cells.add(summary == null ? Format.NONE : Markup.metric(metric, summary, formats.get(i)));
            }
            table.markupRow(cells);
        }
        return table.html();
    }
}
