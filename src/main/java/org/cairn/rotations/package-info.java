/**
 * Station rotations: splitting a class into groups by skill (homogeneous, for targeted intervention) or mixed
 * (heterogeneous, for peer learning), and turning groups, stations and rounds into agendas. The key decision:
 * the grouping algorithms are pure and deterministic (same input, same groups, ties broken by student id), and
 * hard constraints are never traded for quality: when they cannot all be met the teacher gets a typed error that
 * names the constraint and the students or stations involved.
 */
package org.cairn.rotations;
