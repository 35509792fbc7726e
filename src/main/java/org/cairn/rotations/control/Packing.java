package org.cairn.rotations.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Packs units (students who must stay together, or single students) into {@code k} groups whose sizes stay within
 * [{@code min}, {@code max}], never putting two units that must be kept apart in one group. Two goals share the
 * same bookkeeping, because the spread of levels splits into a part within groups and a part between groups
 * (total = within + between):
 * <ul>
 * <li>homogeneous (skill): minimize the spread within groups = maximize the sum over groups of S²/n;</li>
 * <li>heterogeneous (mixed): minimize the spread of group means = minimize the same sum, plus a large penalty for
 * each group that could have had a student at mastery and has none.</li>
 * </ul>
 * Everything is deterministic: units are indexed in student id order and every tie goes to the lower index.
 */
final class Packing {

    enum Goal { HOMOGENEOUS, HETEROGENEOUS }

    /** Students (indices into the profiles) who must share a group, with the sums the objective needs. */
    record Unit(int index, int[] students, int weight, double sum, double sumSq, int mastered) {
        double mean() {
            return sum / weight;
        }
    }

    private static final double EPSILON = 1e-9;
    private static final double COVERAGE_PENALTY = 1e7;
    private static final int SEARCH_BUDGET = 20_000;
    private static final int MAX_PASSES = 50;

    private final List<Unit> units;
    private final int[][] adjacent;
    private final boolean[][] conflict;
    private final int k;
    private final int min;
    private final int max;
    private final Goal goal;
    private final int coverable;

    Packing(List<Unit> units, boolean[][] conflict, int k, int min, int max, Goal goal) {
        this.units = units;
        this.conflict = conflict;
        this.k = k;
        this.min = min;
        this.max = max;
        this.goal = goal;
        int m = units.size();
        adjacent = new int[m][];
        for (int u = 0; u < m; u++) {
            int count = 0;
            for (int v = 0; v < m; v++) {
                if (conflict[u][v]) {
                    count++;
                }
            }
            adjacent[u] = new int[count];
            int i = 0;
            for (int v = 0; v < m; v++) {
                if (conflict[u][v]) {
                    adjacent[u][i++] = v;
                }
            }
        }
        int withMastery = (int) units.stream().filter(u -> u.mastered() > 0).count();
        coverable = Math.min(k, withMastery);
    }

    int coverable() {
        return coverable;
    }

    /**
     * The best packing found, as the group index of each unit, or null when no packing meets the hard
     * constraints (or none was found within the search budget).
     */
    int[] solve() {
        int[] start = goal == Goal.HOMOGENEOUS ? contiguous() : snakeDraft();
        State state = start == null ? null : new State(start);
        if (state != null && !state.repair()) {
            state = null;
        }
        if (state == null) {
            int[] found = search();
            if (found == null) {
                return null;
            }
            state = new State(found);
        }
        state.improve();
        return state.binOf.clone();
    }

    /** Sum over groups of within-group squared deviations (of the unit values) for an assignment. */
    double withinSquares(int[] binOf) {
        double[] s = new double[k];
        double[] q = new double[k];
        int[] n = new int[k];
        for (Unit u : units) {
            s[binOf[u.index()]] += u.sum();
            q[binOf[u.index()]] += u.sumSq();
            n[binOf[u.index()]] += u.weight();
        }
        double total = 0;
        for (int b = 0; b < k; b++) {
            total += n[b] == 0 ? 0 : q[b] - s[b] * s[b] / n[b];
        }
        return total;
    }

