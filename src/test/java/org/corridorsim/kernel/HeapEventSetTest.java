package org.corridorsim.kernel;

class HeapEventSetTest extends EventSetContract {

    @Override
    protected EventSet newEventSet() {
        return new HeapEventSet(4);
    }
}
