package org.cairn.competency.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    private static List<ImportPlan.Stored> stored(FrameworkDraft draft) {
        var out = new ArrayList<ImportPlan.Stored>();
        for (var i : draft.items()) {
            out.add(new ImportPlan.Stored(i.identifier(), i.lastChange(), i.code(), i.statement(), i.type(),
                    i.parentIdentifier(), i.sequence(), false));
        }
        return out;
    }

    @Test
    void reimportingTheSameVersionChangesNothing() {
        FrameworkDraft draft = CasePackageReader.read(CasePackageReaderTest.fixture("SmartLevelFramework.json"));
        ImportPlan plan = ImportPlan.of(draft, stored(draft));
        assertThat(plan.unchanged()).hasSize(14);
        assertThat(plan.added()).isEmpty();
        assertThat(plan.updated()).isEmpty();
        assertThat(plan.retired()).isEmpty();
    }

    @Test
    void newerItemsAreUpdatedNewOnesAddedAndMissingOnesRetired() {
        FrameworkDraft v1 = CasePackageReader.read(CasePackageReaderTest.fixture("SmartLevelFramework.json"));
        String v2json = CasePackageReaderTest.fixture("SmartLevelFramework.json")
                .replace("\"lastChangeDateTime\": \"2017-09-22T23:15:13+00:00\",\n      \"fullStatement\": \"Item 1\"",
                        "\"lastChangeDateTime\": \"2018-01-01T00:00:00+00:00\",\n      \"fullStatement\": \"Item 1, revised\"")
                .replace("\"fullStatement\": \"Item 2.2\"", "\"fullStatement\": \"Item 2.2 edited without a new date\"");
        // Remove item 2.1 (and its isChildOf) and add a new one under Item 2 by renaming its identifier.
        v2json = v2json.replace("00000000-0000-0000-0000-000000000013", "00000000-0000-0000-0000-000000000099");
        FrameworkDraft v2 = CasePackageReader.read(v2json);
        ImportPlan plan = ImportPlan.of(v2, stored(v1));
        assertThat(plan.updated()).extracting(FrameworkDraft.Item::statement).containsExactly("Item 1, revised");
        assertThat(plan.added()).extracting(FrameworkDraft.Item::identifier).containsExactly("00000000-0000-0000-0000-000000000099");
        assertThat(plan.retired()).containsExactly("00000000-0000-0000-0000-000000000013");
        // Same lastChangeDateTime: CASE says unchanged, so it is skipped.
        assertThat(plan.unchanged()).extracting(FrameworkDraft.Item::statement).contains("Item 2.2 edited without a new date");
        assertThat(plan.summary()).isEqualTo("1 added, 1 updated, 12 unchanged, 1 retired");
    }

    @Test
    void aRetiredItemThatComesBackIsUpdated() {
        FrameworkDraft draft = CasePackageReader.read(CasePackageReaderTest.fixture("Utf8TestFramework.json"));
        var i = draft.items().get(0);
        var retired = new ImportPlan.Stored(i.identifier(), i.lastChange(), i.code(), i.statement(), i.type(), null, 1, true);
        assertThat(ImportPlan.of(draft, List.of(retired)).updated()).hasSize(1);
    }

    @Test
    void csvItemsWithoutDatesAreComparedByContent() {
        String v1 = "code,statement,type,parent_code,sequence\nA,Adds,standard,,1\nB,Subtracts,standard,,2\n";
        String v2 = "code,statement,type,parent_code,sequence\nA,Adds,standard,,1\nB,Subtracts within 100,standard,,2\n";
        FrameworkDraft first = CsvFrameworkReader.read("csv:x", "X", v1);
        ImportPlan plan = ImportPlan.of(CsvFrameworkReader.read("csv:x", "X", v2), stored(first));
        assertThat(plan.updated()).extracting(FrameworkDraft.Item::code).containsExactly("B");
        assertThat(plan.unchanged()).extracting(FrameworkDraft.Item::code).containsExactly("A");
        assertThat(first.items().get(0).lastChange()).isNull();
    }
}
