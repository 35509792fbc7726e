package org.cairn.tenancy.entity;

/**
 * What a launch with a deployment id this registration has never seen does (Canvas course-level installs and
 * course copies create new ones). Never silently accepted: refused with an actionable message, or created
 * with an audit entry.
 */
public enum UnknownDeploymentPolicy {
    REFUSE,
    AUTO_CREATE
}
