package org.cairn.roster.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.problem.ProblemException;
import org.cairn.roster.entity.RosterSync;
import org.cairn.session.boundary.CourseAccess;
import org.junit.jupiter.api.Test;

/** "Sync now" refused, as a Spanish teacher's page and an English client read it. */
class RosterSyncResourceTest {

    private static final UUID COURSE = UUID.fromString("00000000-0000-0000-0000-00000000c001");

    private static RosterSyncResource resource(boolean offered) {
        var resource = new RosterSyncResource();
        resource.access = new CourseAccess() {
            @Override
            public CourseAccess requireTeacher() {
                return this;
            }

            @Override
            public UUID courseId() {
                return COURSE;
            }
        };
        resource.steps = new RosterSyncSteps() {
            @Override
            public Optional<RosterSync> status(UUID courseId) {
                return Optional.empty();
            }
        };
        resource.syncing = new RosterSyncing() {
            @Override
            public boolean request(UUID courseId, boolean full) {
                return false;
            }

            @Override
            public boolean offersRoster(UUID courseId) {
                return offered;
            }
        };
        return resource;
    }

    @Test
    void aRosterTheLmsDidNotOfferIsExplainedInSpanish() {
        var refused = catchThrowableOfType(() -> resource(false).syncNow(false), ProblemException.class);

        assertThat(refused.problem().status()).isEqualTo(409);
        assertThat(refused.problem().detail()).isEqualTo("The LMS did not offer this course's roster (Names and Role "
                + "Provisioning Services) in the launch. An LMS administrator can allow it in Cairn's registration.");
        var spanish = refused.problem().in(Messages.SPANISH);
        assertThat(spanish.detail()).startsWith("El LMS no ofreció la lista de clase de este curso");
        assertThat(spanish.title()).isEqualTo("Conflicto");
    }

    @Test
    void aSyncAlreadyUnderWayIsSaidInSpanish() {
        var refused = catchThrowableOfType(() -> resource(true).syncNow(false), ProblemException.class);

        assertThat(refused.problem().detail()).contains("already under way");
        assertThat(refused.problem().in(Messages.SPANISH).detail()).isEqualTo("Ya hay una sincronización de la lista "
                + "de clase en curso para este curso; su avance se muestra en la página.");
    }
}
