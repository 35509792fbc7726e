package org.cairn.plans.entity;

public enum ConferenceStatus {
    SCHEDULED, HELD, MISSED, CANCELLED
}
