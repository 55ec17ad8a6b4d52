package org.corridorsim.policy;

/** What a policy may know about the group it decides on; valid only during the call. */
public interface GroupView {

    /** {@return who the persons in the group are} */
    Kind kind();

    /** {@return persons in the group} */
    int size();

    /** {@return whether the group needs medical evacuation} */
    boolean medical();

    /** {@return index of the population the group comes from} */
    int population();

    /** {@return index of the corridor the group is heading for, or -1 before it has chosen one} */
    int corridor();

    /**
     * The position in its corridor's route of the station the group is at or about to enter; see
     * {@link PolicyContext#stationIs}.
     *
     * @return from 0, or -1 before the group reaches its corridor
     */
    default int station() {
        return -1;
    }

    /**
     * Whether the group has an attribute its population defines (drawn when it set out).
     *
     * @param attribute the attribute's index, from {@link PolicyContext#attributeIndex}
     * @return true when it has it; false for a group without attributes
     */
    default boolean has(int attribute) {
        return false;
    }
}
