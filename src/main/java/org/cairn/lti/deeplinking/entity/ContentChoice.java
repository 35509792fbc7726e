package org.cairn.lti.deeplinking.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of Cairn content a teacher can place in the LMS: an LTI resource link with a title and the custom
 * parameters that bring a student launch to the right page ({@code cairn_view}, and {@code cairn_unit} for a unit).
 */
public record ContentChoice(String id, String title, Map<String, String> custom) {

    public static final String VIEW = "cairn_view";
    public static final String UNIT = "cairn_unit";
    public static final String PLAN_VIEW = "plan";

    public ContentChoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        custom = Map.copyOf(custom);
    }

    public static ContentChoice plan(String title) {
        return new ContentChoice("plan", title, Map.of(VIEW, PLAN_VIEW));
    }

    public static ContentChoice planForUnit(int index, String title, String unit) {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put(VIEW, PLAN_VIEW);
        custom.put(UNIT, unit);
        return new ContentChoice("unit-" + index, title, custom);
    }
}
