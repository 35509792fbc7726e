package org.cairn.sandbox.entity;

import java.util.List;
import java.util.Optional;

/** A course of the sandbox LMS (an LTI context of type CourseOffering) with its members. */
public record Course(String id, String label, String title, List<SandboxUser> members) {

    public Course {
        members = List.copyOf(members);
    }

    public Optional<SandboxUser> member(String userId) {
        return members.stream().filter(m -> m.id().equals(userId)).findFirst();
    }

    public List<SandboxUser> withRole(Role role) {
        return members.stream().filter(m -> m.role() == role).toList();
    }
}
