package org.corridorsim.bench;

/**
 * First-in-first-out queue of arrival times in a growable ring buffer, so that waiting customers
 * cost no objects. Every engine's M/M/c model uses it, so the comparison measures the engines,
 * not the queue.
 */
final class ArrivalQueue {

    private double[] times = new double[64];
    private int head;
    private int size;

    void add(double arrivalTime) {
        if (size == times.length) {
            grow();
        }
        times[(head + size) & (times.length - 1)] = arrivalTime;
        size++;
    }

    /** Removes and returns the earliest arrival time; the queue must not be empty. */
    double remove() {
        double time = times[head];
        head = (head + 1) & (times.length - 1);
        size--;
        return time;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void clear() {
        head = 0;
        size = 0;
    }

    private void grow() {
        // the buffer is full: unwrap it so the oldest entry lands at 0 of an array twice as long
        int capacity = times.length;
        double[] larger = new double[capacity * 2];
        System.arraycopy(times, head, larger, 0, capacity - head);
        System.arraycopy(times, 0, larger, capacity - head, head);
        times = larger;
        head = 0;
    }
}
