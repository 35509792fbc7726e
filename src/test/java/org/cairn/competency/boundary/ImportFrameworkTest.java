package org.cairn.competency.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.cairn.competency.control.FrameworkRejected;
import org.cairn.competency.control.InMemoryFrameworks;
import org.cairn.competency.entity.AssociationKind;
import org.cairn.competency.entity.Standard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportFrameworkTest {

    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private final InMemoryFrameworks frameworks = new InMemoryFrameworks();
    private final ImportFramework importer = new ImportFramework();

    @BeforeEach
    void wire() {
        importer.frameworks = frameworks;
        importer.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private static String fixture(String name) {
        try (InputStream in = ImportFrameworkTest.class.getResourceAsStream("/fixtures/case/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsEveryFixture() {
        for (String name : new String[] {"ItemTypeTestFramework.json", "SequenceNumberFramework.json",
                "SmartLevelFramework.json", "Utf8TestFramework.json"}) {
            var tenant = UUID.randomUUID();
            var result = importer.fromCase(tenant, fixture(name), "admin@district");
            assertThat(result.created()).as(name).isTrue();
            assertThat(frameworks.standardsOf(result.frameworkId())).as(name).hasSize(result.added());
        }
    }

    @Test
    void storesTheHierarchyWithParentsAndOrder() {
        var result = importer.fromCase(TENANT, fixture("SmartLevelFramework.json"), "admin@district");
        assertThat(result.added()).isEqualTo(14);
        Standard item1 = frameworks.byIdentifier("00000000-0000-0000-0000-000000000001");
        Standard item12 = frameworks.byIdentifier("00000000-0000-0000-0000-000000000004");
        assertThat(item1.parentId()).isNull();
        assertThat(item12.parentId()).isEqualTo(item1.id());
        assertThat(item12.sequenceNumber()).isEqualTo(2);
        assertThat(frameworks.frameworks.get(result.frameworkId()).title()).isEqualTo("SmartLevel Test");
    }

    @Test
    void reimportKeepsRowIdsUpdatesChangedAddsNewAndRetiresMissing() {
        String v1 = fixture("SmartLevelFramework.json");
        importer.fromCase(TENANT, v1, "admin@district");
        UUID item1Id = frameworks.byIdentifier("00000000-0000-0000-0000-000000000001").id();
        UUID item21Id = frameworks.byIdentifier("00000000-0000-0000-0000-000000000013").id();

        String v2 = v1.replace("\"lastChangeDateTime\": \"2017-09-22T23:15:13+00:00\",\n      \"fullStatement\": \"Item 1\"",
                        "\"lastChangeDateTime\": \"2018-01-01T00:00:00+00:00\",\n      \"fullStatement\": \"Item 1, revised\"")
                .replace("00000000-0000-0000-0000-000000000013", "00000000-0000-0000-0000-000000000099");
        var result = importer.fromCase(TENANT, v2, "admin@district");

        assertThat(result.created()).isFalse();
        assertThat(result).extracting(ImportFramework.Result::added, ImportFramework.Result::updated,
                ImportFramework.Result::unchanged, ImportFramework.Result::retired).containsExactly(1, 1, 12, 1);
        Standard item1 = frameworks.byIdentifier("00000000-0000-0000-0000-000000000001");
        assertThat(item1.id()).isEqualTo(item1Id);
        assertThat(item1.statement()).isEqualTo("Item 1, revised");
        Standard gone = frameworks.standards.get(item21Id);
        assertThat(gone.retired()).isTrue();
        assertThat(gone.retiredAt()).isEqualTo(NOW);
        assertThat(frameworks.standards).hasSize(15);
    }

    @Test
    void sameVersionAgainChangesNothing() {
        importer.fromCase(TENANT, fixture("SequenceNumberFramework.json"), "admin@district");
        var again = importer.fromCase(TENANT, fixture("SequenceNumberFramework.json"), "admin@district");
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.added() + again.updated() + again.retired()).isZero();
    }

    @Test
    void brokenPackageWritesNothing() {
        String broken = fixture("SmartLevelFramework.json").replace("00000000-0000-0000-0000-000000000002\",\n      \"lastChangeDateTime\"",
                "00000000-0000-0000-0000-000000000001\",\n      \"lastChangeDateTime\"");
        var e = catchThrowableOfType(FrameworkRejected.class, () -> importer.fromCase(TENANT, broken, "admin@district"));
        assertThat(e.errors()).extracting(p -> p.code()).contains("duplicate-identifier");
        assertThat(frameworks.frameworks).isEmpty();
        assertThat(frameworks.standards).isEmpty();
    }

    @Test
    void keepsExternalCrosswalks() {
        String json = "{\"CFDocument\":{\"identifier\":\"D\",\"title\":\"T\"},\"CFItems\":["
                + "{\"identifier\":\"A\",\"fullStatement\":\"a\"},{\"identifier\":\"B\",\"fullStatement\":\"b\"}],"
                + "\"CFAssociations\":[{\"identifier\":\"x1\",\"associationType\":\"precedes\","
                + "\"originNodeURI\":{\"identifier\":\"A\"},\"destinationNodeURI\":{\"identifier\":\"B\"}},"
                + "{\"identifier\":\"x2\",\"associationType\":\"exactMatchOf\",\"originNodeURI\":{\"identifier\":\"A\"},"
                + "\"destinationNodeURI\":{\"identifier\":\"CCSS-1\",\"uri\":\"https://example.org/CFItems/CCSS-1\"}}]}";
        var result = importer.fromCase(TENANT, json, "admin@district");
        assertThat(result.links()).isEqualTo(2);
        var external = frameworks.associations.stream().filter(a -> a.kind() == AssociationKind.EXACT_MATCH_OF).findFirst().orElseThrow();
        assertThat(external.external()).isTrue();
        assertThat(external.destinationUri()).isEqualTo("https://example.org/CFItems/CCSS-1");
        var progression = frameworks.associations.stream().filter(a -> a.kind() == AssociationKind.PRECEDES).findFirst().orElseThrow();
        assertThat(progression.destinationId()).isEqualTo(frameworks.byIdentifier("B").id());
    }

    @Test
    void importsADistrictCsv() {
        var result = importer.fromCsv(TENANT, "csv:district-math", "District math",
                "code,statement,type,parent_code,sequence\nN,Number,domain,,1\nN.1,Reads numbers,standard,N,1\n", "admin@district");
        assertThat(result.added()).isEqualTo(2);
        assertThat(frameworks.byIdentifier("N.1").parentId()).isEqualTo(frameworks.byIdentifier("N").id());
    }
}
