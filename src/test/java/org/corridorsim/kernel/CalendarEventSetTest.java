package org.corridorsim.kernel;

class CalendarEventSetTest extends EventSetContract {

    @Override
    protected EventSet newEventSet() {
        return new CalendarEventSet(4);
    }

    @Override
    protected int recoveries(EventSet set) {
        return ((CalendarEventSet) set).stepsBack();
    }
}
