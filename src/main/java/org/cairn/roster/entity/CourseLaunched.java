package org.cairn.roster.entity;

import java.util.UUID;
import org.cairn.session.entity.CourseRole;

/** A launch opened a session in a course (fired inside the launch transaction; observed after it commits). */
public record CourseLaunched(UUID courseId, CourseRole role) {
}
