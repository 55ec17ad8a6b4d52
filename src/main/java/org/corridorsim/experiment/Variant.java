package org.corridorsim.experiment;

import org.corridorsim.model.EvacuationModel;

/**
 * A model with the label it is reported under: one side of a comparison, or one sweep point.
 *
 * @param label the label in results and reports, not blank
 * @param model the model to run
 */
public record Variant(String label, EvacuationModel model) {

    /**
     * Checks the components.
     *
     * @param label the label in results and reports, not blank
     * @param model the model to run
     */
    public Variant {
        if (label.isBlank()) {
            throw new IllegalArgumentException("variant label must not be blank, got \"" + label + "\"");
        }
    }
}
