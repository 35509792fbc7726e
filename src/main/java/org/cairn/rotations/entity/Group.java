package org.cairn.rotations.entity;

import java.util.List;

/**
 * One group of a grouping, numbered from 1. In a skill grouping groups are numbered from the neediest, and the
 * neediest is marked for intervention (it meets the teacher-led station first).
 */
public record Group(int number, List<StudentId> members, boolean intervention) {

    public Group {
        members = members.stream().sorted().toList();
    }

    public int size() {
        return members.size();
    }

    public boolean contains(StudentId student) {
        return members.contains(student);
    }
}
