package org.cairn.tenancy.entity;

/** How a registration came to be. */
public enum RegistrationSource {
    DYNAMIC,
    MANUAL,
    SANDBOX
}
