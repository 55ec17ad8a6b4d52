package org.corridorsim.kernel;

/**
 * The calendar queue started in a shape learned from another workload: a large ring that never
 * shrinks below its size, and a bucket width far too narrow for these events. It must still keep
 * every contract of an event set; the shape may change its speed, never its order.
 */
class ShapedCalendarEventSetTest extends EventSetContract {

    @Override
    protected EventSet newEventSet() {
        return new CalendarEventSet(4, 300, 1e-3);
    }

    @Override
    protected int recoveries(EventSet set) {
        return ((CalendarEventSet) set).stepsBack();
    }
}
