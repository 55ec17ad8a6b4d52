package org.corridorsim.model;

/** The order in which waiting groups are screened. */
public enum Discipline {
    /** First come, first screened. */
    FIFO,
    /** Medical groups first, FIFO within each class. */
    MEDICAL_FIRST
}
