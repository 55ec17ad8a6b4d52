package org.corridorsim.experiment;

import org.corridorsim.model.EvacuationModel;

/** A model with the label it is reported under: one side of a comparison, or one sweep point. */
public record Variant(String label, EvacuationModel model) {

    public Variant {
        if (label.isBlank()) {
            throw new IllegalArgumentException("variant label must not be blank, got \"" + label + "\"");
        }
    }
}
