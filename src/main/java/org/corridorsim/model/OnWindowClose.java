package org.corridorsim.model;

/** What groups still waiting at a checkpoint do when its window closes. */
public enum OnWindowClose {
    /** Wait for the next window. */
    STAY,
    /** Leave the queue; they may retry under the population's retry rule. */
    GO_HOME
}
