/**
 * Frameworks and their standards (CASE 1.0/1.1 and CSV import), a course's prioritized standards, and mastery scales.
 * The key decision: an import is validated completely before anything is written, and a re-import updates standards
 * in place by their CASE identifier (retiring, never deleting) so that evidence recorded against them survives.
 */
package org.cairn.competency;
