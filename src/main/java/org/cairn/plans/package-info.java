/**
 * Learning plans: planning periods (short races with target standards), one plan per student per course with
 * goals, reflections, the student's "about me" profile and next steps, and teacher-student conferences.
 * The key decision: what a student or teacher wrote is never silently overwritten (goal edits keep who, when
 * and the previous text), and everything that can be computed (next steps, schedules, overviews, summaries)
 * is a pure function over records, so it is tested without a container.
 */
package org.cairn.plans;
