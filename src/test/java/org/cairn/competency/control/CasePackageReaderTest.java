package org.cairn.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cairn.competency.entity.AssociationKind;
import org.cairn.competency.entity.FrameworkSource;
import org.cairn.competency.entity.StandardType;
import org.cairn.infra.i18n.Messages;
import org.junit.jupiter.api.Test;

class CasePackageReaderTest {

    static String fixture(String name) {
        try (InputStream in = CasePackageReaderTest.class.getResourceAsStream("/fixtures/case/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> statements(FrameworkDraft draft) {
        return draft.items().stream().map(FrameworkDraft.Item::statement).toList();
    }

    @Test
    void readsTheSmartLevelHierarchyInTreeOrder() {
        FrameworkDraft draft = CasePackageReader.read(fixture("SmartLevelFramework.json"));
        assertThat(draft.document().identifier()).isEqualTo("d0000000-0000-0000-0000-000000000000");
        assertThat(draft.document().title()).isEqualTo("SmartLevel Test");
        assertThat(draft.document().creator()).isEqualTo("OpenSALT Testing");
        assertThat(draft.document().lastChange()).isEqualTo(Instant.parse("2017-09-22T23:13:54Z"));
        assertThat(draft.document().source()).isEqualTo(FrameworkSource.CASE);
        assertThat(draft.items()).hasSize(14);
        assertThat(statements(draft)).containsExactly("Item 1", "Item 1.1", "Item 1.2", "Item 1.3", "Item 1.4",
                "Item 1.5", "Item 1.6", "Item 1.7", "Item 1.8", "Item 1.9", "Item 1.10", "Item 2", "Item 2.1", "Item 2.2");
        var item11 = draft.items().get(1);
        assertThat(item11.parentIdentifier()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(item11.uri()).isEqualTo("https://server/ims/case/v1p0/CFItems/00000000-0000-0000-0000-000000000003");
        assertThat(draft.items().get(0).parentIdentifier()).isNull();
        // Untyped: a top-level group is a domain, a leaf a standard.
        assertThat(draft.items().get(0).type()).isEqualTo(StandardType.DOMAIN);
        assertThat(item11.type()).isEqualTo(StandardType.STANDARD);
        assertThat(draft.links()).isEmpty();
    }

    @Test
    void siblingOrderFollowsSequenceNumberNotFileOrder() {
        FrameworkDraft draft = CasePackageReader.read(fixture("SequenceNumberFramework.json"));
        assertThat(draft.items()).extracting(FrameworkDraft.Item::code).containsExactly("SNT.2", "SNT.1");
        assertThat(draft.items()).extracting(FrameworkDraft.Item::sequence).containsExactly(1, 2);
    }

    @Test
    void itemTypeComesFromCfItemType() {
        FrameworkDraft draft = CasePackageReader.read(fixture("ItemTypeTestFramework.json"));
        assertThat(draft.items()).singleElement().satisfies(item -> {
            assertThat(item.typeTitle()).isEqualTo("Standard");
            assertThat(item.type()).isEqualTo(StandardType.STANDARD);
        });
        assertThat(draft.document().adoptionStatus()).isEqualTo("Draft");
    }

    @Test
    void keepsUtf8OutsideTheBasicPlane() {
        FrameworkDraft draft = CasePackageReader.read(fixture("Utf8TestFramework.json"));
        assertThat(draft.document().title()).isEqualTo("UTF8 \uD835\uDC51 Test");
        assertThat(draft.items().get(0).statement()).isEqualTo("Item \uD835\uDC51 1");
    }

    @Test
    void classifiesItemTypesByTheirWords() {
        assertThat(StandardType.classify("Domain")).isEqualTo(StandardType.DOMAIN);
        assertThat(StandardType.classify("Strand")).isEqualTo(StandardType.DOMAIN);
        assertThat(StandardType.classify("Cluster")).isEqualTo(StandardType.CLUSTER);
        assertThat(StandardType.classify("Content Standard")).isEqualTo(StandardType.STANDARD);
        assertThat(StandardType.classify("Performance Indicator")).isEqualTo(StandardType.STANDARD);
        assertThat(StandardType.classify("Habit of Success")).isEqualTo(StandardType.HABIT);
        assertThat(StandardType.classify("Example")).isEqualTo(StandardType.OTHER);
    }

    // Hand-made packages: document D, items A, B, C.

    private static String item(String id, String code) {
        return "{\"identifier\":\"" + id + "\",\"uri\":\"https://x/CFItems/" + id + "\",\"humanCodingScheme\":\"" + code
                + "\",\"fullStatement\":\"Statement " + code + "\",\"lastChangeDateTime\":\"2025-01-01T00:00:00+00:00\"}";
    }

    private static String assoc(String id, String type, String origin, String destination) {
        return "{\"identifier\":\"" + id + "\",\"associationType\":\"" + type
                + "\",\"originNodeURI\":{\"identifier\":\"" + origin + "\",\"uri\":\"https://x/CFItems/" + origin
                + "\",\"title\":\"" + origin + "\"},\"destinationNodeURI\":{\"identifier\":\"" + destination
                + "\",\"uri\":\"https://x/CFItems/" + destination + "\",\"title\":\"" + destination + "\"}}";
    }

    private static String pkg(List<String> items, List<String> associations) {
        return "{\"CFDocument\":{\"identifier\":\"D\",\"uri\":\"https://x/CFDocuments/D\",\"title\":\"Hand made\","
                + "\"lastChangeDateTime\":\"2025-01-01T00:00:00+00:00\"},\"CFItems\":[" + String.join(",", items)
                + "],\"CFAssociations\":[" + String.join(",", associations) + "]}";
    }

    private static FrameworkRejected rejected(String json) {
        return catchThrowableOfType(FrameworkRejected.class, () -> CasePackageReader.read(json));
    }

    @Test
    void refusesInvalidJsonWithWhereItBroke() {
        FrameworkRejected e = rejected("{\"CFDocument\": {\"identifier\": ");
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("invalid-json");
            assertThat(p.message()).contains("line 1");
        });
        assertThat(e.problem().status()).isEqualTo(422);
    }

    @Test
    void collectsEveryProblemNamingTheItems() {
        String json = pkg(List.of(item("A", "M.1"), item("A", "M.1-again"), item("B", "M.2"), item("C", "M.3")),
                List.of(assoc("a1", "isChildOf", "B", "D"), assoc("a2", "isChildOf", "B", "C"),
                        assoc("a3", "isChildOf", "C", "NOWHERE"), assoc("a4", "precedes", "X", "Y")));
        FrameworkRejected e = rejected(json);
        assertThat(e.errors()).extracting(ImportProblem::code)
                .containsExactlyInAnyOrder("duplicate-identifier", "two-parents", "dangling-reference", "dangling-association");
        assertThat(e.errors()).filteredOn(p -> p.code().equals("two-parents")).singleElement()
                .satisfies(p -> {
                    assertThat(p.identifier()).isEqualTo("B");
                    assertThat(p.humanCodingScheme()).isEqualTo("M.2");
                    assertThat(p.message()).contains("the document").contains("M.3 (C)");
                });
        assertThat(e.errors()).filteredOn(p -> p.code().equals("dangling-reference")).singleElement()
                .satisfies(p -> assertThat(p.humanCodingScheme()).isEqualTo("M.3"));
        @SuppressWarnings("unchecked")
        var members = (List<Map<String, Object>>) e.problem().extensions().get("errors");
        assertThat(members).hasSize(4);
        assertThat(members).anySatisfy(m -> assertThat(m).containsEntry("identifier", "A").containsEntry("code", "duplicate-identifier"));
    }

    @Test
    void refusesACycleInTheHierarchy() {
        String json = pkg(List.of(item("A", "M.1"), item("B", "M.2"), item("C", "M.3")),
                List.of(assoc("a1", "isChildOf", "A", "B"), assoc("a2", "isChildOf", "B", "C"),
                        assoc("a3", "isChildOf", "C", "A")));
        FrameworkRejected e = rejected(json);
        assertThat(e.errors()).extracting(ImportProblem::code).containsOnly("cycle");
        assertThat(e.errors()).extracting(ImportProblem::identifier).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(e.errors().get(0).message()).contains("M.1 (A)").contains("→");
    }

    @Test
    void keepsCrosswalksAndProgressionsToOtherFrameworksAsExternalLinks() {
        String json = pkg(List.of(item("A", "M.1"), item("B", "M.2")),
                List.of(assoc("a1", "isChildOf", "A", "D"), assoc("a2", "isChildOf", "B", "D"),
                        assoc("a3", "precedes", "A", "B"), assoc("a4", "exactMatchOf", "A", "OTHER-FRAMEWORK-ITEM"),
                        assoc("a5", "isPrerequisiteOf", "B", "A"), assoc("a6", "isRelatedTo", "B", "A")));
        FrameworkDraft draft = CasePackageReader.read(json);
        assertThat(draft.links()).extracting(FrameworkDraft.Link::kind).containsExactly(AssociationKind.PRECEDES,
                AssociationKind.EXACT_MATCH_OF, AssociationKind.IS_PREREQUISITE_OF, AssociationKind.IS_RELATED_TO);
        var crosswalk = draft.links().get(1);
        assertThat(crosswalk.origin().external()).isFalse();
        assertThat(crosswalk.destination().external()).isTrue();
        assertThat(crosswalk.destination().uri()).isEqualTo("https://x/CFItems/OTHER-FRAMEWORK-ITEM");
    }

    @Test
    void refusesAPackageWithoutDocument() {
        assertThat(rejected("{\"CFItems\": []}").errors()).extracting(ImportProblem::code).containsExactly("missing-document");
    }

    @Test
    void aChildOfTwoParentsReadsInSpanishNamingTheDocument() {
        String json = pkg(List.of(item("B", "M.2"), item("C", "M.3")),
                List.of(assoc("a1", "isChildOf", "B", "D"), assoc("a2", "isChildOf", "B", "C")));

        FrameworkRejected e = rejected(json);

        assertThat(e.problem().detail()).isEqualTo("CASE package D: 1 problem found, nothing was imported. "
                + "First: item M.2 (B) is a child of both the document and M.3 (C) in this document");
        assertThat(e.problem().in(Messages.SPANISH).detail()).isEqualTo("Paquete CASE D: se encontró 1 problema y "
                + "no se importó nada. El problema: el elemento M.2 (B) tiene dos padres: el documento y M.3 (C)");
    }
}
