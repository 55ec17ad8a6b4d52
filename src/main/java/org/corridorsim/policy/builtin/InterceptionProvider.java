package org.corridorsim.policy.builtin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.DistributionSchedule;
import org.corridorsim.policy.Decision.Verdict;
import org.corridorsim.policy.Kind;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;
import org.corridorsim.policy.Schedule;
import org.corridorsim.policy.Stage;

/**
 * {@code policy: interception} with applies-to (kinds, default all), where (departure | approach |
 * checkpoint | convoy | authorisation, default departure; convoy decides on a whole convoy on the road,
 * authorisation on a convoy about to leave its staging point), corridors (default all), probability, outcome (turn-back | detain
 * | delay, default turn-back), delay (a distribution, exactly when the outcome is delay; may be a list
 * with the schedule, each hold drawn from the piece in force when the group is stopped),
 * populations (ids, default all), attributes (names a group must all have, default any group) and at (station ids or kinds of the routes, default every
 * station of the stage). The probability may be a list of values with the entry's schedule (local
 * date-times where each piece starts).
 */
public final class InterceptionProvider implements PolicyProvider {

    @Override
    public String name() {
        return "interception";
    }

    @Override
    public BlockingPolicy create(String id, PolicyParameters parameters) {
        Set<Kind> kinds = nonEmptyKinds(parameters, "applies-to");
        String where = parameters.choice("where", List.of("departure", "approach", "checkpoint", "convoy",
                "authorisation"), "departure");
        Stage stage = Stage.valueOf(where.toUpperCase(Locale.ROOT));
        Optional<List<String>> corridors = parameters.corridors("corridors");
        if (stage == Stage.DEPARTURE && corridors.isPresent()) {
            throw parameters.error("corridors", "groups choose a corridor only after they leave, so corridors needs"
                    + " where: approach or where: checkpoint, got where: departure");
        }
        Schedule schedule = parameters.probabilitySchedule("probability");
        double probability = schedule.value(0);
        double highest = 0;
        for (int i = 0; i < schedule.pieces(); i++) {
            highest = Math.max(highest, schedule.value(i));
        }
        String outcome = parameters.choice("outcome", List.of("turn-back", "detain", "delay"), "turn-back");
        Verdict verdict = Verdict.valueOf(outcome.toUpperCase(Locale.ROOT).replace('-', '_'));
        Optional<DistributionSchedule> delay = Optional.empty();
        if (parameters.has("delay")) {
            if (verdict != Verdict.DELAY) {
                throw parameters.error("delay", "a delay is only used with outcome: delay, got outcome: " + outcome);
            }
            delay = Optional.of(parameters.distributionSchedule("delay"));
            for (int i = 0; i < delay.get().pieces(); i++) {
                if (highest == 1 && delay.get().piece(i).cdf(0) >= 1) {
                    throw parameters.error("delay", "a certain delay (probability: 1) of no time would stop every"
                            + " group again at the same instant for ever; give delay"
                            + (delay.get().pieces() > 1 ? " (piece " + i + ")" : "")
                            + " a positive duration or a probability below 1");
                }
            }
        } else if (verdict == Verdict.DELAY) {
            throw parameters.error("outcome", "outcome: delay needs a delay distribution,"
                    + " e.g. delay: {dist: exponential, mean: 2h}");
        }
        var populations = parameters.populations("populations");
        var stations = parameters.stations("at");
        if (stage == Stage.DEPARTURE && stations.isPresent()) {
            throw parameters.error("at", "groups reach stations only after they leave, so at needs"
                    + " where: approach or where: checkpoint, got where: departure");
        }
        return new Interception(id, kinds, stage, corridors, probability, verdict, delay, populations, stations,
                schedule, parameters.attributes("attributes"));
    }

    static Set<Kind> nonEmptyKinds(PolicyParameters parameters, String key) {
        Set<Kind> kinds = parameters.kinds(key);
        if (kinds.isEmpty()) {
            throw parameters.error(key, "must name at least one kind (civilian, fighter), got none");
        }
        return kinds;
    }
}
