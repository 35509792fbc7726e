package org.cairn.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.lti.launch.entity.LaunchRejected;
import org.cairn.lti.launch.entity.Reason;
import org.junit.jupiter.api.Test;

class LaunchRejectedTest {

    private static LaunchRejected unknownDeployment() {
        return new LaunchRejected(Reason.UNKNOWN_DEPLOYMENT, Phrase.of("lti.problem.unknownDeployment", "dep-7",
                "Moodle Norte", "https://moodle.example", "client-1"));
    }

    @Test
    void theDetailIsTheEnglishSentenceWithItsValuesAndApostrophes() {
        LaunchRejected rejected = unknownDeployment();
        assertThat(rejected.detail()).isEqualTo("This Cairn install does not know deployment 'dep-7' of registration "
                + "'Moodle Norte' (issuer 'https://moodle.example', client id 'client-1'); an operator can approve it "
                + "in Cairn's admin pages.");
        assertThat(rejected.getMessage()).isEqualTo(rejected.detail());
        assertThat(rejected.detailIn(Messages.ENGLISH)).isEqualTo(rejected.detail());
    }

    @Test
    void rendersInSpanishForASpanishPage() {
        assertThat(unknownDeployment().detailIn(Messages.SPANISH)).isEqualTo("Esta instalación de Cairn no conoce el "
                + "despliegue 'dep-7' del registro 'Moodle Norte' (emisor 'https://moodle.example', id de cliente "
                + "'client-1'); un operador puede aprobarlo en las páginas de administración de Cairn.");
    }

    @Test
    void aStatusInsideTheSentenceIsPhrasedInTheSameLanguage() {
        LaunchRejected rejected = new LaunchRejected(Reason.DEPLOYMENT_DISABLED, Phrase.of(
                "lti.problem.deploymentInactive", "dep-7", "Moodle Norte", Phrase.of("lti.problem.status.DISABLED")));
        assertThat(rejected.detail()).isEqualTo("Deployment 'dep-7' of registration 'Moodle Norte' is disabled; an "
                + "operator can approve it in Cairn's admin pages.");
        assertThat(rejected.detailIn(Messages.SPANISH)).isEqualTo("El despliegue 'dep-7' del registro 'Moodle Norte' "
                + "está desactivado; un operador puede aprobarlo en las páginas de administración de Cairn.");
    }

    @Test
    void aSentenceWithoutArgumentsKeepsItsApostrophe() {
        LaunchRejected rejected = new LaunchRejected(Reason.STATE_UNKNOWN, Phrase.of("lti.problem.stateUnknown"));
        assertThat(rejected.detail()).isEqualTo("The launch's state is unknown, expired (10 minutes) or already used. "
                + "Open Cairn again from the LMS.");
        assertThat(rejected.detailIn(Messages.SPANISH)).startsWith("El state del lanzamiento es desconocido");
    }
}
