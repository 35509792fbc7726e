package org.cairn.competency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cairn.competency.control.CasePackageReader;
import org.cairn.competency.control.DraftLimits;
import org.cairn.competency.control.FrameworkDraft;
import org.cairn.competency.control.ImportPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU part of importing a 1,000-item CASE framework (10 domains x 9 clusters x 10 standards, 1,000 isChildOf
 * and 899 precedes associations): parse and validate the package, check it against the column sizes, and plan the
 * writes, both for a first import (nothing stored) and for a re-import where 100 items changed since the stored
 * version. The database writes are measured through the API by perf/framework-import.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FrameworkImportBenchmark {

    private String first;
    private String revised;
    private List<ImportPlan.Stored> stored;

    @Setup
    public void generate() {
        first = Packages.generated(1000, 0);
        revised = Packages.generated(1000, 100);
        FrameworkDraft draft = CasePackageReader.read(first);
        if (draft.items().size() != 1000) throw new IllegalStateException("expected 1,000 items");
        var identifierOfParent = new HashMap<String, String>();
        draft.items().forEach(i -> identifierOfParent.put(i.identifier(), i.parentIdentifier()));
        stored = new ArrayList<>();
        for (FrameworkDraft.Item i : draft.items()) {
            stored.add(new ImportPlan.Stored(i.identifier(), i.lastChange(), i.code(), i.statement(), i.type(),
                    i.parentIdentifier(), i.sequence(), false));
        }
        int changed = ImportPlan.of(CasePackageReader.read(revised), stored).updated().size();
        if (changed != 100) throw new IllegalStateException("expected 100 updated items, planned " + changed);
    }

    @Benchmark
    public ImportPlan firstImportParseValidatePlan() {
        FrameworkDraft draft = CasePackageReader.read(first);
        DraftLimits.check(draft);
        return ImportPlan.of(draft, List.of());
    }

    @Benchmark
    public ImportPlan reimportParseValidatePlan() {
        FrameworkDraft draft = CasePackageReader.read(revised);
        DraftLimits.check(draft);
        return ImportPlan.of(draft, stored);
    }

    /** Generated CASE packages; also used by perf/framework-import.sh through {@link #main}. */
    public static final class Packages {

        private Packages() {
        }

        /** Writes a package of n items to standard output (n a multiple of 100): java ... Packages 1000 0 */
        public static void main(String[] args) {
            System.out.print(generated(Integer.parseInt(args[0]), Integer.parseInt(args[1])));
        }

        /** changed: how many standards carry a newer lastChangeDateTime and a revised statement. */
        public static String generated(int n, int changed) {
            var items = new StringBuilder();
            var associations = new StringBuilder();
            int[] counter = {0};
            String doc = "d1000000-0000-0000-0000-000000000000";
            var standards = new ArrayList<String>();
            int domains = n / 100;
            int revisedSoFar = 0;
            for (int d = 0; d < domains; d++) {
                String domain = item(items, "D" + d, "Domain", ++counter[0], false);
                child(associations, domain, doc, d + 1, counter);
                for (int c = 0; c < 9; c++) {
                    String cluster = item(items, "D" + d + "." + c, "Cluster", ++counter[0], false);
                    child(associations, cluster, domain, c + 1, counter);
                    for (int s = 0; s < 10; s++) {
                        boolean revise = revisedSoFar < changed && (s % 9 == 0 || s % 9 == 4) ;
                        if (revise) revisedSoFar++;
                        String standard = item(items, "D" + d + "." + c + "." + s, "Standard", ++counter[0], revise);
                        child(associations, standard, cluster, s + 1, counter);
                        standards.add(standard);
                    }
                }
            }
            for (int i = 1; i < standards.size(); i++) {
                associations.append(",{\"identifier\":\"a").append(id(++counter[0]).substring(1))
                        .append("\",\"associationType\":\"precedes\",\"originNodeURI\":{\"identifier\":\"")
                        .append(standards.get(i - 1)).append("\"},\"destinationNodeURI\":{\"identifier\":\"")
                        .append(standards.get(i)).append("\"}}");
            }
            return "{\"CFDocument\":{\"identifier\":\"" + doc + "\",\"uri\":\"https://case.example/CFDocuments/" + doc
                    + "\",\"title\":\"Generated " + n + "\",\"creator\":\"perf\",\"lastChangeDateTime\":\"2026-01-01T00:00:00+00:00\"},"
                    + "\"CFItems\":[" + items.substring(1) + "],\"CFAssociations\":[" + associations.substring(1) + "]}";
        }

        private static String id(int n) {
            return String.format("10000000-0000-0000-0000-%012d", n);
        }

        private static String item(StringBuilder out, String code, String type, int n, boolean revised) {
            String id = id(n);
            out.append(",{\"identifier\":\"").append(id).append("\",\"uri\":\"https://case.example/CFItems/").append(id)
                    .append("\",\"humanCodingScheme\":\"").append(code).append("\",\"fullStatement\":\"")
                    .append(revised ? "Revised statement of " : "Statement of ").append(code)
                    .append("\",\"CFItemType\":\"").append(type).append("\",\"lastChangeDateTime\":\"")
                    .append(revised ? "2026-06-01T00:00:00+00:00" : "2026-01-01T00:00:00+00:00").append("\"}");
            return id;
        }

        private static void child(StringBuilder out, String child, String parent, int sequence, int[] counter) {
            out.append(",{\"identifier\":\"a").append(id(++counter[0]).substring(1))
                    .append("\",\"associationType\":\"isChildOf\",\"originNodeURI\":{\"identifier\":\"").append(child)
                    .append("\"},\"destinationNodeURI\":{\"identifier\":\"").append(parent)
                    .append("\"},\"sequenceNumber\":").append(sequence).append('}');
        }
    }
}
