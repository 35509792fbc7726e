package org.cairn.lti.registration;

import java.util.List;

/** The LTI Advantage scopes Cairn asks for: AGS for grades, NRPS for rosters. */
public final class LtiScopes {

    public static final String AGS_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String AGS_LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String AGS_RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String AGS_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String NRPS_CONTEXTMEMBERSHIP_READONLY =
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    public static final List<String> WANTED = List.of(AGS_LINEITEM, AGS_LINEITEM_READONLY, AGS_RESULT_READONLY,
            AGS_SCORE, NRPS_CONTEXTMEMBERSHIP_READONLY);

    private LtiScopes() {
    }
}
