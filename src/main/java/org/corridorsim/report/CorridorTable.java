package org.corridorsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.corridorsim.model.Corridor;
import org.corridorsim.stats.Summary;

/** The per-corridor metrics of a run as a table, each value with its confidence half-width. */
final class CorridorTable {

    private record Column(String heading, String suffix, DoubleFunction<String> unit) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Evacuated", "evacuated", Format::number),
            new Column("Wait for screening", "checkpoint.wait", Format::duration),
            new Column("Groups waiting", "checkpoint.queue", Format::number),
            new Column("Lanes busy", "checkpoint.utilization", Format::percent),
            new Column("Wait for transport", "transport.wait", Format::duration),
            new Column("Time in system", "time-in-system", Format::duration));

    private CorridorTable() {
    }

    static String html(List<Corridor> corridors, Map<String, Summary> summaries) {
        List<String> header = new ArrayList<>(List.of("Corridor"));
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        COLUMNS.forEach(column -> {
            header.add(column.heading());
            numeric.add(true);
        });
        Markup.Table table = new Markup.Table("corridor-metrics", header, numeric);
        for (Corridor corridor : corridors) {
            List<String> cells = new ArrayList<>(List.of(Html.text(ScenarioOverview.corridorLabel(corridor))));
            for (Column column : COLUMNS) {
                String metric = "corridor." + corridor.id() + "." + column.suffix();
                Summary summary = summaries.get(metric);
                cells.add(summary == null ? Format.NONE : Markup.metric(metric, summary, column.unit()));
            }
            table.markupRow(cells);
        }
        return table.html();
    }
}
