package org.cairn.rotations.control;

import java.util.ArrayList;
import java.util.List;
import org.cairn.rotations.entity.GroupingConstraints;
import org.cairn.rotations.entity.GroupingRequest;
import org.cairn.rotations.entity.Student;
import org.cairn.rotations.entity.TargetStandard;

/** Small named classes for example tests. Levels on the default scale: 1 Beginning .. 4 Advanced, mastery at 3. */
final class Classes {

    static final TargetStandard RP3 = new TargetStandard("rp3", "6.RP.3");
    static final TargetStandard RP2 = new TargetStandard("rp2", "6.RP.2");

    private Classes() {
    }

    /**
     * Eight students: ana, ben, cai (Beginning/Developing), dev, eli (Developing), fay, gus (Proficient), hal
     * (Advanced).
     */
    static GroupingRequest.Builder eight() {
        var students = new ArrayList<Student>();
        for (String id : List.of("ana", "ben", "cai", "dev", "eli", "fay", "gus", "hal")) {
            students.add(Student.present(id, Character.toUpperCase(id.charAt(0)) + id.substring(1)));
        }
        return GroupingRequest.of(students, List.of(RP3, RP2))
                .level("ana", "rp3", 1).level("ana", "rp2", 1)
                .level("ben", "rp3", 2).level("ben", "rp2", 1)
                .level("cai", "rp3", 1).level("cai", "rp2", 2)
                .level("dev", "rp3", 2).level("dev", "rp2", 2)
                .level("eli", "rp3", 2).level("eli", "rp2", 3)
                .level("fay", "rp3", 3).level("fay", "rp2", 3)
                .level("gus", "rp3", 3).level("gus", "rp2", 4)
                .level("hal", "rp3", 4).level("hal", "rp2", 4)
                .constraints(GroupingConstraints.groups(2));
    }
}
