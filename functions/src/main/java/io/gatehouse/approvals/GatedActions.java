package io.gatehouse.approvals;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The registered gated actions, by name. Immutable; built once by the composition root. */
public final class GatedActions {

    private final Map<String, GatedAction> byName;

    private GatedActions(Map<String, GatedAction> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static GatedActions of(GatedAction... actions) {
        Map<String, GatedAction> byName = new LinkedHashMap<>();
        for (GatedAction action : actions) {
            if (byName.put(action.name(), action) != null) {
                throw new IllegalStateException("gated action registered twice: " + action.name());
            }
        }
        return new GatedActions(byName);
    }

    public Optional<GatedAction> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Fails when a route declares a gate no feature registered: such a route could never run. */
    public void requireAll(Collection<String> declared) {
        for (String name : declared) {
            if (!byName.containsKey(name)) {
                throw new IllegalStateException(
                        "a route is gated by " + name + ", but no such action is registered");
            }
        }
    }
}
