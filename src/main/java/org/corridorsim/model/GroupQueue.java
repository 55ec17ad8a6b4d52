package org.corridorsim.model;

/**
 * A FIFO of groups linked through {@link Groups#prev}/{@link Groups#next}, so that a group that
 * reneges leaves from the middle in constant time.
 */
final class GroupQueue {

    private final Groups groups;
    private int head = Groups.NONE;
    private int tail = Groups.NONE;
    private int length;

    GroupQueue(Groups groups) {
        this.groups = groups;
    }

    void add(int g) {
        groups.prev[g] = tail;
        groups.next[g] = Groups.NONE;
        if (tail == Groups.NONE) {
            head = g;
        } else {
            groups.next[tail] = g;
        }
        tail = g;
        groups.queued[g] = true;
        length++;
    }

    int poll() {
        int g = head;
        if (g != Groups.NONE) {
            remove(g);
        }
        return g;
    }

    int peek() {
        return head;
    }

    /** The first group not held by a policy, or NONE. */
    int firstNotHeld() {
        int g = head;
        while (g != Groups.NONE && groups.holdPolicy[g] != Groups.NONE) {
            g = groups.next[g];
        }
        return g;
    }

    void remove(int g) {
        int p = groups.prev[g];
        int n = groups.next[g];
        if (p == Groups.NONE) {
            head = n;
        } else {
            groups.next[p] = n;
        }
        if (n == Groups.NONE) {
            tail = p;
        } else {
            groups.prev[n] = p;
        }
        groups.queued[g] = false;
        length--;
    }

    int length() {
        return length;
    }

    boolean isEmpty() {
        return length == 0;
    }
}
