package org.cairn.grades.entity;

import java.util.UUID;

/** One of Cairn's gradebook columns in a course, as the teacher's view lists it. */
public record CourseLineItem(UUID id, LineItemKind kind, UUID subjectId, String label, boolean inLms) {
}
