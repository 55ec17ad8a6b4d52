package org.corridorsim.report;

import org.corridorsim.model.Corridor;
import org.corridorsim.model.Station;

/** A corridor's route in words for the scenario overview: every station in order, with its settings. */
final class RouteText {

    private RouteText() {
    }

    /** The route as an ordered list, one item per station. */
    static String html(Corridor corridor) {
        StringBuilder html = new StringBuilder("<ol class=\"route\">");
        for (Station station : corridor.route()) {
            html.append("<li>").append(Html.text(describe(station))).append("</li>");
        }
        return html.append("</ol>").toString();
    }

    /** One station: its id, kind and settings, e.g. "gate (checkpoint): 2 lanes, screening 5 min, ...". */
    static String describe(Station station) {
        String name = station.id().equals(station.kind()) ? station.kind() : station.id() + " (" + station.kind() + ")";
        return name + ": " + station.settings();
    }
}
