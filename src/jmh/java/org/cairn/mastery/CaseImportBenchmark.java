package org.cairn.mastery;

import java.util.concurrent.TimeUnit;
import org.cairn.competency.control.CasePackageReader;
import org.cairn.competency.control.FrameworkDraft;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CASE import, parse and validate only (no database): a generated 1,000-item framework (10 domains × 9 clusters ×
 * 10 standards) with its 1,000 isChildOf, 899 precedes and 100 external exactMatchOf associations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CaseImportBenchmark {

    private String json;

    @Setup
    public void generate() {
        var items = new StringBuilder();
        var associations = new StringBuilder();
        int[] n = {0};
        String doc = "d0000000-0000-0000-0000-000000000000";
        java.util.List<String> standards = new java.util.ArrayList<>();
        for (int d = 0; d < 10; d++) {
            String domain = item(items, "D" + d, "Domain", ++n[0]);
            child(associations, domain, doc, d + 1, n);
            for (int c = 0; c < 9; c++) {
                String cluster = item(items, "D" + d + "." + c, "Cluster", ++n[0]);
                child(associations, cluster, domain, c + 1, n);
                for (int s = 0; s < 10; s++) {
                    String standard = item(items, "D" + d + "." + c + "." + s, "Standard", ++n[0]);
                    child(associations, standard, cluster, s + 1, n);
                    standards.add(standard);
                }
            }
        }
        for (int i = 1; i < standards.size(); i++) association(associations, "precedes", standards.get(i - 1), standards.get(i), n);
        for (int i = 0; i < standards.size(); i += 9) {
            association(associations, "exactMatchOf", standards.get(i), "e" + String.format("%035d", i), n);
        }
        json = "{\"CFDocument\":{\"identifier\":\"" + doc + "\",\"uri\":\"https://case.example/CFDocuments/" + doc
                + "\",\"title\":\"Generated\",\"creator\":\"bench\",\"lastChangeDateTime\":\"2026-01-01T00:00:00+00:00\"},"
                + "\"CFItems\":[" + items.substring(1) + "],\"CFAssociations\":[" + associations.substring(1) + "]}";
        if (CasePackageReader.read(json).items().size() != 1000) throw new IllegalStateException("expected 1,000 items");
    }

    private static String id(int n) {
        return String.format("00000000-0000-0000-0000-%012d", n);
    }

    private static String item(StringBuilder out, String code, String type, int n) {
        String id = id(n);
        out.append(",{\"identifier\":\"").append(id).append("\",\"uri\":\"https://case.example/CFItems/").append(id)
                .append("\",\"humanCodingScheme\":\"").append(code).append("\",\"fullStatement\":\"Statement of ")
                .append(code).append("\",\"CFItemType\":\"").append(type)
                .append("\",\"lastChangeDateTime\":\"2026-01-01T00:00:00+00:00\"}");
        return id;
    }

    private static void child(StringBuilder out, String child, String parent, int sequence, int[] n) {
        out.append(",{\"identifier\":\"a").append(id(++n[0]).substring(1)).append("\",\"associationType\":\"isChildOf\",")
                .append("\"originNodeURI\":{\"identifier\":\"").append(child).append("\"},\"destinationNodeURI\":{\"identifier\":\"")
                .append(parent).append("\"},\"sequenceNumber\":").append(sequence).append('}');
    }

    private static void association(StringBuilder out, String type, String origin, String destination, int[] n) {
        out.append(",{\"identifier\":\"a").append(id(++n[0]).substring(1)).append("\",\"associationType\":\"").append(type)
                .append("\",\"originNodeURI\":{\"identifier\":\"").append(origin).append("\"},\"destinationNodeURI\":{\"identifier\":\"")
                .append(destination).append("\",\"uri\":\"https://other.example/CFItems/").append(destination).append("\"}}");
    }

    @Benchmark
    public FrameworkDraft parseAndValidate() {
        return CasePackageReader.read(json);
    }
}
