package org.corridorsim.cli;

/** "1 corridor", "2 corridors", "0 corridors". */
final class Plural {

    private Plural() {
    }

    static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
