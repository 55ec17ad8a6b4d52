package org.corridorsim.policy.builtin;

import java.util.List;

/** A built-in policy that can say what it does in four parts: type, whom it stops, where, how. */
interface Worded {

    List<String> words();
}
