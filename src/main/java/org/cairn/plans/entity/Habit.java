package org.cairn.plans.entity;

/** Habits of success a goal may serve and a student rates in a reflection (1-4). */
public enum Habit {
    GOAL_SETTING, MONITORING_PROGRESS, PERSISTENCE
}
