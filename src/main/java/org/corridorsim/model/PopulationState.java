package org.corridorsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corridorsim.random.GroupStream;
import org.corridorsim.random.Sampler;

/**
 * One population during a replication: its departures, behaviour samplers and corridor choice.
 * Every per-group draw comes from a {@link GroupStream} moved to the group's prepared key first
 * ({@link GroupStream#prepare}, computed once per attempt), so a
 * group's medical flag, travel, patience and retry do not depend on the order of events.
 */
final class PopulationState {

    final Population spec;
    /** Hashed from the population id, so that a variant that reorders populations keeps the keys. */
    final long key;
    final Departures departures;
    final GroupStream medicalStream;
    /** Null when the population waits without limit. */
    final Sampler patience;
    final GroupStream patienceStream;
    final double retryProbability;
    final GroupStream retryStream;
    final Sampler retryDelay;
    /** Corridors the population can reach and may use, nearest first; a demand event may change them. */
    int[] candidates;
    /** The share of the population that leaves now; a demand event may change it. */
    double intent;
    /** The chance that a group due to set out does (below 1 after a demand event lowered the intent). */
    double keep = 1;
    private final GroupStream keepStream;
    private final GroupStream carStream;
    private int[] attributeBits = new int[0];
    private double[] attributeShares = new double[0];
    private GroupStream[] attributeStreams = new GroupStream[0];
    private final double carShare;
    /** Travel-time sampler and its stream per corridor index; null where unreachable. */
    final Sampler[] travel;
    final GroupStream[] travelStreams;
    /** Groups and persons that have set out so far; the next group's ordinal is {@code groupsSent}. */
    long groupsSent;
    long personsSetOut;

    PopulationState(Population spec, Departures departures, GroupStream medicalStream, GroupStream patienceStream,
            Sampler patience, GroupStream retryStream, Sampler retryDelay, int[] candidates, Sampler[] travel,
            GroupStream[] travelStreams, GroupStream keepStream, GroupStream carStream) {
        this.spec = spec;
        this.key = GroupStream.nameKey(spec.id());
        this.departures = departures;
        this.medicalStream = medicalStream;
        this.patienceStream = patienceStream;
        this.patience = patience;
        this.retryProbability = spec.retry().probability();
        this.retryStream = retryStream;
        this.retryDelay = retryDelay;
        this.candidates = Arrays.copyOf(candidates, candidates.length);
        this.travel = travel;
        this.travelStreams = travelStreams;
        this.intent = spec.demand() instanceof Demand.Finite finite ? finite.intent() : 1;
        this.keepStream = keepStream;
        this.carStream = carStream;
        this.carShare = spec.cars().share();
    }

    /** The scenario's attribute names, in the order of their bits: populations in order, then each one's in order. */
    static List<String> attributeNames(List<Population> populations) {
        List<String> names = new ArrayList<>();
        for (Population p : populations) {
            p.attributes().keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
        }
        if (names.size() > 64) {
            throw new IllegalArgumentException("at most 64 group attributes, got " + names.size());
        }
        return names;
    }

    /** Draws this population's attributes for its groups, each from its own stream. */
    void useAttributes(int[] bits, double[] shares, GroupStream[] streams) {
        this.attributeBits = bits;
        this.attributeShares = shares;
        this.attributeStreams = streams;
    }

    /** The attributes of the group whose prepared stream key is {@code streamKey}, as bits; 0 when none are defined. */
    long drawAttributes(long streamKey) {
        long drawn = 0;
        for (int i = 0; i < attributeBits.length; i++) {
            attributeStreams[i].atPrepared(streamKey);
            if (attributeStreams[i].nextDouble() < attributeShares[i]) {
                drawn |= 1L << attributeBits[i];
            }
        }
        return drawn;
    }

    /** Whether the group whose prepared stream key is {@code streamKey} (at its first attempt) leaves by its own car. */
    boolean drawCar(long streamKey) {
        double share = carShare;
        if (share <= 0) {
            return false;
        }
        carStream.atPrepared(streamKey);
        return carStream.nextDouble() < share;
    }

    /** Whether the group whose prepared stream key is {@code streamKey}, due to set out, does so under a lowered intent. */
    boolean drawKeep(long streamKey) {
        keepStream.atPrepared(streamKey);
        return keepStream.nextDouble() < keep;
    }

    /** Persons of a finite population who have not set out (yet); 0 for an open population. */
    double notSetOut() {
        return spec.demand() instanceof Demand.Finite finite ? finite.size() - personsSetOut : 0;
    }

    /** Whether the group whose prepared stream key is {@code streamKey} (at its first attempt) is a medical case. */
    boolean drawMedical(long streamKey) {
        double share = spec.medicalShare();
        if (share <= 0) {
            return false;
        }
        medicalStream.atPrepared(streamKey);
        return medicalStream.nextDouble() < share;
    }

    double drawTravel(int corridor, long streamKey) {
        travelStreams[corridor].atPrepared(streamKey);
        return travel[corridor].sample();
    }

    double drawPatience(long streamKey) {
        patienceStream.atPrepared(streamKey);
        return patience.sample();
    }

    /** Whether the group tries again after this attempt; positions the stream for {@link #drawRetryDelay}. */
    boolean drawRetry(long streamKey) {
        if (retryProbability <= 0) {
            return false;
        }
        retryStream.atPrepared(streamKey);
        return retryStream.nextDouble() < retryProbability;
    }

    /** The delay before the next attempt; call right after {@link #drawRetry} returned true. */
    double drawRetryDelay() {
        return retryDelay.sample();
    }
}
