/**
 * Courses, people and enrollments as the LMS reports them: upserted on each launch (and later by NRPS roster
 * sync). A person is (registration, sub) and a course is (registration, context.id); names and emails are kept
 * only when the platform shares them, and nothing is ever joined on them.
 */
package org.cairn.roster;
