/**
 * The launch: login initiation ({@code /lti/login}), the id_token form post ({@code /lti/launch}) validated in the
 * order of lti-checklist.md, then one transaction that upserts person, course and enrollment and opens a session.
 * Every refusal is a {@link org.cairn.lti.launch.entity.LaunchRejected} with a reason, a plain page and a metric.
 */
package org.cairn.lti.launch;
