package org.corridorsim.random;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A random stream that is re-seeded in place for each group, so that a group's draws for one
 * purpose depend only on (experiment seed, replication, purpose, group key) and not on the order
 * in which events happen. One object serves all groups: no allocation per group or per draw.
 *
 * <p><b>Method.</b> {@link #at} sets a SplitMix64 state to a hash of the purpose key and the group
 * key; each draw then adds the golden-ratio increment and returns the SplitMix64 output mix of the
 * state (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014).
 * This is a counter-based generator: draw {@code i} of a group is mix(start + (i + 1) * gamma),
 * a function of the key and {@code i} alone. Two groups' sequences are segments of one Weyl
 * sequence starting at hashed, effectively random points, so they overlap only if two starts fall
 * within a few draws of each other: about 2<sup>-50</sup> for a million groups drawing ten numbers.
 *
 * <p>Samplers built on this stream (ziggurat, inverse CDF) keep no state between draws, so a
 * sampler bound once to the stream draws from whichever group the stream is at.
 */
public final class GroupStream implements UniformRandomProvider {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long purposeKey;
    private long state;
    /** The key {@link #at} or {@link #atPrepared} was given; the state is derived from it at the first draw. */
    private long pendingKey;
    private boolean pending;
    /** Whether {@link #pendingKey} is a raw group key, still to be prepared. */
    private boolean raw;

    GroupStream(long purposeKey) {
        this.purposeKey = purposeKey;
        this.state = purposeKey;
    }

    /**
     * Moves the stream to the start of the draws for {@code groupKey}. Cheap: the hashing is done
     * at the first draw, so positioning a stream that is then not drawn from costs two stores.
     *
     * @param groupKey from {@link #groupKey}
     */
    public void at(long groupKey) {
        pendingKey = groupKey;
        pending = true;
        raw = true;
    }

    /**
     * Moves the stream to the start of the draws for the group whose prepared key is given: the
     * same draws as {@code at(groupKey)}, one hashing step cheaper. A model that positions several
     * streams at one group prepares its key once and shares it.
     *
     * @param preparedKey {@link #prepare}{@code (groupKey)}
     */
    public void atPrepared(long preparedKey) {
        pendingKey = preparedKey;
        pending = true;
        raw = false;
    }

    /**
     * The part of a stream's starting point that depends on the group alone, shared by every
     * purpose: {@code atPrepared(prepare(k))} draws what {@code at(k)} draws.
     *
     * @param groupKey from {@link #groupKey}
     * @return the prepared key
     */
    public static long prepare(long groupKey) {
        return mix(groupKey + GOLDEN_GAMMA);
    }

    @Override
    public long nextLong() {
        if (pending) {
            pending = false;
            state = mix(purposeKey ^ (raw ? mix(pendingKey + GOLDEN_GAMMA) : pendingKey));
        }
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /**
     * The key of one group's draws.
     *
     * @param populationKey from {@link #nameKey} of the population id
     * @param index the group's 0-based index in its population
     * @param attempt 0 for the first journey, then one more per retry
     * @return a key for {@link #at(long)}
     */
    public static long groupKey(long populationKey, long index, int attempt) {
        return attemptKey(groupIdentity(populationKey, index), attempt);
    }

    /**
     * The part of {@link #groupKey} that stays the same over a group's attempts.
     *
     * @param populationKey from {@link #nameKey} of the population id
     * @param index the group's 0-based index in its population
     * @return the group's identity, for {@link #attemptKey}
     */
    public static long groupIdentity(long populationKey, long index) {
        return mix(populationKey ^ mix(index + GOLDEN_GAMMA));
    }

    /**
     * The key of one attempt of a group: {@code attemptKey(groupIdentity(p, i), a) == groupKey(p, i, a)}.
     *
     * @param identity from {@link #groupIdentity}
     * @param attempt 0 for the first journey, then one more per retry
     * @return a key for {@link #at(long)}
     */
    public static long attemptKey(long identity, int attempt) {
        return mix(identity + attempt);
    }

    /**
     * A 64-bit key for a name such as a population id.
     *
     * @param name any string
     * @return the same key for the same name, in every JVM
     */
    public static long nameKey(String name) {
        long key = mix(name.length() + GOLDEN_GAMMA);
        for (int i = 0; i < name.length(); i++) {
            key = mix((key ^ name.charAt(i)) + GOLDEN_GAMMA);
        }
        return key;
    }

    /** The SplitMix64 output function (Stafford's variant 13), a bijection on 64-bit words. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
