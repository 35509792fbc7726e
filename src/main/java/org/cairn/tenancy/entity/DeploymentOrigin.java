package org.cairn.tenancy.entity;

/** Who created a deployment row. */
public enum DeploymentOrigin {
    DYNAMIC_REGISTRATION,
    OPERATOR,
    AUTO_ON_LAUNCH
}
