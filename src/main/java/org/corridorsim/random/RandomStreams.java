package org.corridorsim.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.L64X128Mix;

/**
 * The random streams of one experiment: an independent, reproducible stream for every
 * (experiment seed, replication, purpose), for example {@code stream(7, "arrivals")}.
 *
 * <p><b>Method.</b> Each stream is an LXM generator, Commons RNG {@code L64_X128_MIX}: a 64-bit
 * LCG and a 128-bit xoroshiro combined by a mixing function, period 2<sup>192</sup>. Its four
 * seed words (LCG additive constant, LCG state, two xoroshiro words) are the first four outputs
 * of a SplitMix64 generator started at a 64-bit key hashed from the triple. That is how LXM's own
 * {@code split()} makes child streams (Steele and Vigna, "LXM: better splittable pseudorandom
 * number generators", OOPSLA 2021): every child gets its own additive constant, so children run
 * different LCG sequences and the mixer decorrelates them. The parent here is a hash instead of a
 * running generator, so a stream depends on its triple only - not on which streams were made
 * before it, in which order, or on which thread.
 *
 * <p>The key is a chain of bijective SplitMix64 finaliser steps over the seed, the replication
 * and the purpose's characters. Two streams of one experiment that differ only in replication,
 * or two experiments that differ only in seed, therefore never share a key. Different purposes
 * share one with probability about 2<sup>-64</sup> per pair.
 *
 * <p><b>Common random numbers.</b> The scenario takes no part in the key. Two scenario variants
 * asking for {@code stream(7, "arrivals")} get the same numbers, so their difference is not
 * blurred by sampling noise - provided each purpose name feeds the same model input in both.
 *
 * <p>This record is immutable and may be shared between threads; each stream it returns is a
 * plain generator that belongs to one thread.
 */
public record RandomStreams(long experimentSeed) {

    /** The 64-bit golden ratio: the SplitMix64 increment. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    /**
     * The stream for {@code purpose} in one replication.
     *
     * @param replication 0-based replication index, non-negative
     * @param purpose what the stream drives, such as a component id; not blank
     * @return a new generator, the same for the same seed, replication and purpose
     */
    public UniformRandomProvider stream(int replication, String purpose) {
        long key = key(replication, purpose);
        long[] seed = new long[4];
        for (int i = 0; i < seed.length; i++) {
            key += GOLDEN_GAMMA;
            seed[i] = mix(key);
        }
        return new L64X128Mix(seed);
    }

    /**
     * The per-group stream for {@code purpose} in replication {@code replication}: see
     * {@link GroupStream}. Its key is hashed from the same triple as {@link #stream}'s, with one
     * more step so the two never share numbers.
     *
     * @param replication 0-based replication index, non-negative
     * @param purpose what the stream drives; not blank
     * @return a new per-group stream
     */
    public GroupStream groupStream(int replication, String purpose) {
        return new GroupStream(absorb(key(replication, purpose), GOLDEN_GAMMA));
    }

    private long key(int replication, String purpose) {
        requireReplication(replication);
        requirePurpose(purpose);
        long key = absorb(absorb(absorb(0, experimentSeed), replication), purpose.length());
        for (int i = 0; i < purpose.length(); i++) {
            key = absorb(key, purpose.charAt(i));
        }
        return key;
    }

    /**
     * The streams of one replication, for code that should not see the replication index.
     *
     * @param replication 0-based replication index, non-negative
     * @return a view of this experiment's streams for that replication
     */
    public ReplicationStreams forReplication(int replication) {
        return new ReplicationStreams(this, replication);
    }

    static void requireReplication(int replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be at least 0, got " + replication);
        }
    }

    private static void requirePurpose(String purpose) {
        if (purpose.isBlank()) {
            throw new IllegalArgumentException("stream purpose must be a non-blank name, got \"" + purpose + "\"");
        }
    }

    /** One hashing step; a bijection in {@code key} for fixed {@code word} and vice versa. */
    private static long absorb(long key, long word) {
        return mix((key ^ word) + GOLDEN_GAMMA);
    }

    /** The SplitMix64 output function (Stafford's variant 13), a bijection on 64-bit words. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
