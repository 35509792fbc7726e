package org.cairn.rotations.control;

import java.util.Random;
import org.cairn.rotations.entity.GroupingMethod;
import org.cairn.rotations.entity.RotationRejected;

class TimingProbe {
    public static void main(String[] args) {
        for (int pass = 0; pass < 2; pass++) {
            long worst = 0; long worstSeed = 0; long total = 0;
            for (long seed = 1; seed <= 600; seed++) {
                var r = args.length > 0 ? RandomClasses.arbitrary(new Random(seed)) : RandomClasses.feasible(seed);
                for (GroupingMethod m : GroupingMethod.values()) {
                    long t = System.nanoTime();
                    try { Groupings.group(r, m); } catch (RotationRejected e) { }
                    long d = System.nanoTime() - t;
                    total += d;
                    if (d > worst) { worst = d; worstSeed = seed; }
                }
            }
            System.out.printf("total %d ms, worst %d ms at seed %d%n", total / 1_000_000, worst / 1_000_000, worstSeed);
        }
    }
}
