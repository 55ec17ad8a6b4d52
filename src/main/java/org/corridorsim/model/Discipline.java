package org.corridorsim.model;

/** The order in which waiting groups are screened. */
public enum Discipline {
    FIFO,
    /** Medical groups first, FIFO within each class. */
    MEDICAL_FIRST
}
