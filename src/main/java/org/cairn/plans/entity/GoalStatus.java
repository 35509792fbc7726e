package org.cairn.plans.entity;

public enum GoalStatus {
    ACTIVE, MET, NOT_MET, DROPPED
}
