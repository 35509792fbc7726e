package org.cairn.rotations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A student's own sequence of stations in a rotation, one per round. When the teacher lets the student follow their
 * group again, the row stays without stations: its version keeps counting, so a page that loaded an earlier agenda
 * cannot match one set after that (StaleSave).
 */
@Entity
@Table(name = "rotation_own_agenda")
@NamedQuery(name = "OwnAgenda.ofRotation", query = "SELECT a FROM OwnAgenda a WHERE a.rotationId = :rotationId")
@NamedQuery(name = "OwnAgenda.ofStudent",
        query = "SELECT a FROM OwnAgenda a WHERE a.rotationId = :rotationId AND a.studentId = :studentId")
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

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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
        if (stations == null || stations.isEmpty()) {
            throw new IllegalArgumentException("an own agenda names a station for every round; to follow the group, "
                    + "use followGroup");
        }
        this.stationIds = String.join(",", stations);
        this.setBy = by.toString();
        this.setAt = now;
    }

    /** The student follows their group again: no stations of their own, until the next {@link #change}. */
    public void followGroup(UUID by, Instant now) {
        this.stationIds = "";
        this.setBy = by.toString();
        this.setAt = now;
    }

    public boolean followsGroup() { return stationIds.isEmpty(); }
    public StudentId student() { return StudentId.of(studentId); }
    public List<String> stations() { return followsGroup() ? List.of() : Arrays.stream(stationIds.split(",")).toList(); }

    /** The {@code @Version} of this student's own agenda, set or not; a page sends it back with its save (StaleSave). */
    public long version() { return version; }
}
