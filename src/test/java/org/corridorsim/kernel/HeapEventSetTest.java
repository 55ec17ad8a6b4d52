package org.corridorsim.kernel;

class HeapEventSetTest extends EventSetContract {

    @Override
    protected EventSet newEventSet() {
        return new HeapEventSet(4);
    }

    @Override
    protected int recoveries(EventSet set) {
        return ((HeapEventSet) set).rebuilds();
    }
}
