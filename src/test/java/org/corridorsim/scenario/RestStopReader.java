package org.corridorsim.scenario;

import java.util.Optional;
import org.corridorsim.model.RestStop;

/** The reader of the test kind {@link RestStop}: {@code {id: pause, rest: 3h}}, a positive duration. */
final class RestStopReader implements StationKinds.Reader {

    @Override
    public Optional<RestStop> read(String id, Node body, StationKinds.Route route) {
        return DurationParser.positiveDuration(body).map(seconds -> new RestStop(id, seconds));
    }
}
