package org.cairn.rotations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A student's own sequence of stations in a rotation, one per round. */
@Entity
@Table(name = "rotation_own_agenda")
@NamedQuery(name = "OwnAgenda.ofRotation", query = "SELECT a FROM OwnAgenda a WHERE a.rotationId = :rotationId")
public class OwnAgenda {

    @Id
    private UUID id;

    @Column(name = "rotation_id", nullable = false)
    private UUID rotationId;

    @Column(name = "student_id", nullable = false)
    private String studentId;

    @Column(name = "station_ids", nullable = false)
    private String stationIds;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected OwnAgenda() {
        // JPA
    }

    public OwnAgenda(UUID rotationId, StudentId student, List<String> stations, UUID setBy, Instant now) {
        this.id = UUID.randomUUID();
        this.rotationId = rotationId;
        this.studentId = student.value();
        change(stations, setBy, now);
    }

    public void change(List<String> stations, UUID by, Instant now) {
        this.stationIds = String.join(",", stations);
        this.setBy = by.toString();
        this.setAt = now;
    }

    public StudentId student() { return StudentId.of(studentId); }
    public List<String> stations() { return Arrays.stream(stationIds.split(",")).toList(); }
}
