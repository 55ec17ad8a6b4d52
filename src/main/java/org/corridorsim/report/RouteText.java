package org.corridorsim.report;

import java.util.ArrayList;
import java.util.List;
import org.corridorsim.format.Format;
import org.corridorsim.model.Checkpoint;
import org.corridorsim.model.Convoy;
import org.corridorsim.model.Corridor;
import org.corridorsim.model.Discipline;
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
        String settings;
        if (station instanceof Station.AtCheckpoint c) {
            settings = checkpoint(c.checkpoint());
        } else if (station instanceof Station.Leg leg) {
            settings = "takes " + Format.distribution(leg.time(), Format::duration);
        } else if (station instanceof Station.Shuttle s) {
            settings = s.transport().vehicles() + " vehicles × " + s.transport().seats() + " seats, trip "
                    + Format.distribution(s.transport().trip(), Format::duration) + ", leaving when full"
                    + (Double.isFinite(s.transport().maxWait()) ? " or after " + Format.duration(s.transport().maxWait()) : "");
        } else if (station instanceof Station.AmbulancePool a) {
            settings = a.ambulances().vehicles() + " ambulances for medical cases, trip "
                    + Format.distribution(a.ambulances().trip(), Format::duration);
        } else if (station instanceof Station.Staging s) {
            settings = convoy(s.convoy());
        } else if (station instanceof Station.Destination) {
            settings = "evacuated on arrival";
        } else {
            settings = station.kind();
        }
        return name + ": " + settings;
    }

    private static String checkpoint(Checkpoint checkpoint) {
        List<String> parts = new ArrayList<>();
        parts.add(checkpoint.lanes() + (checkpoint.lanes() == 1 ? " lane" : " lanes"));
        parts.add("screening " + Format.distribution(checkpoint.screening(), Format::duration) + " per group");
        parts.add(checkpoint.discipline() == Discipline.FIFO ? "first come, first served" : "medical cases first");
        parts.add("waiting room " + (checkpoint.capacity() == Checkpoint.UNLIMITED ? "unlimited"
                : checkpoint.capacity() + " groups"));
        return String.join(", ", parts);
    }

    private static String convoy(Convoy convoy) {
        int times = convoy.times().size();
        return convoy.vehicles() + " vehicles × " + convoy.seats() + " seats, leaving at " + times
                + (times == 1 ? " authorised time" : " authorised times") + ", road "
                + Format.distribution(convoy.road(), Format::duration);
    }
}
