package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.Fold;
import org.corridorsim.experiment.Models;
import org.corridorsim.experiment.Precision;
import org.corridorsim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class PartialBannerTest {

    @Test
    void aPartialResultSaysHowManyOfHowManyAndWhyWithTheReasonEscaped() {
        Experiment experiment = Experiment.of(Models.checkpoint(1)).replications(100).seed(3);
        Fold fold = Fold.of(experiment);
        for (int r = 0; r < 47; r++) {
            fold.offer(experiment.model().replicate(new RandomStreams(3), r));
        }
        ExperimentResult partial = fold.partial(100, new ExperimentResult.Failure(47, "policy <b>x</b> \u202e failed"));
        String banner = RunReport.banner(partial);
        assertTrue(banner.contains("<strong>Partial results.</strong> 47 of 100 replications completed"), banner);
        assertTrue(banner.contains("policy &lt;b&gt;x&lt;/b&gt; \\u202E failed"), banner);
    }

    @Test
    void aMissedPrecisionTargetIsSaidAndACompleteRunHasNoBanner() {
        ExperimentResult missed = Experiment.of(Models.checkpoint(1)).replications(4).seed(3)
                .precision(Precision.relative(1e-9, 8).inBatchesOf(4)).run();
        assertTrue(RunReport.banner(missed).contains("<strong>Precision target missed.</strong> After 8 replications"),
                RunReport.banner(missed));
        assertEquals("", RunReport.banner(Experiment.of(Models.checkpoint(1)).replications(3).run()));
    }

    @Test
    void controlAndBidiCharactersInScenarioTextAreShownNotObeyed() {
        assertEquals("title \\u202E reversed \\u001B[2J \\u0007", Html.text("title \u202e reversed \u001b[2J \u0007"));
        assertEquals("tab\tand\nnewline stay", Html.text("tab\tand\nnewline stay"));
        assertEquals("\u0645\u062d\u0645\u062f Arabic letters stay", Html.text("\u0645\u062d\u0645\u062f Arabic letters stay"));
        assertTrue(List.of(Html.text("\u2066\u2069\u200e\u200f\u061c").split("\\\\u")).size() == 6);
    }
}
