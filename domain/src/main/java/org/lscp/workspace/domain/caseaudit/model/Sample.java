package org.lscp.workspace.domain.caseaudit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A random sample that can be drawn again the same: the population in a fixed order, shuffled by a generator seeded
 * with the recorded seed, and the first {@code size} taken.
 */
public final class Sample {
    private Sample() {
    }

    public static <T> List<T> draw(List<T> population, int size, long seed) {
        List<T> shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, Math.min(size, shuffled.size())));
    }
}
