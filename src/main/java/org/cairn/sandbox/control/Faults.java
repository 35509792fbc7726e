package org.cairn.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.cairn.sandbox.entity.Fault;

/**
 * The fault knobs: each target holds at most one armed fault, and each call to that target takes one of its
 * remaining count. Kept in memory: the sandbox is one node, and a restart rightly clears test faults.
 */
@ApplicationScoped
public class Faults {

    private final Map<Fault.Target, Fault> armed = new EnumMap<>(Fault.Target.class);

    public synchronized void arm(Fault fault) {
        armed.put(fault.target(), fault);
    }

    /** The fault this call must suffer, if any; counts the call against it. */
    public synchronized Optional<Fault> take(Fault.Target target) {
        Fault fault = armed.get(target);
        if (fault == null) return Optional.empty();
        if (fault.count() <= 1) {
            armed.remove(target);
        } else {
            armed.put(target, new Fault(target, fault.kind(), fault.count() - 1, fault.retryAfterSeconds(),
                    fault.delayMillis()));
        }
        return Optional.of(fault);
    }

    public synchronized Map<Fault.Target, Fault> armed() {
        return Map.copyOf(armed);
    }

    public synchronized void clear() {
        armed.clear();
    }
}
