package org.example.hidden;

/** Must not compile: the report package is not exported by the org.corridorsim module. */
public final class Reach {
    private Reach() {
    }

    static Object report() {
        return org.corridorsim.report.HtmlReport.class;
    }
}
