package org.corridorsim.bench;

import java.util.function.Supplier;
import org.corridorsim.kernel.CalendarEventSet;
import org.corridorsim.kernel.EventSet;
import org.corridorsim.kernel.HeapEventSet;

/**
 * The pending-event set implementations under benchmark. A JMH {@code @Param} of enum type with no
 * listed values runs every constant, so a new implementation is one line here. The constants are
 * lower case because they are what one types after {@code -p eventSet=}.
 */
public enum EventSetKind {
    heap(HeapEventSet::new),
    calendar(CalendarEventSet::new);

    private final Supplier<EventSet> factory;

    EventSetKind(Supplier<EventSet> factory) {
        this.factory = factory;
    }

    EventSet create() {
        return factory.get();
    }
}
