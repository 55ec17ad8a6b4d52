package org.corridorsim.experiment.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridorsim.experiment.SweepRow;
import org.corridorsim.stats.Summary;

/** The file of a parameter sweep: {@code sweep.csv}. */
public final class SweepFiles {

    public static final String SWEEP_CSV = "sweep.csv";

    private SweepFiles() {
    }

    /**
     * One row per point: {@code point,replications}, then {@code NAME_mean,NAME_half_width} for
     * every metric of any point (the first point's in model order, then others as first met).
     * A metric a point lacks, or a half-width from a single replication, is empty.
     */
    public static void writeCsv(Path target, List<SweepRow> rows) throws IOException {
        Set<String> metrics = new LinkedHashSet<>();
        rows.forEach(row -> metrics.addAll(row.result().metrics()));
        AtomicFiles.write(target, out -> {
            List<String> header = new ArrayList<>(List.of("point", "replications"));
            for (String metric : metrics) {
                header.add(Csv.text(metric + "_mean"));
                header.add(Csv.text(metric + "_half_width"));
            }
            Csv.row(out, header);
            for (SweepRow row : rows) {
                List<String> fields = new ArrayList<>(List.of(Csv.text(row.label()),
                        Integer.toString(row.result().replications())));
                for (String metric : metrics) {
                    Summary s = row.summaries().get(metric);
                    fields.add(s == null ? "" : Csv.number(s.mean()));
                    fields.add(s == null ? "" : Csv.number(s.halfWidth()));
                }
                Csv.row(out, fields);
            }
        });
    }
}