    /**
     * Skill start: units sorted by value, cut into k contiguous runs minimizing the within-run squared deviations
     * (optimal 1-D partition by dynamic programming, like Jenks natural breaks, with size bounds). Keep-apart is
     * ignored here and repaired afterwards. Null when no contiguous cut fits the size bounds.
     */
    int[] contiguous() {
        int m = units.size();
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> units.get(i).mean()).thenComparingInt(i -> i));
        double[] ps = new double[m + 1];
        double[] pq = new double[m + 1];
        int[] pw = new int[m + 1];
        for (int i = 0; i < m; i++) {
            Unit u = units.get(order[i]);
            ps[i + 1] = ps[i] + u.sum();
            pq[i + 1] = pq[i] + u.sumSq();
            pw[i + 1] = pw[i] + u.weight();
        }
        double[][] best = new double[k + 1][m + 1];
        int[][] cut = new int[k + 1][m + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int j = 1; j <= k; j++) {
            for (int i = 1; i <= m; i++) {
                for (int p = i - 1; p >= 0; p--) {
                    int w = pw[i] - pw[p];
                    if (w > max) {
                        break;
                    }
                    if (w < min || best[j - 1][p] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double s = ps[i] - ps[p];
                    double cost = best[j - 1][p] + (pq[i] - pq[p]) - s * s / w;
                    if (cost < best[j][i] - EPSILON) {
                        best[j][i] = cost;
                        cut[j][i] = p;
                    }
                }
            }
        }
        if (best[k][m] == Double.POSITIVE_INFINITY) {
            return null;
        }
        int[] binOf = new int[m];
        int i = m;
        for (int j = k; j >= 1; j--) {
            int p = cut[j][i];
            for (int x = p; x < i; x++) {
                binOf[order[x]] = j - 1;
            }
            i = p;
        }
        return binOf;
    }

    /**
     * Mixed start: a snake draft. Units from the strongest (lowest value) down are dealt to groups 1..k, then k..1,
     * and so on, so each group gets one of the strongest, one of the next, and so on; full groups are skipped.
     */
    int[] snakeDraft() {
        int m = units.size();
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> units.get(i).mastered() > 0 ? 0 : 1)
                .thenComparingDouble(i -> units.get(i).mean()).thenComparingInt(i -> i));
        int[] binOf = new int[m];
        int[] load = new int[k];
        int position = 0;
        for (int x = 0; x < m; x++) {
            Unit u = units.get(order[x]);
            int chosen = -1;
            for (int tries = 0; tries < 2 * k && chosen < 0; tries++) {
                int b = snakeBin(position++);
                if (load[b] + u.weight() <= max) {
                    chosen = b;
                }
            }
            if (chosen < 0) {
                chosen = 0;
                for (int b = 1; b < k; b++) {
                    if (load[b] < load[chosen]) {
                        chosen = b;
                    }
                }
            }
            binOf[u.index()] = chosen;
            load[chosen] += u.weight();
        }
        return binOf;
    }

    private int snakeBin(int position) {
        int pass = position / k;
        int offset = position % k;
        return pass % 2 == 0 ? offset : k - 1 - offset;
    }

    /**
     * Any packing that meets the hard constraints: depth-first search placing the largest and most constrained
     * units first, into the least loaded groups first, trying only one empty group (empty groups are alike).
     */
    int[] search() {
        int m = units.size();
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -units.get(i).weight())
                .thenComparingInt(i -> -adjacent[i].length).thenComparingInt(i -> i));
        int remaining = units.stream().mapToInt(Unit::weight).sum();
        var search = new Search(order, remaining);
        return search.place(0) ? search.binOf : null;
    }

    private final class Search {
        final Integer[] order;
        final int[] binOf;
        final int[] load = new int[k];
        final int[][] conflictsIn;
        int remaining;
        int nodes;

        Search(Integer[] order, int remaining) {
            this.order = order;
            this.remaining = remaining;
            binOf = new int[order.length];
            Arrays.fill(binOf, -1);
            conflictsIn = new int[order.length][k];
        }

        boolean place(int x) {
            if (x == order.length) {
                for (int b = 0; b < k; b++) {
                    if (load[b] < min) {
                        return false;
                    }
                }
                return true;
            }
            if (++nodes > SEARCH_BUDGET) {
                return false;
            }
            int u = order[x];
            int w = units.get(u).weight();
            Integer[] bins = new Integer[k];
            for (int b = 0; b < k; b++) {
                bins[b] = b;
            }
            Arrays.sort(bins, Comparator.comparingInt((Integer b) -> load[b]).thenComparingInt(b -> b));
            boolean triedEmpty = false;
            for (int b : bins) {
                if (load[b] + w > max || conflictsIn[u][b] > 0) {
                    continue;
                }
                if (load[b] == 0) {
                    if (triedEmpty) {
                        continue;
                    }
                    triedEmpty = true;
                }
                assign(u, b, w, 1);
                if (fillable() && place(x + 1)) {
                    return true;
                }
                assign(u, b, w, -1);
                if (nodes > SEARCH_BUDGET) {
                    return false;
                }
            }
            return false;
        }

        private void assign(int u, int b, int w, int sign) {
            binOf[u] = sign > 0 ? b : -1;
            load[b] += sign * w;
            remaining -= sign * w;
            for (int v : adjacent[u]) {
                conflictsIn[v][b] += sign;
            }
        }

        private boolean fillable() {
            int deficit = 0;
            for (int b = 0; b < k; b++) {
                deficit += Math.max(0, min - load[b]);
            }
            return deficit <= remaining;
        }
    }

    /** A packing under improvement, with per-group sums kept so each move is scored in constant time. */
    final class State {
        final int[] binOf;
        final int[] load = new int[k];
        final double[] sum = new double[k];
        final int[] mastered = new int[k];
        final int[][] conflictsIn;

        State(int[] start) {
            binOf = start.clone();
            conflictsIn = new int[units.size()][k];
            for (Unit u : units) {
                int b = binOf[u.index()];
                load[b] += u.weight();
                sum[b] += u.sum();
                mastered[b] += u.mastered();
                for (int v : adjacent[u.index()]) {
                    conflictsIn[v][b]++;
                }
            }
        }

        /** Greedy repair: the move or swap that most reduces broken constraints, then costs least. */
        boolean repair() {
            int violations = violations();
            int guard = 4 * units.size() + 4 * k;
            while (violations > 0 && guard-- > 0) {
                Candidate best = null;
                for (int u = 0; u < units.size(); u++) {
                    int a = binOf[u];
                    Unit uu = units.get(u);
                    for (int b = 0; b < k; b++) {
                        if (b == a) {
                            continue;
                        }
                        int dv = conflictsIn[u][b] - conflictsIn[u][a]
                                + sizeBreak(load[a] - uu.weight()) - sizeBreak(load[a])
                                + sizeBreak(load[b] + uu.weight()) - sizeBreak(load[b]);
                        best = better(best, dv, moveDelta(u, b), u, -1, b);
                    }
                    for (int v = u + 1; v < units.size(); v++) {
                        int b = binOf[v];
                        if (b == a) {
                            continue;
                        }
                        Unit vv = units.get(v);
                        int together = conflict[u][v] ? 1 : 0;
                        int dv = conflictsIn[u][b] - together + conflictsIn[v][a] - together
                                - conflictsIn[u][a] - conflictsIn[v][b]
                                + sizeBreak(load[a] - uu.weight() + vv.weight()) - sizeBreak(load[a])
                                + sizeBreak(load[b] - vv.weight() + uu.weight()) - sizeBreak(load[b]);
                        best = better(best, dv, swapDelta(u, v), u, v, b);
                    }
                }
                if (best == null || best.violationChange >= 0) {
                    return false;
                }
                apply(best);
                violations += best.violationChange;
            }
            return violations == 0;
        }

        /**
         * Local search over moves and swaps that keep every hard constraint: each unit in turn takes its best
         * improving move or swap, in passes, until a whole pass improves nothing (or the pass limit is reached).
         */
        void improve() {
            boolean improved = true;
            for (int pass = 0; improved && pass < MAX_PASSES; pass++) {
                improved = false;
                for (int u = 0; u < units.size(); u++) {
                    Candidate best = bestFor(u);
                    if (best != null && best.costChange < -EPSILON) {
                        apply(best);
                        improved = true;
                    }
                }
            }
        }

        private Candidate bestFor(int u) {
            Candidate best = null;
            int a = binOf[u];
            Unit uu = units.get(u);
            boolean canLeave = load[a] - uu.weight() >= min;
            for (int b = 0; canLeave && b < k; b++) {
                if (b != a && load[b] + uu.weight() <= max && conflictsIn[u][b] == 0) {
                    best = better(best, 0, moveDelta(u, b), u, -1, b);
                }
            }
            for (int v = 0; v < units.size(); v++) {
                int b = binOf[v];
                if (b == a) {
                    continue;
                }
                Unit vv = units.get(v);
                int shift = vv.weight() - uu.weight();
                if (shift != 0 && (load[a] + shift < min || load[a] + shift > max || load[b] - shift < min
                        || load[b] - shift > max)) {
                    continue;
                }
                int together = conflict[u][v] ? 1 : 0;
                if (conflictsIn[u][b] - together > 0 || conflictsIn[v][a] - together > 0) {
                    continue;
                }
                if (shift == 0 && uu.sum() == vv.sum() && uu.mastered() == vv.mastered()) {
                    continue;
                }
                best = better(best, 0, swapDelta(u, v), u, v, b);
            }
            return best;
        }

        int violations() {
            int pairs = 0;
            for (Unit u : units) {
                pairs += conflictsIn[u.index()][binOf[u.index()]];
            }
            int sizes = 0;
            for (int b = 0; b < k; b++) {
                sizes += sizeBreak(load[b]);
            }
            return pairs / 2 + sizes;
        }

        private int sizeBreak(int n) {
            return Math.max(0, min - n) + Math.max(0, n - max);
        }

        private double moveDelta(int u, int b) {
            Unit uu = units.get(u);
            int a = binOf[u];
            return delta(a, -uu.sum(), -uu.weight(), -uu.mastered(), b, uu.sum(), uu.weight(), uu.mastered());
        }

        private double swapDelta(int u, int v) {
            Unit uu = units.get(u);
            Unit vv = units.get(v);
            int a = binOf[u];
            int b = binOf[v];
            double ds = vv.sum() - uu.sum();
            int dn = vv.weight() - uu.weight();
            int dm = vv.mastered() - uu.mastered();
            return delta(a, ds, dn, dm, b, -ds, -dn, -dm);
        }

        private double delta(int a, double dsA, int dnA, int dmA, int b, double dsB, int dnB, int dmB) {
            double before = term(sum[a], load[a]) + term(sum[b], load[b]);
            double after = term(sum[a] + dsA, load[a] + dnA) + term(sum[b] + dsB, load[b] + dnB);
            if (goal == Goal.HOMOGENEOUS) {
                return before - after;
            }
            int coveredBefore = (mastered[a] > 0 ? 1 : 0) + (mastered[b] > 0 ? 1 : 0);
            int coveredAfter = (mastered[a] + dmA > 0 ? 1 : 0) + (mastered[b] + dmB > 0 ? 1 : 0);
            return after - before - COVERAGE_PENALTY * (coveredAfter - coveredBefore);
        }

        private double term(double s, int n) {
            return n == 0 ? 0 : s * s / n;
        }

        private Candidate better(Candidate best, int violationChange, double costChange, int u, int v, int b) {
            if (best == null || violationChange < best.violationChange
                    || (violationChange == best.violationChange && costChange < best.costChange - EPSILON)) {
                return new Candidate(violationChange, costChange, u, v, b);
            }
            return best;
        }

        private void apply(Candidate c) {
            if (c.v < 0) {
                move(c.u, c.b);
            } else {
                int a = binOf[c.u];
                move(c.u, c.b);
                move(c.v, a);
            }
        }

        private void move(int u, int b) {
            Unit uu = units.get(u);
            int a = binOf[u];
            load[a] -= uu.weight();
            sum[a] -= uu.sum();
            mastered[a] -= uu.mastered();
            load[b] += uu.weight();
            sum[b] += uu.sum();
            mastered[b] += uu.mastered();
            binOf[u] = b;
            for (int v : adjacent[u]) {
                conflictsIn[v][a]--;
                conflictsIn[v][b]++;
            }
        }
    }

    private record Candidate(int violationChange, double costChange, int u, int v, int b) {
    }

    static List<Unit> singles(double[] values, boolean[] mastered) {
        var out = new ArrayList<Unit>();
        for (int i = 0; i < values.length; i++) {
            out.add(new Unit(i, new int[] {i}, 1, values[i], values[i] * values[i], mastered[i] ? 1 : 0));
        }
        return out;
    }
}
