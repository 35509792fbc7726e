package org.cairn.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cairn.competency.entity.FrameworkSource;
import org.cairn.competency.entity.StandardType;
import org.cairn.infra.i18n.Messages;
import org.junit.jupiter.api.Test;

class CsvFrameworkReaderTest {

    private static FrameworkRejected rejected(String csv) {
        return catchThrowableOfType(FrameworkRejected.class, () -> CsvFrameworkReader.read("csv:district-math", "District math", csv));
    }

    @Test
    void readsADistrictFrameworkInTreeOrder() {
        String csv = """
                code,statement,type,parent_code,sequence
                N,Number,domain,,1
                N.2,"Adds fractions, with unlike denominators",standard,N,2
                N.1,"Reads ""large"" numbers",standard,N,1
                H,Habits of success,,,2
                H.1,Perseveres,habit,H,
                """;
        FrameworkDraft draft = CsvFrameworkReader.read("csv:district-math", "District math", csv);
        assertThat(draft.document().source()).isEqualTo(FrameworkSource.CSV);
        assertThat(draft.items()).extracting(FrameworkDraft.Item::code).containsExactly("N", "N.1", "N.2", "H", "H.1");
        assertThat(draft.items().get(1).statement()).isEqualTo("Reads \"large\" numbers");
        assertThat(draft.items().get(2).statement()).isEqualTo("Adds fractions, with unlike denominators");
        assertThat(draft.items().get(2).parentIdentifier()).isEqualTo("N");
        assertThat(draft.items().get(3).type()).isEqualTo(StandardType.DOMAIN);
        assertThat(draft.items().get(4).type()).isEqualTo(StandardType.HABIT);
    }

    @Test
    void requiresTheHeader() {
        var e = rejected("N,Number,domain,,1\n");
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("missing-header");
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void reportsEveryProblemWithItsLine() {
        String csv = "code,statement,type,parent_code,sequence\r\n"
                + "N,Number,domain,,1\r\n"
                + "N,Number again,domain,,2\r\n"
                + "N.1,,standard,N,x\r\n"
                + "N.2,Adds,shape,Q,\r\n"
                + ",No code,standard,N,\r\n"
                + "N.3,Short row\r\n";
        var e = rejected(csv);
        assertThat(e.errors()).extracting(ImportProblem::message).containsExactlyInAnyOrder(
                "line 3: code N is already used on line 2",
                "line 4: statement of N.1 is empty",
                "line 4: sequence x is not a whole number",
                "line 5: type shape is not one of domain, cluster, standard, habit, other",
                "line 6: code is empty",
                "line 7: expected 5 columns, found 2",
                "line 5: parent_code Q of N.2 is not a code in this file");
    }

    @Test
    void refusesACycleOfParents() {
        var e = rejected("code,statement,type,parent_code,sequence\nA,a,,B,\nB,b,,A,\n");
        assertThat(e.errors()).extracting(ImportProblem::code).containsOnly("cycle");
    }

    @Test
    void quotedLineBreaksKeepLineNumbersRight() {
        var e = rejected("code,statement,type,parent_code,sequence\nA,\"two\nlines\",,,\nB,b,,Z,\n");
        assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
    }

    @Test
    void aRefusedFileReadsInSpanishWithItsLines() {
        var e = rejected("code,statement,type,parent_code,sequence\nN,Number,domain,,1\nN,Again,domain,,2\n,x,,,\n");

        assertThat(e.problem().detail()).isEqualTo("CSV framework District math: 2 problems found, nothing was "
                + "imported. First: line 3: code N is already used on line 2");
        var spanish = e.problem().in(Messages.SPANISH);
        assertThat(spanish.detail()).isEqualTo("Marco CSV District math: se encontraron 2 problemas y no se importó "
                + "nada. El primero: línea 3: el código N ya se usa en la línea 2");
        assertThat(spanish.title()).isEqualTo("No se puede importar el archivo del marco");
    }
}
