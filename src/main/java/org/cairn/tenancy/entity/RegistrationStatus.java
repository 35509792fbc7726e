package org.cairn.tenancy.entity;

/** Whether launches through a registration (or deployment) are accepted. */
public enum RegistrationStatus {
    /** Registered (for example by Dynamic Registration in production) and waiting for an operator. */
    PENDING,
    ACTIVE,
    DISABLED
}
