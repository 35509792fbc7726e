/**
 * Grades back to the LMS: the Assignment and Grade Services 2.0 client, the line items Cairn owns, and the score
 * outbox with its delivery worker. The key decision: a score is written to the outbox in the same transaction as
 * its cause and delivered later, newest first per line item and student, so nothing is lost and nothing is sent
 * out of order.
 */
package org.cairn.grades;
