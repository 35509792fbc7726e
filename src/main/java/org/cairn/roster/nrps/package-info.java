/**
 * The Names and Role Provisioning Services 2.0 client: reads a course's membership from the platform, page by
 * page, and hands it to roster sync as plain values. The key decision: it only reads and parses, it never
 * decides who is enrolled; reconciling is roster sync's job.
 */
package org.cairn.roster.nrps;
