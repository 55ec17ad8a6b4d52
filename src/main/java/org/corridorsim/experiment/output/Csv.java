package org.corridorsim.experiment.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 fields and numbers that read back exactly, without exponents. */
final class Csv {

    private Csv() {
    }

    /**
     * The shortest decimal that reads back as {@code value}, in plain notation: 5000 rather than
     * 5000.0 or 5E3. NaN and infinities (no value, e.g. an interval from one replication) are empty.
     */
    static String number(double value) {
        return Decimals.shortest(value);
    }

    static String text(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Writes one line of already formatted fields. */
    static void row(Writer out, List<String> fields) throws IOException {
        out.write(String.join(",", fields));
        out.write('\n');
    }
}
