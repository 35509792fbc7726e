package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.plans.PlanFixtures.ANA;
import static org.cairn.plans.PlanFixtures.COURSE;
import static org.cairn.plans.PlanFixtures.NOW;
import static org.cairn.plans.PlanFixtures.OTHER_COURSE;
import static org.cairn.plans.PlanFixtures.TEACHER;
import static org.cairn.plans.PlanFixtures.planOf;

import org.cairn.plans.control.AboutMePrivacy;
import org.cairn.plans.control.AboutMePrivacy.Viewer;
import org.cairn.plans.entity.AboutMe;
import org.cairn.plans.entity.AboutMeField;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.PlanProblem;
import org.cairn.plans.entity.Visibility;
import org.junit.jupiter.api.Test;

class AboutMePrivacyTest {

    private AboutMe anasProfile() {
        AboutMe me = new AboutMe(planOf(ANA), NOW);
        me.write(AboutMeField.INTERESTS, "Soccer and drawing", Visibility.MY_TEACHERS, NOW);
        me.write(AboutMeField.HOW_I_LEARN_BEST, "With pictures", Visibility.MY_TEACHERS, NOW);
        me.write(AboutMeField.FAMILY, "My grandma lives with us", Visibility.ONLY_ME, NOW);
        return me;
    }

    @Test
    void everyFieldStartsPrivate() {
        AboutMe me = new AboutMe(planOf(ANA), NOW);
        for (AboutMeField field : AboutMeField.values()) {
            assertThat(me.visibility(field)).isEqualTo(Visibility.ONLY_ME);
        }
    }

    @Test
    void theStudentAlwaysSeesEveryField() {
        assertThat(AboutMePrivacy.visibleTo(Viewer.STUDENT_SELF, anasProfile()))
                .containsOnlyKeys(AboutMeField.INTERESTS, AboutMeField.HOW_I_LEARN_BEST, AboutMeField.FAMILY);
    }

    @Test
    void courseTeachersSeeOnlySharedFields() {
        assertThat(AboutMePrivacy.visibleTo(Viewer.COURSE_TEACHER, anasProfile()))
                .containsOnlyKeys(AboutMeField.INTERESTS, AboutMeField.HOW_I_LEARN_BEST);
    }

    @Test
    void otherStudentsNeverSeeAnything() {
        AboutMe me = anasProfile();
        for (AboutMeField field : AboutMeField.values()) me.write(field, "shared", Visibility.MY_TEACHERS, NOW);
        assertThat(AboutMePrivacy.visibleTo(Viewer.OTHER_STUDENT, me)).isEmpty();
    }

    @Test
    void observersNeverSeeAboutMe() {
        assertThat(AboutMePrivacy.maySee(Viewer.OBSERVER, Visibility.MY_TEACHERS)).isFalse();
        assertThat(AboutMePrivacy.maySee(Viewer.OBSERVER, Visibility.ONLY_ME)).isFalse();
    }

    @Test
    void theRuleForEveryViewerAndVisibility() {
        assertThat(AboutMePrivacy.maySee(Viewer.STUDENT_SELF, Visibility.ONLY_ME)).isTrue();
        assertThat(AboutMePrivacy.maySee(Viewer.STUDENT_SELF, Visibility.MY_TEACHERS)).isTrue();
        assertThat(AboutMePrivacy.maySee(Viewer.COURSE_TEACHER, Visibility.ONLY_ME)).isFalse();
        assertThat(AboutMePrivacy.maySee(Viewer.COURSE_TEACHER, Visibility.MY_TEACHERS)).isTrue();
        assertThat(AboutMePrivacy.maySee(Viewer.OTHER_STUDENT, Visibility.MY_TEACHERS)).isFalse();
        assertThat(AboutMePrivacy.maySee(Viewer.OUTSIDE_COURSE, Visibility.MY_TEACHERS)).isFalse();
    }

    @Test
    void theViewerFollowsTheActingRoleAndCourse() {
        assertThat(AboutMePrivacy.viewerOf(Actor.student(ANA, COURSE), COURSE, ANA)).isEqualTo(Viewer.STUDENT_SELF);
        assertThat(AboutMePrivacy.viewerOf(PlanFixtures.ben(), COURSE, ANA)).isEqualTo(Viewer.OTHER_STUDENT);
        assertThat(AboutMePrivacy.viewerOf(Actor.teacher(TEACHER, COURSE), COURSE, ANA)).isEqualTo(Viewer.COURSE_TEACHER);
        assertThat(AboutMePrivacy.viewerOf(Actor.teacher(TEACHER, OTHER_COURSE), COURSE, ANA)).isEqualTo(Viewer.OUTSIDE_COURSE);
        assertThat(AboutMePrivacy.viewerOf(PlanFixtures.anasParent(), COURSE, ANA)).isEqualTo(Viewer.OBSERVER);
    }

    @Test
    void aFieldCanBeMadePrivateAgain() {
        AboutMe me = anasProfile();
        me.write(AboutMeField.INTERESTS, "Soccer and drawing", Visibility.ONLY_ME, NOW);
        assertThat(AboutMePrivacy.maySee(Viewer.COURSE_TEACHER, me, AboutMeField.INTERESTS)).isFalse();
    }

    @Test
    void aFieldIsAtMost2000Characters() {
        assertThatThrownBy(() -> anasProfile().write(AboutMeField.STRENGTHS, "s".repeat(2001), Visibility.ONLY_ME, NOW))
                .isInstanceOf(PlanProblem.class).hasMessage("\"strengths\" has 2001 characters; at most 2000 are allowed");
    }
}
