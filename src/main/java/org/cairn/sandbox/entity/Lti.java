package org.cairn.sandbox.entity;

import java.util.List;

/** LTI 1.3 claim names, scopes and media types exactly as the specifications spell them. */
public final class Lti {

    private Lti() {
    }

    public static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String MESSAGE_TYPE = CLAIM + "message_type";
    public static final String VERSION = CLAIM + "version";
    public static final String DEPLOYMENT_ID = CLAIM + "deployment_id";
    public static final String TARGET_LINK_URI = CLAIM + "target_link_uri";
    public static final String ROLES = CLAIM + "roles";
    public static final String CONTEXT = CLAIM + "context";
    public static final String RESOURCE_LINK = CLAIM + "resource_link";
    public static final String LAUNCH_PRESENTATION = CLAIM + "launch_presentation";
    public static final String TOOL_PLATFORM = CLAIM + "tool_platform";
    public static final String CUSTOM = CLAIM + "custom";
    public static final String LTI1P1 = CLAIM + "lti1p1";
    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    public static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    public static final String DL_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    public static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    public static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCOPE_RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String SCOPE_NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    public static final List<String> SCOPES = List.of(SCOPE_LINEITEM, SCOPE_LINEITEM_READONLY, SCOPE_RESULT_READONLY,
            SCOPE_SCORE, SCOPE_NRPS);
    public static final List<String> AGS_SCOPES = List.of(SCOPE_LINEITEM, SCOPE_LINEITEM_READONLY,
            SCOPE_RESULT_READONLY, SCOPE_SCORE);

    public static final String MEMBERSHIP_CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    public static final String LINEITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    public static final String LINEITEM = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    public static final String RESULT_CONTAINER = "application/vnd.ims.lis.v2.resultcontainer+json";

    public static final String PRODUCT_FAMILY_CODE = "cairn-sandbox";
}
